"""The columns of the scoring sheet of the matching workbook: written by
exports.matching_workbook, read back by importers.matching_marks (which find them by these
titles, in English or Italian)."""

from __future__ import annotations

from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP

SCORING_TITLE = QT_TRANSLATE_NOOP("Matching", "Scoring")
NEED_CODE = QT_TRANSLATE_NOOP("Matching", "Need code")
RESOURCE_CODE = QT_TRANSLATE_NOOP("Matching", "Resource code")
DELEGATE = QT_TRANSLATE_NOOP("Matching", "Delegate")
MARK = QT_TRANSLATE_NOOP("Matching", "Mark (1-10)")
NOTE = QT_TRANSLATE_NOOP("Matching", "Note")
SCORING_HEADERS = (
    NEED_CODE,
    QT_TRANSLATE_NOOP("Matching", "Need"),
    RESOURCE_CODE,
    QT_TRANSLATE_NOOP("Matching", "Unused resource"),
    QT_TRANSLATE_NOOP("Matching", "Score"),
    QT_TRANSLATE_NOOP("Matching", "Reasons"),
    DELEGATE,
    MARK,
    NOTE,
)
