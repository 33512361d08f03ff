"""File > Export to Excel and File > Funder report: choose, confirm, run in a worker thread
with a progress dialog and Cancel, then offer to open the file."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from socialneet_desktop.domain.italian_dates import format_italian_date
from socialneet_desktop.domain.validation import parse_italian_date
from socialneet_desktop.exports.excel import Progress
from socialneet_desktop.i18n import Counts, fill, translate
from socialneet_desktop.ui.save_paths import ask_save_path, document_file_name, list_file_name
from socialneet_desktop.ui.workers import Job, Worker, start_worker

_RUNS: list[ExportRun] = []  # alive until their job ends


class ExportRun(QObject):
    """One export in progress: the worker, its thread and the progress dialog.

    Emits `ended(outcome)` once the user has been told: "finished", "failed" or "cancelled".
    """

    ended = Signal(str)

    def __init__(self, parent: QWidget | None, job: Job, path: Path, label: str) -> None:
        super().__init__(parent)
        self.path = path
        self.outcome = ""  # "finished", "failed" or "cancelled"
        self.dialog = QProgressDialog(label, translate("ExportDialogs", "Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(translate("ExportDialogs", "Export to Excel"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoReset(False)
        self.dialog.setAutoClose(False)
        self.dialog.setMinimumDuration(300)
        self.worker = Worker(job)
        self.worker.progress.connect(self._progress)
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self.worker.cancelled.connect(self._cancelled)
        # Not to worker.cancel: the worker's thread is busy, a queued call would wait for it.
        self.dialog.canceled.connect(self.cancel)
        _RUNS.append(self)
        self.thread = start_worker(self.worker, self)

    def cancel(self) -> None:
        self.worker.cancel()

    def _progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))

    def _end(self, outcome: str) -> None:
        self.outcome = outcome
        self.dialog.reset()
        self.dialog.hide()
        self.thread.wait()
        if self in _RUNS:
            _RUNS.remove(self)

    def _finished(self, _result: object) -> None:
        self._end("finished")
        question = fill(
            translate("ExportDialogs", "The workbook was written to %1. Open it now?"), self.path
        )
        answer = QMessageBox.question(
            self.parent(), translate("ExportDialogs", "Export to Excel"), question
        )
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))
        self.ended.emit(self.outcome)

    def _failed(self, message: str) -> None:
        self._end("failed")
        text = fill(translate("ExportDialogs", "The workbook could not be written: %1"), message)
        QMessageBox.warning(self.parent(), translate("ExportDialogs", "Export to Excel"), text)
        self.ended.emit(self.outcome)

    def _cancelled(self) -> None:
        self._end("cancelled")
        self.ended.emit(self.outcome)


def ask_xlsx_path(parent: QWidget | None, suggested: str, database=None) -> Path | None:
    """The workbook to write: never the open database or one of its files (ui.save_paths)."""
    return ask_save_path(
        parent,
        translate("ExportDialogs", "Export to Excel"),
        suggested,
        [(translate("ExportDialogs", "Excel workbook (*.xlsx)"), ".xlsx")],
        database=database,
    )


def confirm_identifiable(parent: QWidget | None) -> bool:
    """The second question before names and contact details leave the app."""
    answer = QMessageBox.warning(
        parent,
        translate("ExportDialogs", "Identifiable export"),
        translate(
            "ExportDialogs",
            "The workbook will contain names, codici fiscali, phone numbers, e-mails and "
            "addresses. Keep it safe and share it only when the law allows. Continue?",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_identifiable(parent: QWidget | None) -> bool:
    answer = QMessageBox.question(
        parent,
        translate("ExportDialogs", "Export to Excel"),
        translate(
            "ExportDialogs",
            "Include names and contact details? Answer No for a pseudonymous export (a code "
            "and the age band instead of names).",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes and confirm_identifiable(parent)


def ask_special_category(parent: QWidget | None) -> bool:
    """Special-category data (GDPR art. 9: disability, health) only when asked, No first."""
    answer = QMessageBox.question(
        parent,
        translate("ExportDialogs", "Export to Excel"),
        translate(
            "ExportDialogs",
            "Include the special-category data (disability, mental health: GDPR art. 9)? "
            "Answer Yes only if the recipient needs them and may hold them.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def chosen_ids(page) -> tuple[int, ...]:
    """The ids of the rows chosen in `page` (a RecordListPage), top to bottom."""
    selection = page.table.selectionModel()
    rows = sorted(index.row() for index in selection.selectedRows()) if selection else []
    return tuple(page.model.record_id(row) for row in rows)


def ask_which_rows(parent: QWidget | None, chosen: int, total: int | None) -> str:
    """ "chosen", "all" or "" (cancelled): only the rows chosen in the list, or all of it."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("ExportDialogs", "Export to Excel"))
    box.setText(translate("ExportDialogs", "Export only the records chosen in the list?"))
    only = box.addButton(
        Counts.tr("&Only the %Ln record(s) chosen", None, chosen),
        QMessageBox.ButtonRole.AcceptRole,
    )
    whole = box.addButton(
        translate("ExportDialogs", "The &whole list")
        if total is None
        else Counts.tr("The &whole list (%Ln)", None, total),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(only)
    box.exec()
    return {only: "chosen", whole: "all"}.get(box.clickedButton(), "")


def export_list_or_chosen(page, parent: QWidget | None = None) -> ExportRun | None:
    """File > Export and the toolbar's Export: the rows chosen in the list when some are (the
    user is asked: only those, or the whole list), else the whole list (issue 16: the whole
    list was exported whatever was chosen)."""
    ids, total = chosen_ids(page), page.total
    if ids and (total is None or len(ids) < total):
        answer = ask_which_rows(parent, len(ids), total)
        if not answer:
            return None
        ids = ids if answer == "chosen" else ()
    else:
        ids = ()
    return export_current_list(page, parent, ids=ids)


def export_current_list(page, parent: QWidget | None = None, *, ids=()) -> ExportRun | None:
    """Export the rows `page` (a RecordListPage) shows, with its columns, search, filters and
    sort; only the records `ids` among them when given (the rows chosen)."""
    from socialneet_desktop.exports.list_export import export_list, is_people_list

    database, kind, query = page.model.database, page.kind, page.model.query
    if database is None:
        return None
    if ids:
        query = replace(query, ids=tuple(ids))
    path = ask_xlsx_path(parent, list_file_name(kind.title), database)
    if path is None:
        return None
    identifiable = is_people_list(kind.key) and ask_identifiable(parent)
    special = identifiable and bool(kind.special_columns) and ask_special_category(parent)

    def job(report, cancelled):
        progress = Progress(report, cancelled)
        return export_list(database, kind.key, query, path, identifiable=identifiable,
                           progress=progress, special_category=special)  # fmt: skip

    label = (
        Counts.tr("Exporting %Ln record(s)…", None, len(ids))
        if ids
        else fill(translate("ExportDialogs", "Exporting %1…"), translate("RecordKind", kind.title))
    )
    return ExportRun(parent, job, path, label)


class FunderReportDialog(QDialog):
    """The period (gg/mm/aaaa), the indicator set and whether the workbook may identify
    people. Given the database, a period where nothing is recorded is refused here, before
    a file is asked for."""

    def __init__(
        self,
        parent: QWidget | None = None,
        today: date | None = None,
        database=None,
        indicator_set: str = "",
    ) -> None:
        super().__init__(parent)
        self.database = database
        today = today or date.today()
        self.setWindowTitle(translate("ExportDialogs", "Funder report"))
        self.start_edit = QLineEdit(format_italian_date(date(today.year, 1, 1)))
        self.end_edit = QLineEdit(format_italian_date(today))
        for edit in (self.start_edit, self.end_edit):
            edit.setPlaceholderText(translate("ExportDialogs", "gg/mm/aaaa"))
        self.identifiable_box = QCheckBox(
            translate("ExportDialogs", "Include names and contact details (identifiable)")
        )
        self.identifiable_box.toggled.connect(self._identifiable_toggled)
        self.set_box = _indicator_set_box(indicator_set)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020")
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self.start: date | None = None
        self.end: date | None = None

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(translate("ExportDialogs", "From"), self.start_edit)
        form.addRow(translate("ExportDialogs", "To"), self.end_edit)
        form.addRow(translate("ExportDialogs", "Indicator set"), self.set_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.identifiable_box)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def _identifiable_toggled(self, checked: bool) -> None:
        if checked and not confirm_identifiable(self):
            self.identifiable_box.setChecked(False)

    @property
    def identifiable(self) -> bool:
        return self.identifiable_box.isChecked()

    @property
    def indicator_set(self) -> str:
        """The chosen set's code, "" for none."""
        return self.set_box.currentData() or ""

    def _date(self, edit: QLineEdit, field: str) -> date | None:
        try:
            return parse_italian_date(edit.text())
        except ValueError:
            self.error_label.setText(
                fill(translate("ExportDialogs", "%1: not a date in the form gg/mm/aaaa"), field)
            )
            edit.setFocus()
            return None

    def accept(self) -> None:
        start = self._date(self.start_edit, translate("ExportDialogs", "From"))
        end = start and self._date(self.end_edit, translate("ExportDialogs", "To"))
        if start is None or end is None:
            return
        if end < start:
            self.error_label.setText(
                translate("ExportDialogs", "To: the end comes before the start")
            )
            self.end_edit.setFocus()
            return
        if self.database is not None and (refused := _empty_period(self.database, start, end)):
            self.error_label.setText(refused)
            self.start_edit.setFocus()
            return
        self.start, self.end = start, end
        super().accept()


def _indicator_set_box(chosen: str) -> QComboBox:
    """None, then each set of services.indicator_sets, `chosen` selected."""
    from socialneet_desktop.services.indicator_sets import SETS

    box = QComboBox()
    box.addItem(translate("ExportDialogs", "None (the report's own indicators)"), "")
    for code, indicator_set in SETS.items():
        box.addItem(translate("IndicatorSets", indicator_set.name), code)
    box.setCurrentIndex(max(0, box.findData(chosen)))
    return box


def _empty_period(database, start: date, end: date) -> str:
    """The refusal of a period where nothing is recorded, naming it; "" when there is data."""
    from socialneet_desktop.exports.funder_report import EmptyPeriod, check_period

    try:
        check_period(database, start, end)
    except EmptyPeriod as empty:
        return str(empty)
    return ""


def _configured_set(database) -> str:
    from socialneet_desktop.services.indicator_sets import configured_code

    with database.read_session() as session:
        return configured_code(session)


def export_funder_report(database, parent: QWidget | None = None) -> ExportRun | None:
    """File > Funder report: the period, then the file, then the export in a worker."""
    from socialneet_desktop.exports.funder_report import write_funder_report

    if database is None:
        return None
    dialog = FunderReportDialog(parent, database=database, indicator_set=_configured_set(database))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    start, end, identifiable = dialog.start, dialog.end, dialog.identifiable
    chosen = dialog.indicator_set
    suggested = document_file_name("funder_report", days=(start, end), suffix=".xlsx")
    path = ask_xlsx_path(parent, suggested, database)
    if path is None:
        return None

    def job(report, cancelled):
        progress = Progress(report, cancelled)
        return write_funder_report(
            database,
            start,
            end,
            path,
            identifiable=identifiable,
            progress=progress,
            indicator_set=chosen,
        )

    return ExportRun(parent, job, path, translate("ExportDialogs", "Writing the funder report…"))
