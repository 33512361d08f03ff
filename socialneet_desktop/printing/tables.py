"""Lists for a period, as tables: the stakeholder meetings held and the resources surveyed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.units import mm

from socialneet_desktop.db.database import Database
from socialneet_desktop.domain import vocabularies as vocab
from socialneet_desktop.i18n import translate
from socialneet_desktop.printing.blocks import data_table, para
from socialneet_desktop.printing.layout import PageDecor, build_pdf, frame_width, write_atomically
from socialneet_desktop.printing.register import period_text
from socialneet_desktop.services import document_data as data
from socialneet_desktop.services.document_rows import meeting_rows, resource_rows
from socialneet_desktop.services.document_text import label


def meeting_titles() -> list[str]:
    return [
        translate("Printing", "Date"),
        translate("Printing", "Type"),
        translate("Printing", "Activity"),
        translate("Printing", "Organisations"),
        translate("Printing", "Topic"),
        translate("Printing", "Outcome"),
        translate("Printing", "Follow-up"),
        translate("Printing", "Staff member"),
    ]


def resource_titles() -> list[str]:
    return [
        translate("Printing", "Title"),
        translate("Printing", "Category"),
        translate("Printing", "Status"),
        translate("Printing", "Municipality"),
        translate("Printing", "Owner"),
        translate("Printing", "Terms"),
        translate("Printing", "Surveyed on"),
    ]


def _write(path: Path, decor: PageDecor, titles, rows, widths) -> None:
    widths = [*widths, frame_width(wide=True) - sum(widths)]
    if rows:
        story = [data_table(titles, rows, widths)]
    else:
        story = [para(translate("Printing", "Nothing recorded in this period."))]
    write_atomically(path, lambda stream: build_pdf(stream, decor, story, wide=True))


def write_meetings(database: Database, start: date, end: date, path: Path) -> None:
    with database.read_session() as session:
        head = data.letterhead(session)
        rows = meeting_rows(session, start, end)
    decor = PageDecor(head, translate("Printing", "Stakeholder meetings"), period_text(start, end))
    widths = [20 * mm, 28 * mm, 16 * mm, 50 * mm, 50 * mm, 55 * mm, 20 * mm]
    _write(path, decor, meeting_titles(), rows, widths)


def write_resources(database: Database, start: date, end: date, path: Path, status: str = ""):
    with database.read_session() as session:
        head = data.letterhead(session)
        rows = resource_rows(session, start, end, status)
    subtitle = period_text(start, end)
    if status:
        subtitle += f" – {label(vocab.RESOURCE_STATUS, status)}"
    decor = PageDecor(head, translate("Printing", "Unused resources"), subtitle)
    widths = [60 * mm, 30 * mm, 22 * mm, 38 * mm, 50 * mm, 40 * mm]
    _write(path, decor, resource_titles(), rows, widths)
