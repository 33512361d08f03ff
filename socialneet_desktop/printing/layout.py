"""The page every document shares: A4, the letterhead on top, "Page X of Y" and the print date
at the bottom, DejaVu fonts embedded (Italian accents, €, typographic quotes).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from io import BytesIO
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from socialneet_desktop.db import output_files
from socialneet_desktop.domain.italian_dates import format_italian_date
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.paths import resource
from socialneet_desktop.services.document_data import Letterhead

FONT, BOLD, ITALIC = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"
MARGIN = 15 * mm
HEADER_HEIGHT = 24 * mm
FOOTER_HEIGHT = 10 * mm
LOGO_BOX = (32 * mm, 14 * mm)


def register_fonts() -> None:
    """Register the bundled DejaVu faces once; reportlab embeds the glyphs used."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    for name in (FONT, BOLD, ITALIC):
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", f"{name}.ttf"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD)


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """`text`, shortened with an ellipsis when it is wider than `width`."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _numbered_canvas(footer: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    """The NumberedCanvas recipe: keep every page's state, draw the footers once Y is known."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            kwargs["initialFontName"] = FONT  # else an unused Helvetica is referenced
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                footer(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


class PageDecor:
    """Draws the letterhead, the document title and the footer of every page."""

    def __init__(self, letterhead: Letterhead, title: str, subtitle: str = "") -> None:
        self.letterhead, self.title, self.subtitle = letterhead, title, subtitle
        self.printed_on = fill(
            translate("Printing", "Printed on %1"), format_italian_date(date.today())
        )
        self._logo = ImageReader(BytesIO(letterhead.logo)) if letterhead.logo else None

    def header(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = doc.pagesize
        top, right = height - MARGIN, width - MARGIN
        canvas.saveState()
        left = MARGIN + self._draw_logo(canvas, top)
        column = (right - left) / 2 - 3 * mm
        canvas.setFont(BOLD, 10)
        canvas.drawString(left, top - 4 * mm, fit_text(self.letterhead.name, BOLD, 10, column))
        canvas.setFont(FONT, 7.5)
        canvas.drawString(left, top - 8 * mm, fit_text(self.letterhead.address, FONT, 7.5, column))
        for line, text in enumerate((self.letterhead.project, self.letterhead.funder)):
            shown = fit_text(text, FONT if line else BOLD, 7.5, column)
            canvas.setFont(FONT if line else BOLD, 7.5)
            canvas.drawRightString(right, top - (4 + 4 * line) * mm, shown)
        self._draw_title(canvas, top - 17 * mm, right - MARGIN)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, top - HEADER_HEIGHT + 3 * mm, right, top - HEADER_HEIGHT + 3 * mm)
        canvas.restoreState()

    def _draw_logo(self, canvas: Canvas, top: float) -> float:
        if self._logo is None:
            return 0.0
        image_width, image_height = self._logo.getSize()
        scale = min(LOGO_BOX[0] / image_width, LOGO_BOX[1] / image_height)
        shown_width, shown_height = image_width * scale, image_height * scale
        canvas.drawImage(
            self._logo, MARGIN, top - shown_height, shown_width, shown_height, mask="auto"
        )
        return shown_width + 4 * mm

    def _draw_title(self, canvas: Canvas, baseline: float, width: float) -> None:
        canvas.setFont(BOLD, 12.5)
        title = fit_text(self.title, BOLD, 12.5, width)
        canvas.drawString(MARGIN, baseline, title)
        if self.subtitle:
            offset = pdfmetrics.stringWidth(title + "  ", BOLD, 12.5)
            canvas.setFont(FONT, 10)
            canvas.drawString(
                MARGIN + offset, baseline, fit_text(self.subtitle, FONT, 10, width - offset)
            )

    def footer(self, canvas: Canvas, number: int, total: int) -> None:
        width, _height = canvas._pagesize
        canvas.saveState()
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, MARGIN + 5 * mm, width - MARGIN, MARGIN + 5 * mm)
        canvas.setFont(FONT, 7.5)
        canvas.drawString(MARGIN, MARGIN + 1.5 * mm, self.printed_on)
        page = fill(translate("Printing", "Page %1 of %2"), number, total)
        canvas.drawRightString(width - MARGIN, MARGIN + 1.5 * mm, page)
        canvas.restoreState()


def build_pdf(target, decor: PageDecor, story: list, *, wide: bool = False) -> None:
    """Lay `story` out on A4 (landscape when `wide`) into `target` (a path or a file)."""
    register_fonts()
    pagesize = landscape(A4) if wide else A4
    frame = Frame(
        MARGIN,
        MARGIN + FOOTER_HEIGHT,
        pagesize[0] - 2 * MARGIN,
        pagesize[1] - 2 * MARGIN - HEADER_HEIGHT - FOOTER_HEIGHT,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc = BaseDocTemplate(
        target,
        pagesize=pagesize,
        title=decor.title,
        author=decor.letterhead.name,
        pageTemplates=[PageTemplate("page", [frame], onPage=decor.header)],
    )
    doc.build(story, canvasmaker=_numbered_canvas(decor.footer))


def page_canvas(target, decor: PageDecor, *, wide: bool = False) -> Canvas:
    """A bare canvas for documents drawn without platypus: the same A4 page, metadata and
    footer ("Page X of Y"); call `decor.header` on each page and `save()` at the end."""
    register_fonts()
    pagesize = landscape(A4) if wide else A4
    canvas = _numbered_canvas(decor.footer)(target, pagesize=pagesize)
    canvas.setTitle(decor.title)
    canvas.setAuthor(decor.letterhead.name)
    return canvas


def frame_width(wide: bool = False) -> float:
    return (landscape(A4) if wide else A4)[0] - 2 * MARGIN


def write_atomically(path: Path, write: Callable[[BytesIO], None]) -> None:
    """Build into a registered temporary file beside `path`, then rename: never a half-written
    PDF, and a kill leaves nothing that the next start does not remove (db.output_files)."""
    with output_files.write_atomically(path) as temporary, open(temporary, "wb") as stream:
        write(stream)
