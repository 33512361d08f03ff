"""The visit sheet (scheda colloquio): who came, what was done, two signatures."""

from __future__ import annotations

from pathlib import Path

from socialneet_desktop.db.database import Database
from socialneet_desktop.domain.italian_dates import date_text, datetime_text, time_text
from socialneet_desktop.i18n import translate
from socialneet_desktop.printing.blocks import field_grid, para, section, signatures
from socialneet_desktop.printing.layout import PageDecor, build_pdf, frame_width, write_atomically
from socialneet_desktop.services import document_data as data

ESSENTIAL = 8  # the first fields of the person's record: names, gender, birth, codice fiscale


def visit_fields(visit: data.Visit) -> list[tuple[str, str]]:
    return [
        (translate("Printing", "Date"), date_text(visit.day)),
        (translate("Printing", "Type"), visit.kind),
        (translate("Printing", "Time in"), time_text(visit.start)),
        (translate("Printing", "Time out"), time_text(visit.end)),
        (translate("Printing", "Staff member"), visit.staff),
        (translate("Printing", "Next appointment"), datetime_text(visit.next_appointment)),
    ]


def visit_story(contact: data.Contact, visit: data.Visit, width: float) -> list:
    return [
        section(translate("Printing", "Young person")),
        field_grid(contact.fields[:ESSENTIAL], width),
        section(translate("Printing", "Visit")),
        field_grid(visit_fields(visit), width),
        section(translate("Printing", "Summary")),
        para(visit.summary or "—"),
        section(translate("Printing", "Outcome")),
        para(visit.outcome or "—"),
        signatures(
            [
                translate("Printing", "Signature of the young person"),
                translate("Printing", "Signature of the staff member"),
            ],
            width,
        ),
    ]


def write_visit_sheet(database: Database, visit_id: int, path: Path) -> None:
    """Raises data.NotFound when there is no such visit."""
    with database.read_session() as session:
        head = data.letterhead(session)
        contact, visit = data.visit(session, visit_id)
    decor = PageDecor(head, translate("Printing", "Visit sheet"), contact.name)
    story = visit_story(contact, visit, frame_width())
    write_atomically(path, lambda stream: build_pdf(stream, decor, story))
