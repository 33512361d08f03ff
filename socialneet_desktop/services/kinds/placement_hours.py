"""The hours of one week of a placement: the lines of its timesheet, typed in the placement's
"Hours" tab (no list of their own)."""

from __future__ import annotations

from socialneet_desktop.domain.columns import DATE, NUMBER, ColumnSpec
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.domain.validation import Problem
from socialneet_desktop.domain.validation import format_italian_date as _date
from socialneet_desktop.services.kind_facets import ExchangeLink, RecordKind
from socialneet_desktop.services.kind_rules import NUMBERS, Check, NotNegative, Required

MAX_HOURS_IN_A_WEEK = 7 * 24

COLUMNS = (
    ColumnSpec("week_start", QT_TRANSLATE_NOOP("Columns", "Week of"), DATE, 12),
    ColumnSpec("hours", QT_TRANSLATE_NOOP("Columns", "Hours"), NUMBER, 8),
    ColumnSpec("notes", QT_TRANSLATE_NOOP("Columns", "Notes"), width=40),
)


def _monday(context):
    week = context.get("week_start")
    if week is not None and hasattr(week, "weekday") and week.weekday() != 0:
        message = QT_TRANSLATE_NOOP("Validation", "Week of: it must be a Monday.")
        yield Problem("week_start", message)


def _at_most_a_week(context):
    hours = context.get("hours")
    if isinstance(hours, (int, float)) and hours > MAX_HOURS_IN_A_WEEK:
        message = QT_TRANSLATE_NOOP("Validation", "Hours: a week has at most %1 hours.")
        yield Problem("hours", message, (str(MAX_HOURS_IN_A_WEEK),))


RULES = (
    Required("placement_id", QT_TRANSLATE_NOOP("Validation", "Placement: required.")),
    Required("week_start", QT_TRANSLATE_NOOP("Validation", "Week of: the Monday is required.")),
    NotNegative("hours", QT_TRANSLATE_NOOP("Validation", "Hours: they cannot be negative.")),
    Check(NUMBERS, _monday),
    Check(NUMBERS, _at_most_a_week),
)


def label(record) -> tuple[str, tuple[str, ...]]:
    return QT_TRANSLATE_NOOP("Records", "Hours of the week of %1"), (_date(record.week_start),)


KIND = RecordKind(
    key="placement_hours",
    model_path="socialneet_desktop.db.models_path:PlacementHours",
    table_name="placement_hours",
    title=QT_TRANSLATE_NOOP("RecordKind", "Placement hours"),
    singular=QT_TRANSLATE_NOOP("RecordKind", "Placement hours of a week"),
    listed=False,
    area="path",
    columns=COLUMNS,
    default_sort=("week_start", False),
    rules=RULES,
    date_fields=("week_start",),
    labeller=label,
    exchange=(ExchangeLink("placement_id", "placements"),),
)
