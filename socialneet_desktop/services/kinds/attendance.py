"""Whether an enrolled person was at a session (present, absent, justified) and for how many
hours: one record a cell of the course's attendance grid (ui/editors/attendance_grid.py)."""

from __future__ import annotations

from typing import Any

from socialneet_desktop.domain import vocabularies as voc
from socialneet_desktop.domain.columns import CODE, DATE, NUMBER, ColumnSpec, Join, JoinedName
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.domain.validation import format_italian_date
from socialneet_desktop.services.kind_facets import ExchangeLink, RecordKind
from socialneet_desktop.services.kind_labels import Label
from socialneet_desktop.services.kind_rules import Choice, NotNegative, Required

COLUMNS = (
    ColumnSpec("session_date", QT_TRANSLATE_NOOP("Columns", "Date"), DATE, 12),
    ColumnSpec(
        "presence", QT_TRANSLATE_NOOP("Columns", "Presence"), CODE, 16, vocabulary="PRESENCE"
    ),
    ColumnSpec("hours", QT_TRANSLATE_NOOP("Columns", "Hours"), NUMBER, 8),
)

RULES = (
    Required("session_id", QT_TRANSLATE_NOOP("Validation", "Session: choose the session.")),
    Required("enrolment_id", QT_TRANSLATE_NOOP("Validation", "Person: choose who attended.")),
    Required("presence", QT_TRANSLATE_NOOP("Validation", "Presence: choose one.")),
    Choice(
        "presence",
        voc.PRESENCE,
        QT_TRANSLATE_NOOP("Validation", "Presence: %1 is not one of the choices."),
    ),
    NotNegative("hours", QT_TRANSLATE_NOOP("Validation", "Hours: it cannot be negative.")),
)


def label(record: Any) -> Label:
    """ "Attendance 03/03/2026 – Rossi Giulia" in the recycle bin."""
    enrolment, session = record.enrolment, record.session
    contact = enrolment.contact if enrolment is not None else None
    name = f"{contact.last_name} {contact.first_name}".strip() if contact else ""
    day = format_italian_date(session.session_date) if session is not None else ""
    return QT_TRANSLATE_NOOP("Records", "Attendance %1 – %2"), (day, name)


KIND = RecordKind(
    key="attendance",
    model_path="socialneet_desktop.db.models:Attendance",
    table_name="attendance",
    title=QT_TRANSLATE_NOOP("RecordKind", "Attendance"),
    singular=QT_TRANSLATE_NOOP("RecordKind", "Attendance"),
    listed=False,
    area="path",
    columns=COLUMNS,
    default_sort=("session_date", False),
    joins=(Join("session", "socialneet_desktop.db.models:CourseSession", "session_id"),),
    computed=(JoinedName("session_date", "session", ("session_date",)),),
    rules=RULES,
    labeller=label,
    label_loads=("session", "enrolment"),
    exchange=(
        ExchangeLink("session_id", "course_sessions"),
        ExchangeLink("enrolment_id", "enrolments"),
    ),
)
