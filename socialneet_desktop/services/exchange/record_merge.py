"""Two records that are the same person or organisation merged into one (issue 21).

The user keeps one record (the survivor) and takes, field by field, the values of the other.
Every record that points to the other one — through a foreign key column (a visit's contact,
a placement's host) or a link table (a meeting's organisations, an idea's team) — is moved to
the survivor; the other is moved to the recycle bin and a tombstone row says which record it
became, so a package from a laptop that still has the old record follows it to the survivor.

Everything is written through the normal audited paths (services.records, set_meeting_links,
idea_records.set_team), so each move is in the history and in the change log like any save.
The referring tables are found in the SQLAlchemy metadata, not listed here: a kind added
later takes part without a change.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, and_, select
from sqlalchemy.orm import Session

from socialneet_desktop.db.model_base import Base, RecordMixin, utc_now
from socialneet_desktop.db.models import ErasureEntry
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.services import audit
from socialneet_desktop.services.exchange import change_log, merge_links
from socialneet_desktop.services.record_kinds import all_kinds, kind_by_key
from socialneet_desktop.services.records import BOOKKEEPING, delete_record, update_record

NOT_MERGED = frozenset({*BOOKKEEPING, "origin_source", "origin_key"})

SAME_RECORD = QT_TRANSLATE_NOOP("RecordMerge", "A record cannot be merged with itself.")
DIFFERENT_KINDS = QT_TRANSLATE_NOOP(
    "RecordMerge", "Only two records of the same kind can be merged: %1 and %2 are not."
)
MISSING = QT_TRANSLATE_NOOP("RecordMerge", "The record %1 no longer exists.")
IN_BIN = QT_TRANSLATE_NOOP(
    "RecordMerge", "%1 is in the recycle bin: restore it first, then merge the two records."
)
ERASED = QT_TRANSLATE_NOOP(
    "RecordMerge", "%1 was erased (privacy): an erased record cannot be merged."
)
CLASH = QT_TRANSLATE_NOOP(
    "RecordMerge",
    "Both records have a record of %1 that would become the same one (%2): merge or delete "
    "one of those first.",
)
UNKNOWN_FIELD = QT_TRANSLATE_NOOP("RecordMerge", "%1 is not a field that can be merged.")


class MergeRefused(ValueError):
    """Why two records cannot be merged: `message` ("RecordMerge" context) and its `values`;
    nothing was written."""

    def __init__(self, message: str, *values: str) -> None:
        super().__init__(message, *values)
        self.message, self.values = message, values


@dataclass(frozen=True)
class RecordRef:
    """One record: its kind's key and its id in this database."""

    kind_key: str
    record_id: int


@dataclass(frozen=True)
class FieldChoice:
    """A field whose value differs between the two records."""

    field: str
    survivor_value: Any
    other_value: Any


@dataclass(frozen=True)
class MergePlan:
    kind_key: str
    survivor_label: str
    other_label: str
    differing: tuple[FieldChoice, ...]
    links: int  # how many records and links point to the other record and will be moved


@dataclass
class MergeResult:
    survivor_uuid: str
    merged_uuid: str
    moved: dict[str, int] = field(default_factory=dict)  # table name -> rows moved


def merge_plan(session: Session, survivor: RecordRef, other: RecordRef) -> MergePlan:
    """What merging `other` into `survivor` would do (MergeRefused if it cannot be done)."""
    kind, kept, merged = _checked(session, survivor, other)
    differing = tuple(
        FieldChoice(name, getattr(kept, name), getattr(merged, name))
        for name in mergeable_fields(kind.model)
        if getattr(kept, name) != getattr(merged, name)
    )
    count = sum(len(ids) for _ref, ids in _referrers(session, kind.model, merged.id))
    count += sum(len(owners) for _link, owners in merge_links.linked(session, merged))
    return MergePlan(kind.key, _label(kind, kept), _label(kind, merged), differing, count)


def mergeable_fields(model: type[RecordMixin]) -> list[str]:
    """The columns a user chooses between (bookkeeping and the origin of an import left out;
    a deferred column, like a business plan's bytes, is not offered)."""
    mapper = model.__mapper__
    return [
        attr.key for attr in mapper.column_attrs if attr.key not in NOT_MERGED and not attr.deferred
    ]


def merge_records(
    session: Session,
    survivor: RecordRef,
    other: RecordRef,
    take_other: Iterable[str],
    *,
    user: str,
) -> MergeResult:
    """Merge `other` into `survivor`, with the other's value for each field in `take_other`.

    The caller commits (one transaction: a refusal midway leaves nothing written once the
    session is rolled back)."""
    kind, kept, merged = _checked(session, survivor, other)
    values = _taken(kind.model, merged, take_other)
    result = MergeResult(kept.uuid, merged.uuid)
    _move_references(session, kind.model, merged, kept, user, result)
    merge_links.move(session, merged, kept, user, result.moved)
    session.refresh(kept)
    if values:
        update_record(session, kind.model, kept.id, kept.version, values, user=user)
    session.refresh(merged)
    delete_record(session, kind.model, merged.id, merged.version, user=user)
    _tombstone(session, kind.key, merged.uuid, kept.uuid, user)
    session.flush()
    change_log.write_merge(session.connection(), kind.key, merged.uuid, kept.uuid, user)
    return result


def _checked(session: Session, survivor: RecordRef, other: RecordRef):
    if survivor.kind_key != other.kind_key:
        first, second = kind_by_key(survivor.kind_key), kind_by_key(other.kind_key)
        raise MergeRefused(DIFFERENT_KINDS, first.singular, second.singular)
    if survivor.record_id == other.record_id:
        raise MergeRefused(SAME_RECORD)
    kind = kind_by_key(survivor.kind_key)
    records = [_record(session, kind, ref.record_id) for ref in (survivor, other)]
    return kind, records[0], records[1]


def _record(session: Session, kind, record_id: int) -> RecordMixin:
    record = session.get(kind.model, record_id)
    if record is None:
        raise MergeRefused(MISSING, str(record_id))
    label = _label(kind, record)
    if session.get(ErasureEntry, record.uuid) is not None:
        raise MergeRefused(ERASED, label)
    if record.deleted_at is not None:
        raise MergeRefused(IN_BIN, label)
    return record


def _label(kind, record: RecordMixin) -> str:
    """The record's name as the recycle bin writes it (English template, filled)."""
    if kind.labeller is None:
        return str(record.id)
    template, args = kind.labeller(record)
    for number, arg in reversed(list(enumerate(args, start=1))):
        template = template.replace(f"%{number}", arg)
    return template


def _taken(model: type[RecordMixin], merged: RecordMixin, take_other: Iterable[str]):
    allowed = set(mergeable_fields(model))
    values = {}
    for name in take_other:
        if name not in allowed:
            raise MergeRefused(UNKNOWN_FIELD, name)
        values[name] = getattr(merged, name)
    return values


def _referrers(session: Session, model: type[RecordMixin], record_id: int):
    """(the referring record class and column, the ids of its rows pointing to record_id) for
    every foreign key of a record table to `model`'s table, records in the bin included."""
    found = []
    for referrer, column in _foreign_keys_to(model.__table__):
        ids = list(session.scalars(select(referrer.id).where(column == record_id)))
        if ids:
            found.append(((referrer, column), ids))
    return found


def _foreign_keys_to(table: Table):
    for kind_model in _record_models():
        for column in kind_model.__table__.columns:
            if any(key.column.table is table for key in column.foreign_keys):
                yield kind_model, getattr(kind_model, column.key)


def _record_models() -> list[type[RecordMixin]]:
    models = {mapper.class_ for mapper in Base.registry.mappers}
    return [kind.model for kind in all_kinds() if kind.model in models]


def _move_references(session, model, merged, kept, user: str, result: MergeResult) -> None:
    for (referrer, column), ids in _referrers(session, model, merged.id):
        for row_id in ids:
            row = session.get(referrer, row_id)
            _refuse_clash(session, referrer, row, column.key, kept.id)
            _repoint(session, row, column.key, kept.id, user)
        table = referrer.__tablename__
        result.moved[table] = result.moved.get(table, 0) + len(ids)


def _refuse_clash(session, referrer, row, column: str, new_id: int) -> None:
    """A unique constraint with the moved column (one attendance per session and enrolment)
    would be broken: refused, naming the kind of the clashing records."""
    for columns in _unique_with(referrer.__table__, column):
        same = [getattr(referrer, name) == getattr(row, name) for name in columns if name != column]
        clash = select(referrer.id).where(getattr(referrer, column) == new_id, and_(*same))
        if session.scalar(clash.limit(1)) is not None:
            kind = next(kind for kind in all_kinds() if kind.model is referrer)
            raise MergeRefused(CLASH, kind.title, ", ".join(columns))


def _unique_with(table: Table, column: str) -> list[list[str]]:
    uniques = [
        [col.name for col in constraint.columns]
        for constraint in table.constraints
        if constraint.__class__.__name__ == "UniqueConstraint"
    ]
    return [names for names in uniques if column in names and len(names) > 1]


def _repoint(session: Session, row: RecordMixin, column: str, new_id: int, user: str) -> None:
    """The row's foreign key set to the survivor, audited as any change; a row in the recycle
    bin too (services.records.update_record refuses those), so that restoring it later finds
    the survivor."""
    old = getattr(row, column)
    setattr(row, column, new_id)
    row.updated_by = user
    session.flush()
    audit.record_event(session, row, "update", {column: (old, new_id)}, user)
    session.flush()


def _tombstone(session: Session, kind_key: str, merged: str, survivor: str, user: str) -> None:
    """The merged record's tombstone, and the older ones that pointed to it now point to the
    survivor (no chain to follow)."""
    from socialneet_desktop.db.models_exchange import RecordTombstone

    now = utc_now()
    for older in session.scalars(
        select(RecordTombstone).where(RecordTombstone.survivor_uuid == merged)
    ):
        older.survivor_uuid = survivor
    session.add(
        RecordTombstone(
            uuid=merged, kind=kind_key, survivor_uuid=survivor, merged_at=now, merged_by=user
        )
    )
