"""Visits of a NEET contact to the Meeting Point."""

from __future__ import annotations

from socialneet_desktop.domain import vocabularies as voc
from socialneet_desktop.domain.columns import (
    BOOL,
    CODE,
    DATE,
    TIME,
    ColumnSpec,
    Join,
    JoinedName,
    date_filters,
    vocabulary_filter,
)
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.services import kind_labels
from socialneet_desktop.services.kind_facets import RecordKind
from socialneet_desktop.services.kind_rules import VISIT_TIMES, Choice, InOrder, Required

COLUMNS = (
    ColumnSpec("visit_date", QT_TRANSLATE_NOOP("Columns", "Date"), DATE, 12),
    ColumnSpec("start_time", QT_TRANSLATE_NOOP("Columns", "Start"), TIME, 7),
    ColumnSpec("contact_name", QT_TRANSLATE_NOOP("Columns", "Contact"), width=26, personal=True),
    ColumnSpec(
        "visit_type", QT_TRANSLATE_NOOP("Columns", "Type"), CODE, 34, vocabulary="VISIT_TYPE"
    ),
    ColumnSpec("staff_name", QT_TRANSLATE_NOOP("Columns", "Staff"), width=20),
    ColumnSpec("attendance_signed", QT_TRANSLATE_NOOP("Columns", "Signed"), BOOL, 8),
)

FILTERS = (
    *date_filters("visit_date"),
    vocabulary_filter("type", QT_TRANSLATE_NOOP("Filters", "Type"), "visit_type", "visit_type"),
)

RULES = (
    Required(
        "contact_id", QT_TRANSLATE_NOOP("Validation", "Person: choose who came to the visit.")
    ),
    Required("visit_date", QT_TRANSLATE_NOOP("Validation", "Date of the visit: required.")),
    Required("visit_type", QT_TRANSLATE_NOOP("Validation", "Type of visit: choose one.")),
    Choice(
        "visit_type",
        voc.VISIT_TYPE,
        QT_TRANSLATE_NOOP("Validation", "Type of visit: %1 is not one of the choices."),
    ),
    InOrder(
        "visit_date",
        "next_appointment",
        QT_TRANSLATE_NOOP(
            "Validation", "Next appointment: it cannot be before the date of the visit."
        ),
    ),
    VISIT_TIMES,
)

KIND = RecordKind(
    key="visits",
    model_path="socialneet_desktop.db.models:MeetingPointVisit",
    table_name="meeting_point_visits",
    title=QT_TRANSLATE_NOOP("RecordKind", "Meeting Point visits"),
    singular=QT_TRANSLATE_NOOP("RecordKind", "Meeting Point visit"),
    columns=COLUMNS,
    filters=FILTERS,
    default_sort=("visit_date", True),
    sort_then=(("visit_date", ("start_time",)),),
    search_columns=("contact.last_name", "contact.first_name", "summary"),
    # a visit always has a contact (inner join); its staff may be missing
    joins=(
        Join("contact", "socialneet_desktop.db.models:NeetContact", "contact_id"),
        Join("visit_staff", "socialneet_desktop.db.models:Staff", "staff_id", outer=True),
    ),
    computed=(
        JoinedName("contact_name", "contact"),
        JoinedName("staff_name", "visit_staff", trim=True),
    ),
    person_of_list=("contact.uuid", "contact.birth_date", "visit_date"),
    rules=RULES,
    date_fields=("visit_date",),
    labeller=kind_labels.visit,
    label_loads=("contact",),
)
