"""The conflicts an exchange left for a person to decide (View > Conflicts…, `socialneet
exchange conflicts`, the home page's count).

A conflict is one field both sides changed since they last met (or a record one side edited
and the other deleted). The merge already applied the later value; the person keeps this
computer's value, takes the other's or types a new one. The decision is written as a normal
save (services.records, the audit path, hence the change log) even when the value chosen is
the one already in the record: its new clock makes it win on every device the next packages
reach, so the decision travels instead of the conflict coming back.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from socialneet_desktop.db.model_base import RecordMixin, utc_now
from socialneet_desktop.db.models_exchange import Device, ExchangeConflict, RecordTombstone
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.services import audit
from socialneet_desktop.services.exchange import merge_links
from socialneet_desktop.services.exchange.conflict_values import (
    column_value,
    decoded,
    is_link_list,
    shown,
)
from socialneet_desktop.services.record_kinds import kind_by_key
from socialneet_desktop.services.records import delete_record, restore_record, update_record

OPEN, RESOLVED = "open", "resolved"
LOCAL, INCOMING, TYPED = "local", "incoming", "typed"
DELETED_FIELD = "deleted_at"

GONE = QT_TRANSLATE_NOOP(
    "ConflictReview", "This conflict was resolved meanwhile (by someone else, or on another "
    "computer whose decision came in a package)."
)  # fmt: skip


class ConflictGone(Exception):
    message = GONE


@dataclass(frozen=True)
class Side:
    value: Any  # as the change log keeps it (JSON-decoded): ISO dates, uuids for links
    shown: Any  # for people: links as the names of the records they name
    device: str  # the device's name ("Portatile Anna"), its uuid when unknown here
    user: str
    at: datetime | None


@dataclass(frozen=True)
class ConflictLine:
    conflict_id: int
    field: str
    reason: str  # "field", or "deleted": one side edited what the other deleted
    this: Side
    other: Side
    applied: str  # LOCAL or INCOMING: the value the record holds now


@dataclass(frozen=True)
class ConflictGroup:
    kind_key: str
    record_uuid: str
    record_id: int | None  # None when the record is no longer here (erased)
    label: str  # an English template filled (the recycle bin's label)
    lines: tuple[ConflictLine, ...]


def open_conflict_count(session: Session) -> int:
    query = select(func.count()).select_from(ExchangeConflict)
    return session.scalar(query.where(ExchangeConflict.status == OPEN)) or 0


def conflicts_to_review(session: Session) -> int:
    """open_conflict_count, or 0 for a file opened read-only before the exchange's tables
    (migration 0009): the home page asks every database it shows."""
    from sqlalchemy import inspect

    if not inspect(session.connection()).has_table(ExchangeConflict.__tablename__):
        return 0
    return open_conflict_count(session)


def open_conflicts(session: Session) -> list[ConflictGroup]:
    """The open conflicts, one group per record, records and fields in a stable order."""
    rows = session.scalars(
        select(ExchangeConflict)
        .where(ExchangeConflict.status == OPEN)
        .order_by(ExchangeConflict.kind, ExchangeConflict.record_uuid, ExchangeConflict.id)
    )
    names = _device_names(session)
    groups: dict[tuple[str, str], list[ConflictLine]] = {}
    for row in rows:
        line = _line(session, row, names)
        groups.setdefault((row.kind, row.record_uuid), []).append(line)
    return [_group(session, kind, uuid, lines) for (kind, uuid), lines in groups.items()]


def _device_names(session: Session) -> dict[str, str]:
    return {uuid: name or uuid for uuid, name in session.execute(select(Device.uuid, Device.name))}


def _line(session: Session, row: ExchangeConflict, names: dict[str, str]) -> ConflictLine:
    model = kind_by_key(row.kind).model
    local, incoming = decoded(row.local_value), decoded(row.incoming_value)
    this = Side(
        local,
        shown(session, model, row.field, local),
        names.get(row.local_device, row.local_device),
        row.local_user,
        row.local_at,
    )
    other = Side(
        incoming,
        shown(session, model, row.field, incoming),
        names.get(row.incoming_device, row.incoming_device),
        row.incoming_user,
        row.incoming_at,
    )
    return ConflictLine(row.id, row.field, row.reason, this, other, row.applied)


def _group(session: Session, kind_key: str, uuid: str, lines: list) -> ConflictGroup:
    kind = kind_by_key(kind_key)
    record = record_of(session, kind_key, uuid)
    if record is None:
        return ConflictGroup(kind_key, uuid, None, uuid, tuple(lines))
    return ConflictGroup(kind_key, uuid, record.id, _label(kind, record), tuple(lines))


def _label(kind, record: RecordMixin) -> str:
    if kind.labeller is None:
        return record.uuid
    template, args = kind.labeller(record)
    for number, arg in reversed(list(enumerate(args, start=1))):
        template = template.replace(f"%{number}", arg)
    return template


def record_of(session: Session, kind_key: str, uuid: str) -> RecordMixin | None:
    """The record `uuid` names here, following the tombstones of merged records."""
    model = kind_by_key(kind_key).model
    seen: set[str] = set()
    while uuid not in seen:
        record = session.scalars(select(model).where(model.uuid == uuid)).one_or_none()
        if record is not None:
            return record
        seen.add(uuid)
        survivor = session.scalar(
            select(RecordTombstone.survivor_uuid).where(RecordTombstone.uuid == uuid)
        )
        if survivor is None:
            return None
        uuid = survivor
    return None


def resolve(
    session: Session, conflict_id: int, choice: str, *, user: str, typed: Any = None
) -> None:
    """Decide one conflict: keep this computer's value (LOCAL), take the other's (INCOMING),
    or `typed` (TYPED: already converted, conflict_values.typed_value). Every open conflict
    of the same field of the same record is resolved with it. The caller commits."""
    conflict = session.get(ExchangeConflict, conflict_id)
    if conflict is None or conflict.status != OPEN:
        raise ConflictGone(conflict_id)
    record = record_of(session, conflict.kind, conflict.record_uuid)
    if record is not None:
        _write(session, conflict, record, _chosen(session, conflict, record, choice, typed), user)
    _close(session, _same_field(session, conflict), user)
    session.flush()


def _chosen(session: Session, conflict, record, choice: str, typed: Any) -> Any:
    if choice == TYPED:
        return typed
    text = conflict.local_value if choice == LOCAL else conflict.incoming_value
    value = decoded(text)
    if conflict.field == DELETED_FIELD:
        return value
    return column_value(session, type(record), conflict.field, value)


def _write(session: Session, conflict, record: RecordMixin, value: Any, user: str) -> None:
    model, field = type(record), conflict.field
    if field == DELETED_FIELD:
        _deleted_or_not(session, record, value is not None, user)
    elif is_link_list(model, field):
        before = sorted(row.id for row in getattr(record, field))
        merge_links.set_links(session, record, field, value, user)
        if before == sorted(value):
            _confirm(session, record, field, user)
    elif getattr(record, field) != value and record.deleted_at is None:
        update_record(session, model, record.id, record.version, {field: value}, user=user)
    else:
        old = getattr(record, field)
        setattr(record, field, value)
        _confirm(session, record, field, user, old)


def _deleted_or_not(session: Session, record: RecordMixin, deleted: bool, user: str) -> None:
    model = type(record)
    if deleted and record.deleted_at is None:
        delete_record(session, model, record.id, record.version, user=user)
    elif not deleted and record.deleted_at is not None:
        restore_record(session, model, record.id, user=user)
    else:  # as chosen already: the same deletion (or restoration) said again, to travel
        record.updated_by, record.updated_at = user, utc_now()
        session.flush()
        audit.record_event(session, record, "delete" if deleted else "restore", {}, user)
        session.flush()


def _confirm(session: Session, record: RecordMixin, field: str, user: str, old: Any = None) -> None:
    """The value the record holds (already, or set in a record in the recycle bin, which
    update_record refuses) saved: the version rises and the audit path logs the field with
    a new clock, so the decision travels like any change."""
    record.updated_by, record.updated_at = user, utc_now()
    session.flush()
    value = getattr(record, field)
    if is_link_list(type(record), field):
        value = old = sorted(row.uuid for row in value)
    audit.record_event(session, record, "update", {field: (old, value)}, user)
    session.flush()


def _same_field(session: Session, conflict: ExchangeConflict) -> Iterable[ExchangeConflict]:
    return session.scalars(
        select(ExchangeConflict).where(
            ExchangeConflict.status == OPEN,
            ExchangeConflict.kind == conflict.kind,
            ExchangeConflict.record_uuid == conflict.record_uuid,
            ExchangeConflict.field == conflict.field,
        )
    )


def _close(session: Session, conflicts: Iterable[ExchangeConflict], user: str) -> None:
    now = utc_now()
    for conflict in list(conflicts):
        conflict.status, conflict.resolved_by, conflict.resolved_at = RESOLVED, user, now
