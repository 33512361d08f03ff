"""A database file converted plain -> encrypted, back, or to a new passphrase (issue #24).

One safe step each (db.conversion.convert: a new file beside, checked, renamed over; a kill
at any moment leaves the original as it was).

The named backups of the database (its backup folder) are converted the same way, so that no
copy stays readable with a text editor once the database is encrypted; a folder out of reach
(a USB stick not plugged in) is told (`Converted.unreachable`).

The file must be closed in every window of this process and not in use elsewhere: the faces
(ui.encryption_dialogs, cli.encryption) close it and claim its "in use" marker first.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from socialneet_desktop.db import sqlite_connect
from socialneet_desktop.db.conversion import CHECK_FAILED as CHECK_FAILED
from socialneet_desktop.db.conversion import PLAIN as PLAIN
from socialneet_desktop.db.conversion import ConversionFailed as ConversionFailed
from socialneet_desktop.db.conversion import convert as convert
from socialneet_desktop.db.conversion import table_counts as table_counts
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP

MIN_PASSPHRASE = 12

NOT_AVAILABLE = QT_TRANSLATE_NOOP(
    "Encryption",
    "Encryption is not available: the SQLCipher library (sqlcipher3) is not installed.",
)
ALREADY_ENCRYPTED = QT_TRANSLATE_NOOP("Encryption", "%1 is already encrypted.")
NOT_ENCRYPTED = QT_TRANSLATE_NOOP("Encryption", "%1 is not encrypted.")
TOO_SHORT = QT_TRANSLATE_NOOP("Encryption", "The passphrase must be at least %1 characters long.")


@dataclass
class Converted:
    path: Path
    copies: list[Path] = field(default_factory=list)  # backups converted the same way
    unreachable: list[Path] = field(default_factory=list)  # folders that could not be seen
    failed: list[tuple[Path, str]] = field(default_factory=list)


def passphrase_problem(passphrase: str) -> str | None:
    """A template (context "Encryption", %1 the minimum) when `passphrase` is too weak."""
    return TOO_SHORT if len(passphrase.strip()) < MIN_PASSPHRASE else None


def is_encrypted(path: Path) -> bool:
    return sqlite_connect.is_encrypted_file(path)


def encrypt(path: Path, passphrase: str, *, copies: bool = True) -> Converted:
    if not sqlite_connect.encryption_available():
        raise ConversionFailed(NOT_AVAILABLE, Path(path))
    if is_encrypted(path):
        raise ConversionFailed(ALREADY_ENCRYPTED, Path(path))
    return _convert_with_copies(Path(path), PLAIN, passphrase, copies)


def decrypt(path: Path, passphrase: str, *, copies: bool = True) -> Converted:
    if not is_encrypted(path):
        raise ConversionFailed(NOT_ENCRYPTED, Path(path))
    return _convert_with_copies(Path(path), passphrase, PLAIN, copies)


def change_passphrase(path: Path, old: str, new: str, *, copies: bool = True) -> Converted:
    """Re-key: a new file under `new`, checked, renamed over (the safe form of PRAGMA rekey,
    which rewrites the pages in place). Backups are re-keyed too when `copies`; a backup made
    with another passphrase is left as it is (a restore asks for its passphrase)."""
    if not is_encrypted(path):
        raise ConversionFailed(NOT_ENCRYPTED, Path(path))
    return _convert_with_copies(Path(path), old, new, copies)


def backup_first(path: Path) -> Path:
    """A backup of `path` as it is, before its passphrase is changed (db.backup's folder)."""
    from socialneet_desktop.db import backup

    folder = backup.configured_backup_folder(path)
    chosen = None if folder == backup.default_backup_folder(path) else folder
    return backup.backup_and_rotate(path, chosen)


def _convert_with_copies(path: Path, old: str, new: str, copies: bool) -> Converted:
    from socialneet_desktop.db import backup

    folder = backup.configured_backup_folder(path)
    found = []  # looked for under the old key, before it is replaced
    if copies and folder.is_dir():
        found = [copy for copy, _taken in backup.backups_of(folder, backup.identity_of(path))]
    convert(path, old, new)
    sqlite_connect.remember_key(path, new or None)
    result = Converted(path)
    if copies and not folder.is_dir():
        result.unreachable.append(folder)
    for copy in found:
        try:
            if sqlite_connect.opens_with(copy, old) if old else not is_encrypted(copy):
                convert(copy, old, new)
                result.copies.append(copy)
        except (ConversionFailed, sqlite3.Error, OSError) as error:
            result.failed.append((copy, str(error)))
    return result
