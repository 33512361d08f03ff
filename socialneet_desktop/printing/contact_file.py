"""A person's file: the whole record and every visit, oldest first."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm

from socialneet_desktop.db.database import Database
from socialneet_desktop.domain.italian_dates import date_text, datetime_text, time_text
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.printing.blocks import data_table, field_grid, para, section
from socialneet_desktop.printing.layout import PageDecor, build_pdf, frame_width, write_atomically
from socialneet_desktop.services import document_data as data


def visit_row(visit: data.Visit) -> list[str]:
    times = "–".join(part for part in (time_text(visit.start), time_text(visit.end)) if part)
    notes = "\n".join(part for part in (visit.summary, visit.outcome) if part)
    if visit.next_appointment:
        following = fill(translate("Printing", "Next: %1"), datetime_text(visit.next_appointment))
        notes = f"{notes}\n{following}" if notes else following
    return [date_text(visit.day), times, visit.kind, visit.staff, notes]


def visits_table(visits: list[data.Visit], width: float):
    titles = [
        translate("Printing", "Date"),
        translate("Printing", "Time"),
        translate("Printing", "Type"),
        translate("Printing", "Staff member"),
        translate("Printing", "Summary and outcome"),
    ]
    fixed = [20 * mm, 23 * mm, 32 * mm, 30 * mm]
    widths = [*fixed, width - sum(fixed)]
    return data_table(titles, [visit_row(visit) for visit in visits], widths)


def contact_story(contact: data.Contact, visits: list[data.Visit], width: float) -> list:
    story = [
        section(translate("Printing", "Personal record")),
        field_grid(contact.fields, width),
        section(fill(translate("Printing", "Visits (%1)"), len(visits))),
    ]
    if visits:
        story.append(visits_table(visits, width))
    else:
        story.append(para(translate("Printing", "No visits recorded.")))
    return story


def write_contact_file(database: Database, contact_id: int, path: Path) -> None:
    """Raises data.NotFound when there is no such contact."""
    with database.read_session() as session:
        head = data.letterhead(session)
        contact, visits = data.contact_visits(session, contact_id)
    decor = PageDecor(head, translate("Printing", "Contact file"), contact.name)
    story = contact_story(contact, visits, frame_width())
    write_atomically(path, lambda stream: build_pdf(stream, decor, story))
