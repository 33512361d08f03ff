"""Meetings with one or more stakeholders (bilateral, focus group, info day …)."""

from __future__ import annotations

from socialneet_desktop.domain import vocabularies as voc
from socialneet_desktop.domain.columns import (
    CODE,
    DATE,
    ColumnSpec,
    date_filters,
    vocabulary_filter,
)
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.services import kind_labels
from socialneet_desktop.services.kind_facets import RecordKind
from socialneet_desktop.services.kind_rules import (
    ACTIVITY_CODE,
    MUNICIPALITY,
    Choice,
    InOrder,
    NotNegative,
    Place,
    Required,
)

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

RULES = (
    Required("meeting_date", QT_TRANSLATE_NOOP("Validation", "Date of the meeting: required.")),
    Required("meeting_type", QT_TRANSLATE_NOOP("Validation", "Type of meeting: choose one.")),
    Choice(
        "meeting_type",
        voc.MEETING_TYPE,
        QT_TRANSLATE_NOOP("Validation", "Type of meeting: %1 is not one of the choices."),
    ),
    Place("municipality_code", False, MUNICIPALITY),
    InOrder(
        "meeting_date",
        "follow_up_date",
        QT_TRANSLATE_NOOP(
            "Validation", "Follow-up date: it cannot be before the date of the meeting."
        ),
    ),
    NotNegative(
        "participants_count",
        QT_TRANSLATE_NOOP("Validation", "Number of participants: it cannot be negative."),
    ),
    ACTIVITY_CODE,
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
    rules=RULES,
    date_fields=("meeting_date", "follow_up_date"),
    labeller=kind_labels.meeting,
    label_loads=("organizations",),
)
