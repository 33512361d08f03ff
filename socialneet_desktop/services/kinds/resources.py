"""Unused resources of the territory that could return to social use."""

from __future__ import annotations

from socialneet_desktop.domain import vocabularies as voc
from socialneet_desktop.domain.columns import CODE, DATE, NUMBER, ColumnSpec, vocabulary_filter
from socialneet_desktop.domain.import_fields import (
    ADDRESS,
    NOTES,
    PROVINCE,
    field,
)
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.services import kind_labels
from socialneet_desktop.services import kind_resource_fields as shared
from socialneet_desktop.services.kind_facets import ExchangeLink, RecordKind
from socialneet_desktop.services.kind_rules import (
    MUNICIPALITY,
    Choice,
    InOrder,
    NotNegative,
    Place,
    Required,
)

COLUMNS = (
    ColumnSpec("title", QT_TRANSLATE_NOOP("Columns", "Title"), width=34),
    ColumnSpec(
        "category",
        QT_TRANSLATE_NOOP("Columns", "Category"),
        CODE,
        22,
        vocabulary="RESOURCE_CATEGORY",
    ),
    ColumnSpec(
        "status", QT_TRANSLATE_NOOP("Columns", "Status"), CODE, 12, vocabulary="RESOURCE_STATUS"
    ),
    ColumnSpec("municipality_code", QT_TRANSLATE_NOOP("Columns", "Municipality"), CODE, 26),
    # the organisation chosen as the owner, else the owner's name typed as free text
    ColumnSpec("owner_name", QT_TRANSLATE_NOOP("Columns", "Owner"), width=26, sql="resource_owner"),
    ColumnSpec("surveyed_on", QT_TRANSLATE_NOOP("Columns", "Surveyed on"), DATE, 14),
)

# What the list may show besides its columns (issue 16)
OPTIONAL_COLUMNS = (
    ColumnSpec("address", QT_TRANSLATE_NOOP("Columns", "Address"), width=26),
    ColumnSpec("quantity", QT_TRANSLATE_NOOP("Columns", "Quantity"), NUMBER, 10),
    ColumnSpec("unit", QT_TRANSLATE_NOOP("Columns", "Unit"), width=8),
    ColumnSpec(
        "condition",
        QT_TRANSLATE_NOOP("Columns", "Condition"),
        CODE,
        16,
        vocabulary="RESOURCE_CONDITION",
    ),
    ColumnSpec(
        "terms", QT_TRANSLATE_NOOP("Columns", "Terms"), CODE, 16, vocabulary="RESOURCE_TERMS"
    ),
    ColumnSpec("available_from", QT_TRANSLATE_NOOP("Columns", "Available from"), DATE, 12),
    ColumnSpec("available_to", QT_TRANSLATE_NOOP("Columns", "Available until"), DATE, 12),
    ColumnSpec("proposed_use", QT_TRANSLATE_NOOP("Columns", "Proposed social use"), width=30),
)

FILTERS = (
    vocabulary_filter(
        "status", QT_TRANSLATE_NOOP("Filters", "Status"), "status", "resource_status"
    ),
    shared.CATEGORY_FILTER,
)

RULES = (
    Required("title", QT_TRANSLATE_NOOP("Validation", "Title: required.")),
    shared.CATEGORY_REQUIRED,
    shared.CATEGORY_CHOICE,
    Choice(
        "status",
        voc.RESOURCE_STATUS,
        QT_TRANSLATE_NOOP("Validation", "Status: %1 is not one of the choices."),
    ),
    Choice(
        "terms",
        voc.RESOURCE_TERMS,
        QT_TRANSLATE_NOOP("Validation", "Terms: %1 is not one of the choices."),
    ),
    Choice(
        "condition",
        voc.RESOURCE_CONDITION,
        QT_TRANSLATE_NOOP("Validation", "Condition: %1 is not one of the choices."),
    ),
    Choice(
        "source",
        voc.RESOURCE_SOURCE,
        QT_TRANSLATE_NOOP("Validation", "Source: %1 is not one of the choices."),
    ),
    Place("municipality_code", False, MUNICIPALITY),
    InOrder(
        "available_from",
        "available_to",
        QT_TRANSLATE_NOOP("Validation", "Available until: the date is before 'available from'."),
    ),
    NotNegative("quantity", QT_TRANSLATE_NOOP("Validation", "Quantity: it cannot be negative.")),
)

IMPORT_FIELDS = (
    field(
        "title",
        QT_TRANSLATE_NOOP("Import", "Title"),
        "text",
        "titolo|risorsa|nome risorsa|denominazione|title|resource",
        True,
    ),
    shared.CATEGORY_FIELD,
    field("status", QT_TRANSLATE_NOOP("Import", "Status"), "choice", "stato|status|state"),
    field(
        "description",
        QT_TRANSLATE_NOOP("Import", "Description"),
        "text",
        "descrizione|description",
    ),
    field(
        "owner_name",
        QT_TRANSLATE_NOOP("Import", "Owner"),
        "text",
        "proprietario|ente proprietario|titolare|owner",
    ),
    shared.MUNICIPALITY_FIELD,
    PROVINCE,
    ADDRESS,
    field(
        "quantity",
        QT_TRANSLATE_NOOP("Import", "Quantity"),
        "number",
        "quantita|qta|quantity|qty",
    ),
    shared.UNIT_FIELD,
    field(
        "condition",
        QT_TRANSLATE_NOOP("Import", "Condition"),
        "choice",
        "condizione|condizioni|stato di conservazione|condition",
    ),
    field(
        "available_from",
        QT_TRANSLATE_NOOP("Import", "Available from"),
        "date",
        "disponibile dal|disponibile da|dal|available from",
    ),
    field(
        "available_to",
        QT_TRANSLATE_NOOP("Import", "Available until"),
        "date",
        "disponibile fino al|al|available to|available until",
    ),
    field(
        "schedule",
        QT_TRANSLATE_NOOP("Import", "Schedule"),
        "text",
        "orari|orario|disponibilita|schedule",
    ),
    field(
        "terms",
        QT_TRANSLATE_NOOP("Import", "Terms"),
        "choice",
        "condizioni d uso|modalita|termini|terms",
    ),
    field(
        "proposed_use",
        QT_TRANSLATE_NOOP("Import", "Proposed social use"),
        "text",
        "uso proposto|uso sociale|riuso proposto|proposed use",
    ),
    field(
        "surveyed_on",
        QT_TRANSLATE_NOOP("Import", "Surveyed on"),
        "date",
        "data rilevazione|rilevata il|data|surveyed on|date",
    ),
    field("source", QT_TRANSLATE_NOOP("Import", "Source"), "choice", "fonte|source"),
    NOTES,
)

KIND = RecordKind(
    key="resources",
    model_path="socialneet_desktop.db.models:UnusedResource",
    table_name="unused_resources",
    title=QT_TRANSLATE_NOOP("RecordKind", "Unused resources"),
    singular=QT_TRANSLATE_NOOP("RecordKind", "Unused resource"),
    area="territory",
    columns=COLUMNS,
    optional_columns=OPTIONAL_COLUMNS,
    filters=FILTERS,
    default_sort=("title", False),
    search_columns=("title", "description", "owner_name"),
    rules=RULES,
    date_fields=("available_from", "available_to", "surveyed_on"),
    labeller=kind_labels.by_field("title"),
    duplicate_index="socialneet_desktop.services.duplicate_index:ResourceIndex",
    import_fields=IMPORT_FIELDS,
    row_label=("title",),
    access_synonyms=(),
    import_label=QT_TRANSLATE_NOOP("ImportWizard", "Unused resources"),
    import_order=4,
    exchange=(
        ExchangeLink("owner_organization_id", "organizations"),
        ExchangeLink("surveyed_by_id", "staff"),
    ),
)
