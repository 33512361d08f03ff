"""The keys of the rows already read from the file being imported, so a row repeating an
earlier one is found wherever it is in the file.

A million rows have two million keys: a dict of them would take hundreds of megabytes, so
they live in a private temporary SQLite database (`sqlite3.connect("")`: on disk, deleted
by SQLite when closed, its page cache small), looked up a chunk of rows at a time.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

IN_CHUNK = 500  # keys per IN (…)


class FileKeys:
    """{key: number of the first row that had it}, for the rows of earlier chunks."""

    def __init__(self) -> None:
        self.connection = sqlite3.connect("")
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
