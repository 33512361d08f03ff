"""The recycle bin: records of every kind that were deleted, and their restoration."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from socialneet_desktop.db import models
from socialneet_desktop.services.kind_facets import RecordKind
from socialneet_desktop.services.kind_labels import NAME  # noqa: F401 - re-exported
from socialneet_desktop.services.record_kinds import all_kinds, kind_by_key
from socialneet_desktop.services.records import restore_record


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


def deleted_records(session: Session) -> list[DeletedEntry]:
    """Everything in the recycle bin, most recently deleted first."""
    entries = [entry for kind in all_kinds() for entry in _deleted_of_kind(session, kind)]
    return sorted(entries, key=lambda entry: (entry.deleted_at, entry.record_id), reverse=True)


def _deleted_of_kind(session: Session, kind: RecordKind) -> list[DeletedEntry]:
    """The kind's records in the bin, labelled by the kind (RecordKind.labeller), with the
    relationships the label reads loaded with them (RecordKind.label_loads)."""
    model = kind.model
    query = select(model).where(model.deleted_at.is_not(None))
    for related in kind.label_loads:
        query = query.options(selectinload(getattr(model, related)))
    entries = []
    for record in session.scalars(query):
        label, args = kind.labeller(record)
        entries.append(
            DeletedEntry(kind.key, record.id, label, args, record.deleted_at, record.updated_by)
        )
    return entries


def restore(session: Session, kind_key: str, record_id: int, user: str) -> models.RecordMixin:
    """Take one record out of the bin (raises NotInRecycleBin if it is no longer there)."""
    model = kind_by_key(kind_key).model
    return restore_record(session, model, record_id, user=user)
