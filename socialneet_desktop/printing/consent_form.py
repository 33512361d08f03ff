"""The privacy notice and consent form, pre-filled with the person's data and the notice
version of the settings; a guardian signs too when the person is a minor.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.platypus import KeepTogether

from socialneet_desktop.db.database import Database
from socialneet_desktop.domain.age import is_minor
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.printing.blocks import field_grid, para, section, signatures
from socialneet_desktop.printing.layout import PageDecor, build_pdf, frame_width, write_atomically
from socialneet_desktop.services import document_data as data
from socialneet_desktop.services.association_details import require_controller

PERSON_FIELDS = 9  # names, gender, birth date and place, codice fiscale, citizenship, residence …
BOX = "☐"


def notice_paragraphs(head: data.Letterhead) -> list[str]:
    return [
        fill(
            translate(
                "Printing",
                "The data controller is %1, %2. Your personal data are processed to give you "
                "the orientation, training and job-search services of the project “%3”, "
                "funded by %4, and to report on the project to the funder.",
            ),
            head.name,
            head.address,
            head.project,
            head.funder,
        ),
        translate(
            "Printing",
            "The data are kept on the association's computers, are seen only by its staff, "
            "and are sent to the funder only as anonymous totals unless the law requires "
            "otherwise. They are kept for the duration of the project and then deleted or "
            "made anonymous.",
        ),
        translate(
            "Printing",
            "You may ask to see, correct or delete your data, to limit or object to their "
            "processing, and you may complain to the Garante per la protezione dei dati "
            "personali (articles 15–22 and 77 of Regulation (EU) 2016/679).",
        ),
    ]


def consent_rows() -> list[str]:
    consents = [
        translate("Printing", "to the processing of my data for the project activities"),
        translate("Printing", "to be contacted by phone or e-mail about project opportunities"),
    ]
    yes, no = translate("Printing", "I consent"), translate("Printing", "I do not consent")
    return [f"{BOX} {yes}    {BOX} {no}    {purpose}" for purpose in consents]


def signature_captions(contact: data.Contact, minor: bool) -> list[str]:
    captions = [
        translate("Printing", "Place and date"),
        translate("Printing", "Signature of the data subject"),
    ]
    if minor:
        guardian = translate("Printing", "Signature of the parent or guardian")
        captions.append(f"{guardian} {contact.guardian_name}".strip())
    return captions


def consent_story(contact: data.Contact, head: data.Letterhead, today: date) -> list:
    width = frame_width()
    born = contact.birth_date
    minor = born is not None and born <= today and is_minor(born, today)
    story = [
        section(translate("Printing", "Data subject")),
        field_grid(contact.fields[:PERSON_FIELDS], width),
    ]
    if minor:
        story.append(
            para(
                fill(
                    translate("Printing", "Minor: parent or guardian %1"),
                    contact.guardian_name or "_" * 30,
                )
            )
        )
    story.append(section(translate("Printing", "Information on the processing of personal data")))
    story += [para(text) for text in notice_paragraphs(head)]
    consents = [section(translate("Printing", "Consent")), *map(para, consent_rows())]
    story.append(KeepTogether(consents))
    story.append(signatures(signature_captions(contact, minor), width))
    return story


def write_consent_form(database: Database, contact_id: int, path: Path) -> None:
    """Raises data.NotFound when there is no such contact, MissingDetails when the
    association's name or address (the data controller the notice names) is empty."""
    with database.read_session() as session:
        head = data.letterhead(session)
        contact = data.contact(session, contact_id)
    require_controller(head)
    version = fill(translate("Printing", "version %1"), head.notice_version or "—")
    decor = PageDecor(head, translate("Printing", "Privacy notice and consent"), version)
    story = consent_story(contact, head, date.today())
    write_atomically(path, lambda stream: build_pdf(stream, decor, story))
