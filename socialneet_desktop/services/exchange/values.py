"""A record's fields as the change log and packages hold them: JSON, links by uuid.

Which fields a kind has is read from its model (services.record_kinds gives the model):
every column but the local bookkeeping (id, version, who/when of the last save); a foreign
key travels as the other record's uuid; a link kept in a table of its own (a meeting's
organisations, an idea's team) as the sorted list of the other records' uuids, under the
relationship's name, which is also the name its audit events use.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import Column, Connection, Date, DateTime, LargeBinary, Numeric, Table, Time, select

from socialneet_desktop.services.kind_facets import RecordKind

LOCAL = frozenset({"id", "uuid", "version", "updated_at", "updated_by"})
ALL_FIELDS = "*"  # a change row holding a whole record (its creation)


@dataclass(frozen=True)
class Link:
    """A link kept in a table of its own: rows (own column = record id, other = target)."""

    name: str
    table: Table
    own: Column
    other: Column
    target: Table


@dataclass(frozen=True)
class Shape:
    """What of a kind's records travels: its columns, foreign keys, link tables."""

    kind: RecordKind
    table: Table
    columns: dict[str, Column]
    references: dict[str, Table]  # foreign key column -> the table it points to
    links: dict[str, Link]

    @property
    def fields(self) -> tuple[str, ...]:
        return (*self.columns, *self.links)


def shape(kind: RecordKind) -> Shape:
    return kind.derived("exchange_shape", _make_shape)


def shape_of_table(table_name: str) -> Shape | None:
    kind = kinds_by_table().get(table_name)
    return shape(kind) if kind is not None else None


def kinds_by_table() -> dict[str, RecordKind]:
    from socialneet_desktop.services import record_kinds  # the registry imports the kinds

    return {kind.table_name: kind for kind in record_kinds.all_kinds()}


def kinds_metadata():
    """The metadata of the record tables (its sorted_tables: referred tables first)."""
    from socialneet_desktop.db.models import Base

    return Base.metadata


def _make_shape(kind: RecordKind) -> Shape:
    model = kind.model
    table = model.__table__
    columns = {column.key: column for column in table.columns if column.key not in LOCAL}
    references = {}
    for column in columns.values():
        for key in column.foreign_keys:
            references[column.key] = key.column.table
    links = {}
    for relationship in model.__mapper__.relationships:
        secondary = relationship.secondary
        if secondary is None:
            continue
        own = next(c for c in secondary.columns if _points_to(c, table))
        other = next(c for c in secondary.columns if c is not own)
        target = next(iter(other.foreign_keys)).column.table
        links[relationship.key] = Link(relationship.key, secondary, own, other, target)
    return Shape(kind, table, columns, references, links)


def _points_to(column: Column, table: Table) -> bool:
    return any(key.column.table is table for key in column.foreign_keys)


# --- reading a database's records as JSON values --------------------------------------------


def read_records(connection: Connection, shape: Shape, ids: Iterable[int]) -> dict[int, dict]:
    """{id: {field: JSON value}} of the records `ids` (links and foreign keys as uuids)."""
    wanted = sorted(set(ids))
    found: dict[int, dict] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        statement = select(shape.table).where(shape.table.c.id.in_(chunk))
        rows = [row._mapping for row in connection.execute(statement)]
        uuids = _reference_uuids(connection, shape, rows)
        links = {name: _link_uuids(connection, link, chunk) for name, link in shape.links.items()}
        for row in rows:
            values = {name: _encode(column, row[name]) for name, column in shape.columns.items()}
            for name in shape.references:
                values[name] = uuids[name].get(row[name]) if row[name] is not None else None
            for name in shape.links:
                values[name] = sorted(links[name].get(row["id"], []))
            found[row["id"]] = {"uuid": row["uuid"], **values}
    return found


def _reference_uuids(connection: Connection, shape: Shape, rows: list) -> dict[str, dict]:
    result = {}
    for name, target in shape.references.items():
        ids = {row[name] for row in rows if row[name] is not None}
        result[name] = uuids_of(connection, target, ids)
    return result


def uuids_of(connection: Connection, table: Table, ids: Iterable[int]) -> dict[int, str]:
    wanted = list(set(ids))
    found: dict[int, str] = {}
    for start in range(0, len(wanted), 500):
        statement = select(table.c.id, table.c.uuid).where(
            table.c.id.in_(wanted[start : start + 500])
        )
        found.update({key: value for key, value in connection.execute(statement)})
    return found


def ids_of(connection: Connection, table: Table, uuids: Iterable[str]) -> dict[str, int]:
    wanted = list(set(uuids))
    found: dict[str, int] = {}
    for start in range(0, len(wanted), 500):
        statement = select(table.c.uuid, table.c.id).where(
            table.c.uuid.in_(wanted[start : start + 500])
        )
        found.update({key: value for key, value in connection.execute(statement)})
    return found


def _link_uuids(connection: Connection, link: Link, ids: list[int]) -> dict[int, list[str]]:
    statement = (
        select(link.own, link.target.c.uuid)
        .join(link.target, link.target.c.id == link.other)
        .where(link.own.in_(ids))
    )
    found: dict[int, list[str]] = {}
    for record_id, uuid in connection.execute(statement):
        found.setdefault(record_id, []).append(uuid)
    return found


# --- JSON <-> column values ------------------------------------------------------------------


def _encode(column: Column, value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        if isinstance(column.type, Numeric) and isinstance(value, float):
            return str(Decimal(str(value)))
        return value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    return str(value)


def decode(column: Column, value: Any) -> Any:
    """The column value of a JSON value (not for foreign keys: those are uuids)."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return date.fromisoformat(value)
    if isinstance(kind, Time):
        return time.fromisoformat(value)
    if isinstance(kind, LargeBinary):
        return base64.b64decode(value)
    if isinstance(kind, Numeric) and not isinstance(value, bool):
        return Decimal(str(value))
    return value
