"""The one opening sequence of a database file, for the window, the `socialneet` command and
the self-test.

In order: a file this process already has open is shared, not opened again (its checks were
done, and reading it with plain file I/O would drop the process's POSIX locks on it, after
which another process may delete the live WAL); read-only checks (ours? newer? empty?
Access?); a file on a shared folder is refused read-write; the "in use" marker is claimed;
the integrity check and the schema check; a copy before a migration; the migration; the
daily backup; the leftovers of killed work are removed.

The integrity check at opening is constant in the file's size: the guard tables
(integrity.opening_check) and the schema. SQLite's full quick check and the daily backup,
seconds on a large file, are `deferred` by the window: it runs them off the GUI thread once
the first rows show (db.after_opening.run_deferred), a damage found then told at once. A
command (`deferred=False`) runs the full check before working, when it is due (the file
changed since its last good full check, db.check_record), and the daily backup.

It returns what the face must tell the user (`Opened`) and raises for refusals:
DatabaseRefused (DamagedDatabase when the file is damaged or tampered with, carrying the
newest good backup to offer), InUseElsewhere, StorageError (disk, permissions).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from socialneet_desktop.db import (
    backup,
    check_record,
    in_use,
    integrity,
    leftovers,
    migrate,
    output_files,
    storage,
    storage_errors,
)
from socialneet_desktop.db import database as databases
from socialneet_desktop.db.database import Database, DatabaseRefused, inspect_existing
from socialneet_desktop.db.engine import APPLICATION_ID, create_sqlite_engine
from socialneet_desktop.db.integrity import IntegrityResult
from socialneet_desktop.db.storage_errors import StorageError
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP

UPGRADED = QT_TRANSLATE_NOOP(
    "Opening",
    "%1 was upgraded for this version of SocialNEET Desktop. The file as it was before is "
    "kept as %2.",
)
OLDER_READ_ONLY = QT_TRANSLATE_NOOP(
    "Database",
    "%1 was written by an older version of SocialNEET Desktop and must be upgraded before it "
    "is used, which cannot be done read-only. Open it read-write on the computer that keeps it.",
)
MAX_PROBLEMS_NAMED = 5


@dataclass
class Opened:
    """An open database and what the face must tell the user about its opening."""

    database: Database
    created: bool = False
    shared: bool = False  # the file was already open in this process: nothing was run again
    pre_migration_copy: Path | None = None
    daily_backup: Path | None = None
    backup_problem: StorageError | None = None
    leftovers_removed: list[Path] = field(default_factory=list)


class DamagedDatabase(DatabaseRefused):
    """The integrity or the schema check failed: the file was not opened, nor modified.

    `result` is the check's IntegrityResult (message for translate(result.context, …), the
    problems); `folder` is the file's backup folder and `newest` its newest readable backup
    (None when there is none), for the window to offer and the command to print.
    """

    def __init__(self, result: IntegrityResult, folder: Path, newest) -> None:
        problems = "; ".join(result.problems[:MAX_PROBLEMS_NAMED])
        super().__init__(result.path, result.message, problems)
        self.context = result.context
        self.result = result
        self.folder = folder
        self.newest: backup.BackupEntry | None = newest


def open_file(
    path: Path, *, checked: bool = True, read_only: bool = False, deferred: bool = True
) -> Opened:
    """Open `path` (created when missing, unless `read_only`) through the whole sequence.

    `checked=False` leaves out the integrity and schema checks, the daily backup and the
    cleaning of leftovers: db.database.open_database, for tests and tools, uses it.
    `read_only` (a file in use on another computer, or on a shared folder) claims nothing,
    migrates nothing and makes no backup beside the file. `deferred` (the window) leaves the
    full quick check and the daily backup to db.after_opening.run_deferred; without it (a
    command, the self-test) they run here, the full check only when it is due.
    """
    path = Path(path).expanduser().absolute()
    shared = databases.another_handle(path)
    if shared is not None:  # read-only if it was opened read-only
        return Opened(shared, shared=True)
    if path.exists() or read_only:
        opened = _open_existing(path, checked, read_only, full=not deferred)
    else:
        opened = _create(path)
    if checked:
        _after_opening(opened, read_only, daily_backup=not deferred)
    return opened


def chosen_backup_folder(database_path: Path) -> Path | None:
    """The folder set in the association's settings; None for `backups` beside the file
    (created when missing, while a chosen folder that is missing is a USB stick not plugged in).
    Read through SQLite, which is safe on an open file."""
    folder = backup.configured_backup_folder(database_path)
    return None if folder == backup.default_backup_folder(database_path) else folder


def _open_existing(path: Path, checked: bool, read_only: bool, full: bool) -> Opened:
    check = inspect_existing(path)  # not ours, newer, empty, Access: refused untouched
    if read_only and check.revision != migrate.HEAD_REVISION:
        raise DatabaseRefused(path, OLDER_READ_ONLY, check.revision or "")
    marker = None if read_only else _claim(path)
    engine: Engine | None = None
    try:
        if checked:
            _check_whole(path, full=full and check_record.full_check_due(path))
        engine = create_sqlite_engine(path, read_only=read_only)
        copy = None
        if check.revision != migrate.HEAD_REVISION:
            copy = databases.backup_before_migration(path, check.revision)
            with engine.begin() as connection:
                migrate.upgrade_to_head(connection)
        database = databases.register(path, engine, marker, read_only=read_only)
        return Opened(database, pre_migration_copy=copy)
    except BaseException as error:
        _undo(engine, marker)
        raise _described(error, path) from error


def _claim(path: Path) -> in_use.InUseMarker:
    storage.refuse_network_path(path)
    return in_use.claim(path)


def _check_whole(path: Path, *, full: bool) -> None:
    """SQLite's quick check (`full`) or that of the guard tables, then the schema the file's
    revision should have. A good full check is recorded (db.check_record)."""
    before = check_record.fingerprint(path) if full else None
    result = integrity.quick_check(path) if full else integrity.opening_check(path)
    if result.ok:
        problems = integrity.schema_problems_of(path)
        if not problems:
            if full:
                check_record.record_good_check(path, before)
            return
        result = IntegrityResult(path, False, integrity.SCHEMA_CHANGED, problems)
    raise damaged(result)


def damaged(result: IntegrityResult) -> DamagedDatabase:
    """The refusal of a damaged file, with its newest readable backup to offer."""
    path = result.path
    check_record.forget(path)
    folder = backup.configured_backup_folder(path)
    newest = next((entry for entry in backup.list_backups(folder) if entry.readable), None)
    return DamagedDatabase(result, folder, newest)


def _create(path: Path) -> Opened:
    storage.refuse_network_path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise storage_errors.describe(error, path.parent) from error
    marker = _claim(path)
    engine: Engine | None = None
    try:
        engine = create_sqlite_engine(path)
        with engine.begin() as connection:
            connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            migrate.upgrade_to_head(connection)
    except BaseException as error:
        _undo(engine, marker)
        for leftover in (path, *(path.with_name(path.name + end) for end in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
        raise _described(error, path) from error
    return Opened(databases.register(path, engine, marker), created=True)


def _undo(engine: Engine | None, marker: in_use.InUseMarker | None) -> None:
    if engine is not None:
        engine.dispose()
    if marker is not None:
        marker.release()


def _described(error: BaseException, path: Path) -> BaseException:
    """A failure of the disk, the folder or the lock in words; refusals as they are."""
    if isinstance(error, sqlite3.Error | SQLAlchemyError | OSError):
        return storage_errors.describe(error, path)
    return error


def _after_opening(opened: Opened, read_only: bool, *, daily_backup: bool) -> None:
    """The daily backup (a failure is told, the database stays open), leftovers removed.
    Nothing is written beside a file opened read-only."""
    path = opened.database.path
    if not read_only and daily_backup:
        try:
            opened.daily_backup = backup.maybe_daily_backup(
                opened.database, chosen_backup_folder(path)
            )
        except StorageError as error:
            opened.backup_problem = error
    if not read_only:
        opened.leftovers_removed += leftovers.clean_leftovers(path)
    opened.leftovers_removed += output_files.remove_leftovers()
