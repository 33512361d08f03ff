"""Every import is a batch: when, who, which file, what it did per kind, and the records it
created or updated; "Undo this import" moves what it created to the recycle bin and puts back
the fields it updated, and the recycle bin restores a whole batch.

A batch is kept in the audit trail itself (no table of its own, so no migration): one event
of table "import_batches" whose record id is the batch's number, action "import", its changes
{"source", "counts", "records"} (records: [table, id, action, version, previous]); undoing and
restoring add events "undo_import" and "restore_import" to it. The trail cannot be rewritten,
so neither can a batch. A record's `version` above the one the import left means someone
edited it since: such records are listed and kept unless the caller says otherwise.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import Date, DateTime, Numeric, Time, func, insert, select
from sqlalchemy.orm import Session

from socialneet_desktop.db.models import AuditEvent, new_uuid
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.services.audit import event_values, readable
from socialneet_desktop.services.record_kinds import all_kinds
from socialneet_desktop.services.records import delete_record, restore_record, update_record

TABLE = "import_batches"
IMPORTED, UNDONE, RESTORED = "import", "undo_import", "restore_import"
NOT_A_BATCH = QT_TRANSLATE_NOOP("Import", "There is no import number %1.")
ALREADY_UNDONE = QT_TRANSLATE_NOOP("Import", "Import number %1 was undone already.")
NOT_UNDONE = QT_TRANSLATE_NOOP("Import", "Import number %1 was not undone: nothing to restore.")


class BatchProblem(Exception):
    """An undo or restore that cannot be done; `message` in the "Import" context, %1 the
    batch's number."""

    def __init__(self, message: str, batch_id: int) -> None:
        super().__init__(message.replace("%1", str(batch_id)))
        self.message, self.batch_id = message, batch_id


@dataclass(frozen=True)
class BatchRecord:
    table: str  # the record's table
    record_id: int
    action: str  # created, updated
    version: int  # the version the import left
    previous: dict[str, Any] = field(default_factory=dict)  # updated: the values before


@dataclass
class Batch:
    batch_id: int
    imported_at: datetime
    user: str
    source: str
    counts: dict[str, dict[str, int]]  # kind -> created, found, rejected, updated
    records: list[BatchRecord]
    undone: bool = False


@dataclass
class UndoResult:
    deleted: int = 0  # records moved to the recycle bin
    reverted: int = 0  # records whose updated fields were put back
    kept: list[BatchRecord] = field(default_factory=list)  # edited since: left as they are


def record_batch(
    session: Session,
    user: str,
    source: str,
    counts: dict,
    created: dict[str, Sequence[int]],
    updated: list[BatchRecord],
) -> int | None:
    """Keep the batch of an import that wrote something: the ids it `created` per table (as
    runs of consecutive ids), the records it `updated`; its number (None: nothing written)."""
    if not updated and not any(created.values()):
        return None
    number = (
        session.scalar(select(func.max(AuditEvent.record_id)).where(AuditEvent.table_name == TABLE))
        or 0
    ) + 1
    changes = {
        "source": (None, source),
        "counts": (None, counts),
        "created": (None, {table: _runs(ids) for table, ids in created.items() if ids}),
        "updated": (None, [_line(record) for record in updated]),
    }
    _add_event(session, number, IMPORTED, changes, user)
    return number


def _add_event(session: Session, number: int, action: str, changes: dict, user: str) -> None:
    """The batch's event; its changes {name: [null, value]} hold lists and dicts as JSON
    (audit.readable would make them text)."""
    values = event_values(TABLE, number, new_uuid(), action, {}, user)
    payload = {name: [old, new] for name, (old, new) in changes.items()}
    values["changes"] = json.dumps(payload, ensure_ascii=False, sort_keys=True)
    session.execute(insert(AuditEvent), [values])


def _runs(ids: Sequence[int]) -> list[list[int]]:
    """[3, 4, 5, 9] -> [[3, 5], [9, 9]]: what a multi-row INSERT gives is mostly one run."""
    runs: list[list[int]] = []
    for record_id in sorted(ids):
        if runs and runs[-1][1] + 1 == record_id:
            runs[-1][1] = record_id
        else:
            runs.append([record_id, record_id])
    return runs


def _line(record: BatchRecord) -> list:
    previous = {name: readable(value) for name, value in record.previous.items()}
    return [record.table, record.record_id, record.action, record.version, previous]


def batches(session: Session) -> list[Batch]:
    """Every import kept, newest first."""
    events = session.scalars(
        select(AuditEvent).where(AuditEvent.table_name == TABLE).order_by(AuditEvent.id)
    )
    found: dict[int, Batch] = {}
    for event in events:
        if event.action == IMPORTED:
            found[event.record_id] = _batch(event)
        elif event.record_id in found:
            found[event.record_id].undone = event.action == UNDONE
    return sorted(found.values(), key=lambda batch: batch.batch_id, reverse=True)


def batch(session: Session, batch_id: int) -> Batch:
    for candidate in batches(session):
        if candidate.batch_id == batch_id:
            return candidate
    raise BatchProblem(NOT_A_BATCH, batch_id)


def _batch(event: AuditEvent) -> Batch:
    changes = json.loads(event.changes)
    records = [
        BatchRecord(table, record_id, "created", 1)
        for table, runs in changes["created"][1].items()
        for start, end in runs
        for record_id in range(start, end + 1)
    ]
    records += [BatchRecord(t, i, a, v, p) for t, i, a, v, p in changes["updated"][1]]
    return Batch(
        event.record_id,
        event.occurred_at,
        event.user_name,
        changes["source"][1],
        changes["counts"][1],
        records,
    )


def _models() -> dict[str, type]:
    return {kind.model.__tablename__: kind.model for kind in all_kinds()}


def edited_since(session: Session, batch_id: int) -> list[BatchRecord]:
    """The records of the batch someone changed after the import (a higher version)."""
    models = _models()
    edited = []
    for record in batch(session, batch_id).records:
        stored = session.get(models[record.table], record.record_id)
        if stored is not None and stored.version != record.version:
            edited.append(record)
    return edited


def undo_batch(
    session: Session, batch_id: int, user: str, *, also_edited: bool = False
) -> UndoResult:
    """Move the batch's new records to the recycle bin and put back the fields it updated
    (audited as deletions and updates); those edited since are kept unless `also_edited`."""
    found = batch(session, batch_id)
    if found.undone:
        raise BatchProblem(ALREADY_UNDONE, batch_id)
    models, result = _models(), UndoResult()
    for record in reversed(found.records):  # meetings before their people and organisations
        model = models[record.table]
        stored = session.get(model, record.record_id)
        if stored is None or stored.deleted_at is not None:
            continue
        if stored.version != record.version and not also_edited:
            result.kept.append(record)
            continue
        if record.action == "created":
            delete_record(session, model, stored.id, stored.version, user=user)
            result.deleted += 1
        else:
            values = {n: _typed(model, n, v) for n, v in record.previous.items()}
            update_record(session, model, stored.id, stored.version, values, user=user)
            result.reverted += 1
    _mark(session, found, UNDONE, user, result)
    return result


def restore_batch(session: Session, batch_id: int, user: str) -> int:
    """Take the records an undone batch created out of the recycle bin; how many."""
    found = batch(session, batch_id)
    if not found.undone:
        raise BatchProblem(NOT_UNDONE, batch_id)
    models, restored = _models(), 0
    for record in found.records:
        stored = session.get(models[record.table], record.record_id)
        if record.action == "created" and stored is not None and stored.deleted_at is not None:
            restore_record(session, models[record.table], stored.id, user=user)
            restored += 1
    _mark(session, found, RESTORED, user, UndoResult(deleted=restored))
    return restored


def _mark(session: Session, found: Batch, action: str, user: str, result: UndoResult) -> None:
    changes = {
        "moved": (None, result.deleted),
        "reverted": (None, result.reverted),
        "kept": (None, [[r.table, r.record_id] for r in result.kept]),
    }
    _add_event(session, found.batch_id, action, changes, user)
    session.flush()


def _typed(model, name: str, value: Any) -> Any:
    """A value kept as JSON back to the column's type (ISO dates, decimals)."""
    if value is None:
        return None
    column_type = model.__table__.c[name].type
    if isinstance(column_type, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(column_type, Date):
        return date.fromisoformat(value)
    if isinstance(column_type, Time):
        return time.fromisoformat(value)
    if isinstance(column_type, Numeric) and column_type.asdecimal:
        return Decimal(str(value))
    return value


DROPPED = object()  # what scrubbed_batch's `clean` returns for a value left out altogether


def scrubbed_batch(
    changes: dict,
    targets: set[tuple[str, int]],
    clean: Callable[[str, str, Any], Any],
    redact: Callable[[str], str],
) -> dict:
    """The changes of a batch event with the values it kept of `targets` ((table, id) of the
    records a person's erasure clears) cleaned: `clean(table, field, value)` for each value an
    update replaced (DROPPED: left out, so an undo leaves that field as the erasure did),
    `redact` for the file's name when the batch wrote one of them. Events of undoing and
    restoring keep no values: they come back as they are."""
    if "updated" not in changes or "created" not in changes:
        return changes
    concerned = False
    updated = []
    for table, record_id, action, version, previous in changes["updated"][1]:
        if (table, record_id) in targets:
            concerned = True
            cleaned = {name: clean(table, name, value) for name, value in previous.items()}
            previous = {name: value for name, value in cleaned.items() if value is not DROPPED}
        updated.append([table, record_id, action, version, previous])
    concerned = concerned or any(
        start <= record_id <= end
        for table, record_id in targets
        for start, end in changes["created"][1].get(table, [])
    )
    if not concerned:
        return changes
    result = dict(changes)
    result["updated"] = [changes["updated"][0], updated]
    old_source, source = changes["source"]
    result["source"] = [old_source, redact(source) if isinstance(source, str) else source]
    return result
