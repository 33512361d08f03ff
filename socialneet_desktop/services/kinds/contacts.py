"""NEET contacts: the young people who came to the Meeting Point."""

from __future__ import annotations

from socialneet_desktop.domain import vocabularies as voc
from socialneet_desktop.domain.columns import (
    BOOL,
    CODE,
    DATE,
    NUMBER,
    ColumnSpec,
    FilterSpec,
    vocabulary_filter,
)
from socialneet_desktop.domain.import_fields import (
    ADDRESS,
    CONTACT_REF,
    EMAIL,
    FIRST_NAME,
    LAST_NAME,
    NOTES,
    PHONE,
    POSTAL,
    field,
)
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.domain.validation import Problem
from socialneet_desktop.services import kind_labels
from socialneet_desktop.services.kind_facets import RecordKind
from socialneet_desktop.services.kind_rules import (
    BIRTH_AND_GUARDIAN,
    FIRST_NAME_REQUIRED,
    LAST_NAME_REQUIRED,
    PERSONAL_TAX_CODE,
    REQUIRED,
    Check,
    Choice,
    Found,
    NotNegative,
    Place,
    Required,
    RuleContext,
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

# What the list may show besides its columns (issue 16: age, phone, education, visits …)
OPTIONAL_COLUMNS = (
    ColumnSpec(
        "age", QT_TRANSLATE_NOOP("Columns", "Age"), NUMBER, 6, sql="contact_age", sortable=False
    ),
    ColumnSpec("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), width=14, personal=True),
    ColumnSpec("email", QT_TRANSLATE_NOOP("Columns", "E-mail"), width=24, personal=True),
    ColumnSpec(
        "education_level",
        QT_TRANSLATE_NOOP("Columns", "Education"),
        CODE,
        22,
        vocabulary="EDUCATION_LEVEL",
    ),
    ColumnSpec(
        "labour_status",
        QT_TRANSLATE_NOOP("Columns", "Labour status"),
        CODE,
        20,
        vocabulary="LABOUR_STATUS",
    ),
    ColumnSpec(
        "labour_status_months", QT_TRANSLATE_NOOP("Columns", "Months in that status"), NUMBER, 8
    ),
    ColumnSpec(
        "citizenship",
        QT_TRANSLATE_NOOP("Columns", "Citizenship"),
        CODE,
        14,
        vocabulary="CITIZENSHIP",
    ),
    ColumnSpec(
        "heard_from",
        QT_TRANSLATE_NOOP("Columns", "Heard of us from"),
        CODE,
        18,
        vocabulary="HEARD_FROM",
    ),
    ColumnSpec("youth_guarantee", QT_TRANSLATE_NOOP("Columns", "Youth Guarantee"), BOOL, 8),
    ColumnSpec(
        "visit_count",
        QT_TRANSLATE_NOOP("Columns", "Number of visits"),
        NUMBER,
        8,
        sql="contact_visit_count",
        sortable=False,
    ),
    ColumnSpec(
        "last_visit",
        QT_TRANSLATE_NOOP("Columns", "Last visit"),
        DATE,
        12,
        sql="contact_last_visit",
        sortable=False,
    ),
    ColumnSpec("privacy_signed_on", QT_TRANSLATE_NOOP("Columns", "Privacy signed on"), DATE, 12),
    # the vulnerable groups the funder asks about (issue 18), special categories never
    ColumnSpec(
        "caring_responsibilities", QT_TRANSLATE_NOOP("Columns", "Caring responsibilities"), BOOL, 8
    ),
    ColumnSpec("minority", QT_TRANSLATE_NOOP("Columns", "Minority"), BOOL, 8),
    ColumnSpec("asylum_or_refugee", QT_TRANSLATE_NOOP("Columns", "Asylum or refugee"), BOOL, 8),
    ColumnSpec(
        "long_term_unemployed",
        QT_TRANSLATE_NOOP("Columns", "Long-term unemployed"),
        BOOL,
        8,
        sql="contact_long_term_unemployed",
    ),
    ColumnSpec(
        "low_skilled",
        QT_TRANSLATE_NOOP("Columns", "Low-skilled"),
        BOOL,
        8,
        sql="contact_low_skilled",
    ),
    ColumnSpec("address", QT_TRANSLATE_NOOP("Columns", "Address"), width=26, personal=True),
    ColumnSpec("postal_code", QT_TRANSLATE_NOOP("Columns", "Postal code"), width=7),
)

# Special-category data (GDPR art. 9): never a list column, never in a pseudonymous export
# (personal), in an identifiable one only when the user asks for it
SPECIAL_CATEGORY_COLUMNS = (
    ColumnSpec(
        "special_category_consent",
        QT_TRANSLATE_NOOP("Columns", "Explicit consent to special-category data"),
        BOOL,
        10,
        personal=True,
    ),
    ColumnSpec(
        "special_category_consent_on",
        QT_TRANSLATE_NOOP("Columns", "Special-category consent on"),
        DATE,
        12,
        personal=True,
    ),
    ColumnSpec("disability", QT_TRANSLATE_NOOP("Columns", "Disability"), BOOL, 8, personal=True),
    ColumnSpec(
        "mental_health",
        QT_TRANSLATE_NOOP("Columns", "Mental-health issues"),
        BOOL,
        8,
        personal=True,
    ),
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

WITHOUT_CONSENT = {
    "disability": QT_TRANSLATE_NOOP(
        "Validation",
        "Disability: it can be recorded only with the explicit consent to special-category "
        "data (tick it first, with its date).",
    ),
    "mental_health": QT_TRANSLATE_NOOP(
        "Validation",
        "Mental-health issues: they can be recorded only with the explicit consent to "
        "special-category data (tick it first, with its date).",
    ),
}


def _special_categories(context: RuleContext) -> Found:
    """Disability and health only with the explicit consent, and the consent with its day."""
    consent = bool(context.get("special_category_consent"))
    if consent and context.get("special_category_consent_on") is None:
        message = QT_TRANSLATE_NOOP(
            "Validation", "Consent given on: required with the explicit consent."
        )
        yield Problem("special_category_consent_on", message)
    for name, message in WITHOUT_CONSENT.items():
        if context.get(name) and not consent:
            yield Problem(name, message)


RULES = (
    Required("last_name", LAST_NAME_REQUIRED),
    Required("first_name", FIRST_NAME_REQUIRED),
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
    Check(REQUIRED, _special_categories),
)

IMPORT_FIELDS = (
    LAST_NAME,
    FIRST_NAME,
    field("gender", QT_TRANSLATE_NOOP("Import", "Gender"), "choice", "sesso|genere|m f|gender|sex"),
    field(
        "birth_date",
        QT_TRANSLATE_NOOP("Import", "Birth date"),
        "date",
        "data di nascita|data nascita|nato il|nata il|birth date|date of birth|dob",
    ),
    field(
        "birthplace_code",
        QT_TRANSLATE_NOOP("Import", "Birthplace"),
        "place",
        "luogo di nascita|comune di nascita|nato a|nata a|birthplace|place of birth",
    ),
    field(
        "birthplace_province",
        QT_TRANSLATE_NOOP("Import", "Province of birth"),
        "province",
        "provincia di nascita|prov nascita|pr nascita",
    ),
    field(
        "tax_code",
        QT_TRANSLATE_NOOP("Import", "Codice fiscale"),
        "code",
        "codice fiscale|cf|c f|cod fiscale|tax code|fiscal code",
    ),
    field(
        "citizenship",
        QT_TRANSLATE_NOOP("Import", "Citizenship"),
        "choice",
        "cittadinanza|nazionalita|citizenship|nationality",
    ),
    field(
        "residence_municipality_code",
        QT_TRANSLATE_NOOP("Import", "Municipality of residence"),
        "place",
        "comune di residenza|comune|residenza|citta|municipality|city|town",
    ),
    field(
        "province",
        QT_TRANSLATE_NOOP("Import", "Province of residence"),
        "province",
        "provincia di residenza|provincia|prov|pr",
    ),
    ADDRESS,
    POSTAL,
    PHONE,
    EMAIL,
    field(
        "education_level",
        QT_TRANSLATE_NOOP("Import", "Education level"),
        "choice",
        "titolo di studio|istruzione|livello di istruzione|education|education level",
    ),
    field(
        "labour_status",
        QT_TRANSLATE_NOOP("Import", "Labour status"),
        "choice",
        "condizione occupazionale|stato occupazionale|labour status|employment status",
    ),
    field(
        "labour_status_months",
        QT_TRANSLATE_NOOP("Import", "Months in this labour status"),
        "integer",
        "mesi|durata mesi|mesi di disoccupazione|months",
    ),
    field(
        "youth_guarantee",
        QT_TRANSLATE_NOOP("Import", "Youth Guarantee"),
        "bool",
        "garanzia giovani|iscritto garanzia giovani|youth guarantee",
    ),
    field(
        "heard_from",
        QT_TRANSLATE_NOOP("Import", "How they heard of us"),
        "choice",
        "canale|come ci ha conosciuto|heard from",
    ),
    field(
        "sectors_of_interest",
        QT_TRANSLATE_NOOP("Import", "Sectors of interest"),
        "choices",
        "settori di interesse|settori|interessi|sectors of interest",
    ),
    field(
        "privacy_notice_version",
        QT_TRANSLATE_NOOP("Import", "Privacy notice version"),
        "text",
        "versione informativa|informativa|privacy version",
    ),
    field(
        "privacy_signed_on",
        QT_TRANSLATE_NOOP("Import", "Privacy notice signed on"),
        "date",
        "data firma privacy|privacy firmata il|data privacy|privacy signed on",
    ),
    field(
        "consent_contact",
        QT_TRANSLATE_NOOP("Import", "Consent to be contacted"),
        "bool",
        "consenso|consenso contatto|consent|consent to contact",
    ),
    field(
        "guardian_name",
        QT_TRANSLATE_NOOP("Import", "Guardian"),
        "text",
        "tutore|genitore|guardian",
    ),
    field(
        "guardian_consent",
        QT_TRANSLATE_NOOP("Import", "Guardian's consent"),
        "bool",
        "consenso tutore|consenso genitore|guardian consent",
    ),
    field(
        "caring_responsibilities",
        QT_TRANSLATE_NOOP("Import", "Caring responsibilities"),
        "bool",
        "carichi di cura|carichi familiari|figli a carico|caring responsibilities",
    ),
    field(
        "minority",
        QT_TRANSLATE_NOOP("Import", "Belongs to a minority"),
        "bool",
        "minoranza|appartenenza a minoranza|minority",
    ),
    field(
        "asylum_or_refugee",
        QT_TRANSLATE_NOOP("Import", "Asylum seeker or refugee"),
        "bool",
        "richiedente asilo|rifugiato|protezione internazionale|asylum|refugee",
    ),
    NOTES,
)

KIND = RecordKind(
    key="contacts",
    model_path="socialneet_desktop.db.models:NeetContact",
    table_name="neet_contacts",
    title=QT_TRANSLATE_NOOP("RecordKind", "NEET contacts"),
    singular=QT_TRANSLATE_NOOP("RecordKind", "NEET contact"),
    area="young_people",
    columns=COLUMNS,
    optional_columns=OPTIONAL_COLUMNS,
    special_columns=SPECIAL_CATEGORY_COLUMNS,
    filters=FILTERS,
    default_sort=("last_name", False),
    sort_then=(("last_name", ("first_name",)),),
    search_columns=("last_name", "first_name", "tax_code", "email", "phone"),
    person_of_list=("uuid", "birth_date", ""),
    rules=RULES,
    date_fields=("birth_date", "privacy_signed_on", "special_category_consent_on"),
    name_fields=("last_name", "first_name"),
    labeller=kind_labels.person,
    duplicate_index="socialneet_desktop.services.duplicate_index:ContactIndex",
    import_fields=IMPORT_FIELDS,
    row_label=("last_name", "first_name"),
    access_synonyms=(("home phone", "phone"),),
    reference=CONTACT_REF,
    found_by=("tax_code", "origin"),
    erased_fields=(
        "first_name",
        "last_name",
        "tax_code",
        "birthplace_code",
        "address",
        "postal_code",
        "phone",
        "email",
        "guardian_name",
        "notes",
    ),
    import_label=QT_TRANSLATE_NOOP("ImportWizard", "NEET contacts"),
    import_order=5,
    record_documents=("contact", "consent"),
    exchange=(),
)
