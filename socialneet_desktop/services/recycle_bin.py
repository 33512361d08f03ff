"""The recycle bin: records of every kind that were deleted, and their restoration."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from socialneet_desktop.db import models
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.domain.validation import format_italian_date
from socialneet_desktop.services.records import restore_record

NAME = "%1"  # a label that is just a name: nothing to translate


@dataclass(frozen=True)
class DeletedEntry:
    kind_key: str
    record_id: int
    label: str  # an English template for translate("Records", …), %1 … filled from label_args
    label_args: tuple[str, ...]
    deleted_at: datetime
    deleted_by: str

    def text(self, translate: Callable[[str, str], str] | None = None) -> str:
        """ "Visit 03/02/2026 – Rossi Mario", translated first when `translate` is given."""
        template = translate("Records", self.label) if translate else self.label
        for number, arg in reversed(list(enumerate(self.label_args, start=1))):
            template = template.replace(f"%{number}", arg)
        return template


def _person(record: Any) -> tuple[str, tuple[str, ...]]:
    return NAME, (f"{record.last_name} {record.first_name}".strip(),)


def _organization(record: models.Organization) -> tuple[str, tuple[str, ...]]:
    return NAME, (record.name,)


def _resource(record: models.UnusedResource) -> tuple[str, tuple[str, ...]]:
    return NAME, (record.title,)


def _meeting(record: models.StakeholderMeeting) -> tuple[str, tuple[str, ...]]:
    names = ", ".join(sorted(o.name for o in record.organizations)) or record.topic
    label = QT_TRANSLATE_NOOP("Records", "Meeting %1 – %2")
    return label, (format_italian_date(record.meeting_date), names)


def _visit(record: models.MeetingPointVisit) -> tuple[str, tuple[str, ...]]:
    contact = record.contact
    name = f"{contact.last_name} {contact.first_name}".strip() if contact else ""
    label = QT_TRANSLATE_NOOP("Records", "Visit %1 – %2")
    return label, (format_italian_date(record.visit_date), name)


Labeller = Callable[[Any], tuple[str, tuple[str, ...]]]

# kind key -> (model, label maker, relationship loaded with the rows)
BIN_KINDS: dict[str, tuple[type[models.RecordMixin], Labeller, Any]] = {
    "resources": (models.UnusedResource, _resource, None),
    "organizations": (models.Organization, _organization, None),
    "contact_people": (models.ContactPerson, _person, None),
    "meetings": (
        models.StakeholderMeeting,
        _meeting,
        models.StakeholderMeeting.organizations,
    ),
    "contacts": (models.NeetContact, _person, None),
    "visits": (models.MeetingPointVisit, _visit, models.MeetingPointVisit.contact),
    "staff": (models.Staff, _person, None),
}


def deleted_records(session: Session) -> list[DeletedEntry]:
    """Everything in the recycle bin, most recently deleted first."""
    entries = [entry for kind_key in BIN_KINDS for entry in _deleted_of_kind(session, kind_key)]
    return sorted(entries, key=lambda entry: (entry.deleted_at, entry.record_id), reverse=True)


def _deleted_of_kind(session: Session, kind_key: str) -> list[DeletedEntry]:
    model, labeller, related = BIN_KINDS[kind_key]
    query = select(model).where(model.deleted_at.is_not(None))
    if related is not None:
        query = query.options(selectinload(related))
    entries = []
    for record in session.scalars(query):
        label, args = labeller(record)
        entries.append(
            DeletedEntry(kind_key, record.id, label, args, record.deleted_at, record.updated_by)
        )
    return entries


def restore(session: Session, kind_key: str, record_id: int, user: str) -> models.RecordMixin:
    """Take one record out of the bin (raises NotInRecycleBin if it is no longer there)."""
    model = BIN_KINDS[kind_key][0]
    return restore_record(session, model, record_id, user=user)
