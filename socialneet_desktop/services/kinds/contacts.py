"""NEET contacts: the young people who came to the Meeting Point."""

from __future__ import annotations

from socialneet_desktop.domain.columns import (
    BOOL,
    CODE,
    DATE,
    ColumnSpec,
    FilterSpec,
    vocabulary_filter,
)
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.services.kind_facets import RecordKind

COLUMNS = (
    ColumnSpec("last_name", QT_TRANSLATE_NOOP("Columns", "Last name"), width=18, personal=True),
    ColumnSpec("first_name", QT_TRANSLATE_NOOP("Columns", "First name"), width=16, personal=True),
    ColumnSpec("gender", QT_TRANSLATE_NOOP("Columns", "Gender"), CODE, 10, vocabulary="GENDER"),
    ColumnSpec("birth_date", QT_TRANSLATE_NOOP("Columns", "Birth date"), DATE, 16, personal=True),
    ColumnSpec(
        "residence_municipality_code", QT_TRANSLATE_NOOP("Columns", "Municipality"), CODE, 26
    ),
    ColumnSpec("tax_code", QT_TRANSLATE_NOOP("Columns", "Codice fiscale"), width=22, personal=True),
    ColumnSpec("consent_contact", QT_TRANSLATE_NOOP("Columns", "Consent"), BOOL, 8),
)

FILTERS = (
    FilterSpec(
        "municipality",
        QT_TRANSLATE_NOOP("Filters", "Municipality"),
        "municipality",
        "residence_municipality_code",
    ),
    FilterSpec("age_band", QT_TRANSLATE_NOOP("Filters", "Age"), "age_band", "birth_date"),
    vocabulary_filter("gender", QT_TRANSLATE_NOOP("Filters", "Gender"), "gender", "gender"),
    FilterSpec("consent", QT_TRANSLATE_NOOP("Filters", "Consent"), "bool", "consent_contact"),
)

KIND = RecordKind(
    key="contacts",
    model_path="socialneet_desktop.db.models:NeetContact",
    table_name="neet_contacts",
    title=QT_TRANSLATE_NOOP("RecordKind", "NEET contacts"),
    singular=QT_TRANSLATE_NOOP("RecordKind", "NEET contact"),
    columns=COLUMNS,
    filters=FILTERS,
    default_sort=("last_name", False),
    sort_then=(("last_name", ("first_name",)),),
    search_columns=("last_name", "first_name", "tax_code", "email", "phone"),
    person_of_list=("uuid", "birth_date", ""),
)
