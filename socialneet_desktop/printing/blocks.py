"""Building blocks of the documents: paragraph styles, label/value grids, tables whose header
repeats on every page, signature lines.
"""

from __future__ import annotations

from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from socialneet_desktop.printing.layout import BOLD, FONT, ITALIC, register_fonts

GRID_COLOR = colors.HexColor("#808080")
HEADER_FILL = colors.HexColor("#E6E6E6")
CELL_SIZE = 8


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, spaceAfter=4)
    return {
        "body": body,
        "small": ParagraphStyle("small", body, fontSize=7.5, leading=9.5, spaceAfter=0),
        "cell": ParagraphStyle("cell", body, fontSize=CELL_SIZE, leading=9.6, spaceAfter=0),
        "head": ParagraphStyle(
            "head", body, fontName=BOLD, fontSize=CELL_SIZE, leading=9.6, spaceAfter=0
        ),
        "section": ParagraphStyle(
            "section", body, fontName=BOLD, fontSize=11, leading=14, spaceBefore=8, spaceAfter=4
        ),
        "label": ParagraphStyle(
            "label", body, fontName=ITALIC, fontSize=8, leading=10, spaceAfter=0
        ),
    }


def para(text: str, style: str = "body") -> Paragraph:
    """Plain text (escaped, line breaks kept) as a wrapping paragraph."""
    return Paragraph(escape(text).replace("\n", "<br/>"), styles()[style])


def section(title: str) -> Paragraph:
    return para(title, "section")


def cell(text: str, width: float, font: str = FONT) -> str | Paragraph:
    """A plain string when it fits on one line (fast), else a wrapping paragraph."""
    if "\n" not in text and stringWidth(text, font, CELL_SIZE) <= width - 6:
        return text
    return para(text, "head" if font == BOLD else "cell")


def field_grid(pairs: list[tuple[str, str]], width: float, columns: int = 2) -> Table:
    """Label/value pairs, `columns` pairs a row; values wrap."""
    label_width = 34 * mm
    value_width = width / columns - label_width
    rows, row = [], []
    for name, value in pairs:
        row += [para(name, "label"), para(value or "—", "cell")]
        if len(row) == 2 * columns:
            rows.append(row)
            row = []
    if row:
        rows.append(row + [""] * (2 * columns - len(row)))
    table = Table(rows, colWidths=[label_width, value_width] * columns, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, CELL_SIZE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def data_table(
    titles: list[str], rows: list[list[str]], widths: list[float], row_height: float | None = None
) -> Table:
    """A ruled table whose title row repeats on every page; long cells wrap."""
    register_fonts()
    head = [cell(title, width, BOLD) for title, width in zip(titles, widths, strict=True)]
    body = [[cell(value, w) for value, w in zip(row, widths, strict=True)] for row in rows]
    heights = None
    if row_height is not None:
        heights = [None] + [
            None if any(isinstance(value, Paragraph) for value in row) else row_height
            for row in body
        ]
    table = Table([head, *body], colWidths=widths, rowHeights=heights, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, 0), BOLD, CELL_SIZE),
                ("FONT", (0, 1), (-1, -1), FONT, CELL_SIZE),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("GRID", (0, 0), (-1, -1), 0.4, GRID_COLOR),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def signatures(captions: list[str], width: float) -> Flowable:
    """Side by side signature lines with their captions under them, kept on one page."""
    gap = 10 * mm
    line_width = (width - gap * (len(captions) - 1)) / len(captions)
    widths = []
    for number in range(len(captions)):
        widths += [line_width] + ([gap] if number < len(captions) - 1 else [])
    row = []
    for number, caption in enumerate(captions):
        row += [para(caption, "small")] + ([""] if number < len(captions) - 1 else [])
    table = Table([row], colWidths=widths, hAlign="LEFT")
    style = [
        ("FONT", (0, 0), (-1, -1), FONT, CELL_SIZE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]
    style += [
        ("LINEABOVE", (2 * n, 0), (2 * n, 0), 0.6, colors.black) for n in range(len(captions))
    ]
    table.setStyle(TableStyle(style))
    return KeepTogether([Spacer(1, 16 * mm), table])
