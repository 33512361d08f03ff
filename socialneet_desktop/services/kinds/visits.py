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
from socialneet_desktop.domain.import_fields import (
    CONTACT_REF,
    STAFF_REF,
    field,
)
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.services import kind_labels
from socialneet_desktop.services.kind_facets import ExchangeLink, RecordKind
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

# What the list may show besides its columns (issue 16)
OPTIONAL_COLUMNS = (
    ColumnSpec("end_time", QT_TRANSLATE_NOOP("Columns", "End"), TIME, 7),
    ColumnSpec("next_appointment", QT_TRANSLATE_NOOP("Columns", "Next appointment"), DATE, 14),
    ColumnSpec("outcome", QT_TRANSLATE_NOOP("Columns", "Outcome"), width=40),
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

IMPORT_FIELDS = (
    CONTACT_REF,
    field(
        "visit_date",
        QT_TRANSLATE_NOOP("Import", "Date of the visit"),
        "date",
        "data|data visita|data colloquio|data incontro|giorno|visit date|date",
        True,
    ),
    field(
        "start_time",
        QT_TRANSLATE_NOOP("Import", "Start time"),
        "time",
        "ora|ora inizio|inizio|dalle|orario|start|start time|time",
    ),
    field(
        "end_time",
        QT_TRANSLATE_NOOP("Import", "End time"),
        "time",
        "ora fine|fine|alle|end|end time",
    ),
    field(
        "visit_type",
        QT_TRANSLATE_NOOP("Import", "Type of visit"),
        "choice",
        "tipo|tipo visita|tipo colloquio|tipologia|type|visit type",
        True,
    ),
    STAFF_REF,
    field(
        "summary",
        QT_TRANSLATE_NOOP("Import", "Summary of the visit"),
        "text",
        "sintesi|resoconto|descrizione|argomenti|contenuto|note|summary|description|notes",
    ),
    field("outcome", QT_TRANSLATE_NOOP("Import", "Outcome"), "text", "esito|risultato|outcome"),
    field(
        "next_appointment",
        QT_TRANSLATE_NOOP("Import", "Next appointment"),
        "datetime",
        "prossimo appuntamento|appuntamento|richiamo|next appointment",
    ),
    field(
        "attendance_signed",
        QT_TRANSLATE_NOOP("Import", "Attendance signed"),
        "bool",
        "firma|firmato|firma presenza|presenza firmata|registro firmato|signed|attendance signed",
    ),
)

KIND = RecordKind(
    key="visits",
    model_path="socialneet_desktop.db.models:MeetingPointVisit",
    table_name="meeting_point_visits",
    title=QT_TRANSLATE_NOOP("RecordKind", "Meeting Point visits"),
    singular=QT_TRANSLATE_NOOP("RecordKind", "Meeting Point visit"),
    area="young_people",
    columns=COLUMNS,
    optional_columns=OPTIONAL_COLUMNS,
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
    duplicate_index="socialneet_desktop.services.duplicate_index:VisitIndex",
    import_fields=IMPORT_FIELDS,
    row_label=("contact_ref", "visit_date"),
    erased_fields=("summary", "outcome"),  # the free text of the visits
    import_label=QT_TRANSLATE_NOOP("ImportWizard", "Meeting Point visits (after the contacts)"),
    import_order=6,
    record_documents=("visit",),
    exchange=(
        ExchangeLink("contact_id", "contacts"),
        ExchangeLink("staff_id", "staff"),
        ExchangeLink("activity_id", "activities"),
    ),
)
