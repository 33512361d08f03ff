"""The record kinds the user browses, in navigation order, with their list columns.

Models are named, not imported: the window is built from this list before SQLAlchemy loads.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from socialneet_desktop.domain import columns
from socialneet_desktop.domain.columns import ColumnSpec
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from socialneet_desktop.db.models import RecordMixin


@dataclass(frozen=True)
class RecordKind:
    key: str
    model_name: str  # class name in socialneet_desktop.db.models
    table_name: str
    title: str  # plural, "RecordKind" context
    columns: tuple[ColumnSpec, ...]

    @property
    def model(self) -> type[RecordMixin]:
        from socialneet_desktop.db import models

        return getattr(models, self.model_name)


RECORD_KINDS: tuple[RecordKind, ...] = (
    RecordKind(
        "resources",
        "UnusedResource",
        "unused_resources",
        QT_TRANSLATE_NOOP("RecordKind", "Unused resources"),
        columns.RESOURCE_COLUMNS,
    ),
    RecordKind(
        "organizations",
        "Organization",
        "organizations",
        QT_TRANSLATE_NOOP("RecordKind", "Stakeholders"),
        columns.ORGANIZATION_COLUMNS,
    ),
    RecordKind(
        "meetings",
        "StakeholderMeeting",
        "stakeholder_meetings",
        QT_TRANSLATE_NOOP("RecordKind", "Meetings"),
        columns.MEETING_COLUMNS,
    ),
    RecordKind(
        "contacts",
        "NeetContact",
        "neet_contacts",
        QT_TRANSLATE_NOOP("RecordKind", "NEET contacts"),
        columns.CONTACT_COLUMNS,
    ),
    RecordKind(
        "visits",
        "MeetingPointVisit",
        "meeting_point_visits",
        QT_TRANSLATE_NOOP("RecordKind", "Meeting Point visits"),
        columns.VISIT_COLUMNS,
    ),
    RecordKind(
        "staff",
        "Staff",
        "staff",
        QT_TRANSLATE_NOOP("RecordKind", "Staff"),
        columns.STAFF_COLUMNS,
    ),
)


def kind_by_key(key: str) -> RecordKind:
    return next(kind for kind in RECORD_KINDS if kind.key == key)
