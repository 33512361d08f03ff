"""The progress report as PDF (issue 19): the same blocks as the Word document
(services/progress_blocks), on the letterhead page every document shares (printing/layout),
with "Page X of Y" in the report's own language. Written atomically."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Paragraph, Spacer
from reportlab.platypus.flowables import Flowable

from socialneet_desktop.domain.italian_dates import format_italian_date
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.i18n import fill
from socialneet_desktop.printing.blocks import data_table, styles
from socialneet_desktop.printing.layout import (
    BOLD,
    ITALIC,
    MARGIN,
    PageDecor,
    build_pdf,
    frame_width,
    write_atomically,
)
from socialneet_desktop.services.progress_blocks import (
    Grid,
    Heading,
    Para,
    report_blocks,
    translator,
)
from socialneet_desktop.services.progress_sections import ProgressReport

PAGE = QT_TRANSLATE_NOOP("ProgressReport", "Page %1 of %2")
PRINTED = QT_TRANSLATE_NOOP("ProgressReport", "Printed on %1")


class ReportDecor(PageDecor):
    """The shared page, its footer in the report's language rather than the program's."""

    def __init__(self, report: ProgressReport, title: str, period: str, language: str) -> None:
        super().__init__(report.letterhead, title, period)
        self.translate = translator(language)
        self.printed_on = fill(self.translate("ProgressReport", PRINTED), _today())

    def footer(self, canvas, number: int, total: int) -> None:
        width, _height = canvas._pagesize
        canvas.saveState()
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, MARGIN + 5 * mm, width - MARGIN, MARGIN + 5 * mm)
        canvas.setFont("DejaVuSans", 7.5)
        canvas.drawString(MARGIN, MARGIN + 1.5 * mm, self.printed_on)
        page = fill(self.translate("ProgressReport", PAGE), number, total)
        canvas.drawRightString(width - MARGIN, MARGIN + 1.5 * mm, page)
        canvas.restoreState()


def _today() -> str:
    return format_italian_date(date.today())


def _heading_styles() -> dict[int, ParagraphStyle]:
    body = styles()["body"]
    return {
        0: ParagraphStyle("title0", body, fontName=BOLD, fontSize=15, leading=19, spaceAfter=6),
        1: ParagraphStyle(
            "heading1", body, fontName=BOLD, fontSize=12, leading=15, spaceBefore=10, spaceAfter=4
        ),
        2: ParagraphStyle(
            "heading2", body, fontName=BOLD, fontSize=10, leading=13, spaceBefore=6, spaceAfter=3
        ),
    }


def _paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def story(blocks) -> list[Flowable]:
    headings, width, out = _heading_styles(), frame_width(), []
    body = styles()["body"]
    placeholder = ParagraphStyle("placeholder", body, fontName=ITALIC)
    for block in blocks:
        if isinstance(block, Heading):
            room = 45 * mm if block.level <= 1 else 25 * mm
            out.append(CondPageBreak(room))  # a heading never alone at the foot of a page
            out.append(_paragraph(block.text, headings[min(block.level, 2)]))
        elif isinstance(block, Para):
            out.append(_paragraph(block.text, placeholder if block.placeholder else body))
        elif isinstance(block, Grid):
            total = sum(block.widths)
            widths = [width * part / total for part in block.widths]
            rows = [list(row) for row in block.rows]
            out += [data_table(list(block.headers), rows, widths), Spacer(1, 3 * mm)]
    return out


def write_pdf(report: ProgressReport, path: Path, language: str = "it") -> None:
    """The report in `language` ("it" or "en") at `path`."""
    title, period, blocks = report_blocks(report, language)
    decor = ReportDecor(report, title, period, language)
    flowables = story(blocks)
    write_atomically(path, lambda stream: build_pdf(stream, decor, flowables))
