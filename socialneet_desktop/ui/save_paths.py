"""The one "Save as" of the window: a file the user chose, never the database or the input.

Qt's save dialog asks before replacing the file it returns as long as DontConfirmOverwrite is
not set (it is not, here). It does not ask for a name typed without its suffix, which is added
here: that one is asked about here. What the dialog does not know is checked afterwards by
db.output_files.check_output: the open database and its -wal/-shm/-journal, the file being
imported, a folder. A refusal is explained and the dialog opens again.

The names suggested for what the program writes follow one rule, `file_name` (issue 16: they
were English, `visit-1.pdf`): the document's title as the user reads it on the page, in the
user's language, then the record's number and the date, e.g. scheda-colloquio-15-2026-03-12.pdf.
Never a person's name (the young people's names would then be in every folder listing and
recent-files list): a number identifies the record in the program. The date is written
year-month-day so that a folder sorted by name is sorted by date.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from socialneet_desktop.db.output_files import OutputRefused, check_output
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.ui import file_dialogs
from socialneet_desktop.ui.user_settings import save_folder, set_save_folder

PathLike = str | os.PathLike[str]

# a document's key -> its title (translation context, English), as printed on its first page;
# the second pair is the title of several records' documents in one file
DOCUMENTS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "visit": (
        ("Printing", QT_TRANSLATE_NOOP("Printing", "Visit sheet")),
        ("Printing", QT_TRANSLATE_NOOP("Printing", "Visit sheets")),
    ),
    "contact": (
        ("Printing", QT_TRANSLATE_NOOP("Printing", "Contact file")),
        ("Printing", QT_TRANSLATE_NOOP("Printing", "Contact files")),
    ),
    "consent": (
        ("Printing", QT_TRANSLATE_NOOP("Printing", "Privacy notice and consent")),
        ("Printing", QT_TRANSLATE_NOOP("Printing", "Privacy notice and consent")),
    ),
    "access-request": (
        ("Privacy", QT_TRANSLATE_NOOP("Privacy", "Data held on a person")),
        ("Privacy", QT_TRANSLATE_NOOP("Privacy", "Data held on a person")),
    ),
    "register": (
        ("Printing", QT_TRANSLATE_NOOP("Printing", "Attendance register")),
        ("Printing", QT_TRANSLATE_NOOP("Printing", "Attendance register")),
    ),
    "blank_register": (
        ("PrintActions", QT_TRANSLATE_NOOP("PrintActions", "Blank attendance register")),
        ("PrintActions", QT_TRANSLATE_NOOP("PrintActions", "Blank attendance register")),
    ),
    "meetings": (
        ("Printing", QT_TRANSLATE_NOOP("Printing", "Stakeholder meetings")),
        ("Printing", QT_TRANSLATE_NOOP("Printing", "Stakeholder meetings")),
    ),
    "resources": (
        ("Printing", QT_TRANSLATE_NOOP("Printing", "Unused resources")),
        ("Printing", QT_TRANSLATE_NOOP("Printing", "Unused resources")),
    ),
    "summary": (
        ("Printing", QT_TRANSLATE_NOOP("Printing", "The project at a glance")),
        ("Printing", QT_TRANSLATE_NOOP("Printing", "The project at a glance")),
    ),
    "funder_report": (
        ("ExportDialogs", QT_TRANSLATE_NOOP("ExportDialogs", "Funder report")),
        ("ExportDialogs", QT_TRANSLATE_NOOP("ExportDialogs", "Funder report")),
    ),
}


def file_name(title: str, suffix: str, *, numbers: Sequence[int] = (), days=()) -> str:
    """The name suggested for a file (see the module's docstring): `title` (translated) in
    lower case without accents, words joined by "-", then `numbers` (a record's number, or
    how many records) and `days` (default today), e.g. file_name("Scheda colloquio", ".pdf",
    numbers=[15]) == "scheda-colloquio-15-2026-03-12.pdf"."""
    plain = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    words = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")
    stamps = [day.isoformat() for day in (days or (date.today(),))]
    return "-".join([words or "file", *map(str, numbers), *stamps]) + suffix


def document_file_name(which: str, ids: Sequence[int] = (), *, days=(), suffix=".pdf") -> str:
    """The name of document `which` (a key of DOCUMENTS) of the records `ids`: one record's
    number, or how many (with the title of several, "schede colloquio")."""
    one, several = DOCUMENTS[which]
    context, title = several if len(ids) > 1 else one
    numbers = [len(ids)] if len(ids) > 1 else list(ids)
    return file_name(translate(context, title), suffix, numbers=numbers, days=days)


def list_file_name(kind_title: str, suffix: str = ".xlsx") -> str:
    """An exported list: the list's title as the window shows it, and today."""
    return file_name(translate("RecordKind", kind_title), suffix)


def ask_save_path(
    parent: QWidget | None,
    title: str,
    suggested: str,
    filters: Sequence[tuple[str, str]],
    *,
    database=None,
    inputs: Iterable[PathLike] = (),
) -> Path | None:
    """The path to write, or None when the user cancelled. `filters` are (text, ".suffix")
    pairs such as (translate(…, "Excel workbook (*.xlsx)"), ".xlsx"); the first is the default.
    `database` (an open Database or its path) and `inputs` are refused with a message.
    A `suggested` bare name starts in the folder of the last save, else in Documents."""
    protected = _protected(database, parent)
    inputs = tuple(inputs)
    if Path(suggested).parent == Path("."):  # a bare name starts where the user saves
        suggested = str(save_folder() / suggested)
    while True:
        chosen = _dialog(parent, title, suggested, filters)
        if chosen is None:
            return None
        path, suffix = _with_suffix(*chosen, filters)
        suggested = str(path)
        try:
            check_output(path, suffix, protected=protected, inputs=inputs, overwrite=True)
        except OutputRefused as refused:
            QMessageBox.warning(parent, title, refused.text(translate))
            continue
        if path != chosen[0] and path.exists() and not confirm_replace(parent, title, path):
            continue
        set_save_folder(path.parent)
        return path


def _protected(database, parent: QWidget | None) -> tuple[PathLike, ...]:
    """The open database's file: given, else the one of the window asking (editors, window)."""
    if database is None and parent is not None:
        database = getattr(parent, "database", None) or getattr(parent.window(), "database", None)
    path = getattr(database, "path", database)
    return (path,) if path else ()


def _dialog(parent, title, suggested, filters) -> tuple[Path, str] | None:
    """Qt's own save dialog (one that never reads the files it lists), its overwrite question
    left on: (path, chosen filter) or None."""
    name, chosen_filter = file_dialogs.save_file_and_filter(
        parent, title, suggested, ";;".join(text for text, _ in filters)
    )
    return (Path(name), chosen_filter) if name else None


def _with_suffix(path: Path, chosen_filter: str, filters) -> tuple[Path, str]:
    """`path` ending in one of the filters' suffixes (that of the chosen filter if it has none)."""
    suffixes = [suffix for _text, suffix in filters]
    if path.suffix.lower() in suffixes:
        return path, path.suffix.lower()
    suffix = dict(filters).get(chosen_filter, suffixes[0])
    return path.with_name(path.name + suffix), suffix


def confirm_replace(parent: QWidget | None, title: str, path: Path) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        fill(translate("SavePaths", "%1 already exists. Replace it?"), path),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
