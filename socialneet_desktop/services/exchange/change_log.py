"""The change log, written from the audit path: nothing that is audited goes unlogged.

Every audit event inserted on a connection (services.audit.record_event, the bulk writers'
`insert(AuditEvent)`, whoever adds one) is noted; when that connection's transaction
commits, just before the COMMIT, the noted records are read back and one row per field
changed is written, each with its own hybrid logical clock, in the same transaction. Reading
back at the end means the values logged are the ones committed (however the writer ordered
its flushes), and links and foreign keys are logged as uuids. A record created whole gets
one row, field "*", holding all its fields.

An erasure blanks the values the log holds of the erased person (and the free text of their
visits and path records, services.privacy's erased fields): the log is a copy like the
backups, and must not keep what the erasure took away. Its own row ("*", operation "erase")
holds the record as the erasure left it: every device takes it whatever the clocks, so the
anonymised record (kept for the statistics) is the same everywhere.

The merge (services.exchange.apply) writes the rows of the changes it applies itself, with
the clocks they came with: while it runs, the connection is marked `APPLYING`.
"""

from __future__ import annotations

import json
import sys
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, event, func, insert, inspect, select, update
from sqlalchemy.sql.dml import Insert

from socialneet_desktop.db.models import AuditEvent, utc_now
from socialneet_desktop.db.models_exchange import ChangeLogEntry
from socialneet_desktop.services.exchange import clock, devices, values

PENDING = "socialneet_exchange_pending"
APPLYING = "socialneet_exchange_applying"
READY = "socialneet_exchange_ready"
AUDIT_TABLE = AuditEvent.__tablename__
LOG_TABLE = ChangeLogEntry.__table__
OPERATIONS = {"create", "update", "delete", "restore", "erase"}
MERGED = "merged_into"  # the field of a records merge's own row (not a column: no value moves)


@dataclass
class Noted:
    """One audit event of the transaction: which record, what was done to which fields."""

    table: str
    record_id: int
    record_uuid: str
    action: str
    fields: tuple[str, ...]
    user: str


@dataclass
class Pending:
    """One transaction's audit events, kept small: a bulk import creates hundreds of
    thousands of records in one transaction, so a creation is only its record's id (per table
    and user, in an array of 8 bytes an id); the other events are kept whole, in order."""

    created: dict[tuple[str, str], array] = field(default_factory=dict)
    events: list[Noted] = field(default_factory=list)

    def add(self, noted: Noted) -> None:
        if noted.action == "create":
            key = (sys.intern(noted.table), sys.intern(noted.user))
            self.created.setdefault(key, array("q")).append(noted.record_id)
        else:
            self.events.append(noted)

    def __bool__(self) -> bool:
        return bool(self.created or self.events)

    def tables(self) -> list[str]:
        return sorted({table for table, _user in self.created} | {e.table for e in self.events})

    def chunks_of(self, table: str, size: int) -> Iterator[list[tuple[int, list[Noted]]]]:
        """The records of `table` with their events in order (a creation first), `size` records
        at a time: only a chunk's events are built, never the whole transaction's."""
        others: dict[int, list[Noted]] = {}
        for noted in self.events:
            if noted.table == table:
                others.setdefault(noted.record_id, []).append(noted)
        for (name, user), ids in self.created.items():
            if name != table:
                continue
            for start in range(0, len(ids), size):
                chunk = []
                for record_id in ids[start : start + size]:
                    creation = Noted(table, record_id, "", "create", (), user)
                    chunk.append((record_id, [creation, *others.pop(record_id, [])]))
                yield chunk
        rest = sorted(others.items())
        for start in range(0, len(rest), size):
            yield rest[start : start + size]


WRITE_CHUNK = 2000  # records read back and logged at a time: the memory stays that of a chunk


def install() -> None:
    """Hook the change log to every engine (once; services.audit calls it on import)."""
    if not event.contains(Engine, "after_execute", _noted):
        event.listen(Engine, "after_execute", _noted)
        event.listen(Engine, "commit", _written)
        event.listen(Engine, "rollback", _dropped)


def _noted(connection, statement, multiparams, params, options, result) -> None:
    if not isinstance(statement, Insert) or statement.table.name != AUDIT_TABLE:
        return
    if connection.info.get(APPLYING):
        return
    rows = multiparams if isinstance(multiparams, list | tuple) and multiparams else [params]
    if rows and isinstance(rows[0], list | tuple):
        rows = rows[0]
    pending = connection.info.setdefault(PENDING, Pending())
    for row in rows:
        if row and row.get("action") in OPERATIONS:
            action = row["action"]
            changed = action == "update" and row.get("changes")
            fields = tuple(sys.intern(f) for f in json.loads(row["changes"])) if changed else ()
            uuid = row["record_uuid"] if action == "erase" else ""  # the scrub needs it only
            user = sys.intern(row.get("user_name") or "")
            pending.add(Noted(row["table_name"], row["record_id"], uuid, action, fields, user))


def _dropped(connection) -> None:
    connection.info.pop(PENDING, None)


def _written(connection) -> None:
    pending = connection.info.pop(PENDING, None)
    if not pending or not _ready(connection):
        return
    write(connection, pending)


def _ready(connection: Connection) -> bool:
    """Whether this database has a change log (not before migration 0009)."""
    if connection.info.get(READY):
        return True
    ready = inspect(connection).has_table(LOG_TABLE.name)
    connection.info[READY] = ready
    return ready


def write(connection: Connection, pending: Pending) -> int:
    """The change rows of `pending` (one transaction's events), written WRITE_CHUNK records at
    a time (each record's rows within one chunk: the last change of a field counts); returns
    how many."""
    written = 0
    device = None
    for table in pending.tables():
        shape = values.shape_of_table(table)
        if shape is None:
            continue
        for chunk in pending.chunks_of(table, WRITE_CHUNK):
            rows = _rows_of(connection, shape, chunk)
            if not rows:
                continue
            device = device or devices.this_device_uuid(connection)
            now = utc_now()
            for row, stamp in zip(
                rows, clock.new_clocks(connection, device, len(rows)), strict=True
            ):
                row.update(stamp.columns(), at=now)
            for first in range(0, len(rows), 1000):
                connection.execute(insert(LOG_TABLE), rows[first : first + 1000])
            written += len(rows)
    _erasures(connection, pending.events)
    return written


def _rows_of(
    connection: Connection, shape: values.Shape, records: list[tuple[int, list[Noted]]]
) -> list[dict]:
    read = values.read_records(connection, shape, (record_id for record_id, _ in records))
    rows: list[dict] = []
    for record_id, events in records:
        record = read.get(record_id)
        if record is None:  # written and taken back in a savepoint
            continue
        created = {record_id} if events[0].action == "create" else set()
        latest: dict[str, dict] = {}
        for noted in events:
            for field_name, value, operation in _changes(shape, noted, record, created):
                latest.pop(field_name, None)  # the last change of a field counts
                latest[field_name] = {
                    "kind": shape.kind.key,
                    "record_uuid": record["uuid"],
                    "field": field_name,
                    "value": json.dumps(value, ensure_ascii=False, sort_keys=True),
                    "user_name": noted.user[:80],
                    "operation": operation,
                }
        rows += latest.values()
    return rows


def _changes(
    shape: values.Shape, noted: Noted, record: dict, created: set[int]
) -> Iterable[tuple[str, Any, str]]:
    if noted.action == "create":
        whole = {name: record[name] for name in shape.fields}
        yield values.ALL_FIELDS, whole, "create"
        return
    if noted.record_id in created and noted.action != "erase":  # its "*" row has it all
        return
    if noted.action in ("delete", "restore"):
        yield "deleted_at", record["deleted_at"], noted.action
    elif noted.action == "erase":  # the record as the erasure left it, which every device takes
        yield values.ALL_FIELDS, {name: record[name] for name in shape.fields}, "erase"
    else:
        for field in noted.fields:
            if field in shape.columns or field in shape.links:
                operation = "link" if field in shape.links else "update"
                yield field, record[field], operation


# --- records merge --------------------------------------------------------------------------


def write_merge(connection: Connection, kind: str, merged: str, survivor: str, user: str) -> None:
    """The row of a records merge (`merged` into `survivor`), after the merge's own rows.

    The transaction's rows are written now rather than at the commit, so that this row's clock
    is later than all of them; its value holds the merging device's knowledge (the highest
    clock of each device in its log, this row's own for itself): a change of the merged record
    a receiver gets is one the merge had seen when its clock is within that knowledge, and
    then it applies to the merged record; otherwise it goes to the survivor."""
    pending = connection.info.pop(PENDING, None)
    if not _ready(connection):
        return
    if pending:
        write(connection, pending)
    device = devices.this_device_uuid(connection)
    stamp = clock.new_clocks(connection, device, 1)[0]
    statement = select(LOG_TABLE.c.clock_device, func.max(LOG_TABLE.c.clock)).group_by(
        LOG_TABLE.c.clock_device
    )
    known = {key: value for key, value in connection.execute(statement)}
    known[device] = stamp.text
    value = {"survivor": survivor, "knowledge": known}
    row = {
        "kind": kind,
        "record_uuid": merged,
        "field": MERGED,
        "value": json.dumps(value, sort_keys=True),
        "user_name": user[:80],
        "operation": "merge",
        **stamp.columns(),
        "at": utc_now(),
    }
    connection.execute(insert(LOG_TABLE), [row])


def merge_knowledge(text: str | None) -> dict[str, str] | None:
    """The knowledge a merge row's value holds (None: not a merge row, or blanked)."""
    try:
        value = json.loads(text) if text else None
    except ValueError:
        return None
    knowledge = value.get("knowledge") if isinstance(value, dict) else None
    return knowledge if isinstance(knowledge, dict) else None


# --- erasure ---------------------------------------------------------------------------------


def _erasures(connection: Connection, events: list[Noted]) -> None:
    for noted in events:
        if noted.action == "erase":
            scrub(connection, noted.record_uuid)


def scrub(connection: Connection, person_uuid: str) -> None:
    """Blank what the change log holds of an erased person and of their records' free text
    (the fields services.privacy erases); the conflicts about them lose their values too."""
    from socialneet_desktop.db.models_exchange import ExchangeConflict

    log = LOG_TABLE
    blank = {"value": "null"}
    kept = log.c.operation != "erase"  # the erasure's own row: the record as it left it
    connection.execute(update(log).where(log.c.record_uuid == person_uuid, kept).values(**blank))
    conflicts = ExchangeConflict.__table__
    connection.execute(
        update(conflicts)
        .where(conflicts.c.record_uuid == person_uuid)
        .values(local_value="null", incoming_value="null")
    )
    for uuid, kind in _records_of_person(connection, person_uuid):
        _scrub_fields(connection, uuid, kind.erased_fields)


def _records_of_person(connection: Connection, person_uuid: str) -> list[tuple[str, Any]]:
    from socialneet_desktop.services import record_kinds

    contacts = record_kinds.kind_by_key("contacts").model.__table__
    person_id = connection.scalar(select(contacts.c.id).where(contacts.c.uuid == person_uuid))
    found = []
    for kind in record_kinds.all_kinds():
        shape = values.shape(kind)
        if not kind.erased_fields or kind.table_name == contacts.name:
            continue
        for column, target in shape.references.items():
            if target is contacts:
                statement = select(shape.table.c.uuid).where(shape.table.c[column] == person_id)
                found += [(uuid, kind) for uuid in connection.scalars(statement)]
    return found


def _scrub_fields(connection: Connection, uuid: str, fields: tuple[str, ...]) -> None:
    log = LOG_TABLE
    connection.execute(
        update(log)
        .where(log.c.record_uuid == uuid, log.c.field.in_(fields))
        .values(value=json.dumps(""))
    )
    wholes = connection.execute(
        select(log.c.id, log.c.value).where(
            log.c.record_uuid == uuid, log.c.field == values.ALL_FIELDS
        )
    ).all()
    for row_id, text in wholes:
        whole = json.loads(text) or {}
        whole.update({name: "" for name in fields if name in whole})
        connection.execute(
            update(log).where(log.c.id == row_id).values(value=json.dumps(whole, sort_keys=True))
        )
