"""Opening and closing a database from the window: db.opening's sequence, its refusals and
notices told in boxes, the newest backup offered for a damaged file, a backup on exit.

SQLAlchemy and the backup code are imported here, on first use, after the window shows.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from socialneet_desktop.i18n import fill, translate

if TYPE_CHECKING:
    from socialneet_desktop.db.database import Database
    from socialneet_desktop.db.opening import Opened


def explain_refusal(parent: QWidget | None, error: Exception) -> None:
    """Tell the user, in their language, why a database cannot be opened."""
    from socialneet_desktop.db.database import DatabaseRefused
    from socialneet_desktop.db.storage_errors import StorageError

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("Database", "The database cannot be opened"))
    if isinstance(error, DatabaseRefused | StorageError):
        context = "Storage" if isinstance(error, StorageError) else "Database"
        box.setText(fill(translate(getattr(error, "context", context), error.message), error.path))
        if error.detail:
            box.setDetailedText(error.detail)
    else:
        box.setText(fill(translate("Database", "The database cannot be opened: %1"), error))
    box.exec()


def chosen_backup_folder(database_path: Path) -> Path | None:
    """The folder set in the association's settings; None for `backups` beside the file."""
    from socialneet_desktop.db import opening

    return opening.chosen_backup_folder(database_path)


def try_open(
    parent: QWidget | None, path: Path, *, offer_backup: bool = True, read_only: bool = False
) -> Database | None:
    """Open `path` (created when new); None, after telling the user why, when it cannot be.

    A damaged file is not opened: the newest good backup is offered in its place, and the
    file is opened once restored. A file in use on another computer, or on a shared folder,
    may be opened read-only.
    """
    from socialneet_desktop.db import database as databases
    from socialneet_desktop.db import storage
    from socialneet_desktop.db.database import DatabaseRefused
    from socialneet_desktop.db.database_files import PassphraseNeeded, WrongPassphrase
    from socialneet_desktop.db.in_use import InUseElsewhere
    from socialneet_desktop.db.opening import DamagedDatabase, open_file
    from socialneet_desktop.db.storage_errors import StorageError
    from socialneet_desktop.ui.backup_dialogs import offer_backup_after_failed_check

    try:
        opened = open_file(path, read_only=read_only)
    except (PassphraseNeeded, WrongPassphrase) as locked:  # issue #24: asked, then again
        return _unlock_and_open(parent, path, locked, offer_backup, read_only)
    except DamagedDatabase as damaged:
        if not offer_backup or read_only:  # never replace a file another computer uses
            explain_refusal(parent, damaged)
            return None
        restored = offer_backup_after_failed_check(
            damaged.result, damaged.folder, parent, lambda: databases.close_everywhere(path)
        )
        return try_open(parent, path, offer_backup=False) if restored is not None else None
    except InUseElsewhere as busy:
        text = fill(translate("Database", busy.message), *busy.arguments)
        return _offer_read_only(parent, path, text)
    except DatabaseRefused as refusal:
        if refusal.message == storage.NETWORK_PATH and not read_only:
            text = fill(translate("Database", refusal.message), refusal.path)
            return _offer_read_only(parent, path, text)
        explain_refusal(parent, refusal)
        return None
    except (StorageError, OSError) as error:
        explain_refusal(parent, error)
        return None
    tell_opening(parent, opened)
    from socialneet_desktop.ui.privacy_dialogs import scrub_pending

    scrub_pending(parent, opened.database)
    return opened.database


def _unlock_and_open(parent, path: Path, locked, offer_backup: bool, read_only: bool):
    """The passphrase asked (or found in the credential store), then the opening again;
    None when the user cancelled: nothing was written."""
    from socialneet_desktop.db import sqlite_connect
    from socialneet_desktop.ui.passphrase_dialog import ask_passphrase

    sqlite_connect.remember_key(path, None)  # a wrong one kept is forgotten
    if not ask_passphrase(parent, Path(locked.path)):
        return None
    return try_open(parent, path, offer_backup=offer_backup, read_only=read_only)


def _offer_read_only(parent: QWidget | None, path: Path, text: str) -> Database | None:
    question = translate("Opening", "Open it read-only? Nothing can be changed or saved then.")
    answer = QMessageBox.question(
        parent, translate("Opening", "Open read-only"), f"{text}\n\n{question}"
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    return try_open(parent, path, read_only=True)


def tell_opening(parent: QWidget | None, opened: Opened) -> None:
    """What the opening did that the user must know: the copy before an upgrade, a daily
    backup that could not be made."""
    from socialneet_desktop.db.opening import UPGRADED

    if opened.pre_migration_copy is not None:
        QMessageBox.information(
            parent,
            translate("Opening", "Database upgraded"),
            fill(translate("Opening", UPGRADED), opened.database.path, opened.pre_migration_copy),
        )
    if opened.backup_problem is not None:
        warn_storage(parent, opened.backup_problem)


def backup_on_exit(database: Database) -> None:
    """A backup and the rotation, unless the file was opened read-only (another computer's
    file, or one on a shared folder: nothing is written beside it)."""
    from socialneet_desktop.db import backup
    from socialneet_desktop.db.storage_errors import StorageError

    if database.read_only:
        return
    try:
        backup.backup_and_rotate(database, chosen_backup_folder(database.path))
    except StorageError as error:
        warn_storage(None, error)
        return
    from socialneet_desktop.ui.privacy_dialogs import scrub_pending

    scrub_pending(None, database)  # the backup folder may be reachable now


def warn_storage(parent: QWidget | None, error) -> None:
    QMessageBox.warning(
        parent,
        translate("Storage", "Backup"),
        fill(translate("Storage", error.message), error.path),
    )
