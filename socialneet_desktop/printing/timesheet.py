"""The timesheet of a placement (foglio ore del tirocinio), to sign: the young person, the
host organisation and the tutor there, then one line a week (Monday to Sunday) with the hours
recorded - blank where none are, to be filled in by hand -, the tutor's initials for each
week, the total, and the signature lines of the young person and of the tutor.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer
from sqlalchemy.orm import Session

from socialneet_desktop.db.database import Database
from socialneet_desktop.domain import vocabularies as voc
from socialneet_desktop.domain.italian_dates import date_text
from socialneet_desktop.i18n import translate
from socialneet_desktop.printing.blocks import data_table, field_grid, para, section, signatures
from socialneet_desktop.printing.layout import PageDecor, build_pdf, frame_width, write_atomically
from socialneet_desktop.services import document_data as data
from socialneet_desktop.services.placement_weeks import Sheet, WeekLine, hours_text, timesheet_of

ROW_HEIGHT = 8 * mm  # room for the tutor's initials
WIDTHS = [10 * mm, 50 * mm, 20 * mm, 30 * mm]  # + the notes


def _kind(code: str) -> str:
    return translate("Vocabulary", voc.PLACEMENT_KIND.label_for(code)) if code else ""


def read_sheet(session: Session, placement_id: int, today: date) -> Sheet:
    """Raises data.NotFound when there is no such placement (or it is in the recycle bin)."""
    found = timesheet_of(session, placement_id, today)
    if found is None:
        raise data.NotFound(placement_id)
    given, kind = found.fields, found.fields["kind"]
    fields = [
        (translate("Printing", "Young person"), found.person),
        (translate("Printing", "Codice fiscale"), given["tax_code"]),
        (translate("Printing", "Host organisation"), given["host"]),
        (translate("Printing", "Tutor"), given["tutor"]),
        (translate("Printing", "Kind"), _kind(kind)),
        (translate("Printing", "Contract"), given["contract"]),
        (translate("Printing", "From"), given["start"]),
        (translate("Printing", "To"), given["end"]),
        (translate("Printing", "Hours a week"), given["hours_per_week"]),
    ]
    return Sheet(found.person, fields, found.lines)


def column_titles() -> list[str]:
    return [
        translate("Printing", "No."),
        translate("Printing", "Week"),
        translate("Printing", "Hours"),
        translate("Printing", "Tutor's initials"),
        translate("Printing", "Notes"),
    ]


def week_rows(lines: list[WeekLine]) -> list[list[str]]:
    """One row a week, then the total of the hours recorded."""
    rows = [
        [
            str(number),
            f"{date_text(line.week_start)} – {date_text(line.week_end)}",
            hours_text(line.hours),
            "",
            line.notes,
        ]
        for number, line in enumerate(lines, start=1)
    ]
    total = sum(line.hours for line in lines if line.hours is not None)
    rows.append(["", translate("Printing", "Total hours"), hours_text(total) or "0", "", ""])
    return rows


def timesheet_story(sheet: Sheet, width: float) -> list:
    widths = [*WIDTHS, width - sum(WIDTHS)]
    story = [section(translate("Printing", "Placement")), field_grid(sheet.fields, width)]
    story.append(section(translate("Printing", "Weekly hours")))
    if sheet.lines:
        story.append(data_table(column_titles(), week_rows(sheet.lines), widths, ROW_HEIGHT))
    else:
        story.append(para(translate("Printing", "The placement has no start date: no weeks.")))
    story += [
        Spacer(1, 4 * mm),
        para(
            translate(
                "Printing",
                "We declare that the hours above were worked at the host organisation.",
            )
        ),
        signatures(
            [
                translate("Printing", "Signature of the young person"),
                translate("Printing", "Signature of the tutor"),
            ],
            width,
        ),
    ]
    return story


def write_timesheet(database: Database, placement_id: int, path: Path) -> None:
    """Raises data.NotFound when there is no such placement."""
    with database.read_session() as session:
        head = data.letterhead(session)
        sheet = read_sheet(session, placement_id, date.today())
    title = translate("Printing", "Placement timesheet")
    decor = PageDecor(head, title, sheet.person)
    story = timesheet_story(sheet, frame_width())
    write_atomically(path, lambda stream: build_pdf(stream, decor, story))


__all__ = ["write_timesheet"]
