"""What an import can fill: the description of one field, and the fields several record
kinds share (address, phone, names, the links to a staff member or an organisation).

Each record kind lists its import fields (RecordKind.import_fields, services/kinds/)."""

from __future__ import annotations

from dataclasses import dataclass

from socialneet_desktop.domain.municipalities import fold
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ImportField:
    name: str  # column of the model, or a pseudo-field such as "province"
    label: str  # English, "Import" context
    # text, code, date, datetime, time, number, integer, bool, choice, choices, place,
    # province, reference (the Access id or code of another record, see REFERENCES)
    type: str = "text"
    synonyms: tuple[str, ...] = ()  # folded column titles
    required: bool = False


def field(name, label, type_="text", synonyms="", required=False) -> ImportField:
    words = tuple(fold(s) for s in synonyms.split("|") if s) + (fold(name),)
    return ImportField(name, label, type_, words, required)


PROVINCE = field(
    "province",
    QT_TRANSLATE_NOOP("Import", "Province"),
    "province",
    "provincia|prov|pr|sigla provincia",
)
ADDRESS = field(
    "address", QT_TRANSLATE_NOOP("Import", "Address"), "text", "indirizzo|via|sede|address|street"
)
POSTAL = field(
    "postal_code",
    QT_TRANSLATE_NOOP("Import", "Postal code"),
    "code",
    "cap|codice postale|zip|postcode",
)
PHONE = field(
    "phone",
    QT_TRANSLATE_NOOP("Import", "Phone"),
    "code",
    "telefono|tel|cellulare|cell|phone|mobile|recapito telefonico",
)
EMAIL = field(
    "email",
    QT_TRANSLATE_NOOP("Import", "E-mail"),
    "text",
    "e mail|email|mail|pec|posta elettronica|indirizzo email",
)
LAST_NAME = field(
    "last_name",
    QT_TRANSLATE_NOOP("Import", "Last name"),
    "text",
    "cognome|last name|surname|family name|cognome referente|referente cognome|"
    "cognome persona|cognome persona incontrata",
    True,
)
FIRST_NAME = field(
    "first_name",
    QT_TRANSLATE_NOOP("Import", "First name"),
    "text",
    "nome|first name|given name|name|nome referente|referente nome|nome persona|"
    "nome persona incontrata",
    True,
)
NOTES = field(
    "notes", QT_TRANSLATE_NOOP("Import", "Notes"), "text", "note|notes|osservazioni|annotazioni"
)

STAFF_REF = field(
    "staff_ref",
    QT_TRANSLATE_NOOP("Import", "Staff member (name or Access id)"),
    "reference",
    "operatore|operatrice|id operatore|operatore id|staff|staff id|advisor",
)
ORGANIZATION_REF = field(
    "organization_ref",
    QT_TRANSLATE_NOOP("Import", "Organisation (Access id, tax code or name)"),
    "reference",
    "ente|id ente|idente|ente id|organizzazione|id organizzazione|stakeholder|id stakeholder|"
    "azienda|organisation|organization|organization id|company|company id",
)
CONTACT_REF = field(
    "contact_ref",
    QT_TRANSLATE_NOOP("Import", "Person (Access id or codice fiscale)"),
    "reference",
    "contatto|id contatto|idcontatto|contatto id|id persona|persona|utente|id utente|"
    "neet|id neet|codice fiscale|cf|contact|contact id|person|person id",
    True,
)
