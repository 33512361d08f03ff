"""The access request's tables as columns and rows of plain values, shared by its workbook
(exports.access_request) and its PDF (printing.access_request)."""

from __future__ import annotations

from datetime import datetime

from socialneet_desktop.domain.columns import DATE, TEXT, TIME, ColumnSpec
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
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
    ColumnSpec("next_appointment", QT_TRANSLATE_NOOP("Columns", "Next appointment"), TEXT, 18),
)
HISTORY_COLUMNS = (
    ColumnSpec("when", QT_TRANSLATE_NOOP("Columns", "When"), TEXT, 18),
    ColumnSpec("user", QT_TRANSLATE_NOOP("Columns", "User"), TEXT, 14),
    ColumnSpec("record", QT_TRANSLATE_NOOP("Columns", "Record"), TEXT, 20),
    ColumnSpec("action", QT_TRANSLATE_NOOP("Columns", "Action"), TEXT, 20),
    ColumnSpec("field", QT_TRANSLATE_NOOP("Columns", "Field"), TEXT, 20),
    ColumnSpec("old", QT_TRANSLATE_NOOP("Columns", "Old value"), TEXT, 30),
    ColumnSpec("new", QT_TRANSLATE_NOOP("Columns", "New value"), TEXT, 30),
)


def moment(value: datetime | None) -> str:
    return value.strftime("%d/%m/%Y %H:%M") if value else ""


def visit_values(held: AccessData) -> list[list[object]]:
    return [
        [v.day, v.start, v.end, v.kind, v.staff, v.summary, v.outcome, moment(v.next_appointment)]
        for v in held.visits
    ]


def history_values(held: AccessData) -> list[list[object]]:
    return [
        [moment(h.when), h.user, h.record, h.action, h.field, h.old, h.new] for h in held.history
    ]
