"""The one opening sequence of a database file, for the window, the `socialneet` command and
the self-test.

In order: the file already open in this process is shared, not opened again (its checks were
done, and reading it again with plain file I/O would drop the process's POSIX locks on it);
read-only checks (ours? newer? empty? Access?); the quick integrity check; backup before a
migration; the migration; the daily backup; the cleaning of leftovers of killed work. It
returns what the face must tell the user (`Opened`) and raises for refusals: DatabaseRefused,
DamagedDatabase (with the newest good backup to offer), StorageError (disk, permissions).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from socialneet_desktop.db import backup, integrity, migrate, storage_errors
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


class DamagedDatabase(Exception):
    """The quick integrity check failed: the file was not opened, and was not modified.

    `folder` is the backup folder of the file and `newest` its newest readable backup (None
    when there is none), for the window to offer and the command to print.
    """

    def __init__(self, result: IntegrityResult, folder: Path, newest) -> None:
        super().__init__(result.message.replace("%1", str(result.path)))
        self.result = result
        self.folder = folder
        self.newest: backup.BackupEntry | None = newest


def open_file(path: Path, *, checked: bool = True) -> Opened:
    """Open `path` (created when missing) through the whole sequence.

    `checked=False` leaves out the integrity check, the daily backup and the cleaning of
    leftovers: db.database.open_database, for tests and tools, uses it.
    """
    path = Path(path).expanduser().absolute()
    shared = databases.another_handle(path)
    if shared is not None:
        return Opened(shared, shared=True)
    opened = _open_existing(path, checked) if path.exists() else _create(path)
    if checked:
        _after_opening(opened)
    return opened


def chosen_backup_folder(database_path: Path) -> Path | None:
    """The folder set in the association's settings; None for `backups` beside the file
    (created when missing, while a chosen folder that is missing is a USB stick not plugged in).
    Read through SQLite, which is safe on an open file."""
    folder = backup.configured_backup_folder(database_path)
    return None if folder == backup.default_backup_folder(database_path) else folder


def _open_existing(path: Path, checked: bool) -> Opened:
    check = inspect_existing(path)  # not ours, newer, empty, Access: refused untouched
    _refuse_network_path(path)
    marker = _claim(path)
    engine: Engine | None = None
    try:
        if checked:
            _check_integrity(path)
        if check.revision == migrate.HEAD_REVISION:
            _check_schema(path)
        engine = create_sqlite_engine(path)
        copy = None
        if check.revision != migrate.HEAD_REVISION:
            copy = databases.backup_before_migration(path, check.revision)
            with engine.begin() as connection:
                migrate.upgrade_to_head(connection)
            _check_schema(path)
        return Opened(databases.register(path, engine, marker), pre_migration_copy=copy)
    except BaseException as error:
        if engine is not None:
            engine.dispose()
        _release(marker)
        if isinstance(error, sqlite3.Error | SQLAlchemyError | OSError):
            raise storage_errors.describe(error, path) from error
        raise


def _check_integrity(path: Path) -> None:
    result = integrity.quick_check(path)
    if result.ok:
        return
    folder = backup.configured_backup_folder(path)
    newest = next((entry for entry in backup.list_backups(folder) if entry.readable), None)
    raise DamagedDatabase(result, folder, newest)


def _check_schema(path: Path) -> None:
    """Tables, columns, indexes and triggers as the revision wants them (db.schema_check)."""
    schema_problems = _optional("socialneet_desktop.db.schema_check", "schema_problems")
    if schema_problems is None:
        return
    connection = sqlite3.connect(integrity.read_only_uri(path), uri=True)
    try:
        problems = schema_problems(connection)
    finally:
        connection.close()
    if problems:
        raise DatabaseRefused(path, NOT_AS_EXPECTED, "; ".join(problems[:5]))


NOT_AS_EXPECTED = QT_TRANSLATE_NOOP(
    "Database",
    "%1 is not as this version of SocialNEET Desktop made it: tables, columns or the "
    "protection of the history were changed by another program. It was not opened and not "
    "modified; restore a backup or ask for help.",
)


def _create(path: Path) -> Opened:
    _refuse_network_path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    marker = _claim(path)
    engine = create_sqlite_engine(path)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            migrate.upgrade_to_head(connection)
    except BaseException as error:
        engine.dispose()
        _release(marker)
        for leftover in (path, *(path.with_name(path.name + end) for end in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
        if isinstance(error, sqlite3.Error | SQLAlchemyError | OSError):
            raise storage_errors.describe(error, path) from error
        raise
    return Opened(databases.register(path, engine, marker), created=True)


def _after_opening(opened: Opened) -> None:
    """The daily backup (a failure is told, the database stays open), leftovers removed."""
    database = opened.database
    try:
        opened.daily_backup = backup.maybe_daily_backup(
            database, chosen_backup_folder(database.path)
        )
    except StorageError as error:
        opened.backup_problem = error
    for module, name, argument in LEFTOVER_CLEANERS:
        cleaner = _optional(module, name)
        if cleaner is not None:
            opened.leftovers_removed += cleaner(*argument(database.path))


LEFTOVER_CLEANERS = (
    ("socialneet_desktop.db.backup", "clean_leftovers", lambda path: (path,)),
    ("socialneet_desktop.db.output_files", "remove_leftovers", lambda path: ()),
)


def _refuse_network_path(path: Path) -> None:
    refuse = _optional("socialneet_desktop.db.storage", "refuse_network_path")
    if refuse is not None:
        refuse(path)


def _claim(path: Path):
    """The "in use by … on … since …" marker beside the file (db.in_use), when there is one."""
    claim = _optional("socialneet_desktop.db.in_use", "claim")
    return claim(path) if claim is not None else None


def _release(marker) -> None:
    if marker is not None:
        marker.release()


def _optional(module: str, name: str):
    import importlib

    try:
        return getattr(importlib.import_module(module), name, None)
    except ImportError:
        return None
