"""The fields an import can fill, per record kind (each kind lists its own, RecordKind.
import_fields), and the guess of which column is which.

Column titles are compared folded (case, accents and punctuation ignored) with Italian and
English synonyms, so "Ragione sociale", "DENOMINAZIONE" and "Name" all land on `name`.
"""

from __future__ import annotations

from socialneet_desktop.domain.import_fields import ImportField
from socialneet_desktop.domain.municipalities import fold
from socialneet_desktop.services.record_kinds import KEYS_AND_ALIASES, ByKind, kind_by_key

# every kind key and alias -> the kind key, re-exported for cli/access.py and cli/imports.py
KIND_ALIASES = KEYS_AND_ALIASES
# Pseudo-fields naming another record; the pipeline turns them into ids (importers/links.py).
REFERENCES = {
    "contact_ref": "contact_id",
    "staff_ref": "staff_id",
    "organization_ref": "organization_id",
}


# kind key -> the fields an import of it can fill (RecordKind.import_fields)
FIELDS = ByKind(lambda kind: kind.import_fields, where=lambda kind: bool(kind.import_fields))

PLACE_PROVINCE = {  # municipality field -> the pseudo-field with its province
    "municipality_code": "province",
    "residence_municipality_code": "province",
    "birthplace_code": "birthplace_province",
}


def canonical_kind(kind: str) -> str:
    """ "organisations" -> "organizations"; ValueError for an unknown kind."""
    try:
        return kind_by_key(kind.strip().lower()).key
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
