"""Printing from the window: check the association's details the page prints, make the PDF,
then open it in the PDF viewer or save it.

The user prints from the system's PDF viewer, as with any document: by default the PDF opens
there straight away (issue 16: every print asked "Open / Save as…"); a user who wants a copy
of each chooses "always ask where to save" in Preferences, and is then asked.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from socialneet_desktop.db.pending_files import Pending
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.ui.editors.widgets import OptionalDateEdit
from socialneet_desktop.ui.first_run import check_before_printing
from socialneet_desktop.ui.save_paths import ask_save_path, document_file_name
from socialneet_desktop.ui.user_settings import always_ask_where_to_save

if TYPE_CHECKING:
    from socialneet_desktop.db.database import Database

Writer = Callable[[Path], None]


def ask_open_or_save(parent: QWidget) -> str:
    """ "open", "save" or "" (cancelled): "open" without a question unless the user chose in
    Preferences to be asked every time."""
    if not always_ask_where_to_save():
        return "open"
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("PrintActions", "Print"))
    box.setText(
        translate(
            "PrintActions",
            "Open the document in the PDF viewer (to print it), or save it as a file?",
        )
    )
    open_button = box.addButton(
        translate("PrintActions", "&Open"), QMessageBox.ButtonRole.AcceptRole
    )
    save_button = box.addButton(
        translate("PrintActions", "&Save as…"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(open_button)
    box.exec()
    return {open_button: "open", save_button: "save"}.get(box.clickedButton(), "")


def deliver_pdf(parent: QWidget, write: Writer, file_name: str, database=None) -> Path | None:
    """Check the association's details, open the PDF in the viewer or save it where the user
    chooses (ask_open_or_save), write it there, and open it when asked.

    Every document prints the association's name and address on top: when they are missing
    the user fills them in first, or nothing is printed (first_run.check_before_printing).
    A PDF to open goes in a registered private folder (db.output_files), removed at the next
    start once this program has ended: the viewer may still be reading it until then. A PDF to
    save is never the open database (`database`, else the window's) or one of its files."""
    if database is None:
        database = _database_of(parent)
    if database is not None and not check_before_printing(parent, database):
        return None
    choice = ask_open_or_save(parent)
    if choice == "open":
        path = Pending.scratch_folder().path / file_name
    elif choice == "save":
        path = ask_save_path(
            parent,
            translate("PrintActions", "Save as"),
            file_name,
            [("PDF (*.pdf)", ".pdf")],
            database=database,
        )
        if path is None:
            return None
    else:
        return None
    return _write_and_open(parent, write, path, choice == "open")


def _database_of(parent: QWidget | None):
    """The open database of the editor or window printing, if it has one."""
    for widget in (parent, parent.window() if parent is not None else None):
        if (database := getattr(widget, "database", None)) is not None:
            return database
    return None


def _write_and_open(parent: QWidget, write: Writer, path: Path, open_it: bool) -> Path | None:
    try:
        write(path)
    except (OSError, LookupError) as error:
        QMessageBox.warning(
            parent,
            translate("PrintActions", "Print"),
            fill(translate("PrintActions", "The document was not written: %1"), error),
        )
        return None
    if open_it:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path


class PeriodDialog(QDialog):
    """A period (from, to) or a single day, typed as gg/mm/aaaa."""

    def __init__(self, title: str, parent: QWidget | None = None, *, single_day: bool = False):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.start = OptionalDateEdit()
        self.end = OptionalDateEdit()
        self.rows = QSpinBox(minimum=1, maximum=200, value=25)
        today = date.today()
        self.start.set_date_value(today if single_day else today.replace(day=1))
        self.end.set_date_value(today)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #c0392b;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(
            translate("PrintActions", "&Day:")
            if single_day
            else translate("PrintActions", "&From:"),
            self.start,
        )
        if single_day:
            form.addRow(translate("PrintActions", "Empty &rows:"), self.rows)
        else:
            form.addRow(translate("PrintActions", "&To:"), self.end)
        form.addRow(self.problem)
        form.addRow(buttons)
        self.single_day = single_day
        self.setMinimumWidth(360)

    def accept(self) -> None:
        start, end = self.start.date_value(), self.end.date_value()
        if start is None or (not self.single_day and end is None):
            self.problem.setText(translate("PrintActions", "Write the dates as dd/mm/yyyy."))
        elif not self.single_day and end < start:
            self.problem.setText(
                translate("PrintActions", "The end of the period comes before its start.")
            )
        else:
            super().accept()


def print_period_document(parent: QWidget, database: Database, which: str) -> Path | None:
    """File → Print: the attendance register, a blank register, meetings or resources."""
    from socialneet_desktop import printing

    titles = {
        "register": translate("PrintActions", "Attendance register"),
        "blank_register": translate("PrintActions", "Blank attendance register"),
        "meetings": translate("PrintActions", "Stakeholder meetings"),
        "resources": translate("PrintActions", "Unused resources"),
    }
    dialog = PeriodDialog(titles[which], parent, single_day=which == "blank_register")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    start, end, rows = dialog.start.date_value(), dialog.end.date_value(), dialog.rows.value()
    writers: dict[str, Writer] = {
        "register": lambda path: printing.write_register(database, start, end, path),
        "blank_register": lambda path: printing.write_blank_register(database, start, rows, path),
        "meetings": lambda path: printing.write_meetings(database, start, end, path),
        "resources": lambda path: printing.write_resources(database, start, end, path),
    }
    days = (start,) if which == "blank_register" else (start, end)
    return deliver_pdf(parent, writers[which], document_file_name(which, days=days), database)
