"""Opening and closing a database from the window: refusals explained, integrity checked,
a daily backup on opening and one on exit.

SQLAlchemy and the backup code are imported here, on first use, after the window shows.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from socialneet_desktop.i18n import fill, translate

if TYPE_CHECKING:
    from socialneet_desktop.db.database import Database


def explain_refusal(parent: QWidget | None, error: Exception) -> None:
    """Tell the user, in their language, why a database cannot be opened."""
    from socialneet_desktop.db.database import DatabaseRefused

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("Database", "The database cannot be opened"))
    if isinstance(error, DatabaseRefused):
        box.setText(fill(translate("Database", error.message), error.path))
        if error.detail:
            box.setDetailedText(error.detail)
    else:
        box.setText(fill(translate("Database", "The database cannot be opened: %1"), error))
    box.exec()


def chosen_backup_folder(database_path: Path) -> Path | None:
    """The folder set in the association's settings; None for `backups` beside the file."""
    from socialneet_desktop.db import backup

    folder = backup.configured_backup_folder(database_path)
    return None if folder == backup.default_backup_folder(database_path) else folder


def try_open(parent: QWidget | None, path: Path) -> Database | None:
    """Open `path` (created when new); None, after telling the user why, when it cannot be."""
    from socialneet_desktop.db.database import DatabaseRefused, open_database
    from socialneet_desktop.db.storage_errors import StorageError

    try:
        if path.is_file() and not _passes_integrity_check(parent, path):
            return None
        database = open_database(path)
    except (DatabaseRefused, OSError) as error:
        explain_refusal(parent, error)
        return None
    try:
        from socialneet_desktop.db import backup

        backup.maybe_daily_backup(database, chosen_backup_folder(database.path))
    except StorageError as error:
        warn_storage(parent, error)
    return database


def _passes_integrity_check(parent: QWidget | None, path: Path) -> bool:
    """A damaged file is not opened; the newest good backup is offered in its place."""
    from socialneet_desktop.db import backup, integrity
    from socialneet_desktop.db.database import inspect_existing
    from socialneet_desktop.ui.backup_dialogs import offer_backup_after_failed_check

    inspect_existing(path)  # not ours, newer, empty: refused with its own message first
    result = integrity.quick_check(path)
    if result.ok:
        return True
    folder = backup.configured_backup_folder(path)
    return offer_backup_after_failed_check(result, folder, parent, lambda: None) is not None


def backup_on_exit(database: Database) -> None:
    from socialneet_desktop.db import backup
    from socialneet_desktop.db.storage_errors import StorageError

    try:
        backup.backup_and_rotate(database, chosen_backup_folder(database.path))
    except StorageError as error:
        warn_storage(None, error)


def warn_storage(parent: QWidget | None, error) -> None:
    QMessageBox.warning(
        parent,
        translate("Storage", "Backup"),
        fill(translate("Storage", error.message), error.path),
    )
