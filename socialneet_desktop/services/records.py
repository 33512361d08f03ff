"""Saving records safely: never over a change someone else made since the form was opened."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy.orm import Session

from socialneet_desktop.db.models import RecordMixin
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP

Record = TypeVar("Record", bound=RecordMixin)


class StaleRecord(Exception):
    """The record changed (or was deleted) since it was read; nothing was written."""

    message = QT_TRANSLATE_NOOP(
        "Records",
        "Someone else changed this record after you opened it. Your changes were not saved: "
        "reload the record to see the new version.",
    )


def update_record(
    session: Session,
    model: type[Record],
    record_id: int,
    expected_version: int,
    values: dict[str, Any],
) -> Record:
    """Apply `values` if the record is still at `expected_version`, else raise StaleRecord."""
    record = session.get(model, record_id)
    if record is None or record.deleted_at is not None or record.version != expected_version:
        raise StaleRecord(model.__tablename__, record_id)
    for name, value in values.items():
        setattr(record, name, value)
    session.flush()
    return record
