"""The file's own words for a coded field ("Coop. sociale tipo B", "Ente Pubblico") mapped to
the field's choices: the distinct values of the column with their counts, each with a
guessed choice the user may change or leave empty (ImportPlan.values)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from socialneet_desktop.domain.municipalities import fold
from socialneet_desktop.importers.conversion import (
    ConversionError,
    italian_label,
    to_code,
    vocabulary_of,
)
from socialneet_desktop.importers.mapping import fields_of

LEAST = 0.5  # a choice whose words match less of the value is not proposed
MAX_DISTINCT = 200  # a column with more distinct values is not a coded one


@dataclass(frozen=True)
class ValueCount:
    text: str  # as the file has it (the first time it appears)
    count: int
    guess: str | None  # the choice's code proposed, None when nothing matches


def coded_fields(kind: str, mapping: dict[str, str]) -> list[str]:
    """The mapped fields of `kind` that take a choice of a vocabulary."""
    fields = fields_of(kind)
    mapped = dict.fromkeys(mapping.values())
    return [
        name
        for name in mapped
        if name in fields
        and fields[name].type in ("choice", "choices")
        and vocabulary_of(kind, name) is not None
    ]


def distinct_values(kind: str, rows, column: str, field: str) -> list[ValueCount]:
    """The distinct non-blank values of `column` (case and accents aside), most frequent
    first, each with the choice it probably means."""
    counts: Counter = Counter()
    first: dict[str, str] = {}
    for row in rows:
        text = row.values.get(column, "").strip()
        if text:
            key = fold(text)
            counts[key] += 1
            first.setdefault(key, text)
            if len(counts) > MAX_DISTINCT:
                break
    return [
        ValueCount(first[key], count, guess_code(kind, field, first[key]))
        for key, count in counts.most_common()
    ]


def guess_code(kind: str, field: str, text: str) -> str | None:
    """The code `text` names exactly, else the choice most of whose words it shares (a word
    and its abbreviation: "Coop." is "Cooperativa"), None when none shares enough."""
    try:
        return to_code(kind, field, text) or None
    except ConversionError:
        pass
    words = _words(text)
    best, best_score = None, 0.0
    for term in vocabulary_of(kind, field) or ():
        for label in (term.label, italian_label(term.label)):
            score = _overlap(words, _words(label))
            if score > best_score:
                best, best_score = term.code, score
    return best if best_score >= LEAST else None


def _words(text: str) -> list[str]:
    return [word for word in fold(text).split() if len(word) > 2 or word.isupper()]


def _overlap(words: list[str], label: list[str]) -> float:
    """The share of the label's words that `words` holds, whole or abbreviated."""
    if not label:
        return 0.0
    found = sum(1 for word in label if any(_same(word, mine) for mine in words))
    return found / len(label)


def _same(word: str, mine: str) -> bool:
    return word == mine or (len(mine) >= 3 and word.startswith(mine))


def apply_values(values: dict[str, dict[str, str]], texts: dict[str, str]) -> None:
    """Replace in `texts` each value the user mapped ({field: {folded text: code}})."""
    for name, chosen in values.items():
        text = texts.get(name, "")
        key = fold(text)
        if text.strip() and key in chosen:
            texts[name] = chosen[key]


def value_map(pairs: dict[str, str]) -> dict[str, str]:
    """{text as written: code} -> {folded text: code}, as ImportPlan.values keeps it."""
    return {fold(text): code for text, code in pairs.items()}
