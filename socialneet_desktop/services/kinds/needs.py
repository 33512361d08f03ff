"""Needs of an organisation or of a group of young people (issue 23): what is needed (a
category of the resources' own vocabulary), where, when, how much, how urgent, from open to
satisfied. The "who" is an organisation or a group described by a text and a count, never a
named young person: nothing here links to the contacts, and no column is personal."""

from __future__ import annotations

from socialneet_desktop.domain import vocabularies as voc
from socialneet_desktop.domain.columns import (
    CODE,
    DATE,
    NUMBER,
    ColumnSpec,
    Join,
    JoinedName,
    vocabulary_filter,
)
from socialneet_desktop.domain.import_fields import NOTES, ORGANIZATION_REF, PROVINCE, field
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.domain.validation import Problem
from socialneet_desktop.services import kind_labels
from socialneet_desktop.services import kind_resource_fields as shared
from socialneet_desktop.services.kind_facets import ExchangeLink, RecordKind
from socialneet_desktop.services.kind_rules import (
    MUNICIPALITY,
    NUMBERS,
    REQUIRED,
    Check,
    Choice,
    InOrder,
    NotNegative,
    Place,
    Required,
    blank,
)

COLUMNS = (
    ColumnSpec("title", QT_TRANSLATE_NOOP("Columns", "Need"), width=34),
    ColumnSpec(
        "category",
        QT_TRANSLATE_NOOP("Columns", "Category"),
        CODE,
        20,
        vocabulary="RESOURCE_CATEGORY",
    ),
    ColumnSpec(
        "status", QT_TRANSLATE_NOOP("Columns", "Status"), CODE, 14, vocabulary="NEED_STATUS"
    ),
    ColumnSpec("organization_name", QT_TRANSLATE_NOOP("Columns", "Organisation"), width=28),
    ColumnSpec("group_description", QT_TRANSLATE_NOOP("Columns", "Group"), width=24),
    ColumnSpec("municipality_code", QT_TRANSLATE_NOOP("Columns", "Municipality"), CODE, 22),
    ColumnSpec("urgency", QT_TRANSLATE_NOOP("Columns", "Urgency"), NUMBER, 9),
)

OPTIONAL_COLUMNS = (
    ColumnSpec("group_size", QT_TRANSLATE_NOOP("Columns", "Young people"), NUMBER, 10),
    ColumnSpec("needed_from", QT_TRANSLATE_NOOP("Columns", "Needed from"), DATE, 12),
    ColumnSpec("needed_to", QT_TRANSLATE_NOOP("Columns", "Needed until"), DATE, 12),
    ColumnSpec("quantity", QT_TRANSLATE_NOOP("Columns", "Quantity"), NUMBER, 10),
    ColumnSpec("unit", QT_TRANSLATE_NOOP("Columns", "Unit"), width=10),
    ColumnSpec(
        "source", QT_TRANSLATE_NOOP("Columns", "Source"), CODE, 14, vocabulary="NEED_SOURCE"
    ),
    ColumnSpec("recorded_on", QT_TRANSLATE_NOOP("Columns", "Recorded on"), DATE, 12),
)

FILTERS = (
    vocabulary_filter("status", QT_TRANSLATE_NOOP("Filters", "Status"), "status", "need_status"),
    shared.CATEGORY_FILTER,
)

WHO = QT_TRANSLATE_NOOP(
    "Validation",
    "Organisation: choose the organisation in need, or describe the group of young people.",
)
URGENCY = QT_TRANSLATE_NOOP("Validation", "Urgency: 1 (low), 2 or 3 (high).")


def _who(context):
    if blank(context.get("organization_id")) and blank(context.get("group_description")):
        yield Problem("organization_id", WHO)


def _urgency(context):
    value = context.get("urgency")
    if blank(value):
        return
    try:
        ok = int(str(value)) in (1, 2, 3) and float(str(value)) == int(str(value))
    except ValueError:
        ok = False
    if not ok:
        yield Problem("urgency", URGENCY)


RULES = (
    Required("title", QT_TRANSLATE_NOOP("Validation", "Need: required.")),
    shared.CATEGORY_REQUIRED,
    Check(REQUIRED, _who),
    shared.CATEGORY_CHOICE,
    Choice(
        "status",
        voc.NEED_STATUS,
        QT_TRANSLATE_NOOP("Validation", "Status: %1 is not one of the choices."),
    ),
    Choice(
        "source",
        voc.NEED_SOURCE,
        QT_TRANSLATE_NOOP("Validation", "Source: %1 is not one of the choices."),
    ),
    Choice(
        "days",
        voc.WEEKDAY,
        QT_TRANSLATE_NOOP("Validation", "Days: %1 is not a day of the week."),
        multi=True,
    ),
    Place("municipality_code", False, MUNICIPALITY),
    InOrder(
        "needed_from",
        "needed_to",
        QT_TRANSLATE_NOOP("Validation", "Needed until: the date is before 'needed from'."),
    ),
    NotNegative("quantity", QT_TRANSLATE_NOOP("Validation", "Quantity: it cannot be negative.")),
    NotNegative(
        "group_size", QT_TRANSLATE_NOOP("Validation", "Young people: it cannot be negative.")
    ),
    Check(NUMBERS, _urgency),
)

IMPORT_FIELDS = (
    field(
        "title",
        QT_TRANSLATE_NOOP("Import", "Need"),
        "text",
        "bisogno|fabbisogno|necessita|richiesta|titolo|need|title",
        True,
    ),
    ORGANIZATION_REF,
    field(
        "group_description",
        QT_TRANSLATE_NOOP("Import", "Group of young people"),
        "text",
        "gruppo|gruppo di giovani|destinatari|group",
    ),
    field(
        "group_size",
        QT_TRANSLATE_NOOP("Import", "Young people in the group"),
        "integer",
        "numero giovani|n giovani|numero ragazzi|quanti|group size",
    ),
    shared.CATEGORY_FIELD,
    field("description", QT_TRANSLATE_NOOP("Import", "Description"), "text", "descrizione"),
    shared.MUNICIPALITY_FIELD,
    PROVINCE,
    field(
        "needed_from",
        QT_TRANSLATE_NOOP("Import", "Needed from"),
        "date",
        "dal|da quando|serve dal|needed from|from",
    ),
    field(
        "needed_to",
        QT_TRANSLATE_NOOP("Import", "Needed until"),
        "date",
        "al|fino al|serve fino al|needed until|needed to|until",
    ),
    field("days", QT_TRANSLATE_NOOP("Import", "Days"), "choices", "giorni|giorni richiesti|days"),
    field(
        "quantity",
        QT_TRANSLATE_NOOP("Import", "Quantity"),
        "number",
        "quantita|qta|capienza|posti|quantity|qty|capacity",
    ),
    shared.UNIT_FIELD,
    field("urgency", QT_TRANSLATE_NOOP("Import", "Urgency"), "integer", "urgenza|priorita|urgency"),
    field("status", QT_TRANSLATE_NOOP("Import", "Status"), "choice", "stato|status|state"),
    field("source", QT_TRANSLATE_NOOP("Import", "Source"), "choice", "fonte|rilevato con|source"),
    field(
        "recorded_on",
        QT_TRANSLATE_NOOP("Import", "Recorded on"),
        "date",
        "data rilevazione|rilevato il|data|recorded on|date",
    ),
    NOTES,
)

KIND = RecordKind(
    key="needs",
    model_path="socialneet_desktop.db.models_needs:Need",
    table_name="needs",
    title=QT_TRANSLATE_NOOP("RecordKind", "Needs"),
    singular=QT_TRANSLATE_NOOP("RecordKind", "Need"),
    area="territory",
    columns=COLUMNS,
    optional_columns=OPTIONAL_COLUMNS,
    filters=FILTERS,
    default_sort=("title", False),
    search_columns=("title", "description", "group_description", "organization.name"),
    joins=(
        Join(
            "organization",
            "socialneet_desktop.db.models:Organization",
            "organization_id",
            True,
        ),
    ),
    computed=(JoinedName("organization_name", "organization", ("name",)),),
    rules=RULES,
    date_fields=("needed_from", "needed_to", "recorded_on"),
    labeller=kind_labels.by_field("title"),
    import_fields=IMPORT_FIELDS,
    row_label=("title",),
    import_label=QT_TRANSLATE_NOOP("ImportWizard", "Needs (after the organisations)"),
    import_order=5,
    exchange=(
        ExchangeLink("organization_id", "organizations"),
        ExchangeLink("recorded_by_id", "staff"),
    ),
)
