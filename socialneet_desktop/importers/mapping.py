"""The fields an import can fill, per record kind, and the guess of which column is which.

Column titles are compared folded (case, accents and punctuation ignored) with Italian and
English synonyms, so "Ragione sociale", "DENOMINAZIONE" and "Name" all land on `name`.
"""

from __future__ import annotations

from dataclasses import dataclass

from socialneet_desktop.domain.municipalities import fold
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP

KIND_ALIASES = {
    "organizations": "organizations",
    "organisations": "organizations",
    "resources": "resources",
    "contacts": "contacts",
    "visits": "visits",
    "staff": "staff",
}
# Pseudo-fields naming another record; the pipeline turns them into ids (importers/links.py).
REFERENCES = {"contact_ref": "contact_id", "staff_ref": "staff_id"}


@dataclass(frozen=True)
class ImportField:
    name: str  # column of the model, or a pseudo-field such as "province"
    label: str  # English, "Import" context
    # text, code, date, datetime, time, number, integer, bool, choice, choices, place,
    # province, reference (the Access id or code of another record, see REFERENCES)
    type: str = "text"
    synonyms: tuple[str, ...] = ()  # folded column titles
    required: bool = False


def _f(name, label, type_="text", synonyms="", required=False) -> ImportField:
    words = tuple(fold(s) for s in synonyms.split("|") if s) + (fold(name),)
    return ImportField(name, label, type_, words, required)


_PROVINCE = _f(
    "province",
    QT_TRANSLATE_NOOP("Import", "Province"),
    "province",
    "provincia|prov|pr|sigla provincia",
)
_ADDRESS = _f(
    "address", QT_TRANSLATE_NOOP("Import", "Address"), "text", "indirizzo|via|sede|address|street"
)
_POSTAL = _f(
    "postal_code",
    QT_TRANSLATE_NOOP("Import", "Postal code"),
    "code",
    "cap|codice postale|zip|postcode",
)
_PHONE = _f(
    "phone",
    QT_TRANSLATE_NOOP("Import", "Phone"),
    "code",
    "telefono|tel|cellulare|cell|phone|mobile|recapito telefonico",
)
_EMAIL = _f(
    "email",
    QT_TRANSLATE_NOOP("Import", "E-mail"),
    "text",
    "e mail|email|mail|pec|posta elettronica|indirizzo email",
)
_LAST_NAME = _f(
    "last_name",
    QT_TRANSLATE_NOOP("Import", "Last name"),
    "text",
    "cognome|last name|surname|family name",
    True,
)
_FIRST_NAME = _f(
    "first_name",
    QT_TRANSLATE_NOOP("Import", "First name"),
    "text",
    "nome|first name|given name|name",
    True,
)
_NOTES = _f(
    "notes", QT_TRANSLATE_NOOP("Import", "Notes"), "text", "note|notes|osservazioni|annotazioni"
)

FIELDS: dict[str, tuple[ImportField, ...]] = {
    "organizations": (
        _f(
            "name",
            QT_TRANSLATE_NOOP("Import", "Name"),
            "text",
            "denominazione|ragione sociale|ente|nome ente|organizzazione|name|organisation",
            True,
        ),
        _f(
            "kind",
            QT_TRANSLATE_NOOP("Import", "Kind of organisation"),
            "choice",
            "tipo|tipologia|tipo ente|natura giuridica|forma giuridica|kind|type",
            True,
        ),
        _f(
            "tax_code",
            QT_TRANSLATE_NOOP("Import", "Tax code"),
            "code",
            "codice fiscale|cf|c f|cod fiscale|tax code|fiscal code",
        ),
        _f(
            "vat_number",
            QT_TRANSLATE_NOOP("Import", "VAT number"),
            "code",
            "partita iva|p iva|piva|p iva cf|vat|vat number",
        ),
        _f(
            "municipality_code",
            QT_TRANSLATE_NOOP("Import", "Municipality"),
            "place",
            "comune|citta|localita|sede legale comune|municipality|city|town",
        ),
        _PROVINCE,
        _ADDRESS,
        _POSTAL,
        _PHONE,
        _EMAIL,
        _f(
            "website",
            QT_TRANSLATE_NOOP("Import", "Website"),
            "text",
            "sito|sito web|sito internet|web|website|url",
        ),
        _f(
            "sector",
            QT_TRANSLATE_NOOP("Import", "Sector"),
            "text",
            "settore|ambito|attivita|sector",
        ),
        _NOTES,
    ),
    "resources": (
        _f(
            "title",
            QT_TRANSLATE_NOOP("Import", "Title"),
            "text",
            "titolo|risorsa|nome risorsa|denominazione|title|resource",
            True,
        ),
        _f(
            "category",
            QT_TRANSLATE_NOOP("Import", "Category"),
            "choice",
            "categoria|tipo risorsa|tipologia|category",
            True,
        ),
        _f("status", QT_TRANSLATE_NOOP("Import", "Status"), "choice", "stato|status|state"),
        _f(
            "description",
            QT_TRANSLATE_NOOP("Import", "Description"),
            "text",
            "descrizione|description",
        ),
        _f(
            "owner_name",
            QT_TRANSLATE_NOOP("Import", "Owner"),
            "text",
            "proprietario|ente proprietario|titolare|owner",
        ),
        _f(
            "municipality_code",
            QT_TRANSLATE_NOOP("Import", "Municipality"),
            "place",
            "comune|citta|localita|municipality|city|town",
        ),
        _PROVINCE,
        _ADDRESS,
        _f(
            "quantity",
            QT_TRANSLATE_NOOP("Import", "Quantity"),
            "number",
            "quantita|qta|quantity|qty",
        ),
        _f("unit", QT_TRANSLATE_NOOP("Import", "Unit"), "text", "unita|unita di misura|um|unit"),
        _f(
            "condition",
            QT_TRANSLATE_NOOP("Import", "Condition"),
            "choice",
            "condizione|condizioni|stato di conservazione|condition",
        ),
        _f(
            "available_from",
            QT_TRANSLATE_NOOP("Import", "Available from"),
            "date",
            "disponibile dal|disponibile da|dal|available from",
        ),
        _f(
            "available_to",
            QT_TRANSLATE_NOOP("Import", "Available until"),
            "date",
            "disponibile fino al|al|available to|available until",
        ),
        _f(
            "schedule",
            QT_TRANSLATE_NOOP("Import", "Schedule"),
            "text",
            "orari|orario|disponibilita|schedule",
        ),
        _f(
            "terms",
            QT_TRANSLATE_NOOP("Import", "Terms"),
            "choice",
            "condizioni d uso|modalita|termini|terms",
        ),
        _f(
            "proposed_use",
            QT_TRANSLATE_NOOP("Import", "Proposed social use"),
            "text",
            "uso proposto|uso sociale|riuso proposto|proposed use",
        ),
        _f(
            "surveyed_on",
            QT_TRANSLATE_NOOP("Import", "Surveyed on"),
            "date",
            "data rilevazione|rilevata il|data|surveyed on|date",
        ),
        _f("source", QT_TRANSLATE_NOOP("Import", "Source"), "choice", "fonte|source"),
        _NOTES,
    ),
    "contacts": (
        _LAST_NAME,
        _FIRST_NAME,
        _f(
            "gender", QT_TRANSLATE_NOOP("Import", "Gender"), "choice", "sesso|genere|m f|gender|sex"
        ),
        _f(
            "birth_date",
            QT_TRANSLATE_NOOP("Import", "Birth date"),
            "date",
            "data di nascita|data nascita|nato il|nata il|birth date|date of birth|dob",
        ),
        _f(
            "birthplace_code",
            QT_TRANSLATE_NOOP("Import", "Birthplace"),
            "place",
            "luogo di nascita|comune di nascita|nato a|nata a|birthplace|place of birth",
        ),
        _f(
            "birthplace_province",
            QT_TRANSLATE_NOOP("Import", "Province of birth"),
            "province",
            "provincia di nascita|prov nascita|pr nascita",
        ),
        _f(
            "tax_code",
            QT_TRANSLATE_NOOP("Import", "Codice fiscale"),
            "code",
            "codice fiscale|cf|c f|cod fiscale|tax code|fiscal code",
        ),
        _f(
            "citizenship",
            QT_TRANSLATE_NOOP("Import", "Citizenship"),
            "choice",
            "cittadinanza|nazionalita|citizenship|nationality",
        ),
        _f(
            "residence_municipality_code",
            QT_TRANSLATE_NOOP("Import", "Municipality of residence"),
            "place",
            "comune di residenza|comune|residenza|citta|municipality|city|town",
        ),
        _f(
            "province",
            QT_TRANSLATE_NOOP("Import", "Province of residence"),
            "province",
            "provincia di residenza|provincia|prov|pr",
        ),
        _ADDRESS,
        _POSTAL,
        _PHONE,
        _EMAIL,
        _f(
            "education_level",
            QT_TRANSLATE_NOOP("Import", "Education level"),
            "choice",
            "titolo di studio|istruzione|livello di istruzione|education|education level",
        ),
        _f(
            "labour_status",
            QT_TRANSLATE_NOOP("Import", "Labour status"),
            "choice",
            "condizione occupazionale|stato occupazionale|labour status|employment status",
        ),
        _f(
            "labour_status_months",
            QT_TRANSLATE_NOOP("Import", "Months in this labour status"),
            "integer",
            "mesi|durata mesi|mesi di disoccupazione|months",
        ),
        _f(
            "youth_guarantee",
            QT_TRANSLATE_NOOP("Import", "Youth Guarantee"),
            "bool",
            "garanzia giovani|iscritto garanzia giovani|youth guarantee",
        ),
        _f(
            "heard_from",
            QT_TRANSLATE_NOOP("Import", "How they heard of us"),
            "choice",
            "canale|come ci ha conosciuto|heard from",
        ),
        _f(
            "sectors_of_interest",
            QT_TRANSLATE_NOOP("Import", "Sectors of interest"),
            "choices",
            "settori di interesse|settori|interessi|sectors of interest",
        ),
        _f(
            "privacy_notice_version",
            QT_TRANSLATE_NOOP("Import", "Privacy notice version"),
            "text",
            "versione informativa|informativa|privacy version",
        ),
        _f(
            "privacy_signed_on",
            QT_TRANSLATE_NOOP("Import", "Privacy notice signed on"),
            "date",
            "data firma privacy|privacy firmata il|data privacy|privacy signed on",
        ),
        _f(
            "consent_contact",
            QT_TRANSLATE_NOOP("Import", "Consent to be contacted"),
            "bool",
            "consenso|consenso contatto|consent|consent to contact",
        ),
        _f(
            "guardian_name",
            QT_TRANSLATE_NOOP("Import", "Guardian"),
            "text",
            "tutore|genitore|guardian",
        ),
        _f(
            "guardian_consent",
            QT_TRANSLATE_NOOP("Import", "Guardian's consent"),
            "bool",
            "consenso tutore|consenso genitore|guardian consent",
        ),
        _NOTES,
    ),
}

FIELDS["visits"] = (
    _f(
        "contact_ref",
        QT_TRANSLATE_NOOP("Import", "Person (Access id or codice fiscale)"),
        "reference",
        "contatto|id contatto|idcontatto|contatto id|id persona|persona|utente|id utente|"
        "neet|id neet|codice fiscale|cf|contact|contact id|person|person id",
        True,
    ),
    _f(
        "visit_date",
        QT_TRANSLATE_NOOP("Import", "Date of the visit"),
        "date",
        "data|data visita|data colloquio|data incontro|giorno|visit date|date",
        True,
    ),
    _f(
        "start_time",
        QT_TRANSLATE_NOOP("Import", "Start time"),
        "time",
        "ora|ora inizio|inizio|dalle|orario|start|start time|time",
    ),
    _f(
        "end_time",
        QT_TRANSLATE_NOOP("Import", "End time"),
        "time",
        "ora fine|fine|alle|end|end time",
    ),
    _f(
        "visit_type",
        QT_TRANSLATE_NOOP("Import", "Type of visit"),
        "choice",
        "tipo|tipo visita|tipo colloquio|tipologia|type|visit type",
        True,
    ),
    _f(
        "staff_ref",
        QT_TRANSLATE_NOOP("Import", "Staff member (name or Access id)"),
        "reference",
        "operatore|operatrice|id operatore|operatore id|staff|staff id|advisor",
    ),
    _f(
        "summary",
        QT_TRANSLATE_NOOP("Import", "Summary of the visit"),
        "text",
        "sintesi|resoconto|descrizione|argomenti|contenuto|note|summary|description|notes",
    ),
    _f("outcome", QT_TRANSLATE_NOOP("Import", "Outcome"), "text", "esito|risultato|outcome"),
    _f(
        "next_appointment",
        QT_TRANSLATE_NOOP("Import", "Next appointment"),
        "datetime",
        "prossimo appuntamento|appuntamento|richiamo|next appointment",
    ),
    _f(
        "attendance_signed",
        QT_TRANSLATE_NOOP("Import", "Attendance signed"),
        "bool",
        "firma|firmato|firma presenza|presenza firmata|registro firmato|signed|attendance signed",
    ),
)
FIELDS["staff"] = (
    _LAST_NAME,
    _FIRST_NAME,
    _f("role", QT_TRANSLATE_NOOP("Import", "Role"), "choice", "ruolo|mansione|qualifica|role"),
    _PHONE,
    _EMAIL,
    _f("active", QT_TRANSLATE_NOOP("Import", "Active"), "bool", "attivo|attiva|in servizio|active"),
    _NOTES,
)

PLACE_PROVINCE = {  # municipality field -> the pseudo-field with its province
    "municipality_code": "province",
    "residence_municipality_code": "province",
    "birthplace_code": "birthplace_province",
}


def canonical_kind(kind: str) -> str:
    """ "organisations" -> "organizations"; ValueError for an unknown kind."""
    try:
        return KIND_ALIASES[kind.strip().lower()]
    except KeyError:
        raise ValueError(f"unknown record kind: {kind!r}") from None


def fields_of(kind: str) -> dict[str, ImportField]:
    return {field.name: field for field in FIELDS[canonical_kind(kind)]}


def guess_mapping(kind: str, headers: list[str]) -> dict[str, str]:
    """{column title: field name} for the columns recognised; each field at most once,
    taken by the first column whose title matches it."""
    mapping: dict[str, str] = {}
    for header in headers:
        key = fold(header)
        for field in FIELDS[canonical_kind(kind)]:
            if key in field.synonyms and field.name not in mapping.values():
                mapping[header] = field.name
                break
    return mapping


def missing_required(kind: str, mapping: dict[str, str], defaults: dict[str, str]) -> list[str]:
    """Required fields neither mapped to a column nor given a default value."""
    given = set(mapping.values()) | {name for name, value in defaults.items() if value.strip()}
    return [f.name for f in FIELDS[canonical_kind(kind)] if f.required and f.name not in given]
