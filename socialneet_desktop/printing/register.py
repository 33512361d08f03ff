"""The attendance register (foglio presenze): one row per visit with an empty signature column,
for a period or a day, or blank for a planned day.

A fixed-layout register, as paper ones are: rows of one height (room for a signature), columns
of fixed widths, the title row on every page; a name too long for its column ends in "…".
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from types import SimpleNamespace

from reportlab.lib.units import mm

from socialneet_desktop.db.database import Database
from socialneet_desktop.domain.italian_dates import date_text
from socialneet_desktop.i18n import translate
from socialneet_desktop.printing.blocks import styles
from socialneet_desktop.printing.fast_table import FixedTable
from socialneet_desktop.printing.layout import (
    FOOTER_HEIGHT,
    HEADER_HEIGHT,
    MARGIN,
    PageDecor,
    frame_width,
    page_canvas,
    write_atomically,
)
from socialneet_desktop.services import document_data as data
from socialneet_desktop.services.document_rows import register_rows

ROW_HEIGHT = 8 * mm  # room for a signature
HEAD_HEIGHT = 6 * mm
WIDTHS = [10 * mm, 22 * mm, 58 * mm, 18 * mm, 18 * mm, 45 * mm, 40 * mm]  # + the signature


def column_titles() -> list[str]:
    return [
        translate("Printing", "No."),
        translate("Printing", "Date"),
        translate("Printing", "Name"),
        translate("Printing", "Time in"),
        translate("Printing", "Time out"),
        translate("Printing", "Type"),
        translate("Printing", "Staff member"),
        translate("Printing", "Signature"),
    ]


def register_table() -> FixedTable:
    widths = [*WIDTHS, frame_width(wide=True) - sum(WIDTHS)]
    return FixedTable(column_titles(), widths, row_height=ROW_HEIGHT, head_height=HEAD_HEIGHT)


def period_text(start: date, end: date) -> str:
    if start == end:
        return date_text(start)
    return f"{date_text(start)} – {date_text(end)}"


def draw_register(stream, decor: PageDecor, rows: Sequence[Sequence[str]], empty: str = "") -> None:
    """`rows` under the letterhead of `decor`, on as many landscape pages as they need; `empty`
    (if any) is printed instead of the table when there are no rows."""
    canvas = page_canvas(stream, decor, wide=True)
    page = SimpleNamespace(pagesize=canvas._pagesize)
    top = page.pagesize[1] - MARGIN - HEADER_HEIGHT
    height = top - MARGIN - FOOTER_HEIGHT
    if rows or not empty:
        register_table().draw(canvas, MARGIN, top, height, rows, lambda: decor.header(canvas, page))
    else:
        style = styles()["body"]
        decor.header(canvas, page)
        canvas.setFont(style.fontName, style.fontSize)
        canvas.drawString(MARGIN, top - style.leading, empty)
        canvas.showPage()
    canvas.save()


def write_register(database: Database, start: date, end: date, path: Path) -> None:
    with database.read_session() as session:
        head = data.letterhead(session)
        rows = register_rows(session, start, end)
    decor = PageDecor(head, translate("Printing", "Attendance register"), period_text(start, end))
    empty = translate("Printing", "No visits in this period.")
    write_atomically(path, lambda stream: draw_register(stream, decor, rows, empty))


def write_blank_register(database: Database, day: date, rows: int, path: Path) -> None:
    """`rows` numbered empty rows dated `day`, to fill in by hand."""
    with database.read_session() as session:
        head = data.letterhead(session)
    decor = PageDecor(head, translate("Printing", "Attendance register"), date_text(day))
    blank = [[str(n), date_text(day), "", "", "", "", "", ""] for n in range(1, rows + 1)]
    write_atomically(path, lambda stream: draw_register(stream, decor, blank))
