"""Rewriting one closed copy of a database (a backup, a copy kept before a migration or a
restore, the staged file of a restore) with a change applied, and no old bytes left in it.

The copy is not a live database: nothing else has it open, so it is read with plain SQLite.
The change is made on a working copy (SQLite's backup API, beside the file), then the working
copy is written again with `VACUUM INTO` into a second temporary file: that file has no free
page, so no erased value survives in it. It is checked (quick check, and the schema its
revision should have: db.schema_check) before it is flushed and renamed over the copy; when
anything fails the copy is left exactly as it was. Both temporary files are named for
db.leftovers, which removes them if this process is killed half-way.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from socialneet_desktop.db import sqlite_connect
from socialneet_desktop.db.durable import flush_file, flush_folder
from socialneet_desktop.db.engine import create_sqlite_engine
from socialneet_desktop.db.leftovers import temporary_beside
from socialneet_desktop.db.schema_check import schema_problems
from socialneet_desktop.db.search_ddl import merge_indexes

SIBLINGS = ("-wal", "-shm", "-journal")


class CopyNotScrubbed(Exception):
    """The rewritten copy failed its checks; the copy was left as it was."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        super().__init__(f"{path}: {'; '.join(problems)}")
        self.path = path
        self.problems = problems


def rewrite(
    path: Path,
    change: Callable[[Session], bool],
    *,
    named_for: Path | None = None,
    prepare: Callable[[Path], None] | None = None,
) -> bool:
    """Apply `change` (it returns False when the copy needs nothing) to `path` and put the
    compacted result in its place; True when the file was rewritten.

    `named_for` is the file whose name the temporary files take (the database, for a restore's
    staged file); `prepare(working_copy)` runs first (a restore migrates the staged file)."""
    path = Path(path).absolute()
    named_for = Path(named_for or path).absolute()
    work = temporary_beside(named_for)
    result = temporary_beside(named_for)
    try:
        _copy(path, work)
        if prepare is not None:
            prepare(work)
        if not _apply(work, change) and prepare is None:
            return False
        _vacuum_into(work, result)
        _check(result, path)
        flush_file(result)
        os.replace(result, path)
        for suffix in SIBLINGS:
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        flush_folder(path.parent)
        return True
    finally:
        for leftover in (work, result):
            for name in (leftover, *(leftover.with_name(leftover.name + s) for s in SIBLINGS)):
                name.unlink(missing_ok=True)


def _copy(path: Path, work: Path) -> None:
    key = sqlite_connect.key_of(path)
    source = sqlite_connect.connect(path, timeout=5, key=key)
    try:
        destination = sqlite_connect.connect(work, key=key)  # encrypted the same way
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()


def _apply(work: Path, change: Callable[[Session], bool]) -> bool:
    engine = create_sqlite_engine(work)
    session = Session(engine)
    try:
        changed = change(session)
        if changed:
            session.commit()
        else:
            session.rollback()
        return changed
    finally:
        session.close()
        engine.dispose()


def _vacuum_into(work: Path, result: Path) -> None:
    connection = sqlite_connect.connect(work, isolation_level=None)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        merge_indexes(connection)  # else the erased texts' trigrams are copied along
        connection.execute("VACUUM INTO ?", (str(result),))
    finally:
        connection.close()
    connection = sqlite_connect.connect(result, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode = DELETE")
    finally:
        connection.close()


def _check(result: Path, original: Path) -> None:
    connection = sqlite_connect.connect(result, sqlite_connect.READ_ONLY)
    try:
        quick = [row[0] for row in connection.execute("PRAGMA quick_check")]
        problems = [] if quick == ["ok"] else quick
        problems += schema_problems(connection)
    finally:
        connection.close()
    if problems:
        raise CopyNotScrubbed(original, problems)
