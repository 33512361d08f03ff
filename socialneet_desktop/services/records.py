"""Saving records safely: never over a change someone else made since the form was opened.

Every write stamps who made it, raises the record's `version` (SQLAlchemy's version_id_col
adds `WHERE version = :old` to the UPDATE, so a concurrent save fails instead of winning) and
appends one audit event.

Deleting moves a record to the recycle bin (`deleted_at` set); nothing that points to it is
touched. An organisation in the bin keeps its contact people, meetings and resources linked,
so restoring it brings everything back as it was.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

from sqlalchemy import insert, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from socialneet_desktop.db.models import (
    AuditEvent,
    ContactPerson,
    Organization,
    RecordMixin,
    StakeholderMeeting,
    new_uuid,
    utc_now,
)
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.services import audit
from socialneet_desktop.services.current_user import current_user_name

Record = TypeVar("Record", bound=RecordMixin)

CREATE_FORBIDDEN = frozenset({"id", "version", "deleted_at", "created_by", "updated_by"})
BULK_CHUNK = 500  # rows per multi-row INSERT: well under SQLite's limit of bound variables
BOOKKEEPING = frozenset(
    {"id", "uuid", "created_at", "created_by", "updated_at", "updated_by", "version", "deleted_at"}
)


class StaleRecord(Exception):
    """The record changed (or was deleted) since it was read; nothing was written."""

    message = QT_TRANSLATE_NOOP(
        "Records",
        "Someone else changed this record after you opened it. Your changes were not saved: "
        "reload the record to see the new version.",
    )


class NotInRecycleBin(Exception):
    """The record to restore is not in the recycle bin (restored or erased meanwhile)."""

    message = QT_TRANSLATE_NOOP(
        "Records", "This record is no longer in the recycle bin: someone else restored it."
    )


def create_record(
    session: Session, model: type[Record], values: dict[str, Any], *, user: str
) -> Record:
    """Insert a new record with `values`; the audit event lists the values given."""
    _refuse(model, values, CREATE_FORBIDDEN)
    record = model(**values, created_by=user, updated_by=user)
    session.add(record)
    session.flush()
    audit.record_event(session, record, "create", _initial(values), user)
    session.flush()
    return record


def create_records(
    session: Session,
    model: type[Record],
    rows: list[dict[str, Any]],
    *,
    user: str,
    also_audited: list[dict[str, Any]] | None = None,
) -> list[int]:
    """Insert many new records (an import) like `create_record`, in a few statements.

    The same stamps and one "create" event per record, but through multi-row INSERTs instead
    of one flush per record: an import of 100,000 rows takes seconds, not minutes. Returns
    the new ids in the order of `rows`. Records are not loaded into the session.
    `also_audited[i]` adds values kept elsewhere (a meeting's organisations) to row i's event.
    """
    _refuse(model, {name for values in rows for name in values}, CREATE_FORBIDDEN)
    extras = also_audited or [{} for _row in rows]
    new_ids: list[int] = []
    for start in range(0, len(rows), BULK_CHUNK):
        chunk = slice(start, start + BULK_CHUNK)
        new_ids += _insert_chunk(session, model, rows[chunk], extras[chunk], user)
    return new_ids


def _insert_chunk(
    session: Session,
    model: type[Record],
    rows: list[dict[str, Any]],
    extras: list[dict[str, Any]],
    user: str,
) -> list[int]:
    stamped = [
        {"uuid": new_uuid(), **values, "created_by": user, "updated_by": user} for values in rows
    ]
    statement = insert(model).returning(model.id, sort_by_parameter_order=True)
    ids = list(session.scalars(statement, stamped))
    events = [
        audit.event_values(
            model.__tablename__, new_id, row["uuid"], "create", _initial(values | extra), user
        )
        for new_id, row, values, extra in zip(ids, stamped, rows, extras, strict=True)
    ]
    session.execute(insert(AuditEvent), events)
    return ids


def _initial(values: dict[str, Any]) -> audit.Changes:
    """What a "create" event lists: the values given, blanks left out."""
    return {name: (None, value) for name, value in values.items() if value not in (None, "")}


def update_record(
    session: Session,
    model: type[Record],
    record_id: int,
    expected_version: int,
    values: dict[str, Any],
    *,
    user: str | None = None,
) -> Record:
    """Apply `values` if the record is still at `expected_version`, else raise StaleRecord.

    Only fields whose value really changes are written and audited: an unchanged save
    writes nothing and keeps the version. `user` defaults to the current login name.
    """
    _refuse(model, values, BOOKKEEPING)
    record = _current(session, model, record_id, expected_version)
    changes = {
        name: (getattr(record, name), value)
        for name, value in values.items()
        if getattr(record, name) != value
    }
    if not changes:
        return record
    for name, (_old, new) in changes.items():
        setattr(record, name, new)
    record.updated_by = user if user is not None else current_user_name()
    _flush(session, model, record_id)
    audit.record_event(session, record, "update", changes, record.updated_by)
    session.flush()
    return record


def delete_record(
    session: Session, model: type[Record], record_id: int, expected_version: int, *, user: str
) -> Record:
    """Move the record to the recycle bin; raise StaleRecord if it changed since it was read."""
    record = _current(session, model, record_id, expected_version)
    record.deleted_at = utc_now()
    record.updated_by = user
    _flush(session, model, record_id)
    audit.record_event(session, record, "delete", {}, user)
    session.flush()
    return record


def restore_record(session: Session, model: type[Record], record_id: int, *, user: str) -> Record:
    """Take the record out of the recycle bin; raise NotInRecycleBin if it is not there."""
    record = session.get(model, record_id)
    if record is None or record.deleted_at is None:
        raise NotInRecycleBin(model.__tablename__, record_id)
    record.deleted_at = None
    record.updated_by = user
    _flush(session, model, record_id)
    audit.record_event(session, record, "restore", {}, user)
    session.flush()
    return record


def set_meeting_links(
    session: Session,
    meeting: StakeholderMeeting,
    organization_ids: Iterable[int],
    person_ids: Iterable[int],
    *,
    user: str,
) -> StakeholderMeeting:
    """Replace the organisations and people met; audited as fields "organizations"/"people".

    A change of links also raises the meeting's version, like any other save.
    """
    organizations = _load(session, Organization, organization_ids)
    people = _load(session, ContactPerson, person_ids)
    changes: audit.Changes = {}
    if {o.id for o in meeting.organizations} != {o.id for o in organizations}:
        changes["organizations"] = (_org_names(meeting.organizations), _org_names(organizations))
        meeting.organizations = organizations
    if {p.id for p in meeting.people} != {p.id for p in people}:
        changes["people"] = (_person_names(meeting.people), _person_names(people))
        meeting.people = people
    if changes:
        meeting.updated_by = user
        meeting.updated_at = utc_now()  # makes the row itself dirty, so the version rises
        _flush(session, StakeholderMeeting, meeting.id)
        audit.record_event(session, meeting, "update", changes, user)
        session.flush()
    return meeting


def _current(session: Session, model: type[Record], record_id: int, version: int) -> Record:
    record = session.get(model, record_id)
    if record is None or record.deleted_at is not None or record.version != version:
        raise StaleRecord(model.__tablename__, record_id)
    return record


def _flush(session: Session, model: type[RecordMixin], record_id: int) -> None:
    """Flush, turning a concurrent save caught by the version check into StaleRecord."""
    try:
        session.flush()
    except StaleDataError as error:
        raise StaleRecord(model.__tablename__, record_id) from error


def _refuse(model: type[RecordMixin], values: dict[str, Any], forbidden: Iterable[str]) -> None:
    """Programming errors: unknown columns, or bookkeeping columns the service sets itself."""
    columns = model.__mapper__.column_attrs.keys()
    wrong = sorted(name for name in values if name not in columns or name in set(forbidden))
    if wrong:
        raise ValueError(f"{model.__name__}: cannot set {', '.join(wrong)}")


def _load(session: Session, model: type[Record], ids: Iterable[int]) -> list[Record]:
    wanted = sorted(set(ids))
    if not wanted:
        return []
    found = list(session.scalars(select(model).where(model.id.in_(wanted)).order_by(model.id)))
    if len(found) != len(wanted):
        raise ValueError(f"{model.__name__}: unknown ids among {wanted}")
    return found


def _org_names(organizations: Iterable[Organization]) -> list[str]:
    return sorted(organization.name for organization in organizations)


def _person_names(people: Iterable[ContactPerson]) -> list[str]:
    return sorted(f"{person.last_name} {person.first_name}".strip() for person in people)
