"""The editors of a part of a record, opened from that record only (an agreement's party, an
organisation a questionnaire's answer names): the record it belongs to is no field of the
form; it is the one it was opened from (a new part) or the one it already belongs to."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget
    from sqlalchemy.orm import Session

    from socialneet_desktop.db.database import Database
    from socialneet_desktop.db.models import RecordMixin
    from socialneet_desktop.ui.editors.base import Values


class FixedParentMixin:
    """Before RecordEditor among the bases; `parent_field` names the column ("agreement_id")
    that `parent_id` fills on write."""

    parent_field = ""
    parent_id: int | None = None

    def __init__(
        self,
        database: Database,
        record_id: int | None = None,
        parent: QWidget | None = None,
        *,
        parent_id: int | None = None,
    ) -> None:
        self.parent_id = parent_id
        super().__init__(database, record_id, parent)

    def load_extra(self, session: Session, record: RecordMixin | None) -> None:
        super().load_extra(session, record)
        if record is not None:
            self.parent_id = getattr(record, self.parent_field)

    def problems(self, values: Values) -> list:
        """The kind's rules on the values with the fixed parent (not a field of the form)."""
        found = super().problems(values)
        return [p for p in found if p.field != self.parent_field or self.parent_id is None]

    def write(self, session: Session, values: Values) -> RecordMixin:
        return super().write(session, {**values, self.parent_field: self.parent_id})
