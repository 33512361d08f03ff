"""NEET contacts: the young people who came to the Meeting Point."""

from __future__ import annotations

from socialneet_desktop.domain import vocabularies as voc
from socialneet_desktop.domain.columns import (
    BOOL,
    CODE,
    DATE,
    ColumnSpec,
    FilterSpec,
    vocabulary_filter,
)
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.services import kind_labels
from socialneet_desktop.services.kind_facets import RecordKind
from socialneet_desktop.services.kind_rules import (
    BIRTH_AND_GUARDIAN,
    FIRST_NAME,
    LAST_NAME,
    PERSONAL_TAX_CODE,
    Choice,
    NotNegative,
    Place,
    Required,
)

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

RULES = (
    Required("last_name", LAST_NAME),
    Required("first_name", FIRST_NAME),
    Choice(
        "gender",
        voc.GENDER,
        QT_TRANSLATE_NOOP("Validation", "Gender: %1 is not one of the choices."),
    ),
    Choice(
        "citizenship",
        voc.CITIZENSHIP,
        QT_TRANSLATE_NOOP("Validation", "Citizenship: %1 is not one of the choices."),
    ),
    Choice(
        "education_level",
        voc.EDUCATION_LEVEL,
        QT_TRANSLATE_NOOP("Validation", "Education level: %1 is not one of the choices."),
    ),
    Choice(
        "labour_status",
        voc.LABOUR_STATUS,
        QT_TRANSLATE_NOOP("Validation", "Labour status: %1 is not one of the choices."),
    ),
    Choice(
        "heard_from",
        voc.HEARD_FROM,
        QT_TRANSLATE_NOOP("Validation", "How they heard of us: %1 is not one of the choices."),
    ),
    Choice(
        "sectors_of_interest",
        voc.SECTOR_OF_INTEREST,
        QT_TRANSLATE_NOOP("Validation", "Sectors of interest: %1 is not one of the choices."),
        multi=True,  # comma-separated codes
    ),
    Place(
        "birthplace_code",
        True,
        QT_TRANSLATE_NOOP(
            "Validation", "Birthplace: %1 is neither an Italian municipality nor a country."
        ),
    ),
    Place(
        "residence_municipality_code",
        False,
        QT_TRANSLATE_NOOP(
            "Validation",
            "Municipality of residence: %1 is not an Italian municipality that exists today.",
        ),
    ),
    PERSONAL_TAX_CODE,
    BIRTH_AND_GUARDIAN,
    NotNegative(
        "labour_status_months",
        QT_TRANSLATE_NOOP("Validation", "Months in this labour status: cannot be negative."),
    ),
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
    rules=RULES,
    date_fields=("birth_date", "privacy_signed_on"),
    name_fields=("last_name", "first_name"),
    labeller=kind_labels.person,
)
