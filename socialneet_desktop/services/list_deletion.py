"""Deleting the records selected in a list (the toolbar's Delete): each one to the recycle
bin, audited, in one write session - all of them or none."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from socialneet_desktop.services.record_kinds import kind_by_key
from socialneet_desktop.services.records import delete_record


def move_to_recycle_bin(session: Session, kind_key: str, ids: Iterable[int], *, user: str) -> int:
    """How many records went to the recycle bin; a record already gone is left out."""
    model = kind_by_key(kind_key).model
    moved = 0
    for record_id in ids:
        record = session.get(model, record_id)
        if record is None or record.deleted_at is not None:
            continue
        delete_record(session, model, record_id, record.version, user=user)
        moved += 1
    return moved
