"""One PDF holding the same document of several records (the visit sheets of the visits chosen
in a list, their contact files or consent forms), each starting on a new page: printed at
once from a list's multi-selection (issue 16 item 6). One record: the document as usual."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.platypus import PageBreak

from socialneet_desktop import printing
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.i18n import Counts, translate
from socialneet_desktop.printing.consent_form import consent_story
from socialneet_desktop.printing.contact_file import contact_story
from socialneet_desktop.printing.layout import PageDecor, build_pdf, frame_width, write_atomically
from socialneet_desktop.printing.visit_sheet import visit_story
from socialneet_desktop.services import document_data as data
from socialneet_desktop.services.association_details import require_controller

if TYPE_CHECKING:
    from socialneet_desktop.db.database import Database

SINGLE = {
    "visit": printing.write_visit_sheet,
    "contact": printing.write_contact_file,
    "consent": printing.write_consent_form,
}
TITLES = {
    "visit": QT_TRANSLATE_NOOP("Printing", "Visit sheets"),
    "contact": QT_TRANSLATE_NOOP("Printing", "Contact files"),
    "consent": QT_TRANSLATE_NOOP("Printing", "Privacy notice and consent"),
}


def _stories(session, which: str, record_id: int, head, width: float) -> list:
    if which == "visit":
        contact, visit = data.visit(session, record_id)
        return visit_story(contact, visit, width)
    if which == "contact":
        contact, visits = data.contact_visits(session, record_id)
        return contact_story(contact, visits, width)
    return consent_story(data.contact(session, record_id), head, date.today())


def write_several(database: Database, which: str, record_ids: list[int], path: Path) -> None:
    """Raises data.NotFound when one record does not exist (nothing is written then)."""
    if len(record_ids) == 1:
        SINGLE[which](database, record_ids[0], path)
        return
    width, story = frame_width(), []
    with database.read_session() as session:
        head = data.letterhead(session)
        if which == "consent":
            require_controller(head)
        for number, record_id in enumerate(record_ids):
            if number:
                story.append(PageBreak())
            story += _stories(session, which, record_id, head, width)
    subtitle = Counts.tr("%Ln record(s)", None, len(record_ids))
    decor = PageDecor(head, translate("Printing", TITLES[which]), subtitle)
    write_atomically(path, lambda stream: build_pdf(stream, decor, story))
