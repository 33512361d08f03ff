"""The record kinds the user browses, in navigation order, with their list columns."""

from __future__ import annotations

from dataclasses import dataclass

from socialneet_desktop.db import models
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.exports import columns
from socialneet_desktop.exports.columns import ColumnSpec


@dataclass(frozen=True)
class RecordKind:
    key: str
    model: type[models.RecordMixin]
    title: str  # plural, "RecordKind" context
    columns: tuple[ColumnSpec, ...]


RECORD_KINDS: tuple[RecordKind, ...] = (
    RecordKind(
        "resources",
        models.UnusedResource,
        QT_TRANSLATE_NOOP("RecordKind", "Unused resources"),
        columns.RESOURCE_COLUMNS,
    ),
    RecordKind(
        "organizations",
        models.Organization,
        QT_TRANSLATE_NOOP("RecordKind", "Stakeholders"),
        columns.ORGANIZATION_COLUMNS,
    ),
    RecordKind(
        "meetings",
        models.StakeholderMeeting,
        QT_TRANSLATE_NOOP("RecordKind", "Meetings"),
        columns.MEETING_COLUMNS,
    ),
    RecordKind(
        "contacts",
        models.NeetContact,
        QT_TRANSLATE_NOOP("RecordKind", "NEET contacts"),
        columns.CONTACT_COLUMNS,
    ),
    RecordKind(
        "visits",
        models.MeetingPointVisit,
        QT_TRANSLATE_NOOP("RecordKind", "Meeting Point visits"),
        columns.VISIT_COLUMNS,
    ),
    RecordKind(
        "staff",
        models.Staff,
        QT_TRANSLATE_NOOP("RecordKind", "Staff"),
        columns.STAFF_COLUMNS,
    ),
)


def kind_by_key(key: str) -> RecordKind:
    return next(kind for kind in RECORD_KINDS if kind.key == key)
