"""Failures of the disk, the folder or the lock, told plainly and naming the path.

`describe(error, path)` turns an OSError, a sqlite3 error (or SQLAlchemy's wrapper of one)
into a StorageError whose `message` is an English template for
QCoreApplication.translate("Storage", …), with %1 standing for the path.
"""

from __future__ import annotations

import errno
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
OTHER = QT_TRANSLATE_NOOP("Storage", "The operation on %1 failed. Nothing was changed.")


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

_SQLITE_MESSAGES = (
    ("database or disk is full", DISK_FULL),
    ("disk is full", DISK_FULL),
    ("readonly database", READ_ONLY),
    ("read-only", READ_ONLY),
    ("database is locked", LOCKED),
    ("database is busy", LOCKED),
    ("database table is locked", LOCKED),
    ("unable to open database file", CANNOT_OPEN),
)


def describe(error: BaseException, path: Path | str) -> StorageError:
    """The StorageError telling what `error` means for the file or folder at `path`."""
    if isinstance(error, StorageError):
        return error
    original = getattr(error, "orig", None) or error  # SQLAlchemy wraps the driver's error
    if isinstance(original, OSError):
        message = _ERRNO_MESSAGES.get(original.errno, OTHER)
        return StorageError(path, message, str(original))
    text = str(original).lower()
    if isinstance(original, sqlite3.Error):
        for fragment, message in _SQLITE_MESSAGES:
            if fragment in text:
                return StorageError(path, message, str(original))
    return StorageError(path, OTHER, str(original))


def is_storage_failure(error: BaseException) -> bool:
    """True for errors `describe` knows how to explain (medium, permissions, lock)."""
    return describe(error, "").message != OTHER


def missing_folder(folder: Path) -> StorageError:
    return StorageError(folder, FOLDER_MISSING)
