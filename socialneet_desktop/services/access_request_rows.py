"""The access request's tables as columns and rows of plain values, shared by its workbook
(exports.access_request) and its PDF (printing.access_request)."""

from __future__ import annotations

from socialneet_desktop.domain.cells import DATETIME, Cells
from socialneet_desktop.domain.columns import DATE, TEXT, TIME, ColumnSpec
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.i18n import translate
from socialneet_desktop.services.access_request import AccessData

FIELD_COLUMNS = (
    ColumnSpec("field", QT_TRANSLATE_NOOP("Columns", "Field"), TEXT, 28),
    ColumnSpec("value", QT_TRANSLATE_NOOP("Columns", "Value"), TEXT, 50),
)
VISIT_COLUMNS = (
    ColumnSpec("visit_date", QT_TRANSLATE_NOOP("Columns", "Date"), DATE, 12),
    ColumnSpec("start_time", QT_TRANSLATE_NOOP("Columns", "Start"), TIME, 8),
    ColumnSpec("end_time", QT_TRANSLATE_NOOP("Columns", "End"), TIME, 8),
    ColumnSpec("visit_type", QT_TRANSLATE_NOOP("Columns", "Type"), TEXT, 22),
    ColumnSpec("staff", QT_TRANSLATE_NOOP("Columns", "Staff"), TEXT, 22),
    ColumnSpec("summary", QT_TRANSLATE_NOOP("Columns", "Summary"), TEXT, 40),
    ColumnSpec("outcome", QT_TRANSLATE_NOOP("Columns", "Outcome"), TEXT, 40),
    ColumnSpec("next_appointment", QT_TRANSLATE_NOOP("Columns", "Next appointment"), DATETIME, 18),
)
HISTORY_COLUMNS = (
    ColumnSpec("when", QT_TRANSLATE_NOOP("Columns", "When"), DATETIME, 18),
    ColumnSpec("user", QT_TRANSLATE_NOOP("Columns", "User"), TEXT, 14),
    ColumnSpec("record", QT_TRANSLATE_NOOP("Columns", "Record"), TEXT, 20),
    ColumnSpec("action", QT_TRANSLATE_NOOP("Columns", "Action"), TEXT, 20),
    ColumnSpec("field", QT_TRANSLATE_NOOP("Columns", "Field"), TEXT, 20),
    ColumnSpec("old", QT_TRANSLATE_NOOP("Columns", "Old value"), TEXT, 30),
    ColumnSpec("new", QT_TRANSLATE_NOOP("Columns", "New value"), TEXT, 30),
)


def visit_values(held: AccessData) -> list[list[object]]:
    """The visits as typed values of VISIT_COLUMNS (domain.cells formats them)."""
    return [
        [v.day, v.start, v.end, v.kind, v.staff, v.summary, v.outcome, v.next_appointment]
        for v in held.visits
    ]


def history_values(held: AccessData) -> list[list[object]]:
    """The history as typed values of HISTORY_COLUMNS."""
    return [[h.when, h.user, h.record, h.action, h.field, h.old, h.new] for h in held.history]


def history_texts(held: AccessData) -> list[list[str]]:
    """The history as the text of its cells on paper (domain.cells, as in the workbook)."""
    cells = Cells(translate)
    return [cells.texts(HISTORY_COLUMNS, row) for row in history_values(held)]
