"""The fields an import can fill, per record kind, and the guess of which column is which.

Column titles are compared folded (case, accents and punctuation ignored) with Italian and
English synonyms, so "Ragione sociale", "DENOMINAZIONE" and "Name" all land on `name`.
"""

from __future__ import annotations

from socialneet_desktop.domain.municipalities import fold
from socialneet_desktop.importers.common_fields import ImportField
from socialneet_desktop.importers.linked_fields import LINKED_FIELDS
from socialneet_desktop.importers.record_fields import RECORD_FIELDS

KIND_ALIASES = {
    "organizations": "organizations",
    "organisations": "organizations",
    "resources": "resources",
    "contacts": "contacts",
    "visits": "visits",
    "staff": "staff",
    "contact_people": "contact_people",
    "people": "contact_people",
    "meetings": "meetings",
}
# Pseudo-fields naming another record; the pipeline turns them into ids (importers/links.py).
REFERENCES = {
    "contact_ref": "contact_id",
    "staff_ref": "staff_id",
    "organization_ref": "organization_id",
}


FIELDS: dict[str, tuple[ImportField, ...]] = {**RECORD_FIELDS, **LINKED_FIELDS}

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
