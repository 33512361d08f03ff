"""Checks of the text of a cell before it is converted: characters no document can hold
(NUL, Ctrl+Z and the other C0 controls but tab and line breaks). Text longer than its
column is refused by the rules of the forms (services.field_limits, through validate).

A control character stored once breaks every export and document of that record, so the
row is refused naming the column and where the character is; the text converted further
(and shown in the report) is the one without it.
"""

from __future__ import annotations

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
