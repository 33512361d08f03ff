"""Agreements between organisations (issue 22): memoranda of understanding, conventions,
partnership agreements, with their parties (agreement_parties), dates and document. The
document is kept in the record; no list, export or search reads it."""

from __future__ import annotations

from socialneet_desktop.domain import vocabularies as voc
from socialneet_desktop.domain.columns import (
    CODE,
    DATE,
    ColumnSpec,
    date_filters,
    vocabulary_filter,
)
from socialneet_desktop.domain.import_fields import NOTES, field
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.services import kind_labels
from socialneet_desktop.services.kind_facets import RecordKind
from socialneet_desktop.services.kind_rules import Choice, InOrder, Required

COLUMNS = (
    ColumnSpec("signed_on", QT_TRANSLATE_NOOP("Columns", "Signed on"), DATE, 12),
    ColumnSpec("title", QT_TRANSLATE_NOOP("Columns", "Title"), width=50),
    ColumnSpec(
        "agreement_kind",
        QT_TRANSLATE_NOOP("Columns", "Kind"),
        CODE,
        28,
        vocabulary="AGREEMENT_KIND",
    ),
    ColumnSpec("valid_until", QT_TRANSLATE_NOOP("Columns", "Valid until"), DATE, 12),
)
OPTIONAL_COLUMNS = (
    ColumnSpec("document_name", QT_TRANSLATE_NOOP("Columns", "Document"), width=30),
    ColumnSpec("notes", QT_TRANSLATE_NOOP("Columns", "Notes"), width=40),
)

FILTERS = (
    *date_filters("signed_on"),
    vocabulary_filter(
        "kind", QT_TRANSLATE_NOOP("Filters", "Kind"), "agreement_kind", "agreement_kind"
    ),
)

RULES = (
    Required("title", QT_TRANSLATE_NOOP("Validation", "Title: required.")),
    Required("agreement_kind", QT_TRANSLATE_NOOP("Validation", "Kind of agreement: choose one.")),
    Choice(
        "agreement_kind",
        voc.AGREEMENT_KIND,
        QT_TRANSLATE_NOOP("Validation", "Kind of agreement: %1 is not one of the choices."),
    ),
    InOrder(
        "signed_on",
        "valid_until",
        QT_TRANSLATE_NOOP("Validation", "Valid until: it cannot be before it was signed."),
    ),
)

IMPORT_FIELDS = (
    field(
        "title",
        QT_TRANSLATE_NOOP("Import", "Title of the agreement"),
        "text",
        "titolo|oggetto|accordo|protocollo|convenzione|title|agreement",
        True,
    ),
    field(
        "agreement_kind",
        QT_TRANSLATE_NOOP("Import", "Kind of agreement"),
        "choice",
        "tipo|tipo accordo|tipologia|kind|type",
    ),
    field(
        "signed_on",
        QT_TRANSLATE_NOOP("Import", "Signed on"),
        "date",
        "data firma|firmato il|data sottoscrizione|data|signed on|date",
    ),
    field(
        "valid_until",
        QT_TRANSLATE_NOOP("Import", "Valid until"),
        "date",
        "scadenza|valido fino al|data scadenza|valid until|expiry",
    ),
    NOTES,
)

KIND = RecordKind(
    key="agreements",
    model_path="socialneet_desktop.db.models_network:Agreement",
    table_name="agreements",
    title=QT_TRANSLATE_NOOP("RecordKind", "Agreements"),
    singular=QT_TRANSLATE_NOOP("RecordKind", "Agreement"),
    area="network",
    columns=COLUMNS,
    optional_columns=OPTIONAL_COLUMNS,
    filters=FILTERS,
    default_sort=("signed_on", True),
    search_columns=("title", "notes"),
    rules=RULES,
    date_fields=("signed_on", "valid_until"),
    labeller=kind_labels.by_field("title"),
    import_fields=IMPORT_FIELDS,
    row_label=("title",),
    import_label=QT_TRANSLATE_NOOP("ImportWizard", "Agreements between organisations"),
    import_order=30,
)
