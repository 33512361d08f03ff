"""The attendance summary of a course: a row a person (sessions present, absent, justified,
hours present, rate, and the flag of a rate below the course's minimum, in words), then the
course's own rate.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.units import mm

from socialneet_desktop.db.database import Database
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.printing.blocks import data_table, para
from socialneet_desktop.printing.layout import PageDecor, build_pdf, frame_width, write_atomically
from socialneet_desktop.services import document_data as data
from socialneet_desktop.services.attendance import Rate, load_grid
from socialneet_desktop.services.course_documents import SummaryRow, summary_rows

WIDTHS = [50 * mm, 16 * mm, 16 * mm, 18 * mm, 20 * mm, 16 * mm]  # + the flag


def column_titles() -> list[str]:
    return [
        translate("Printing", "Name"),
        translate("Printing", "Present"),
        translate("Printing", "Absent"),
        translate("Printing", "Justified"),
        translate("Printing", "Hours present"),
        translate("Printing", "Rate"),
        translate("Printing", "Note"),
    ]


def number_text(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".").replace(".", ",")


def rate_text(rate: Rate) -> str:
    return "—" if rate.percent is None else f"{number_text(rate.percent)} %"


def summary_row(row: SummaryRow) -> list[str]:
    flag = translate("Printing", "below the minimum") if row.below else ""
    counts = [str(row.present), str(row.absent), str(row.justified)]
    return [row.name, *counts, number_text(row.rate.present), rate_text(row.rate), flag]


def write_attendance_summary(
    database: Database, course_id: int, path: Path, today: date | None = None
) -> None:
    today = today or date.today()
    with database.read_session() as session:
        head = data.letterhead(session)
        grid = load_grid(session, course_id)
    rows = [summary_row(row) for row in summary_rows(grid, today)]
    widths = [*WIDTHS, frame_width() - sum(WIDTHS)]
    held = len(grid.held(today))
    course = grid.course_rate(today)
    lines = [
        fill(
            translate("Printing", "Sessions held: %1 of %2. Minimum attendance: %3 %."),
            str(held),
            str(len(grid.sessions)),
            str(grid.minimum_percent),
        ),
        fill(translate("Printing", "Attendance rate of the course: %1"), rate_text(course)),
    ]
    story = [para(lines[0]), data_table(column_titles(), rows, widths), para(""), para(lines[1])]
    decor = PageDecor(head, translate("Printing", "Attendance summary"), grid.title)
    write_atomically(path, lambda stream: build_pdf(stream, decor, story))
