"""Checks of the text of a cell before it is converted: characters no document can hold
(NUL, Ctrl+Z and the other C0 controls but tab and line breaks), and text longer than its
column of the database takes.

A control character stored once breaks every export and document of that record, so the
row is refused naming the column and where the character is; the text converted further
(and shown in the report) is the one without it.
"""

from __future__ import annotations

from functools import cache

from sqlalchemy import String

from socialneet_desktop.domain.text import (
    QT_TRANSLATE_NOOP,
    first_illegal_character,
    without_illegal_characters,
)
from socialneet_desktop.importers.conversion import Issue

ILLEGAL_CHARACTER = QT_TRANSLATE_NOOP(
    "Import",
    "Column '%1', character %2: a control character (%3) that no document can hold. "
    "Remove it from the file and import again.",
)
TOO_LONG = QT_TRANSLATE_NOOP(
    "Import", "Column '%1': %2 characters, but this field takes at most %3."
)


def illegal_characters(texts: dict[str, str], columns: dict[str, str]) -> list[Issue]:
    """An error per field whose text holds a control character; the texts are cleaned."""
    issues = []
    for name, text in texts.items():
        position = first_illegal_character(text)
        if position is None:
            continue
        code = f"U+{ord(text[position]):04X}"
        issues.append(Issue(name, ILLEGAL_CHARACTER, (columns[name], str(position + 1), code)))
        texts[name] = without_illegal_characters(text)
    return issues


@cache
def column_lengths(model) -> dict[str, int]:
    """{field: the most characters its String(n) column takes}."""
    return {
        column.key: column.type.length
        for column in model.__table__.columns
        if isinstance(column.type, String) and column.type.length
    }


def too_long(values: dict, lengths: dict[str, int], columns: dict[str, str]) -> list[Issue]:
    """An error per text value longer than its column takes."""
    issues = []
    for name, value in values.items():
        limit = lengths.get(name)
        if limit and isinstance(value, str) and len(value) > limit:
            args = (columns.get(name, name), str(len(value)), str(limit))
            issues.append(Issue(name, TOO_LONG, args))
    return issues
