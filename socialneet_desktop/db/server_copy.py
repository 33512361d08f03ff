"""Copying a whole database between engines: a local file to the office server (`server
upload`) and the server to a SocialNEET SQLite file (its portable backup).

Every table of the data model is copied (records, links, audit events, settings, the erasure
register, the pseudonym key) in foreign-key order, inside the target's one transaction, and
at the end each table's row count and a checksum of its rows (ordered by key, every value in
a form both engines give alike) are compared; any difference rolls everything back. The
search indexes are not copied: the target's own (FTS5 triggers on a file, the trigram
indexes on the server) index the rows as they arrive.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Connection, Table, func, insert, select, text

from socialneet_desktop.db.models import Base
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP

CHUNK = 2000
STREAMED = {"yield_per": CHUNK}
# services.exchange.change_log.APPLYING (the db layer does not import services): while set on
# a connection, the audit events inserted on it are not logged again.
NOT_LOGGED = "socialneet_exchange_applying"
# Filled by the migrations: replaced by the source's. The device identity (migration 0009)
# goes with the data: the server (or the backup) is the same database as the one copied.
SEEDED = frozenset({"pseudonym_keys", "devices"})

NOT_EMPTY = QT_TRANSLATE_NOOP(
    "Server",
    "The database %1 on the office server already holds data (%2): a local file is copied "
    "only into an empty one, so that nothing on the server is mixed or overwritten. Create a "
    "new database with 'socialneet server setup'.",
)
MISMATCH = QT_TRANSLATE_NOOP(
    "Server",
    "The copy was not made: table %1 differs after copying (%2). Nothing was kept.",
)


class CopyRefused(Exception):
    """The copy was refused or undone; the target was left as it was."""

    def __init__(self, message: str, first: str, second: str = "") -> None:
        super().__init__(message.replace("%1", first).replace("%2", second))
        self.message = message
        self.first = first
        self.second = second


@dataclass(frozen=True)
class TableSum:
    rows: int
    checksum: str


def tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def filled_tables(connection: Connection) -> list[str]:
    """The tables that hold rows (those the migrations fill themselves left out)."""
    return [
        table.name
        for table in tables()
        if table.name not in SEEDED and connection.scalar(select(func.count()).select_from(table))
    ]


def copy_all(source: Connection, target: Connection) -> dict[str, TableSum]:
    """Copy every table from `source` into the empty, migrated `target`; the sums compared.
    The copied audit events write no change-log rows of their own: the log is copied."""
    target.info[NOT_LOGGED] = True
    try:
        return _copy_all(source, target)
    finally:
        target.info.pop(NOT_LOGGED, None)


def _copy_all(source: Connection, target: Connection) -> dict[str, TableSum]:
    for table in reversed(tables()):
        if table.name in SEEDED:
            target.execute(table.delete())
    for table in tables():
        for rows in _chunks(source, table):
            target.execute(insert(table), rows)
    if target.dialect.name == "postgresql":
        advance_sequences(target)
        for table in tables():  # the planner's statistics now, not at autovacuum's next pass
            target.exec_driver_sql(f"ANALYZE {table.name}")
    sums = {}
    for table in tables():
        expected, found = table_sum(source, table), table_sum(target, table)
        if expected != found:
            detail = f"{expected.rows} -> {found.rows} rows"
            raise CopyRefused(MISMATCH, table.name, detail)
        sums[table.name] = found
    return sums


def _chunks(connection: Connection, table: Table) -> Iterator[list[dict]]:
    # yield_per for this statement only: Connection.execution_options would keep it for the
    # connection's later statements (a server-side cursor for an INSERT fails)
    result = connection.execute(
        select(table).order_by(*table.primary_key.columns), execution_options=STREAMED
    )
    for partition in result.mappings().partitions(CHUNK):
        yield [dict(row) for row in partition]


def advance_sequences(connection: Connection) -> None:
    """Rows came with their ids: the server's id sequences continue after the highest."""
    for table in tables():
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or keys[0].name != "id" or not keys[0].autoincrement:
            continue
        connection.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"coalesce((SELECT max(id) FROM {table.name}), 0) + 1, false)"
            )
        )


def table_sum(connection: Connection, table: Table) -> TableSum:
    """The rows of `table` and a SHA-256 of them in key order, alike on both engines."""
    digest = hashlib.sha256()
    rows = 0
    statement = select(table).order_by(*table.primary_key.columns)
    for row in connection.execute(statement, execution_options=STREAMED):
        digest.update(repr(tuple(_plain(value) for value in row)).encode() + b"\n")
        rows += 1
    return TableSum(rows, digest.hexdigest())


def _plain(value):
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float | Decimal):  # a file may keep 2616 where the server
        return str(Decimal(str(value)).normalize())  # keeps NUMERIC 2616.00: one value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, memoryview):
        return bytes(value).hex()
    if isinstance(value, bytes):
        return value.hex()
    return value


def sums_text(sums: dict[str, TableSum]) -> list[str]:
    """One line per table: name, rows, the checksum's start (for the command's report)."""
    return [f"{name}: {s.rows} ({s.checksum[:12]})" for name, s in sums.items() if s.rows]


def written_name(folder: Path, stem: str) -> Path:
    """A file name in `folder` that is not taken: nothing the user has is overwritten."""
    candidate = folder / f"{stem}.sqlite"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}.sqlite"
        number += 1
    return candidate
