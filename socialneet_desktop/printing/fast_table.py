"""A fixed-layout ruled table drawn straight on the canvas, as paper registers are: a fixed row
height, columns of fixed widths, text too wide for its cell shortened with "…", the title row
repeated on every page.

Unlike a platypus Table it never measures or wraps a cell: each page is one filled rectangle
(the title row), one text object (every cell) and one path (the grid), which keeps a register
of thousands of rows fast.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from reportlab.lib import colors
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from socialneet_desktop.printing.blocks import CELL_SIZE, GRID_COLOR, HEADER_FILL
from socialneet_desktop.printing.layout import BOLD, FONT, fit_text

PADDING = 4.0  # points left of the text, and at least as much right of it
GRID_WIDTH = 0.4
CAP_HEIGHT = 0.72  # of DejaVu Sans, in ems: text centred on it looks centred in its row


class FixedTable:
    """`titles` over columns of `widths` (points); rows of `row_height`, the title row
    `head_height` high."""

    def __init__(
        self,
        titles: Sequence[str],
        widths: Sequence[float],
        *,
        row_height: float,
        head_height: float,
        size: float = CELL_SIZE,
    ) -> None:
        if len(titles) != len(widths):
            raise ValueError("one width per title")
        self.widths = list(widths)
        self.row_height, self.head_height, self.size = row_height, head_height, size
        self._room = [width - 2 * PADDING for width in self.widths]
        self._fitted: dict[tuple[str, int], str] = {}  # (text, column) -> text as shown
        self._shown: dict[tuple[str, str], list[tuple[int, str]]] = {}  # see _write
        self._shown_in = None  # the document whose font subsets _shown refers to
        self.titles = [
            fit_text(title, BOLD, size, room)
            for title, room in zip(titles, self._room, strict=True)
        ]

    @property
    def width(self) -> float:
        return sum(self.widths)

    def rows_per_page(self, height: float) -> int:
        """How many rows fit under the title row in `height` points (at least one)."""
        return max(1, int((height - self.head_height) // self.row_height))

    def fit(self, text: str, column: int) -> str:
        """`text` as column `column` shows it: whole, or shortened with "…"; measured once."""
        key = (text, column)
        shown = self._fitted.get(key)
        if shown is None:
            shown = self._fitted[key] = fit_text(text, FONT, self.size, self._room[column])
        return shown

    def draw(
        self,
        canvas: Canvas,
        left: float,
        top: float,
        height: float,
        rows: Iterable[Sequence[str]],
        start_page: Callable[[], None],
    ) -> None:
        """Draw `rows` from (`left`, `top`) down, `height` points a page, over as many pages as
        needed; `start_page()` is called before each page is drawn and the page is shown after.
        """
        per_page = self.rows_per_page(height)
        rows = list(rows)
        for first in range(0, max(len(rows), 1), per_page):
            start_page()
            self.draw_page(canvas, left, top, rows[first : first + per_page])
            canvas.showPage()

    def draw_page(
        self, canvas: Canvas, left: float, top: float, rows: Sequence[Sequence[str]]
    ) -> None:
        """The title row and `rows` (as many as fit: the caller pages them) on one page."""
        lefts = [left]
        for width in self.widths:
            lefts.append(lefts[-1] + width)
        right = lefts[-1]
        head_bottom = top - self.head_height
        bottom = head_bottom - len(rows) * self.row_height
        lift = (self.row_height - CAP_HEIGHT * self.size) / 2
        text_lefts = [x + PADDING for x in lefts[:-1]]
        columns = range(len(self.widths))

        canvas.saveState()
        canvas.setFillColor(HEADER_FILL)
        canvas.rect(left, head_bottom, right - left, self.head_height, stroke=0, fill=1)
        canvas.setFillColor(colors.black)

        text = canvas.beginText()
        text.setFont(BOLD, self.size)
        baseline = head_bottom + (self.head_height - CAP_HEIGHT * self.size) / 2
        self._write(text, [(x, baseline, t) for x, t in zip(text_lefts, self.titles, strict=True)])
        text.setFont(FONT, self.size)
        fitted, fit, cells = self._fitted, self.fit, []
        baseline = head_bottom + lift
        for row in rows:
            baseline -= self.row_height
            for column, x, value in zip(columns, text_lefts, row, strict=True):
                if value:
                    cells.append((x, baseline, fitted.get((value, column)) or fit(value, column)))
        self._write(text, cells)
        canvas.drawText(text)

        lines = [(left, top, right, top), (left, head_bottom, right, head_bottom)]
        y = head_bottom
        for _row in rows:
            y -= self.row_height
            lines.append((left, y, right, y))
        lines += [(x, top, x, bottom) for x in lefts]
        canvas.setStrokeColor(GRID_COLOR)
        canvas.setLineWidth(GRID_WIDTH)
        canvas.lines(lines)
        canvas.restoreState()

    def _write(self, text: PDFTextObject, cells: list[tuple[float, float, str]]) -> None:
        """Each (x, baseline, string) of `cells` into `text`, in its current font.

        The same as `setTextOrigin(x, baseline); textOut(string)` a cell, except that the PDF
        operators showing each distinct string in an embedded TrueType font are worked out once
        a document (reportlab splits every string into its font subsets, a pure Python loop
        over its characters, every time), and that the cursor is not advanced: the next cell
        sets its own origin.
        """
        font = pdfmetrics.getFont(text._fontname)
        if not font._dynamicFont:  # a standard Type 1 font: nothing worth remembering
            for x, baseline, string in cells:
                text.setTextOrigin(x, baseline)
                text.textOut(string)
            return
        document = text._canvas._doc
        if self._shown_in is not document:
            self._shown.clear()
            self._shown_in = document
        shown, name = self._shown, font.fontName
        select = f"{fp_str(text._fontsize)} Tf {fp_str(text._leading)} TL"
        escape = text._canvas._escape
        code = text._code
        for x, baseline, string in cells:
            code.append(f"1 0 0 1 {fp_str(x, baseline)} Tm")
            pieces = shown.get((name, string))
            if pieces is None:
                pieces = shown[name, string] = [
                    (subset, f"({escape(part)}) Tj")
                    for subset, part in font.splitString(string, document)
                ]
            for subset, piece in pieces:
                if subset != text._curSubset:
                    code.append(f"{font.getSubsetInternalName(subset, document)} {select}")
                    text._curSubset = subset
                code.append(piece)
