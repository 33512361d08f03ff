"""Possible duplicates of a contact or an organisation, shown before a new record is saved.

Candidates are picked in SQL through indexed columns only (tax code, birth date,
municipality), so the check stays fast on 100,000 contacts; names are then compared in
Python, ignoring case, accents, punctuation and, for organisations, legal-form words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from difflib import SequenceMatcher
from typing import TypeVar

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from socialneet_desktop.db.models import NeetContact, Organization, RecordMixin
from socialneet_desktop.domain.codice_fiscale import normalize_codice_fiscale
from socialneet_desktop.domain.municipalities import fold
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP

Record = TypeVar("Record", bound=RecordMixin)

SIMILARITY = 0.85
SAME_TAX_CODE = "same_tax_code"
SIMILAR_NAME = "similar_name"
REASONS = {
    SAME_TAX_CODE: QT_TRANSLATE_NOOP("Records", "same codice fiscale"),
    SIMILAR_NAME: QT_TRANSLATE_NOOP("Records", "similar name, same birth date"),
    "same_org_code": QT_TRANSLATE_NOOP("Records", "same tax code or VAT number"),
    "similar_org_name": QT_TRANSLATE_NOOP("Records", "similar name, same municipality"),
}
# Words of legal forms, after folding ("S.r.l." -> "srl", "Società" -> "societa").
_LEGAL_FORM_WORDS = (
    "srl srls snc sas spa sapa arl scarl scrl coop cooperativa cooperative soc sociale sociali "
    "societa impresa aps odv onlus ets"
)
LEGAL_FORMS = frozenset(_LEGAL_FORM_WORDS.split())
_LETTERS_APART = re.compile(r"\b(?:[a-z] )+[a-z]\b")  # "s r l" from "S.r.l."


@dataclass(frozen=True)
class DuplicateMatch:
    record_id: int
    label: str  # "Rossi Mario (12/03/2001)", or the organisation's name
    reason: str  # a key of REASONS; its English text for translate("Records", …)
    score: float  # 1.0 for the same code, else the name similarity

    @property
    def reason_text(self) -> str:
        return REASONS[self.reason]


def name_key(text: str) -> str:
    """ "Niccolò  Rossi" -> "niccolo rossi": case, accents and punctuation ignored."""
    return " ".join(fold(text).split())


def person_keys(last_name: str, first_name: str) -> tuple[str, str]:
    """The name_key of "last first" and of "first last": a person is the same whichever
    order the names were typed in."""
    return name_key(f"{last_name} {first_name}"), name_key(f"{first_name} {last_name}")


def organization_key(name: str) -> str:
    """ "Il Cammino coop. soc. a r.l." -> "il cammino": legal-form words left out."""
    folded = _LETTERS_APART.sub(lambda match: match[0].replace(" ", ""), name_key(name))
    return " ".join(word for word in folded.split() if word not in LEGAL_FORMS)


def similarity(first: str, second: str, at_least: float = 0.0) -> float:
    """SequenceMatcher's ratio; 0.0 at once when its cheap upper bounds are below `at_least`
    (most pairs of an import are far apart, and ratio() is the slow part)."""
    if not first or not second:
        return 0.0
    matcher = SequenceMatcher(None, first, second)
    if matcher.real_quick_ratio() < at_least or matcher.quick_ratio() < at_least:
        return 0.0
    return matcher.ratio()


CONTACT_COLUMNS = (
    NeetContact.id,
    NeetContact.last_name,
    NeetContact.first_name,
    NeetContact.birth_date,
    NeetContact.tax_code,
    NeetContact.deleted_at,
)


def contact_candidates(tax_code: str, birth_date: date | None) -> Select | None:
    """Contacts with the same codice fiscale or birth date: a few rows, read via indexes."""
    code = normalize_codice_fiscale(tax_code or "")
    conditions = [NeetContact.tax_code == code] if code else []
    if birth_date is not None:
        conditions.append(NeetContact.birth_date == birth_date)
    if not conditions:
        return None
    return select(*CONTACT_COLUMNS).where(or_(*conditions))


def possible_duplicate_contacts(
    session: Session,
    *,
    tax_code: str,
    last_name: str,
    first_name: str,
    birth_date: date | None,
    exclude_id: int | None = None,
    limit: int = 5,
) -> list[DuplicateMatch]:
    """Contacts that may be the same person: same codice fiscale, or a similar name (also
    with first and last name swapped) and the same birth date. Best matches first."""
    query = contact_candidates(tax_code, birth_date)
    if query is None:
        return []
    return contact_matches(
        session.execute(query),
        tax_code=tax_code,
        last_name=last_name,
        first_name=first_name,
        birth_date=birth_date,
        exclude_id=exclude_id,
        limit=limit,
    )


def contact_matches(
    candidates: Iterable,
    *,
    tax_code: str,
    last_name: str,
    first_name: str,
    birth_date: date | None,
    exclude_id: int | None = None,
    limit: int = 5,
) -> list[DuplicateMatch]:
    """The `candidates` (rows of CONTACT_COLUMNS) that may be the typed person."""
    code = normalize_codice_fiscale(tax_code or "")
    typed = person_keys(last_name, first_name)
    matches = []
    for contact in _kept(candidates, exclude_id):
        match = _contact_match(contact, code, typed, birth_date)
        if match is not None:
            matches.append(match)
    return _best(matches, limit)


def _best(matches: list[DuplicateMatch], limit: int) -> list[DuplicateMatch]:
    return sorted(matches, key=lambda match: (-match.score, match.label))[:limit]


def _kept(records: Iterable, exclude_id: int | None) -> Iterator:
    """Candidates not in the recycle bin and not the record being edited.

    Filtered here rather than in SQL: with `deleted_at IS NULL` in the WHERE clause SQLite
    reads the whole table through the deleted_at index instead of the selective ones.
    """
    for record in records:
        if record.deleted_at is None and record.id != exclude_id:
            yield record


def _contact_match(
    contact: NeetContact, code: str, typed: tuple[str, str], birth_date: date | None
) -> DuplicateMatch | None:
    born = f" ({contact.birth_date:%d/%m/%Y})" if contact.birth_date else ""
    label = f"{contact.last_name} {contact.first_name}".strip() + born
    if code and normalize_codice_fiscale(contact.tax_code) == code:
        return DuplicateMatch(contact.id, label, SAME_TAX_CODE, 1.0)
    if birth_date is None or contact.birth_date != birth_date:
        return None
    theirs = person_keys(contact.last_name, contact.first_name)[0]
    score = max(similarity(theirs, name, SIMILARITY) for name in typed)
    return DuplicateMatch(contact.id, label, SIMILAR_NAME, score) if score >= SIMILARITY else None


ORGANIZATION_COLUMNS = (
    Organization.id,
    Organization.name,
    Organization.tax_code,
    Organization.vat_number,
    Organization.municipality_code,
    Organization.deleted_at,
)


def organization_candidates(codes: set[str], municipality_code: str) -> Select | None:
    """Organisations with one of `codes` as tax code or VAT, or in the municipality."""
    conditions = []
    if codes:
        conditions += [Organization.tax_code.in_(codes), Organization.vat_number.in_(codes)]
    if municipality_code:
        conditions.append(Organization.municipality_code == municipality_code)
    if not conditions:
        return None
    return select(*ORGANIZATION_COLUMNS).where(or_(*conditions))


def possible_duplicate_organizations(
    session: Session,
    *,
    tax_code: str,
    vat_number: str,
    name: str,
    municipality_code: str,
    exclude_id: int | None = None,
    limit: int = 5,
) -> list[DuplicateMatch]:
    """Organisations with the same tax code or VAT number, or a similar name in the same
    municipality ("Cooperativa Sociale Il Cammino" and "Il Cammino coop. soc.")."""
    codes = organization_codes(tax_code, vat_number)
    query = organization_candidates(codes, _place(municipality_code))
    if query is None:
        return []
    return organization_matches(
        session.execute(query),
        tax_code=tax_code,
        vat_number=vat_number,
        name=name,
        municipality_code=municipality_code,
        exclude_id=exclude_id,
        limit=limit,
    )


def organization_matches(
    candidates: Iterable,
    *,
    tax_code: str,
    vat_number: str,
    name: str,
    municipality_code: str,
    exclude_id: int | None = None,
    limit: int = 5,
) -> list[DuplicateMatch]:
    """The `candidates` (rows of ORGANIZATION_COLUMNS) that may be the typed organisation."""
    codes = organization_codes(tax_code, vat_number)
    key = organization_key(name or "")
    place = _place(municipality_code)
    matches = []
    for organization in _kept(candidates, exclude_id):
        match = _organization_match(organization, codes, key, place)
        if match is not None:
            matches.append(match)
    return _best(matches, limit)


def organization_codes(tax_code: str, vat_number: str) -> set[str]:
    """The compact codes ("IT 01234567897" -> "01234567897") an organisation is known by."""
    return {_org_code(tax_code), _org_code(vat_number)} - {""}


def _place(municipality_code: str) -> str:
    return (municipality_code or "").strip().upper()


def _org_code(value: str) -> str:
    code = re.sub(r"[\s.-]", "", value or "").upper()
    return code[2:] if code.startswith("IT") and code[2:].isdigit() else code


def _organization_match(
    organization: Organization, codes: set[str], key: str, place: str
) -> DuplicateMatch | None:
    if codes & organization_codes(organization.tax_code, organization.vat_number):
        return DuplicateMatch(organization.id, organization.name, "same_org_code", 1.0)
    if not place or organization.municipality_code != place:
        return None
    score = similarity(organization_key(organization.name), key, SIMILARITY)
    if score < SIMILARITY:
        return None
    return DuplicateMatch(organization.id, organization.name, "similar_org_name", score)
