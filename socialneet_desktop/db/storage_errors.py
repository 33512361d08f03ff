"""Failures of the disk, the folder or the lock, told plainly and naming the path.

`describe(error, path)` turns an OSError, a sqlite3 error (or SQLAlchemy's wrapper of one)
into a StorageError whose `message` is an English template for
QCoreApplication.translate("Storage", …), with %1 standing for the path.

SQLite reports most medium failures with vague words ("disk I/O error", "unable to open
database file"); its extended error name and a look at the folder tell which one it was.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP

DISK_FULL = QT_TRANSLATE_NOOP(
    "Storage",
    "The disk holding %1 is full. Nothing was changed: free some space (or choose another "
    "folder) and try again.",
)
NOT_WRITABLE = QT_TRANSLATE_NOOP(
    "Storage",
    "The folder of %1 cannot be written to (permission denied). Nothing was changed: choose "
    "another folder or ask whoever manages this computer.",
)
READ_ONLY = QT_TRANSLATE_NOOP(
    "Storage",
    "%1 is on a read-only medium (or the file is read-only): it can be read but not changed. "
    "Copy it to a writable folder to work on it.",
)
FOLDER_MISSING = QT_TRANSLATE_NOOP(
    "Storage",
    "The backup folder %1 is not there. If it is on a USB stick or a network drive, connect "
    "it and try again, or choose another backup folder in the settings.",
)
LOCKED = QT_TRANSLATE_NOOP(
    "Storage",
    "%1 is busy: another window or another user is saving to it. Nothing was changed: wait a "
    "moment and try again.",
)
CANNOT_OPEN = QT_TRANSLATE_NOOP(
    "Storage",
    "%1 cannot be opened: the folder may be missing or not accessible.",
)
FOLDER_NOT_THERE = QT_TRANSLATE_NOOP(
    "Storage",
    "%1 cannot be opened: its folder does not exist. If it is on a USB stick or a network "
    "drive, connect it and try again.",
)
IO_ERROR = QT_TRANSLATE_NOOP(
    "Storage",
    "%1 could not be read or written (disk I/O error): the disk, the USB stick or the network "
    "connection may have a problem. Nothing was changed: check it and try again.",
)
OTHER = QT_TRANSLATE_NOOP("Storage", "The operation on %1 failed. Nothing was changed.")

# Below this much free space a vague "disk I/O error" is taken for a full disk.
NEARLY_FULL_BYTES = 1024 * 1024


class StorageError(Exception):
    """A failure of the medium, told in words; `detail` keeps the system's own text."""

    def __init__(self, path: Path | str, message: str, detail: str = "") -> None:
        super().__init__(message.replace("%1", str(path)))
        self.path = Path(path)
        self.message = message
        self.detail = detail

    @property
    def is_locked(self) -> bool:
        return self.message == LOCKED


_ERRNO_MESSAGES = {
    errno.ENOSPC: DISK_FULL,
    errno.EACCES: NOT_WRITABLE,
    errno.EPERM: NOT_WRITABLE,
    errno.EROFS: READ_ONLY,
    errno.ENOENT: CANNOT_OPEN,
}
if hasattr(errno, "EDQUOT"):
    _ERRNO_MESSAGES[errno.EDQUOT] = DISK_FULL

# SQLite's extended error names, by prefix (SQLITE_READONLY_DBMOVED, SQLITE_CANTOPEN_ISDIR …).
_SQLITE_CODES = (
    ("SQLITE_FULL", DISK_FULL),
    ("SQLITE_IOERR_SHMSIZE", DISK_FULL),  # the -shm file could not grow: the disk is full
    ("SQLITE_READONLY", READ_ONLY),
    ("SQLITE_PERM", NOT_WRITABLE),
    ("SQLITE_BUSY", LOCKED),
    ("SQLITE_LOCKED", LOCKED),
    ("SQLITE_CANTOPEN", CANNOT_OPEN),
    ("SQLITE_IOERR", IO_ERROR),
)

_SQLITE_MESSAGES = (
    ("database or disk is full", DISK_FULL),
    ("disk is full", DISK_FULL),
    ("readonly database", READ_ONLY),
    ("read-only", READ_ONLY),
    ("database is locked", LOCKED),
    ("database is busy", LOCKED),
    ("database table is locked", LOCKED),
    ("unable to open database file", CANNOT_OPEN),
    ("disk i/o error", IO_ERROR),
)


def describe(error: BaseException, path: Path | str) -> StorageError:
    """The StorageError telling what `error` means for the file or folder at `path`."""
    if isinstance(error, StorageError):
        return error
    original = _original(error)
    message = _classify(original)
    if message == CANNOT_OPEN:
        message = _why_not_opened(Path(path))
    elif message == IO_ERROR and _nearly_full(Path(path)):
        message = DISK_FULL
    return StorageError(path, message, str(original))


def _original(error: BaseException) -> BaseException:
    return getattr(error, "orig", None) or error  # SQLAlchemy wraps the driver's error


def _classify(error: BaseException) -> str:
    if isinstance(error, OSError):
        return _ERRNO_MESSAGES.get(error.errno, OTHER)
    if isinstance(error, sqlite3.Error):
        return _sqlite_message(error)
    return OTHER


def _sqlite_message(error: sqlite3.Error) -> str:
    name = getattr(error, "sqlite_errorname", None) or ""
    for prefix, message in _SQLITE_CODES:
        if name == prefix or name.startswith(prefix + "_"):
            return message
    text = str(error).lower()
    for fragment, message in _SQLITE_MESSAGES:
        if fragment in text:
            return message
    return OTHER


def _why_not_opened(path: Path) -> str:
    """SQLite cannot open a file: its folder is missing, read-only or not ours to write.

    A database in WAL mode needs its -shm (and -wal) files beside it even to be read, so a
    folder that cannot be written makes the file unopenable too.
    """
    folder = path.parent
    if not folder.is_dir():
        return FOLDER_NOT_THERE
    if _read_only_medium(folder):
        return READ_ONLY
    if not os.access(folder, os.W_OK):
        return NOT_WRITABLE
    return CANNOT_OPEN


def _read_only_medium(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (AttributeError, OSError):  # Windows has no statvfs
        return False


def _nearly_full(path: Path) -> bool:
    folder = path if path.is_dir() else path.parent
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def failure_of_command(error: BaseException, database_path: Path | str) -> StorageError | None:
    """What a command's error means when it is the medium's fault, else None (a bug: the
    caller re-raises it). A file error names the file the system named (an output file, a
    backup), a SQLite error the database."""
    if not is_storage_failure(error):
        return None
    original = _original(error)
    filename = getattr(original, "filename", None) if isinstance(original, OSError) else None
    return describe(error, filename or database_path)


def is_storage_failure(error: BaseException) -> bool:
    """True for errors `describe` knows how to explain (medium, permissions, lock)."""
    return _classify(_original(error)) != OTHER


def missing_folder(folder: Path) -> StorageError:
    return StorageError(folder, FOLDER_MISSING)
