"""Meetings with one or more stakeholders (bilateral, focus group, info day …)."""

from __future__ import annotations

from socialneet_desktop.domain import vocabularies as voc
from socialneet_desktop.domain.columns import (
    CODE,
    DATE,
    NUMBER,
    ColumnSpec,
    date_filters,
    vocabulary_filter,
)
from socialneet_desktop.domain.import_fields import (
    ORGANIZATION_REF,
    PROVINCE,
    STAFF_REF,
    field,
)
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.services import kind_labels
from socialneet_desktop.services.kind_facets import ExchangeLink, LinkTable, RecordKind
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
    # The editor chooses a managed activity (activity_id, issue 19) and writes its code here
    # too: the column stays for the list, old exports and imports until a migration drops it.
    ColumnSpec("activity_code", QT_TRANSLATE_NOOP("Columns", "Activity"), width=10),
    ColumnSpec("topic", QT_TRANSLATE_NOOP("Columns", "Topic"), width=50),
    ColumnSpec("follow_up_date", QT_TRANSLATE_NOOP("Columns", "Follow-up"), DATE, 14),
    ColumnSpec(
        "organization_names",
        QT_TRANSLATE_NOOP("Columns", "Organisations"),
        width=36,
        sql="meeting_organizations",
        sortable=False,
    ),
)

# What the list may show besides its columns (issue 16)
OPTIONAL_COLUMNS = (
    ColumnSpec("location", QT_TRANSLATE_NOOP("Columns", "Place"), width=20),
    ColumnSpec("municipality_code", QT_TRANSLATE_NOOP("Columns", "Municipality"), CODE, 26),
    ColumnSpec("participants_count", QT_TRANSLATE_NOOP("Columns", "Participants"), NUMBER, 8),
    ColumnSpec("outcome", QT_TRANSLATE_NOOP("Columns", "Outcome"), width=40),
    ColumnSpec("follow_up", QT_TRANSLATE_NOOP("Columns", "Next steps"), width=40),
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

IMPORT_FIELDS = (
    field(
        "meeting_date",
        QT_TRANSLATE_NOOP("Import", "Date of the meeting"),
        "date",
        "data|data incontro|data dell incontro|data riunione|giorno|meeting date|date",
        True,
    ),
    field(
        "meeting_type",
        QT_TRANSLATE_NOOP("Import", "Type of meeting"),
        "choice",
        "tipo|tipo incontro|tipologia|meeting type|type",
        True,
    ),
    ORGANIZATION_REF,
    field(
        "topic",
        QT_TRANSLATE_NOOP("Import", "Topic"),
        "text",
        "argomento|oggetto|tema|argomento incontro|oggetto incontro|topic|subject",
    ),
    field(
        "location",
        QT_TRANSLATE_NOOP("Import", "Place of the meeting"),
        "text",
        "luogo|location|place",
    ),
    field(
        "municipality_code",
        QT_TRANSLATE_NOOP("Import", "Municipality"),
        "place",
        "comune|citta|municipality|city|town",
    ),
    PROVINCE,
    field(
        "activity_code",
        QT_TRANSLATE_NOOP("Import", "Activity code"),
        "text",
        "codice attivita|attivita|wp|activity|activity code",
    ),
    field("outcome", QT_TRANSLATE_NOOP("Import", "Outcome"), "text", "esito|risultati|outcome"),
    field(
        "follow_up",
        QT_TRANSLATE_NOOP("Import", "Follow-up"),
        "text",
        "seguito|azioni successive|follow up",
    ),
    field(
        "follow_up_date",
        QT_TRANSLATE_NOOP("Import", "Follow-up date"),
        "date",
        "data seguito|data richiamo|follow up date",
    ),
    STAFF_REF,
    field(
        "participants_count",
        QT_TRANSLATE_NOOP("Import", "Number of participants"),
        "integer",
        "partecipanti|numero partecipanti|n partecipanti|participants",
    ),
    field(
        "notes",
        QT_TRANSLATE_NOOP("Import", "Notes"),
        "text",
        "note|notes|osservazioni|annotazioni|note incontro|note dell incontro|meeting notes",
    ),
)

KIND = RecordKind(
    key="meetings",
    model_path="socialneet_desktop.db.models:StakeholderMeeting",
    table_name="stakeholder_meetings",
    title=QT_TRANSLATE_NOOP("RecordKind", "Meetings"),
    singular=QT_TRANSLATE_NOOP("RecordKind", "Meeting"),
    area="stakeholders",
    columns=COLUMNS,
    optional_columns=OPTIONAL_COLUMNS,
    filters=FILTERS,
    default_sort=("meeting_date", True),
    search_columns=("topic", "activity_code", "outcome"),
    rules=RULES,
    date_fields=("meeting_date", "follow_up_date"),
    labeller=kind_labels.meeting,
    label_loads=("organizations",),
    duplicate_index="socialneet_desktop.services.duplicate_index:MeetingIndex",
    import_fields=IMPORT_FIELDS,
    row_label=("meeting_date", "topic"),
    link_tables=(
        LinkTable(
            "organization_id",
            "organizations",
            "socialneet_desktop.db.models:meeting_organizations",
            "meeting_id",
            "organizations",
        ),
    ),
    import_label=QT_TRANSLATE_NOOP("ImportWizard", "Stakeholder meetings (after the stakeholders)"),
    import_order=3,
    exchange=(
        ExchangeLink("staff_id", "staff"),
        ExchangeLink("organization_id", "organizations", through="meeting_organizations"),
        ExchangeLink("contact_person_id", "contact_people", through="meeting_people"),
        ExchangeLink("activity_id", "activities"),
    ),
)
