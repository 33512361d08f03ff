"""File > Back up now, File > Restore from backup…, and the offer after a failed check."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from socialneet_desktop.db import backup
from socialneet_desktop.db.database import DatabaseRefused
from socialneet_desktop.db.storage_errors import StorageError
from socialneet_desktop.domain.italian_dates import format_italian_datetime
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.services.record_kinds import RECORD_KINDS
from socialneet_desktop.ui.privacy_dialogs import scrub_pending


class RestoreDialog(QDialog):
    """The backups of a folder, newest first; `chosen()` is the one picked, once accepted."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.entries = backup.list_backups(folder)
        hint = QLabel(
            self.tr("Choose the backup to put in place of the current database (%1).").replace(
                "%1", str(folder)
            )
        )
        hint.setWordWrap(True)
        self.table = QTableWidget(len(self.entries), 2 + len(RECORD_KINDS))
        self.table.setObjectName("backups")
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        headers = [self.tr("Date"), self.tr("Size")]
        headers += [translate("RecordKind", kind.title) for kind in RECORD_KINDS]
        self.table.setHorizontalHeaderLabels(headers)
        for row, entry in enumerate(self.entries):
            self._fill_row(row, entry)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(bool(self.entries))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if self.entries:
            self.table.selectRow(0)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table)
        if not self.entries:
            layout.addWidget(QLabel(self.tr("There are no backups in this folder yet.")))
        layout.addWidget(self.buttons)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.resizeColumnsToContents()  # every kind's title whole, as in the lists
        self.table.horizontalHeader().setStretchLastSection(True)
        self.resize(min(1280, self.table.horizontalHeader().length() + 60), 380)

    def _fill_row(self, row: int, entry: backup.BackupEntry) -> None:
        size = QLocale().toString(round(entry.size / 1024))  # 1.720 in Italian
        values = [format_italian_datetime(entry.taken_at), f"{size} KB"]
        for kind in RECORD_KINDS:
            counts = entry.counts or {}
            values.append(str(counts.get(kind.table_name, "")) if entry.readable else "—")
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            if column:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if entry.locked:
                item.setToolTip(
                    self.tr(
                        "This backup is encrypted with another passphrase: "
                        "it is asked when you restore it."
                    )
                )
            elif not entry.readable:
                item.setToolTip(self.tr("This backup cannot be read: it is damaged."))
            self.table.setItem(row, column, item)

    def chosen(self) -> backup.BackupEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def accept(self) -> None:
        entry = self.chosen()
        if entry is None:
            return
        question = self.tr(
            "Put the backup of %1 in place of the current database?\n\n"
            "The current file is kept aside as a copy, so nothing is lost."
        ).replace("%1", format_italian_datetime(entry.taken_at))
        answer = QMessageBox.question(self, self.tr("Restore from backup"), question)
        if answer == QMessageBox.StandardButton.Yes:
            super().accept()


def back_up_now(database, parent: QWidget | None, folder: Path | None = None) -> Path | None:
    """File > Back up now: take a backup, rotate, and say where it went (or why not)."""
    try:
        made = backup.backup_and_rotate(database, folder)
    except StorageError as error:
        _storage_problem(parent, error)
        return None
    QMessageBox.information(
        parent,
        translate("BackupDialogs", "Back up now"),
        fill(translate("BackupDialogs", "The backup was saved as %1."), made),
    )
    scrub_pending(parent, database)  # the backup folder may be reachable now
    return made


def restore_with_dialog(
    database_path: Path,
    folder: Path,
    parent: QWidget | None,
    close_database: Callable[[], None],
) -> Path | None:
    """Let the user pick a backup and restore it; returns the backup used, or None.

    `close_database` must close every connection of this program to the file; the caller
    opens it again afterwards (also when None is returned after closing).
    """
    dialog = RestoreDialog(folder, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
        return None
    return restore_chosen(dialog.chosen().path, database_path, parent, close_database)


def restore_chosen(chosen: Path, database_path: Path, parent, close_database) -> Path | None:
    title = translate("BackupDialogs", "Restore from backup")
    if not _backup_unlocked(parent, chosen):
        return None  # cancelled: nothing was closed nor changed
    close_database()
    try:
        result = backup.restore(chosen, database_path)
    except DatabaseRefused as refusal:
        text = fill(translate("Database", refusal.message), refusal.path)
    except backup.BackupRejected as refusal:
        text = fill(translate("Backup", refusal.message), refusal.path)
    except StorageError as error:
        _storage_problem(parent, error)
        return None
    else:
        text = fill(
            translate(
                "BackupDialogs",
                "The database was restored from the backup %1. The file as it was before is "
                "kept as %2.",
            ),
            result.restored_from.name,
            result.previous_copy or "—",
        )
        QMessageBox.information(parent, title, text)
        return chosen
    QMessageBox.warning(parent, title, text)
    return None


def _backup_unlocked(parent, chosen: Path) -> bool:
    """A backup encrypted with another passphrase than the database's (an older one): its
    own asked (issue #24). The restored file keeps the database's passphrase."""
    from socialneet_desktop.db import passphrase

    if not passphrase.needs_passphrase(chosen):
        return True
    from socialneet_desktop.ui.passphrase_dialog import ask_passphrase

    return ask_passphrase(parent, chosen, for_backup=True)


def offer_backup_after_failed_check(
    result, folder: Path, parent: QWidget | None, close_database: Callable[[], None]
) -> Path | None:
    """After a failed integrity check: say what happened and offer the newest good backup."""
    title = translate("BackupDialogs", "The database is damaged")
    text = fill(translate("Integrity", result.message), result.path)
    newest = next((entry for entry in backup.list_backups(folder) if entry.readable), None)
    if newest is None:
        QMessageBox.critical(parent, title, text)
        return None
    offer = fill(
        translate("BackupDialogs", "Restore the newest backup, of %1, now?"),
        format_italian_datetime(newest.taken_at),
    )
    answer = QMessageBox.question(parent, title, f"{text}\n\n{offer}")
    if answer != QMessageBox.StandardButton.Yes:
        return None
    return restore_chosen(newest.path, result.path, parent, close_database)


def _storage_problem(parent: QWidget | None, error: StorageError) -> None:
    QMessageBox.warning(
        parent,
        translate("BackupDialogs", "Backup"),
        fill(translate("Storage", error.message), error.path),
    )
