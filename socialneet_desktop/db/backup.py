"""Backups with SQLite's online backup API: taken, listed, rotated and restored.

A backup is a consistent snapshot (`sqlite3.Connection.backup`) written to a temporary file
in the backup folder, flushed to disk and renamed into place, so a half-written backup never
carries a backup's name. Names are `socialneet-YYYYMMDD-HHMMSS.sqlite`. What a killed copy
leaves behind is removed by `clean_leftovers` (db.leftovers) when its writer is gone.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from socialneet_desktop.db import check_record, integrity, sqlite_connect, storage_errors
from socialneet_desktop.db.backup_folders import BACKUP_FOLDER_NAME as BACKUP_FOLDER_NAME
from socialneet_desktop.db.backup_folders import (
    configured_backup_folder as configured_backup_folder,
)
from socialneet_desktop.db.backup_folders import default_backup_folder
from socialneet_desktop.db.durable import flush_file, flush_folder
from socialneet_desktop.db.leftovers import STAMP, rotate_copies, temporary_beside
from socialneet_desktop.db.leftovers import clean_leftovers as clean_leftovers
from socialneet_desktop.db.refusals import DatabaseRefused
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP

NAME_PATTERN = re.compile(r"^socialneet-(\d{8}-\d{6})(?:-(\d+))?\.sqlite$")
STAMP_FORMAT = "%Y%m%d-%H%M%S"
KEEP_DAILY = 7
KEEP_WEEKLY = 8
# Every record table (db.models.RECORD_CLASSES, read when a backup is listed)
SIBLINGS = ("-wal", "-shm", "-journal")
STEP_PAGES = 4096  # pages copied per step of the online backup (16 MiB of 4 KiB pages)
MAX_RESTARTS = 3  # a source written during the copy restarts it; then one step, in WAL
_ANY = object()  # rotate: every backup of the folder, whatever database it is a copy of


class BackupCancelled(Exception):
    """The copy was stopped (the window is closing): nothing was left in the folder."""


class BackupRejected(Exception):
    """The chosen backup cannot be restored; nothing was changed. `message` is a template."""

    def __init__(self, path: Path, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message.replace("%1", str(path)))
        self.path = path
        self.message = message
        self.problems = list(problems or [])
        self.detail = "; ".join(self.problems)


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    taken_at: datetime
    size: int
    counts: dict[str, int] | None = field(default=None)  # None: the file cannot be read
    problems: tuple[str, ...] = ()  # its schema is not its revision's (db.schema_check)
    locked: bool = False  # encrypted under a passphrase this process does not know (#24)

    @property
    def readable(self) -> bool:
        """Readable and with its revision's schema: a backup that a restore would not refuse
        for its schema (the full integrity check runs only when it is chosen)."""
        return self.counts is not None and not self.problems


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    target: Path
    previous_copy: Path | None


@dataclass(frozen=True)
class ManagedCopies:
    """Every copy of a database the program keeps: what an erasure must reach."""

    files: list[Path]  # backups in both folders, before-restore and before-migration copies
    unreachable: list[Path]  # a chosen backup folder that is missing (a USB stick)


def managed_copies(database_path: Path) -> ManagedCopies:
    """The backups of the default and the chosen folder, and the copies kept beside the file
    before a restore or a migration (not the file itself)."""
    path = Path(database_path).absolute()
    files = copies_beside(path)
    unreachable = []
    default = default_backup_folder(path)
    for folder in sorted({default, configured_backup_folder(path)}):
        if folder.is_dir():
            files += [backup for backup, _taken in _named_backups(folder)]
        elif folder != default:
            unreachable.append(folder)
    return ManagedCopies(files, unreachable)


def copies_beside(database_path: Path) -> list[Path]:
    """The before-restore and before-migration copies kept beside the file (db.leftovers
    rotates them)."""
    path = Path(database_path).absolute()
    kinds = rf"(?:before-restore-{STAMP}|before-migration-.+-{STAMP})"
    pattern = re.compile(rf"^{re.escape(path.stem)}\.{kinds}\.sqlite$")
    try:
        return sorted(p for p in path.parent.iterdir() if pattern.match(p.name) and p.is_file())
    except OSError:
        return []


def backup_now(
    source, folder: Path | None = None, *, now: datetime | None = None, cancelled=None
) -> Path:
    """Copy `source` (a Database or a path) into `folder`; return the new backup's path.

    The default folder (`backups` beside the database) is created when missing; a chosen
    folder that is missing (a USB stick not plugged in) is refused with StorageError.
    `cancelled()`, asked between steps of the copy, stops it (BackupCancelled).
    """
    path = Path(getattr(source, "path", source)).absolute()
    if folder is None:
        folder = default_backup_folder(path)
        _make_folder(folder)
    folder = Path(folder)
    if not folder.is_dir():
        raise storage_errors.missing_folder(folder)
    target = _free_name(folder, (now or datetime.now()).strftime(STAMP_FORMAT))
    try:
        snapshot(f"{path.as_uri()}?mode=ro", target, cancelled=cancelled)
    except (OSError, sqlite3.Error) as error:
        where = folder if isinstance(error, OSError) else path
        raise storage_errors.describe(error, where) from error
    return target


def backup_and_rotate(
    source, folder: Path | None = None, *, now: datetime | None = None, cancelled=None
) -> Path:
    """A backup, then the rotation of this database's backups in the folder (on exit, and by
    File > Back up now); another database's backups in a shared folder are left alone."""
    target = backup_now(source, folder, now=now, cancelled=cancelled)
    rotate(target.parent, identity=identity_of(target))
    return target


def maybe_daily_backup(
    source, folder: Path | None = None, *, now: datetime | None = None, cancelled=None
):
    """At opening: a backup unless the folder already holds one of today of THIS database
    (a folder on a USB stick may hold the backups of several); returns it or None."""
    now = now or datetime.now()
    path = Path(getattr(source, "path", source))
    existing = Path(folder) if folder else default_backup_folder(path)
    if existing.is_dir() and any(
        taken.date() == now.date() for _p, taken in backups_of(existing, identity_of(path))
    ):
        return None
    return backup_and_rotate(source, folder, now=now, cancelled=cancelled)


def changed_since_last_backup(source, folder: Path | None = None) -> bool:
    """Was the file (or its WAL) written since the newest backup of it in `folder` began?
    True when there is none. The backup's name holds the second it began, so a write in that
    same second counts as after it: a doubt costs a backup, never a lost change. A file
    closed right after its exit backup (its WAL moved into it, a newer time, the same
    content) is recognised by db.check_record.record_backed_up."""
    path = Path(getattr(source, "path", source)).absolute()
    existing = Path(folder) if folder else default_backup_folder(path)
    if not existing.is_dir():
        return True
    newest = next(iter(backups_of(existing, identity_of(path))), None)
    if newest is None:
        return True
    if last_write(path) < newest[1].timestamp():
        return False
    return not check_record.is_backed_up_as_it_is(path)  # closed after its exit backup


def last_write(path: Path) -> float:
    """When the database file or its WAL was last written (a WAL with no frames is not)."""
    times = [path.stat().st_mtime]
    wal = path.with_name(path.name + "-wal")
    try:
        state = wal.stat()
    except OSError:
        return times[0]
    return max(times[0], state.st_mtime) if state.st_size > 0 else times[0]


def identity_of(path: Path) -> str | None:
    """Which database a file is, or is a copy of: a digest of its first pseudonym key (made
    once, when the database is created or upgraded, and copied into every backup); None
    when it has none or cannot be read. The key itself never leaves this function."""
    path = Path(path).absolute()
    try:
        state = path.stat()
    except OSError:
        return None
    if path.with_name(path.name + "-wal").exists():  # a live database: not cached
        return _identity(path, 0, 0)
    return _identity(path, state.st_size, state.st_mtime_ns)


@lru_cache(maxsize=512)
def _identity(path: Path, _size: int, _mtime_ns: int) -> str | None:
    try:
        connection = sqlite_connect.connect(path, sqlite_connect.READ_CLOSED, timeout=5)
        try:
            row = connection.execute(
                "SELECT secret FROM pseudonym_keys ORDER BY generation LIMIT 1"
            ).fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return None
    return hashlib.sha256(b"socialneet-identity:" + bytes(row[0])).hexdigest()[:32] if row else None


def backups_of(folder: Path, identity) -> list[tuple[Path, datetime]]:
    """The named backups of `folder` that are copies of the database `identity`, newest first."""
    return [(p, taken) for p, taken in _named_backups(folder) if identity_of(p) == identity]


def list_backups(folder: Path) -> list[BackupEntry]:
    """The backups of `folder`, newest first, with their record counts and schema problems
    (read-only look)."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    return [_entry(path, taken) for path, taken in _named_backups(folder)]


def _entry(path: Path, taken: datetime) -> BackupEntry:
    if sqlite_connect.is_encrypted_file(path) and sqlite_connect.key_of(path) is None:
        # under another (older) passphrase: not damaged, its passphrase is asked at restore
        return BackupEntry(path, taken, path.stat().st_size, locked=True)
    counts = record_counts(path)
    problems = tuple(integrity.schema_problems_of(path)) if counts is not None else ()
    return BackupEntry(path, taken, path.stat().st_size, counts, problems)


def counted_tables() -> tuple[str, ...]:
    from socialneet_desktop.db.models import RECORD_CLASSES

    return tuple(model.__tablename__ for model in RECORD_CLASSES)


def record_counts(path: Path) -> dict[str, int] | None:
    """Records not in the recycle bin, by table; None when the file cannot be read."""
    try:
        connection = sqlite_connect.connect(path, sqlite_connect.IMMUTABLE)
        try:
            present = {row[0] for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}  # fmt: skip
            return {  # a copy of an older revision has none of the later kinds' records
                table: connection.execute(
                    f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL"
                ).fetchone()[0]
                if table in present
                else 0
                for table in counted_tables()
            }
        finally:
            connection.close()
    except sqlite3.Error:
        return None


def rotate(
    folder: Path, keep_daily: int = KEEP_DAILY, keep_weekly: int = KEEP_WEEKLY, identity=_ANY
):
    """Keep the newest backup of each of the last `keep_daily` days and `keep_weekly` ISO
    weeks that have one (and always the newest of all); delete the other backups. With
    `identity`, only the backups of that database are looked at (db.backup.identity_of)."""
    folder = Path(folder)  # newest first
    backups = _named_backups(folder) if identity is _ANY else backups_of(folder, identity)
    keep: set[Path] = {backups[0][0]} if backups else set()
    for key, limit in ((_day, keep_daily), (_week, keep_weekly)):
        seen: list[object] = []
        for path, taken in backups:
            if key(taken) not in seen and len(seen) < limit:
                seen.append(key(taken))
                keep.add(path)
    deleted = [path for path, _taken in backups if path not in keep]
    for path in deleted:
        path.unlink(missing_ok=True)
    return deleted


def verify_backup(backup: Path) -> None:
    """Raise DatabaseRefused / BackupRejected unless `backup` is a whole SocialNEET database
    with the schema of its revision (the checks of `socialneet check --full`)."""
    backup = Path(backup).absolute()
    result = integrity.examine(backup, full=True)
    if result.ok:
        return
    if result.context == "Database":
        from socialneet_desktop.db import database_files as files

        if result.message in (files.PASSPHRASE_NEEDED, files.WRONG_PASSPHRASE):  # issue #24
            needed = result.message == files.PASSPHRASE_NEEDED
            raise (files.PassphraseNeeded if needed else files.WrongPassphrase)(backup)
        raise DatabaseRefused(backup, result.message, "; ".join(result.problems))
    changed = result.message == integrity.SCHEMA_CHANGED
    raise BackupRejected(backup, CHANGED if changed else NOT_WHOLE, result.problems)


NOT_WHOLE = QT_TRANSLATE_NOOP(
    "Backup", "The backup %1 is damaged and cannot be restored. Nothing was changed."
)
CHANGED = QT_TRANSLATE_NOOP(
    "Backup",
    "The backup %1 is not as SocialNEET Desktop wrote it: its tables, columns, indexes or "
    "triggers were changed. It cannot be restored. Nothing was changed.",
)


def restore(backup: Path, target: Path, *, now: datetime | None = None) -> RestoreResult:
    """Replace `target` with `backup`, keeping the current file as `<name>.before-restore-…`.

    The database must be closed in this program first. Steps: verify the backup, copy the
    current file aside, copy the backup beside the target, erase in it again everything the
    current file's erasure register names (services.erasure_register: an old backup never
    brings an erased person back), rename it over the target.
    """
    backup, target = Path(backup).absolute(), Path(target).absolute()
    verify_backup(backup)  # an encrypted backup whose key is unknown: PassphraseNeeded
    stamp = (now or datetime.now()).strftime(STAMP_FORMAT)
    try:
        previous = _keep_current(target, stamp) if target.exists() else None
        staged = temporary_beside(target)
        try:
            snapshot(f"{backup.as_uri()}?immutable=1", staged, temporary=False)
            key = _keyed_as_target(staged, backup, target)
            _reapply_register(staged, target, previous)
            _drop_siblings(target)
            os.replace(staged, target)
            sqlite_connect.remember_key(target, key)
        finally:
            staged.unlink(missing_ok=True)
            sqlite_connect.remember_key(staged, None)
        flush_folder(target.parent)
    except (OSError, sqlite3.Error, _dbapi_error()) as error:  # re-applying erasures
        raise storage_errors.describe(error, target) from error
    rotate_copies(target)
    return RestoreResult(backup, target, previous)


def _keyed_as_target(staged: Path, backup: Path, target: Path):
    """The restored copy keeps the database's passphrase (issue #24): a backup encrypted with
    an older one, or plain, is re-keyed to the current file's key; into a plain file the
    backup comes as it is. The key the restored file has."""
    backup_key = sqlite_connect.key_of(backup)
    target_key = sqlite_connect.key_of(target) if target.exists() else None
    if target_key is not None and target_key != backup_key:
        from socialneet_desktop.db import conversion

        conversion.convert(staged, backup_key or conversion.PLAIN, target_key)
        return target_key
    sqlite_connect.remember_key(staged, backup_key)
    return backup_key


def _dbapi_error() -> type[Exception]:
    """SQLAlchemy's DBAPIError, imported when a restore needs it: `socialneet check` and
    `backup` load no SQLAlchemy."""
    from sqlalchemy.exc import DBAPIError

    return DBAPIError


def _reapply_register(staged: Path, target: Path, previous: Path | None) -> None:
    """The erasures recorded in the current file (or, if it is gone, in the copy kept aside)
    applied to the staged file before it takes the database's place. Imported here, against
    the layers, on purpose: every face's restore must re-apply it, and a hook a caller could
    forget to pass would bring an erased person back."""
    from socialneet_desktop.db.scrub import CopyNotScrubbed
    from socialneet_desktop.services import erasure_register

    try:
        erasure_register.reapply(staged, previous or target, named_for=target)
    except CopyNotScrubbed as error:
        raise BackupRejected(staged, NOT_REAPPLIED, error.problems) from error


NOT_REAPPLIED = QT_TRANSLATE_NOOP(
    "Backup",
    "The erasures recorded in the database could not be applied again to the backup, so it "
    "was not restored. Nothing was changed.",
)


def _keep_current(target: Path, stamp: str) -> Path:
    copy = target.with_name(f"{target.stem}.before-restore-{stamp}.sqlite")
    try:
        snapshot(f"{target.as_uri()}?mode=ro", copy)
    except sqlite3.DatabaseError:  # too damaged for SQLite: keep its bytes as they are
        shutil.copy2(target, copy)
        for suffix in SIBLINGS:
            sibling = target.with_name(target.name + suffix)
            if sibling.exists():
                shutil.copy2(sibling, copy.with_name(copy.name + suffix))
    return copy


def _drop_siblings(target: Path) -> None:
    """Fold a leftover WAL into the file (it is in the copy kept aside), then remove it: a
    stale WAL must never be replayed onto the restored file."""
    if target.with_name(target.name + "-wal").exists():
        try:
            connection = sqlite_connect.connect(target, timeout=5)
            try:
                connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                connection.close()
        except sqlite3.DatabaseError:
            pass
    for suffix in SIBLINGS:
        target.with_name(target.name + suffix).unlink(missing_ok=True)


def snapshot(source_uri: str, target: Path, *, temporary: bool = True, cancelled=None) -> None:
    """Backup API into `target` (via a temporary file when `temporary`), flushed to disk.

    The copy goes in steps of STEP_PAGES, so `cancelled()` is asked between steps and the
    thread doing it can stop (BackupCancelled). SQLite restarts a stepped copy when another
    connection writes the source; after MAX_RESTARTS the rest is one step, which under WAL
    holds a read snapshot without blocking the writer. Either way the copy is whole."""
    staged = temporary_beside(target) if temporary else target
    try:
        key = sqlite_connect.key_of(sqlite_connect.path_of_uri(source_uri))
        source = sqlite_connect.connect(source_uri, sqlite_connect.AS_GIVEN, 5, key=key)
        try:
            destination = sqlite_connect.connect(staged, key=key)  # encrypted the same way
            try:
                _copy_in_steps(source, destination, cancelled or (lambda: False))
                destination.execute("PRAGMA journal_mode = DELETE")
            finally:
                destination.close()
        finally:
            source.close()
        flush_file(staged)
        if temporary:
            os.replace(staged, target)
            flush_folder(target.parent)
    finally:
        if temporary:
            staged.unlink(missing_ok=True)


def _copy_in_steps(source, destination, cancelled: Callable[[], bool]) -> None:
    seen = {"remaining": None, "restarts": 0}

    def progress(_status: int, remaining: int, _total: int) -> None:
        if cancelled():
            raise BackupCancelled()
        if seen["remaining"] is not None and remaining > seen["remaining"]:
            seen["restarts"] += 1
            if seen["restarts"] > MAX_RESTARTS:
                raise _TooManyRestarts()
        seen["remaining"] = remaining

    try:
        source.backup(destination, pages=STEP_PAGES, progress=progress)
    except _TooManyRestarts:
        source.backup(destination)


class _TooManyRestarts(Exception):
    pass


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise storage_errors.describe(error, folder.parent) from error


def _free_name(folder: Path, stamp: str) -> Path:
    target = folder / f"socialneet-{stamp}.sqlite"
    number = 2
    while target.exists():
        target = folder / f"socialneet-{stamp}-{number}.sqlite"
        number += 1
    return target


def _named_backups(folder: Path) -> list[tuple[Path, datetime]]:
    found = []
    for path in folder.iterdir():
        match = NAME_PATTERN.match(path.name)
        if match:
            taken = datetime.strptime(match.group(1), STAMP_FORMAT)
            found.append((path, taken, int(match.group(2) or 1)))
    found.sort(key=lambda item: (item[1], item[2]), reverse=True)
    return [(path, taken) for path, taken, _n in found]


def _day(taken: datetime):
    return taken.date()


def _week(taken: datetime):
    return taken.isocalendar()[:2]
