"""The attendance register (foglio presenze): one row per visit with an empty signature column,
for a period or a day, or blank for a planned day.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.units import mm

from socialneet_desktop.db.database import Database
from socialneet_desktop.i18n import translate
from socialneet_desktop.printing import data
from socialneet_desktop.printing.blocks import data_table, para
from socialneet_desktop.printing.layout import PageDecor, build_pdf, frame_width, write_atomically
from socialneet_desktop.printing.text import day_text, time_text

ROW_HEIGHT = 8 * mm  # room for a signature
WIDTHS = [10 * mm, 22 * mm, 58 * mm, 18 * mm, 18 * mm, 45 * mm, 40 * mm]


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


def register_row(number: int, visit: data.Visit) -> list[str]:
    return [
        str(number),
        day_text(visit.day),
        visit.contact_name,
        time_text(visit.start),
        time_text(visit.end),
        visit.kind,
        visit.staff,
        "",
    ]


def register_table(rows: list[list[str]]):
    widths = [*WIDTHS, frame_width(wide=True) - sum(WIDTHS)]
    return data_table(column_titles(), rows, widths, row_height=ROW_HEIGHT)


def period_text(start: date, end: date) -> str:
    if start == end:
        return day_text(start)
    return f"{day_text(start)} – {day_text(end)}"


def register_story(visits: list[data.Visit]) -> list:
    if not visits:
        return [para(translate("Printing", "No visits in this period."))]
    return [register_table([register_row(n, v) for n, v in enumerate(visits, start=1)])]


def write_register(database: Database, start: date, end: date, path: Path) -> None:
    with database.read_session() as session:
        head = data.letterhead(session)
        visits = data.visits_between(session, start, end)
    decor = PageDecor(head, translate("Printing", "Attendance register"), period_text(start, end))
    story = register_story(visits)
    write_atomically(path, lambda stream: build_pdf(stream, decor, story, wide=True))


def write_blank_register(database: Database, day: date, rows: int, path: Path) -> None:
    """`rows` numbered empty rows dated `day`, to fill in by hand."""
    with database.read_session() as session:
        head = data.letterhead(session)
    decor = PageDecor(head, translate("Printing", "Attendance register"), day_text(day))
    blank = [[str(n), day_text(day), "", "", "", "", "", ""] for n in range(1, rows + 1)]
    story = [register_table(blank)]
    write_atomically(path, lambda stream: build_pdf(stream, decor, story, wide=True))
