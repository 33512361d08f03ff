"""The keys of the rows already read from the file being imported, so a row repeating an
earlier one is found wherever it is in the file.

A million rows have two million keys: a dict of them would take hundreds of megabytes, so
they live in a private temporary SQLite database (`sqlite3.connect("")`: on disk, deleted
by SQLite when closed, its page cache small), looked up a chunk of rows at a time.

The keys are the file's people (codici fiscali, names): when SQLCipher is there the temporary
database is encrypted with a random key of this process (issue #24), kept in memory only, so
the pages SQLite spills to the disk show nothing of them.
"""

from __future__ import annotations

import os
import secrets
import tempfile
from collections.abc import Iterable
from pathlib import Path

from socialneet_desktop.db import sqlite_connect

IN_CHUNK = 500  # keys per IN (…)


class FileKeys:
    """{key: number of the first row that had it}, for the rows of earlier chunks."""

    def __init__(self) -> None:
        self.path: Path | None = None
        if sqlite_connect.encryption_available():
            # SQLCipher's build keeps "" databases in memory (TEMP_STORE=2): a million rows'
            # keys would fill it; a file of our own in the temporary folder instead
            handle, name = tempfile.mkstemp(prefix="socialneet-keys-", suffix=".tmp")
            os.close(handle)
            self.path = Path(name)
            self.connection = sqlite_connect.connect(self.path, key=_process_key())
            self.connection.execute("PRAGMA journal_mode = OFF")
        else:
            self.connection = sqlite_connect.connect("")
        self.connection.execute("CREATE TABLE seen (key TEXT PRIMARY KEY, row INTEGER)")

    def rows_of(self, keys: Iterable[str]) -> dict[str, int]:
        """The row that first had each of `keys` (those already seen)."""
        wanted = list(set(keys))
        found: dict[str, int] = {}
        for start in range(0, len(wanted), IN_CHUNK):
            part = wanted[start : start + IN_CHUNK]
            marks = ",".join("?" * len(part))
            query = f"SELECT key, row FROM seen WHERE key IN ({marks})"  # noqa: S608 - marks only
            found.update(self.connection.execute(query, part))
        return found

    def add(self, rows: dict[str, int]) -> None:
        self.connection.executemany("INSERT OR IGNORE INTO seen VALUES (?, ?)", rows.items())

    def close(self) -> None:
        self.connection.close()
        if self.path is not None:
            self.path.unlink(missing_ok=True)


_KEY: list[bytes] = []


def _process_key() -> bytes:
    """A random raw key, the same for this process's temporary files (never written)."""
    if not _KEY:
        _KEY.append(secrets.token_bytes(sqlite_connect.RAW_KEY_BYTES))
    return _KEY[0]
