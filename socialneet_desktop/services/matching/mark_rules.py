"""The rules of a delegate's mark: a whole number 1-10, the note required for 1-2 and 9-10
(a mark that far from the middle must say why), exactly one delegate (one of our staff or a
person of an organisation). Apart from services.matching.marks, which writes marks, so that
the record kind (services.kinds.delegate_marks) checks them without importing the records'
services."""

from __future__ import annotations

from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.domain.validation import Problem

LOWEST, HIGHEST = 1, 10
NOTE_REQUIRED = (1, 2, 9, 10)


def mark_problems(mark: object, note: str) -> list[Problem]:
    """The mark a whole number 1-10; the note for 1, 2, 9 and 10. Named by the field."""
    if isinstance(mark, bool) or not isinstance(mark, int) or not LOWEST <= mark <= HIGHEST:
        return [Problem("mark", QT_TRANSLATE_NOOP("Validation", "Mark: a whole number 1 to 10."))]
    if mark in NOTE_REQUIRED and not (note or "").strip():
        message = QT_TRANSLATE_NOOP("Validation", "Note: required for a mark of %1 (1-2, 9-10).")
        return [Problem("note", message, (str(mark),))]
    return []


def delegate_problems(staff_id: int | None, person_id: int | None) -> list[Problem]:
    if (staff_id is None) == (person_id is None):
        message = QT_TRANSLATE_NOOP(
            "Validation",
            "Delegate: one of our staff or a person of an organisation (exactly one).",
        )
        return [Problem("delegate", message)]
    return []
