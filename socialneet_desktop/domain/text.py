"""Marking of user-visible text without importing Qt.

The domain layer keeps its strings in English. Each one is written literally inside a
`QT_TRANSLATE_NOOP(context, source)` call so that `pyside6-lupdate` extracts it; the UI
translates it at display time with `QCoreApplication.translate(context, source)`.
"""

import re


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 -- the name lupdate looks for
    """Marks `source` for pyside6-lupdate; the UI translates it at display time."""
    return source


# Characters that XML 1.0 (and so every .xlsx and .docx) cannot hold: the C0 controls but
# tab, line feed and carriage return, and U+FFFE/U+FFFF. \x1a (Ctrl+Z) and NUL are among them.
_ILLEGAL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def first_illegal_character(text: str) -> int | None:
    """The index of the first character no document can hold, or None when there is none."""
    match = _ILLEGAL_CHARACTERS.search(text)
    return match.start() if match else None


def without_illegal_characters(text: str) -> str:
    """`text` without the control characters that no .xlsx, .docx or PDF can hold."""
    return _ILLEGAL_CHARACTERS.sub("", text)


# What makes a spreadsheet read a cell as a formula (OWASP, "CSV Injection"): = + - @ and a
# leading tab or carriage return.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def spreadsheet_text(text: str) -> str:
    """`text` as a cell that shows it and never runs it: the illegal characters dropped, and
    an apostrophe put before a leading = + - @, tab or CR (as OWASP advises).

    The apostrophe is part of the stored text, so Excel and LibreOffice show it (and never
    evaluate the rest) and openpyxl reads back "'" + the original text."""
    text = without_illegal_characters(text)
    return "'" + text if looks_like_formula(text) else text
