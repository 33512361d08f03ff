"""Meetings with one or more stakeholders (bilateral, focus group, info day …)."""

from __future__ import annotations

from socialneet_desktop.domain.columns import (
    CODE,
    DATE,
    ColumnSpec,
    date_filters,
    vocabulary_filter,
)
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.services.kind_facets import RecordKind

COLUMNS = (
    ColumnSpec("meeting_date", QT_TRANSLATE_NOOP("Columns", "Date"), DATE, 12),
    ColumnSpec(
        "meeting_type", QT_TRANSLATE_NOOP("Columns", "Type"), CODE, 30, vocabulary="MEETING_TYPE"
    ),
    ColumnSpec("activity_code", QT_TRANSLATE_NOOP("Columns", "Activity"), width=10),
    ColumnSpec("topic", QT_TRANSLATE_NOOP("Columns", "Topic"), width=50),
    ColumnSpec("follow_up_date", QT_TRANSLATE_NOOP("Columns", "Follow-up"), DATE, 14),
)

FILTERS = (
    *date_filters("meeting_date"),
    vocabulary_filter("type", QT_TRANSLATE_NOOP("Filters", "Type"), "meeting_type", "meeting_type"),
)

KIND = RecordKind(
    key="meetings",
    model_path="socialneet_desktop.db.models:StakeholderMeeting",
    table_name="stakeholder_meetings",
    title=QT_TRANSLATE_NOOP("RecordKind", "Meetings"),
    singular=QT_TRANSLATE_NOOP("RecordKind", "Meeting"),
    columns=COLUMNS,
    filters=FILTERS,
    default_sort=("meeting_date", True),
    search_columns=("topic", "activity_code", "outcome"),
)
