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

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from socialneet_desktop.db.models import (
    ContactPerson,
    Organization,
    RecordMixin,
    StakeholderMeeting,
    utc_now,
)
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.services import audit
from socialneet_desktop.services.current_user import current_user_name

Record = TypeVar("Record", bound=RecordMixin)

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
    _refuse(model, values, {"id", "version", "deleted_at", "created_by", "updated_by"})
    record = model(**values, created_by=user, updated_by=user)
    session.add(record)
    session.flush()
    initial = {name: (None, value) for name, value in values.items() if value not in (None, "")}
    audit.record_event(session, record, "create", initial, user)
    session.flush()
    return record


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
