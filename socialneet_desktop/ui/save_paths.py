"""The one "Save as" of the window: a file the user chose, never the database or the input.

Qt's save dialog asks before replacing the file it returns as long as DontConfirmOverwrite is
not set (it is not, here). It does not ask for a name typed without its suffix, which is added
here: that one is asked about here. What the dialog does not know is checked afterwards by
db.output_files.check_output: the open database and its -wal/-shm/-journal, the file being
imported, a folder. A refusal is explained and the dialog opens again.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from socialneet_desktop.db.output_files import OutputRefused, check_output
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.ui import file_dialogs
from socialneet_desktop.ui.user_settings import save_folder, set_save_folder

PathLike = str | os.PathLike[str]


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
