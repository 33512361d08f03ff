"""Privacy operations on NEET contacts: erase on request, retention review, access request."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import DBAPIError

from socialneet_desktop.db import storage_errors
from socialneet_desktop.db.database import Database
from socialneet_desktop.db.models import NeetContact
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.domain.validation import format_italian_date
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.services import erasure_register, privacy
from socialneet_desktop.services.association_settings import retention_months
from socialneet_desktop.services.current_user import current_user_name
from socialneet_desktop.services.related_records import record_by_id
from socialneet_desktop.ui.busy import run_busy
from socialneet_desktop.ui.save_paths import ask_save_path


class EraseContactDialog(QDialog):
    """Explains the erasure, asks for the surname (or a tick) and a reason, then erases."""

    def __init__(self, database: Database, contact_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.database, self.contact_id = database, contact_id
        with database.read_session() as session:
            contact = record_by_id(session, NeetContact, contact_id)
            self.surname = contact.last_name.strip()
            name = f"{contact.last_name} {contact.first_name}".strip()
        self.setWindowTitle(translate("Privacy", "Erase personal data"))
        layout = QVBoxLayout(self)
        explanation = QLabel(fill(translate("Privacy", ERASE_TEXT), name), self)
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        form = QFormLayout()
        self.confirm_name = QLineEdit(self)
        self.confirm_name.setObjectName("confirm_name")
        self.confirm_box = QCheckBox(translate("Privacy", "I confirm the erasure"), self)
        self.confirm_box.setObjectName("confirm_box")
        if self.surname:
            form.addRow(translate("Privacy", "Type the surname to confirm:"), self.confirm_name)
            self.confirm_box.hide()
        else:
            form.addRow(self.confirm_box)
            self.confirm_name.hide()
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reason")
        form.addRow(translate("Privacy", "Reason (e.g. written request of …):"), self.reason)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.erase_button = buttons.addButton(
            translate("Privacy", "Erase"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.erase_button.setObjectName("erase")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def confirmed(self) -> bool:
        if self.surname:
            return self.confirm_name.text().strip().casefold() == self.surname.casefold()
        return self.confirm_box.isChecked()

    def accept(self) -> None:
        if not self.confirmed():
            message = translate("Privacy", "The surname typed does not match: nothing was erased.")
            QMessageBox.warning(self, self.windowTitle(), message)
            return
        if not self.reason.text().strip():
            message = translate("Privacy", "Give the reason of the erasure.")
            QMessageBox.warning(self, self.windowTitle(), message)
            return
        user, reason = current_user_name(), self.reason.text().strip()
        try:
            with self.database.session() as session:
                privacy.erase_contact(session, self.contact_id, user=user, reason=reason)
        except privacy.AlreadyAnonymised:
            message = translate("Privacy", "This person's data were already erased.")
            QMessageBox.information(self, self.windowTitle(), message)
            compact_and_scrub(self, self.database)  # finishes a rewrite that failed before
        else:
            self.report = compact_and_scrub(self, self.database)
            if self.report is not None:  # goes with the editor, or with this dialog if none
                show_scrub_report(self.parentWidget() or self, self.windowTitle(), self.report)
        super().accept()


def compact_and_scrub(parent: QWidget, database: Database) -> erasure_register.ScrubReport | None:
    """After an erasure: the file compacted, then every backup and copy scrubbed (a while on
    a large file with many backups: off the GUI thread, a "please wait" dialog showing)."""

    def work() -> erasure_register.ScrubReport:
        privacy.compact_file(database)
        return erasure_register.scrub_pending_copies(database)

    label = translate("Privacy", "Erasing the data from the backups and copies of the database…")
    try:
        return run_busy(parent, label, work)
    except (OSError, sqlite3.Error, DBAPIError, storage_errors.StorageError) as error:
        if not storage_errors.is_storage_failure(error):
            raise
        problem = storage_errors.describe(error, database.path)
        reason = fill(translate("Storage", problem.message), problem.path)
        message = fill(translate("Privacy", NOT_COMPACTED), reason)
        QMessageBox.warning(parent, parent.windowTitle(), message)
        return None


NOT_COMPACTED = QT_TRANSLATE_NOOP(
    "Privacy",
    "The personal data were erased, but the database or its copies could not be rewritten "
    "afterwards: %1\n\nUntil they are, pieces of the erased data may remain in them. Solve the "
    "problem, then choose Erase personal data for this person again to finish.",
)


_SHOWN: list[QMessageBox] = []  # a report shown without a parent stays alive while open


def scrub_pending(parent: QWidget | None, database: Database) -> None:
    """Erasures whose copies could not all be reached before (a USB stick not plugged in)
    are carried into those copies now; the user is told only when there was such work."""
    report = erasure_register.scrub_pending_copies(database)
    if report.looked_at or report.unreachable:
        show_scrub_report(parent, translate("Privacy", "Erase personal data"), report)


def show_scrub_report(parent: QWidget | None, title: str, report) -> QMessageBox:
    """What was scrubbed and what could not be reached, in a box that does not block."""
    lines = erasure_register.describe(report)
    icon = QMessageBox.Icon.Information if report.complete else QMessageBox.Icon.Warning
    box = QMessageBox(icon, title, "\n\n".join(lines), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("scrub_report")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if parent is None:
        _SHOWN.append(box)
        box.finished.connect(lambda _code: _SHOWN.remove(box))
    box.open()
    return box


ERASE_TEXT = QT_TRANSLATE_NOOP(
    "Privacy",
    "The identifying data of %1 will be erased for good: first and last name, codice fiscale, "
    "birthplace, address, phone, e-mail, guardian, notes, the summary and outcome of the "
    "visits, and the same values in the history of changes. The birth date keeps only the "
    "year.\n\nWhat stays: gender, municipality of residence, education, labour status and "
    "every visit (date, type, staff member), so the statistics for the funder do not change. "
    "The erasure is recorded in the history with your name, without the erased values, and in "
    "the register of erasures (no personal data), which a restore of an older backup applies "
    "again.\n\nThe backups and the copies of the database kept by the program are scrubbed "
    "too; a backup folder that cannot be reached now is scrubbed the next time it can be.",
)


class RetentionReviewDialog(QDialog):
    """Contacts with no visit for longer than the retention period, to anonymise in bulk."""

    def __init__(
        self, database: Database, parent: QWidget | None = None, today: date | None = None
    ):
        super().__init__(parent)
        self.database, self.today = database, today or date.today()
        self.setWindowTitle(translate("Privacy", "Retention review"))
        self.resize(720, 480)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.months = QSpinBox(self)
        self.months.setObjectName("months")
        self.months.setRange(1, 240)
        self.months.setValue(self._setting_months())
        self.months.valueChanged.connect(self.reload)
        form.addRow(translate("Privacy", "No visit for more than (months):"), self.months)
        layout.addLayout(form)
        self.model = QStandardItemModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        self.nobody_label = QLabel(self)
        self.nobody_label.setObjectName("nobody")
        self.nobody_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.nobody_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.anonymise_button = QPushButton(translate("Privacy", "Anonymise selected…"), self)
        self.anonymise_button.setObjectName("anonymise")
        buttons.addButton(self.anonymise_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.anonymise_button.clicked.connect(self.anonymise_selected)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    def _setting_months(self) -> int:
        with self.database.read_session() as session:
            return retention_months(session)

    def reload(self) -> None:
        with self.database.read_session() as session:
            rows = privacy.contacts_due_for_review(
                session, months=self.months.value(), today=self.today
            )
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [
                translate("Privacy", "Name"),
                translate("Privacy", "Person code"),
                translate("Privacy", "Last visit"),
                translate("Privacy", "Visits"),
            ]
        )
        for row in rows:
            self.model.appendRow(_review_items(row))
        nobody = translate("Privacy", "Nobody: every contact had a visit in the last %1 months.")
        self.nobody_label.setText(fill(nobody, self.months.value()))
        self.nobody_label.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self.anonymise_button.setEnabled(bool(rows))

    def checked_ids(self) -> list[int]:
        items = (self.model.item(number, 0) for number in range(self.model.rowCount()))
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def anonymise_selected(self) -> None:
        ids = self.checked_ids()
        if not ids:
            message = translate("Privacy", "Tick the contacts to anonymise first.")
            QMessageBox.information(self, self.windowTitle(), message)
            return
        question = fill(
            translate(
                "Privacy",
                "Erase for good the identifying data of %1 contacts? Their visits keep "
                "counting in the statistics.",
            ),
            len(ids),
        )
        answer = QMessageBox.question(self, self.windowTitle(), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        reason = fill(
            translate("Privacy", "Retention period of %1 months expired"), self.months.value()
        )
        with self.database.session() as session:
            privacy.anonymise_many(session, ids, user=current_user_name(), reason=reason)
        self.report = compact_and_scrub(self, self.database)
        if self.report is not None:
            show_scrub_report(self, self.windowTitle(), self.report)
        self.reload()


def _review_items(row: privacy.ReviewRow) -> list[QStandardItem]:
    name = QStandardItem(row.name)
    name.setCheckable(True)
    name.setData(row.id, Qt.ItemDataRole.UserRole)
    last = QStandardItem(format_italian_date(row.last_visit) if row.last_visit else "–")
    last.setData(row.last_visit.isoformat() if row.last_visit else "", Qt.ItemDataRole.UserRole)
    visits = QStandardItem()
    visits.setData(row.visits, Qt.ItemDataRole.DisplayRole)
    items = [name, QStandardItem(row.code), last, visits]
    for item in items:
        item.setEditable(False)
    return items


def export_access_request(
    database: Database, contact_id: int, parent: QWidget | None = None
) -> Path | None:
    """Ask where to save everything held on the person (.xlsx or .pdf) and write it."""
    from socialneet_desktop.documents import write_access_request

    excel, pdf = (
        translate("Privacy", "Excel workbook (*.xlsx)"),
        translate("Privacy", "PDF (*.pdf)"),
    )
    title = translate("Privacy", "Data held on a person")
    path = ask_save_path(parent, title, "", [(excel, ".xlsx"), (pdf, ".pdf")], database=database)
    if path is None:
        return None
    try:
        write_access_request(database, contact_id, path)
    except OSError as error:
        message = fill(translate("Privacy", "The file could not be written: %1"), error)
        QMessageBox.warning(parent, translate("Privacy", "Data held on a person"), message)
        return None
    return path
