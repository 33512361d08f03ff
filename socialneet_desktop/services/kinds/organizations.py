"""Stakeholders: public bodies, third-sector organisations, enterprises, schools."""

from __future__ import annotations

from socialneet_desktop.domain import vocabularies as voc
from socialneet_desktop.domain.columns import CODE, ColumnSpec, FilterSpec, vocabulary_filter
from socialneet_desktop.domain.import_fields import (
    ADDRESS,
    EMAIL,
    NOTES,
    ORGANIZATION_REF,
    PHONE,
    POSTAL,
    PROVINCE,
    field,
)
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

# What the list may show besides its columns (issue 16)
OPTIONAL_COLUMNS = (
    ColumnSpec("vat_number", QT_TRANSLATE_NOOP("Columns", "VAT number"), width=13),
    ColumnSpec("address", QT_TRANSLATE_NOOP("Columns", "Address"), width=26),
    ColumnSpec("postal_code", QT_TRANSLATE_NOOP("Columns", "Postal code"), width=7),
    ColumnSpec("website", QT_TRANSLATE_NOOP("Columns", "Website"), width=24),
    ColumnSpec("sector", QT_TRANSLATE_NOOP("Columns", "Sector"), width=20),
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

IMPORT_FIELDS = (
    field(
        "name",
        QT_TRANSLATE_NOOP("Import", "Name"),
        "text",
        "denominazione|ragione sociale|ente|nome ente|organizzazione|nome organizzazione|"
        "denominazione ente|nome|name|organisation|organization|organisation name",
        True,
    ),
    field(
        "kind",
        QT_TRANSLATE_NOOP("Import", "Kind of organisation"),
        "choice",
        "tipo|tipologia|tipo ente|natura giuridica|forma giuridica|kind|type",
        True,
    ),
    field(
        "tax_code",
        QT_TRANSLATE_NOOP("Import", "Tax code"),
        "code",
        "codice fiscale|cf|c f|cod fiscale|tax code|fiscal code",
    ),
    field(
        "vat_number",
        QT_TRANSLATE_NOOP("Import", "VAT number"),
        "code",
        "partita iva|p iva|piva|p iva cf|vat|vat number",
    ),
    field(
        "municipality_code",
        QT_TRANSLATE_NOOP("Import", "Municipality"),
        "place",
        "comune|citta|localita|sede legale comune|comune sede|citta sede|municipality|city|town",
    ),
    PROVINCE,
    ADDRESS,
    POSTAL,
    PHONE,
    EMAIL,
    field(
        "website",
        QT_TRANSLATE_NOOP("Import", "Website"),
        "text",
        "sito|sito web|sitoweb|sito internet|web|website|url|homepage",
    ),
    field(
        "sector",
        QT_TRANSLATE_NOOP("Import", "Sector"),
        "text",
        "settore|ambito|attivita|sector",
    ),
    NOTES,
)

KIND = RecordKind(
    key="organizations",
    model_path="socialneet_desktop.db.models:Organization",
    table_name="organizations",
    title=QT_TRANSLATE_NOOP("RecordKind", "Stakeholders"),
    singular=QT_TRANSLATE_NOOP("RecordKind", "Stakeholder"),
    area="stakeholders",
    aliases=("organisations",),
    columns=COLUMNS,
    optional_columns=OPTIONAL_COLUMNS,
    filters=FILTERS,
    default_sort=("name", False),
    search_columns=("name", "tax_code", "email"),
    rules=RULES,
    name_fields=("name",),
    labeller=kind_labels.by_field("name"),
    duplicate_index="socialneet_desktop.services.duplicate_index:OrganizationIndex",
    import_fields=IMPORT_FIELDS,
    row_label=("name",),
    access_synonyms=(("company name", "name"), ("company", "name"), ("homepage", "website")),
    reference=ORGANIZATION_REF,
    found_by=("origin", "organization_codes", "organization_name"),
    import_label=QT_TRANSLATE_NOOP("ImportWizard", "Stakeholders (organisations)"),
    import_order=1,
    exchange=(),
)
