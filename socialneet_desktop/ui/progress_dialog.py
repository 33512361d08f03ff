"""File > Progress report (issue 19): the period (gg/mm/aaaa) and the report's language, then
the file (a Word document to complete, or PDF), written at once and offered to open.

A period with nothing recorded, or that ends before it starts, is refused in the dialog,
naming it, before a file is asked for. The report's language is its own: an Italian office
writes the English copy for its international partners without changing the program's.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from socialneet_desktop.domain.italian_dates import format_italian_date
from socialneet_desktop.domain.validation import parse_italian_date
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.ui.save_paths import ask_save_path

TITLE_CONTEXT = "ProgressDialog"


class ProgressReportDialog(QDialog):
    """The period and the language; on OK the report's contents are read (`report`)."""

    def __init__(self, database, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self.database = database
        today = today or date.today()
        self.setWindowTitle(self.tr("Progress report"))
        self.start_edit = QLineEdit(format_italian_date(date(today.year, 1, 1)))
        self.end_edit = QLineEdit(format_italian_date(today))
        for edit in (self.start_edit, self.end_edit):
            edit.setPlaceholderText(self.tr("gg/mm/aaaa"))
        self.language_box = QComboBox()
        self.language_box.addItem("Italiano", "it")
        self.language_box.addItem("English", "en")
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020")
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self.report = None

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&From:"), self.start_edit)
        form.addRow(self.tr("&To:"), self.end_edit)
        form.addRow(self.tr("&Language of the report:"), self.language_box)
        note = QLabel(
            self.tr(
                "One section per project activity with what the records say, and the "
                "annexes: the organisations met and the courses' attendance registers. No young "
                "person is named."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    @property
    def language(self) -> str:
        return self.language_box.currentData()

    def _date(self, edit: QLineEdit, field: str) -> date | None:
        try:
            return parse_italian_date(edit.text())
        except ValueError:
            message = self.tr("%1: not a date in the form gg/mm/aaaa")
            self.error_label.setText(fill(message, field))
            edit.setFocus()
            return None

    def accept(self) -> None:
        from socialneet_desktop.services.progress_sections import EmptyPeriod, progress_report

        start = self._date(self.start_edit, self.tr("From"))
        end = start and self._date(self.end_edit, self.tr("To"))
        if start is None or end is None:
            return
        try:
            with self.database.read_session() as session:
                self.report = progress_report(session, start, end)
        except EmptyPeriod as empty:
            message = translate("ProgressReport", empty.message)
            self.error_label.setText(fill(message, *empty.args[1:]))
            (self.end_edit if end < start else self.start_edit).setFocus()
            return
        super().accept()


def ask_report_path(parent: QWidget | None, report, database) -> Path | None:
    name = f"relazione-{report.start:%Y%m%d}-{report.end:%Y%m%d}.docx"
    filters = [
        (translate(TITLE_CONTEXT, "Word document, to complete (*.docx)"), ".docx"),
        (translate(TITLE_CONTEXT, "PDF (*.pdf)"), ".pdf"),
    ]
    title = translate(TITLE_CONTEXT, "Progress report")
    return ask_save_path(parent, title, name, filters, database=database)


def write_report(report, path: Path, language: str) -> None:
    if path.suffix.lower() == ".pdf":
        from socialneet_desktop.printing.progress_pdf import write_pdf

        write_pdf(report, path, language)
    else:
        from socialneet_desktop.exports.progress_report import write_docx

        write_docx(report, path, language)


def progress_report_action(database, parent: QWidget | None = None) -> Path | None:
    """File > Progress report: the dialog, the file, the report written; the path written."""
    if database is None:
        return None
    dialog = ProgressReportDialog(database, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    path = ask_report_path(parent, dialog.report, database)
    if path is None:
        return None
    title = translate(TITLE_CONTEXT, "Progress report")
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        write_report(dialog.report, path, dialog.language)
    except OSError as error:
        QGuiApplication.restoreOverrideCursor()
        message = translate(TITLE_CONTEXT, "The report could not be written: %1")
        QMessageBox.warning(parent, title, fill(message, str(error)))
        return None
    QGuiApplication.restoreOverrideCursor()
    question = translate(TITLE_CONTEXT, "The report was written to %1. Open it now?")
    if QMessageBox.question(parent, title, fill(question, path)) == QMessageBox.StandardButton.Yes:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path
