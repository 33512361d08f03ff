"""Is a closed file a SocialNEET database this version can read? With sqlite3 only.

The same refusals, in the same words, as db.database.inspect_existing (the opening's
inspection, which also knows the files this process has open), for `socialneet check` and
the examination of a backup: those must not load SQLAlchemy (db.database does, at import),
which is half of a check's time on 100,000 contacts. A file open in this process goes to
inspect_existing, which never reads its header with plain file I/O (POSIX locks).
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from socialneet_desktop.db import migrate, sqlite_connect
from socialneet_desktop.db.refusals import DatabaseRefused
from socialneet_desktop.db.sqlite_connect import closed_file_uri as read_only_uri  # noqa: F401
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP

APPLICATION_ID = 0x534E4554  # db.engine.APPLICATION_ID, which imports SQLAlchemy (a test pins it)
SQLITE_HEADER = b"SQLite format 3\x00"
ACCESS_SIGNATURES = (b"Standard Jet DB", b"Standard ACE DB")

FOLDER = QT_TRANSLATE_NOOP("Database", "%1 is a folder, not a file.")
UNREADABLE = QT_TRANSLATE_NOOP(
    "Database", "%1 is damaged and cannot be read as a database. It was not modified."
)
OTHER_PROGRAM = QT_TRANSLATE_NOOP(
    "Database",
    "%1 is a SQLite database of another program, not a SocialNEET database. "
    "It was not opened and not modified.",
)
NEWER = QT_TRANSLATE_NOOP(
    "Database",
    "%1 was written by a newer version of SocialNEET Desktop. "
    "Install the latest version to open it. The file was not modified.",
)
EMPTY = QT_TRANSLATE_NOOP("Database", "%1 is empty: it is not a SocialNEET database.")
ACCESS = QT_TRANSLATE_NOOP(
    "Database",
    "%1 is a Microsoft Access file. Use File > Import from Access to bring its "
    "data over. The file was not modified.",
)
NOT_SQLITE = QT_TRANSLATE_NOOP(
    "Database", "%1 is not a SocialNEET database (it is not a SQLite file)."
)

PASSPHRASE_NEEDED = QT_TRANSLATE_NOOP(
    "Database", "%1 is encrypted: its passphrase is needed to open it."
)
WRONG_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Database",
    "The passphrase does not open %1: it is not this file's passphrase, or the file is not "
    "a SocialNEET database. The file was not modified.",
)


class PassphraseNeeded(DatabaseRefused):
    """An encrypted file (issue #24) whose key this process does not know: the face asks for
    the passphrase (ui.passphrase_dialog, db.passphrase) and tries again."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, PASSPHRASE_NEEDED)


class WrongPassphrase(DatabaseRefused):
    """The key given for an encrypted file does not open it: said as such, never "damaged"."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, WRONG_PASSPHRASE)


def inspect_closed(path: Path) -> str | None:
    """Raise DatabaseRefused unless `path` is a SocialNEET database of a known revision;
    return its revision (None for a file not yet migrated)."""
    path = Path(path)
    opened = sys.modules.get("socialneet_desktop.db.database")
    if opened is not None and opened.is_open(path):
        return opened.inspect_existing(path).revision
    return check_identity(path, read_header=True)


def check_identity(path: Path, *, read_header: bool) -> str | None:
    """The refusals of a file that is not ours, newer, empty, Access's, damaged or a folder;
    its revision. `read_header`: False for a file this process has open (plain file I/O on
    it would drop the process's POSIX locks; SQLite reads it safely)."""
    if path.is_dir():
        raise DatabaseRefused(path, FOLDER)
    if read_header:
        _check_header(path)
    try:
        application_id, revision = _read_identity(path)
    except sqlite_connect.WrongKey as error:
        raise WrongPassphrase(path) from error
    except sqlite3.DatabaseError as error:
        raise DatabaseRefused(path, UNREADABLE, str(error)) from error
    if application_id != APPLICATION_ID:
        raise DatabaseRefused(path, OTHER_PROGRAM)
    if revision is not None and revision not in migrate.KNOWN_REVISIONS:
        raise DatabaseRefused(path, NEWER, revision)
    return revision


def _check_header(path: Path) -> None:
    with path.open("rb") as handle:
        header = handle.read(100)
    if not header:
        raise DatabaseRefused(path, EMPTY)
    if any(signature in header[:32] for signature in ACCESS_SIGNATURES):
        raise DatabaseRefused(path, ACCESS)
    if not header.startswith(SQLITE_HEADER) or len(header) < 100:
        if sqlite_connect.is_encrypted_file(path):
            if sqlite_connect.key_of(path) is None:
                raise PassphraseNeeded(path)
            return
        raise DatabaseRefused(path, NOT_SQLITE)


def _read_identity(path: Path) -> tuple[int, str | None]:
    connection = sqlite_connect.connect(path, sqlite_connect.READ_CLOSED)
    try:
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        has_version_table = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()
        revision = None
        if has_version_table:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        return application_id, revision
    finally:
        connection.close()
