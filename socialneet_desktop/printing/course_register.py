"""The signature register of one session of a course (registro firme): the course, the
session's date, times and topic, the people expected in alphabetical order with a column for
the signature in and one for the signature out, and the trainer's signature.

The blank one, for a session whose list of people is not known yet, has numbered empty lines
instead of the names.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm

from socialneet_desktop.db.database import Database
from socialneet_desktop.domain.italian_dates import date_text, time_text
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.printing.blocks import data_table, field_grid, signatures
from socialneet_desktop.printing.layout import PageDecor, build_pdf, frame_width, write_atomically
from socialneet_desktop.services import document_data as data
from socialneet_desktop.services.course_documents import (
    NO_SUCH_SESSION,
    RegisterData,
    register_data,
)

ROW_HEIGHT = 10 * mm  # room for a signature
BLANK_LINES = 18  # one page, with the trainer's signature
WIDTHS = [10 * mm, 70 * mm]  # No., name; the two signature columns share the rest


def column_titles() -> list[str]:
    return [
        translate("Printing", "No."),
        translate("Printing", "Name"),
        translate("Printing", "Signature in"),
        translate("Printing", "Signature out"),
    ]


def times_text(register: RegisterData) -> str:
    start, end = time_text(register.start), time_text(register.end)
    return f"{start} – {end}" if start and end else start or end


def session_grid(register: RegisterData, width: float):
    pairs = [
        (translate("Printing", "Course"), register.course),
        (translate("Printing", "Date"), date_text(register.day)),
        (translate("Printing", "Times"), times_text(register)),
        (translate("Printing", "Venue"), register.venue),
        (translate("Printing", "Topic"), register.topic),
        (translate("Printing", "Trainer"), register.trainer),
    ]
    return field_grid(pairs, width)


def register_story(register: RegisterData, blank: bool) -> list:
    width = frame_width()
    rest = (width - sum(WIDTHS)) / 2
    names = [""] * max(BLANK_LINES, len(register.names)) if blank else register.names
    rows = [[str(number), name, "", ""] for number, name in enumerate(names, start=1)]
    table = data_table(column_titles(), rows, [*WIDTHS, rest, rest], row_height=ROW_HEIGHT)
    trainer = translate("Printing", "The trainer's signature")
    caption = fill("%1 (%2)", trainer, register.trainer) if register.trainer else trainer
    return [session_grid(register, width), table, signatures([caption], width / 2)]


def write_session_register(
    database: Database, session_id: int, path: Path, *, blank: bool = False
) -> None:
    """The register of the session `session_id`; `blank`: empty lines instead of the names.
    LookupError (its message naming the session) when it is gone."""
    with database.read_session() as session:
        head = data.letterhead(session)
        register = register_data(session, session_id)
    if register is None:
        raise LookupError(fill(translate("Printing", NO_SUCH_SESSION), str(session_id)))
    decor = PageDecor(head, translate("Printing", "Signature register"), register.course)
    story = register_story(register, blank)
    write_atomically(path, lambda stream: build_pdf(stream, decor, story))


def write_blank_session_register(database: Database, session_id: int, path: Path) -> None:
    write_session_register(database, session_id, path, blank=True)
