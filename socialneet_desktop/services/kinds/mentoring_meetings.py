"""Meetings of a mentor with a young person: like the Meeting Point visits, and counted
apart from them (issue 18)."""

from __future__ import annotations

from socialneet_desktop.domain.columns import (
    DATE,
    TIME,
    ColumnSpec,
    Join,
    JoinedName,
    date_filters,
)
from socialneet_desktop.domain.import_fields import CONTACT_REF, field
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.domain.validation import format_italian_date as _date
from socialneet_desktop.services.kind_facets import ExchangeLink, RecordKind
from socialneet_desktop.services.kind_rules import VISIT_TIMES, InOrder, Required

COLUMNS = (
    ColumnSpec("meeting_date", QT_TRANSLATE_NOOP("Columns", "Date"), DATE, 12),
    ColumnSpec("start_time", QT_TRANSLATE_NOOP("Columns", "Start"), TIME, 7),
    ColumnSpec("contact_name", QT_TRANSLATE_NOOP("Columns", "Contact"), width=26, personal=True),
    ColumnSpec(
        "mentor_name",
        QT_TRANSLATE_NOOP("Columns", "Mentor"),
        width=24,
        sql="meeting_mentor_name",
        sortable=False,
    ),
    ColumnSpec("outcome", QT_TRANSLATE_NOOP("Columns", "Outcome"), width=40),
)

OPTIONAL_COLUMNS = (
    ColumnSpec("end_time", QT_TRANSLATE_NOOP("Columns", "End"), TIME, 7),
    ColumnSpec("next_appointment", QT_TRANSLATE_NOOP("Columns", "Next appointment"), DATE, 14),
)

FILTERS = date_filters("meeting_date")

# The editor requires the mentor too (MENTOR_REQUIRED); an imported register may not name one.
MENTOR_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Mentor: choose one.")

RULES = (
    Required("contact_id", QT_TRANSLATE_NOOP("Validation", "Person: choose who the mentor met.")),
    Required("meeting_date", QT_TRANSLATE_NOOP("Validation", "Date of the meeting: required.")),
    InOrder(
        "meeting_date",
        "next_appointment",
        QT_TRANSLATE_NOOP(
            "Validation", "Next appointment: it cannot be before the date of the meeting."
        ),
    ),
    VISIT_TIMES,
)

IMPORT_FIELDS = (
    CONTACT_REF,
    field(
        "meeting_date",
        QT_TRANSLATE_NOOP("Import", "Date of the meeting"),
        "date",
        "data|data incontro|data colloquio|giorno|meeting date|date",
        True,
    ),
    field(
        "start_time",
        QT_TRANSLATE_NOOP("Import", "Start time"),
        "time",
        "ora|ora inizio|inizio|dalle|start|start time|time",
    ),
    field("end_time", QT_TRANSLATE_NOOP("Import", "End time"), "time", "ora fine|fine|alle|end"),
    field(
        "summary",
        QT_TRANSLATE_NOOP("Import", "Summary of the meeting"),
        "text",
        "sintesi|resoconto|descrizione|argomenti|note|summary|notes",
    ),
    field("outcome", QT_TRANSLATE_NOOP("Import", "Outcome"), "text", "esito|risultato|outcome"),
    field(
        "next_appointment",
        QT_TRANSLATE_NOOP("Import", "Next appointment"),
        "datetime",
        "prossimo appuntamento|appuntamento|next appointment",
    ),
)


def label(record) -> tuple[str, tuple[str, ...]]:
    contact = record.contact
    name = f"{contact.last_name} {contact.first_name}".strip() if contact else ""
    template = QT_TRANSLATE_NOOP("Records", "Mentoring meeting %1 – %2")
    return template, (_date(record.meeting_date), name)


KIND = RecordKind(
    key="mentoring_meetings",
    model_path="socialneet_desktop.db.models_path:MentoringMeeting",
    table_name="mentoring_meetings",
    title=QT_TRANSLATE_NOOP("RecordKind", "Mentoring meetings"),
    singular=QT_TRANSLATE_NOOP("RecordKind", "Mentoring meeting"),
    area="path",
    columns=COLUMNS,
    optional_columns=OPTIONAL_COLUMNS,
    filters=FILTERS,
    default_sort=("meeting_date", True),
    sort_then=(("meeting_date", ("start_time",)),),
    search_columns=("contact.last_name", "contact.first_name", "summary"),
    joins=(Join("contact", "socialneet_desktop.db.models:NeetContact", "contact_id"),),
    computed=(JoinedName("contact_name", "contact"),),
    person_of_list=("contact.uuid", "contact.birth_date", "meeting_date"),
    rules=RULES,
    date_fields=("meeting_date",),
    labeller=label,
    label_loads=("contact",),
    import_fields=IMPORT_FIELDS,
    row_label=("contact_ref", "meeting_date"),
    erased_fields=("summary", "outcome"),
    import_label=QT_TRANSLATE_NOOP("ImportWizard", "Mentoring meetings (after the contacts)"),
    import_order=22,
    exchange=(
        ExchangeLink("mentor_id", "mentors"),
        ExchangeLink("contact_id", "contacts"),
        ExchangeLink("activity_id", "activities"),
    ),
)
