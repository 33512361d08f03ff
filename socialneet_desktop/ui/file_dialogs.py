"""File dialogs that never read the files they list.

Qt's own file dialog asks QMimeDatabase for the icon and the type of every file it lists,
which opens and reads the file when its name alone does not settle the type. On POSIX,
closing that descriptor drops every lock the process holds on the file: listing the folder
of the open database (File > Open database… starts there) dropped SQLite's shared lock, and
another process could then delete the live WAL. The dialogs here name icons and types from
the file name only. Windows keeps its own dialog: there a closed handle does not release
the locks of the others. Every file dialog of the program is one of these (a test greps the
package for Qt's static QFileDialog functions).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QFileInfo
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QMessageBox, QWidget

from socialneet_desktop.db.database import belongs_to_open_database
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.i18n import fill, translate

# Labels of Qt's own dialog that Qt's Italian catalogue lacks (their accelerators are newer than
# it): listed here so that lupdate puts them in ours, where Qt finds them too.
QT_LABELS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


class NameOnlyIconProvider(QFileIconProvider):
    """Icons and types from the name: a folder, a file; nothing is opened."""

    def icon(self, what):  # type: ignore[override]
        if isinstance(what, QFileInfo):
            kinds = QFileIconProvider.IconType
            return super().icon(kinds.Folder if what.isDir() else kinds.File)
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:  # type: ignore[override]
        if info.isDir():
            return translate("FileDialogs", "Folder")
        suffix = info.suffix()
        return fill(translate("FileDialogs", "%1 file"), suffix.upper()) if suffix else ""


def open_file_name(parent: QWidget | None, title: str, folder: str, filters: str) -> str:
    """The file chosen to open, or "" when cancelled."""
    return _ask(parent, title, folder, filters, QFileDialog.AcceptMode.AcceptOpen)[0]


def save_file_name(parent: QWidget | None, title: str, folder: str, filters: str) -> str:
    """The file chosen to write (Qt asks before replacing one), or "" when cancelled."""
    return save_file_and_filter(parent, title, folder, filters)[0]


def save_file_and_filter(
    parent: QWidget | None, title: str, suggested: str, filters: str
) -> tuple[str, str]:
    """(file chosen to write, name filter chosen), ("", "") when cancelled. `suggested` is a
    folder, a file name or both; Qt asks before replacing an existing file."""
    return _ask(parent, title, suggested, filters, QFileDialog.AcceptMode.AcceptSave)


def existing_folder_name(parent: QWidget | None, title: str, folder: str) -> str:
    """The folder chosen, or "" when cancelled. Only folders are shown, but Qt still lists
    (and would read) every file of the folder, so this dialog is a safe one too."""
    if sys.platform == "win32":
        return QFileDialog.getExistingDirectory(parent, title, folder)
    dialog = safe_file_dialog(parent, title, folder, "")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return _chosen(dialog)[0]


def refuse_open_database(parent: QWidget | None, title: str, path: str) -> bool:
    """True, after saying so, when `path` (chosen to be read) is the open database or one of
    its files: reading it with plain file I/O would drop the process's locks on it."""
    if not belongs_to_open_database(Path(path)):
        return False
    text = translate(
        "FileDialogs",
        "%1 is the database open in this program (or one of its files): choose another file.",
    )
    QMessageBox.warning(parent, title, fill(text, path))
    return True


def _ask(parent, title: str, folder: str, filters: str, mode) -> tuple[str, str]:
    if sys.platform == "win32":
        ask = QFileDialog.getOpenFileName
        if mode == QFileDialog.AcceptMode.AcceptSave:
            ask = QFileDialog.getSaveFileName
        return ask(parent, title, folder, filters)
    dialog = safe_file_dialog(parent, title, folder, filters)
    dialog.setAcceptMode(mode)
    if mode == QFileDialog.AcceptMode.AcceptOpen:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _chosen(dialog)


def _chosen(dialog: QFileDialog) -> tuple[str, str]:
    """Show `dialog`: (the path chosen, the name filter chosen), or ("", "")."""
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return "", ""
    return dialog.selectedFiles()[0], dialog.selectedNameFilter()


def safe_file_dialog(parent, title: str, folder: str, filters: str) -> QFileDialog:
    """Qt's own dialog with icons and types from the names (for other dialogs to use too)."""
    dialog = QFileDialog(parent, title, folder, filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.icon_provider = NameOnlyIconProvider()  # the dialog does not own it: keep it alive
    dialog.setIconProvider(dialog.icon_provider)
    return dialog
