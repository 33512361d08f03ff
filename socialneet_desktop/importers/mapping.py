"""The fields an import can fill, per record kind (each kind lists its own, RecordKind.
import_fields), and the guess of which column is which.

Column titles are compared folded (case, accents and punctuation ignored) with Italian and
English synonyms, so "Ragione sociale", "DENOMINAZIONE" and "Name" all land on `name`.
"""

from __future__ import annotations

from dataclasses import dataclass

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
    "course_ref": "course_id",
    "activity_ref": "activity_id",
}


def reference_targets(kind: str) -> dict[str, str]:
    """Reference field -> the column it fills, for an import of `kind`."""
    return REFERENCES | dict(kind_by_key(kind).reference_columns)


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


SURE = 0.75  # a guess at least this confident is taken; below it the column is left
LEAST = 0.5  # a guess below this is not even proposed
_HEAD_WORD = 0.25  # a synonym that starts the title ("Email organizzazione" is an e-mail)


@dataclass(frozen=True)
class Guess:
    field: str
    confidence: float  # 1.0: the whole title is a synonym; less: some of its words are


def guess_columns(kind: str, headers: list[str]) -> dict[str, Guess]:
    """{column title: the field it probably is}, compared by folded words: a title that is
    a synonym is sure, one holding a synonym's words less so (more where the synonym is its
    first word: "Email organizzazione" is an e-mail, "Nome organizzazione" a name). Each
    field goes to the column that matches it best (the first of equals)."""
    fields = FIELDS[canonical_kind(kind)]
    candidates = []
    for position, header in enumerate(headers):
        for field, confidence in _scores(header, fields):
            candidates.append((-confidence, position, header, field))
    guesses: dict[str, Guess] = {}
    for minus, _position, header, field in sorted(candidates):
        if header not in guesses and field not in {g.field for g in guesses.values()}:
            guesses[header] = Guess(field, -minus)
    return {header: guesses[header] for header in headers if header in guesses}


def _scores(header: str, fields) -> list[tuple[str, float]]:
    words = fold(header).split()
    if not words:
        return []
    scores = []
    for field in fields:
        best = 0.0
        for synonym in field.synonyms:
            best = max(best, _score(words, synonym.split()))
        if best >= LEAST:
            scores.append((field.name, best))
    return scores


def _score(words: list[str], synonym: list[str]) -> float:
    if words == synonym:
        return 1.0
    size = len(synonym)
    starts = [i for i in range(len(words) - size + 1) if words[i : i + size] == synonym]
    if not starts:
        return 0.0
    return min(0.95, size / len(words) + (_HEAD_WORD if starts[0] == 0 else 0.0))


def guess_mapping(kind: str, headers: list[str]) -> dict[str, str]:
    """{column title: field name} for the columns recognised with confidence (SURE); each
    field at most once. The others are left for the user."""
    guesses = guess_columns(kind, headers)
    return {header: g.field for header, g in guesses.items() if g.confidence >= SURE}


def missing_required(kind: str, mapping: dict[str, str], defaults: dict[str, str]) -> list[str]:
    """Required fields neither mapped to a column nor given a default value."""
    given = set(mapping.values()) | {name for name, value in defaults.items() if value.strip()}
    return [f.name for f in FIELDS[canonical_kind(kind)] if f.required and f.name not in given]
