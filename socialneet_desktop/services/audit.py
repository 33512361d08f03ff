"""The audit trail: who created, changed, deleted or restored which record, field by field.

Events are append-only: this module (and the app) only ever inserts them. Changes are kept
as JSON `{field: [old, new]}` with values written readably: dates and times in ISO form,
booleans as true/false, lists of names as lists.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from socialneet_desktop.db.models import AuditEvent, RecordMixin
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP

Changes = dict[str, tuple[Any, Any]]

ACTION_LABELS: dict[str, str] = {
    "create": QT_TRANSLATE_NOOP("Audit", "Created"),
    "update": QT_TRANSLATE_NOOP("Audit", "Changed"),
    "delete": QT_TRANSLATE_NOOP("Audit", "Moved to the recycle bin"),
    "restore": QT_TRANSLATE_NOOP("Audit", "Restored from the recycle bin"),
    "erase": QT_TRANSLATE_NOOP("Audit", "Erased"),
}


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class HistoryEntry:
    when: datetime
    user: str
    action: str  # create, update, delete, restore, erase: see ACTION_LABELS
    changes: list[FieldChange]


def readable(value: Any) -> Any:
    """A JSON-friendly form of a column value: ISO dates, numbers, true/false, text."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, list | tuple):
        return [readable(item) for item in value]
    return str(value)


def record_event(
    session: Session, record: RecordMixin, action: str, changes: Changes, user: str
) -> AuditEvent:
    """Append one event for `record` (which must already have its id: flush first)."""
    table = type(record).__tablename__
    event = AuditEvent(**event_values(table, record.id, record.uuid, action, changes, user))
    session.add(event)
    return event


def event_values(
    table: str, record_id: int, record_uuid: str, action: str, changes: Changes, user: str
) -> dict[str, Any]:
    """The columns of one event; `record_event` adds it, bulk writers insert many at once."""
    payload = {field: [readable(old), readable(new)] for field, (old, new) in changes.items()}
    return {
        "user_name": user,
        "table_name": table,
        "record_id": record_id,
        "record_uuid": record_uuid,
        "action": action,
        "changes": json.dumps(payload, ensure_ascii=False, sort_keys=True) if payload else "",
    }


def history(session: Session, model: type[RecordMixin], record_id: int) -> list[HistoryEntry]:
    """The events of one record, newest first."""
    events = session.scalars(
        select(AuditEvent)
        .where(AuditEvent.table_name == model.__tablename__, AuditEvent.record_id == record_id)
        .order_by(AuditEvent.occurred_at.desc(), AuditEvent.id.desc())
    )
    return [_entry(event) for event in events]


def _entry(event: AuditEvent) -> HistoryEntry:
    payload = json.loads(event.changes) if event.changes else {}
    changes = [FieldChange(field, old, new) for field, (old, new) in payload.items()]
    return HistoryEntry(event.occurred_at, event.user_name, event.action, changes)


def _log_changes() -> None:
    """Every audit event also writes the exchange's change log, in its transaction (issue
    21): hooked here, on the one path every writer takes, so nothing writes without it."""
    from socialneet_desktop.services.exchange import change_log

    change_log.install()


_log_changes()
