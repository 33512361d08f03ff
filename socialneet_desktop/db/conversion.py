"""One database file rewritten under another key, in one safe step (issue #24): the core of
db.encryption (plain <-> encrypted, a new passphrase), used by db.backup too (a backup under
an older passphrase restored under the database's).

The WAL is folded into the file, a new file is written beside it by SQLCipher's
`sqlcipher_export` under the new key, checked (integrity check, the count of every table
equal to the original's, encrypted or plain as asked), flushed, and only then renamed over
the original; the -wal and -shm of the old file go just before the rename (empty after the
checkpoint, never replayed onto the new one). A process killed at any moment leaves the
original as it was (the half-written file is a leftover db.leftovers removes).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from socialneet_desktop.db import sqlite_connect
from socialneet_desktop.db.durable import flush_file, flush_folder
from socialneet_desktop.db.leftovers import temporary_beside
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP

SIBLINGS = ("-wal", "-shm", "-journal")
PLAIN = ""  # SQLCipher's key for "not encrypted"

CHECK_FAILED = QT_TRANSLATE_NOOP(
    "Encryption",
    "The converted copy of %1 did not pass its check, so the file was left as it was: %2",
)


class ConversionFailed(Exception):
    """The file was left as it was; `message` is a template of context "Encryption"."""

    def __init__(self, message: str, path: Path, detail: str = "") -> None:
        super().__init__(message.replace("%1", str(path)).replace("%2", detail))
        self.message = message
        self.path = path
        self.detail = detail


def convert(path: Path, old: str, new: str) -> None:
    """`path` under key `old` ('' plain) rewritten under key `new` ('' plain), in one safe
    step (see the module's docstring). Raises ConversionFailed, the file left as it was."""
    path = Path(path).absolute()
    _fold_wal(path, old)
    staged = temporary_beside(path)
    try:
        counts = _export(path, old, staged, new)
        problem = _problem_of(staged, new, counts)
        if problem:
            raise ConversionFailed(CHECK_FAILED, path, problem)
        flush_file(staged)
        for suffix in SIBLINGS:  # empty after the checkpoint; never replayed on the new file
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        os.replace(staged, path)
        flush_folder(path.parent)
    finally:
        for name in (staged, *(staged.with_name(staged.name + s) for s in SIBLINGS)):
            name.unlink(missing_ok=True)
    sqlite_connect.remember_key(path, new or None)


def _cipher_connect(path: Path, key: str):
    """A SQLCipher connection, plain for key '' (the stdlib one has no sqlcipher_export)."""
    return sqlite_connect.connect(path, key=key, isolation_level=None)


def _fold_wal(path: Path, key: str) -> None:
    if not path.with_name(path.name + "-wal").exists():
        return
    connection = _cipher_connect(path, key)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def _export(path: Path, old: str, staged: Path, new: str) -> dict[str, int]:
    """Everything of `path` into the empty `staged` under `new`; the counts of its tables."""
    connection = _cipher_connect(path, old)
    try:
        counts = table_counts(connection)
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        user_version = connection.execute("PRAGMA user_version").fetchone()[0]
        connection.execute("ATTACH DATABASE ? AS converted KEY ?", (str(staged), new))
        connection.execute("SELECT sqlcipher_export('converted')")
        connection.execute(f"PRAGMA converted.application_id = {int(application_id)}")
        connection.execute(f"PRAGMA converted.user_version = {int(user_version)}")
        connection.execute("DETACH DATABASE converted")
    finally:
        connection.close()
    return counts


def table_counts(connection) -> dict[str, int]:
    """The rows of every table (virtual tables' shadow tables included)."""
    names = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        )
    ]
    return {
        name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names
    }


def _problem_of(staged: Path, key: str, counts: dict[str, int]) -> str:
    """'' when `staged` is whole, has every table with as many rows, and is encrypted exactly
    when a key was given."""
    if sqlite_connect.is_encrypted_file(staged) != bool(key):
        return "encrypted" if not key else "not encrypted"
    try:
        connection = sqlite_connect.connect(staged, sqlite_connect.READ_ONLY, key=key or None)
    except sqlite3.Error as error:
        return str(error)
    try:
        check = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        if check != ["ok"]:
            return "; ".join(check[:5])
        found = table_counts(connection)
    except sqlite3.Error as error:
        return str(error)
    finally:
        connection.close()
    differing = sorted(
        name for name in counts.keys() | found.keys() if counts.get(name) != found.get(name)
    )
    return ", ".join(f"{name}: {counts.get(name)} -> {found.get(name)}" for name in differing)
