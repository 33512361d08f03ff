"""The sessions (lessons) of a training course: edited in the course's Sessions tab."""

from __future__ import annotations

from typing import Any

from socialneet_desktop.domain.columns import DATE, TIME, ColumnSpec, Join, JoinedName
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.domain.validation import format_italian_date
from socialneet_desktop.services.kind_facets import ExchangeLink, RecordKind
from socialneet_desktop.services.kind_labels import Label
from socialneet_desktop.services.kind_rules import VISIT_TIMES, Required

COLUMNS = (
    ColumnSpec("session_date", QT_TRANSLATE_NOOP("Columns", "Date"), DATE, 12),
    ColumnSpec("start_time", QT_TRANSLATE_NOOP("Columns", "Start"), TIME, 7),
    ColumnSpec("end_time", QT_TRANSLATE_NOOP("Columns", "End"), TIME, 7),
    ColumnSpec("course_title", QT_TRANSLATE_NOOP("Columns", "Course"), width=36),
    ColumnSpec("topic", QT_TRANSLATE_NOOP("Columns", "Topic"), width=40),
)

RULES = (
    Required("course_id", QT_TRANSLATE_NOOP("Validation", "Course: choose the course.")),
    Required("session_date", QT_TRANSLATE_NOOP("Validation", "Date of the session: required.")),
    VISIT_TIMES,  # the end after the start
)


def label(record: Any) -> Label:
    """ "Session 03/03/2026 – Pasticceria di base" in the recycle bin."""
    title = record.course.title if record.course is not None else ""
    template = QT_TRANSLATE_NOOP("Records", "Session %1 – %2")
    return template, (format_italian_date(record.session_date), title)


KIND = RecordKind(
    key="course_sessions",
    model_path="socialneet_desktop.db.models:CourseSession",
    table_name="course_sessions",
    title=QT_TRANSLATE_NOOP("RecordKind", "Course sessions"),
    singular=QT_TRANSLATE_NOOP("RecordKind", "Course session"),
    listed=False,
    area="path",
    columns=COLUMNS,
    default_sort=("session_date", False),
    search_columns=("topic",),
    joins=(Join("course", "socialneet_desktop.db.models:TrainingCourse", "course_id"),),
    computed=(JoinedName("course_title", "course", ("title",)),),
    rules=RULES,
    date_fields=("session_date",),
    labeller=label,
    label_loads=("course",),
    exchange=(ExchangeLink("course_id", "courses"),),
)
