"""Stakeholders: public bodies, third-sector organisations, enterprises, schools."""

from __future__ import annotations

from socialneet_desktop.domain import vocabularies as voc
from socialneet_desktop.domain.columns import CODE, ColumnSpec, FilterSpec, vocabulary_filter
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.services import kind_labels
from socialneet_desktop.services.kind_facets import RecordKind
from socialneet_desktop.services.kind_rules import (
    MUNICIPALITY,
    ORGANIZATION_TAX_CODES,
    Choice,
    Place,
    Required,
)

COLUMNS = (
    ColumnSpec("name", QT_TRANSLATE_NOOP("Columns", "Name"), width=32),
    ColumnSpec(
        "kind", QT_TRANSLATE_NOOP("Columns", "Kind"), CODE, 26, vocabulary="ORGANIZATION_KIND"
    ),
    ColumnSpec("municipality_code", QT_TRANSLATE_NOOP("Columns", "Municipality"), CODE, 26),
    ColumnSpec("tax_code", QT_TRANSLATE_NOOP("Columns", "Tax code"), width=15),
    ColumnSpec("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), width=14),
    ColumnSpec("email", QT_TRANSLATE_NOOP("Columns", "E-mail"), width=22),
)

FILTERS = (
    vocabulary_filter("kind", QT_TRANSLATE_NOOP("Filters", "Kind"), "kind", "organization_kind"),
    FilterSpec(
        "municipality",
        QT_TRANSLATE_NOOP("Filters", "Municipality"),
        "municipality",
        "municipality_code",
    ),
)

RULES = (
    Required("name", QT_TRANSLATE_NOOP("Validation", "Name of the organisation: required.")),
    Required("kind", QT_TRANSLATE_NOOP("Validation", "Kind of organisation: choose one.")),
    Choice(
        "kind",
        voc.ORGANIZATION_KIND,
        QT_TRANSLATE_NOOP("Validation", "Kind of organisation: %1 is not one of the choices."),
    ),
    Place("municipality_code", False, MUNICIPALITY),
    ORGANIZATION_TAX_CODES,
)

KIND = RecordKind(
    key="organizations",
    model_path="socialneet_desktop.db.models:Organization",
    table_name="organizations",
    title=QT_TRANSLATE_NOOP("RecordKind", "Stakeholders"),
    singular=QT_TRANSLATE_NOOP("RecordKind", "Stakeholder"),
    aliases=("organisations",),
    columns=COLUMNS,
    filters=FILTERS,
    default_sort=("name", False),
    search_columns=("name", "tax_code", "email"),
    rules=RULES,
    name_fields=("name",),
    labeller=kind_labels.by_field("name"),
)
