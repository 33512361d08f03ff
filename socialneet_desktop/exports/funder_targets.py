"""The Targets against achieved sheet of the funder workbook: per activity target, the target,
what was achieved in the period (services.targets), the percentage, and a bar chart of both.

In the pseudonymous workbook the achieved counts are protected with the Summary's
(link_targets): a small one is hidden, its percentage too (with the target it would give
the count away)."""

from __future__ import annotations

from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break

from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.exports import funder_summary as fsum
from socialneet_desktop.exports.excel import (
    BOLD,
    TITLE_FONT,
    sheet_title,
    styled,
    vocabulary_labels,
)
from socialneet_desktop.exports.funder_charts import bar_chart
from socialneet_desktop.exports.funder_print import printable
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.services.disclosure import Line, Table
from socialneet_desktop.services.indicator_sets import EMPLOYED
from socialneet_desktop.services.indicators import Indicators
from socialneet_desktop.services.targets import TargetRow

TITLE = QT_TRANSLATE_NOOP("FunderReport", "Targets against achieved")
HEADER_ROW = 5  # title, period, note, blank, header
HEADERS = (
    QT_TRANSLATE_NOOP("FunderReport", "Activity and indicator"),
    QT_TRANSLATE_NOOP("FunderReport", "Target"),
    QT_TRANSLATE_NOOP("FunderReport", "Achieved"),
    "%",
    QT_TRANSLATE_NOOP("FunderReport", "Activity"),
    QT_TRANSLATE_NOOP("FunderReport", "Counted from"),
)
WIDTHS = (46, 10, 10, 9, 62, 22)
TITLE_ALIGNMENT = Alignment(shrink_to_fit=True, indent=1)  # apart from the % before it
OF_ACTIVITY = QT_TRANSLATE_NOOP("FunderReport", "the activity's records")
PROJECT_WIDE = QT_TRANSLATE_NOOP("FunderReport", "the whole project")
NONE = QT_TRANSLATE_NOOP("FunderReport", "No activity target is recorded for this period.")
EXPLAINED = QT_TRANSLATE_NOOP(
    "FunderReport",
    "Achieved: counted from the records of the period (within the target's own period). "
    "The Data dictionary says what each indicator counts.",
)


def target_cell(number: int) -> tuple:
    return ("target", number)


def link_targets(table: Table, rows: list[TargetRow], indicators: Indicators) -> None:
    """The achieved counts into the Summary's linked table (services.disclosure), so that a
    small one is hidden and none gives a hidden Summary count away. Where a target covers the
    whole period, its count is a Summary count or a sum of them: in employment on leaving is
    the leavers employed plus self-employed, resources mapped all the resources surveyed,
    resources reused those in status reused; the activities' meetings held, with the
    meetings of no such target, add up to the meetings held."""
    cells = fsum.cells_by_code(indicators)
    whole = (indicators.start, indicators.end)
    made_of = {
        "employed_on_leaving": [cells.get(("outcome_status", s)) for s in EMPLOYED],
        "resources_mapped": [("total", fsum.RESOURCES)],
        "resources_reused": [cells.get(("resource_status", "reused"))],
    }
    meetings: dict[str, tuple] = {}
    seen: dict[tuple, tuple] = {}
    for number, row in enumerate(rows):
        cell = target_cell(number)
        table.values[cell] = row.achieved
        same = (row.activity_code, row.indicator, row.start, row.end)
        if same in seen:  # the same count twice (a target entered twice)
            table.lines.append(Line((seen[same],), cell))
        seen.setdefault(same, cell)
        if (row.start, row.end) != whole:
            continue
        members = [m for m in made_of.get(row.indicator, ()) if m is not None]
        if members:
            table.lines.append(Line(tuple(members), cell))
        if row.indicator == "meetings_held":
            meetings.setdefault(row.activity_code, cell)
    if meetings and len(meetings) == sum(r.indicator == "meetings_held" for r in rows):
        rest = ("target", "other meetings")
        table.values[rest] = indicators.meetings - sum(table.values[c] for c in meetings.values())
        if table.values[rest] >= 0:
            table.unknown.add(rest)
            table.lines.append(Line((*meetings.values(), rest), ("total", fsum.MEETINGS)))
        else:
            del table.values[rest]


def _row(sheet, row: TargetRow, hidden: bool, note: str, names: dict[str, str]) -> list:
    label = f"{row.activity_code} – {names.get(row.indicator, row.indicator)}"
    achieved = fsum.count_cell(sheet, row.achieved, hidden, note)
    share = fsum.percent_cell(sheet, row.achieved, row.target, hidden)
    counted = PROJECT_WIDE if row.project_wide else OF_ACTIVITY
    title = fsum.label_cell(sheet, f"{row.activity_code} {row.activity_title}".strip())
    title.alignment = TITLE_ALIGNMENT
    return [
        label,
        styled(sheet, row.target),
        achieved,
        share,
        title,
        translate("FunderReport", counted),
    ]


def write_targets(
    workbook, rows: list[TargetRow], period: str, title: str, hide: frozenset, threshold: int
) -> None:
    """The sheet: the table, then the chart of targets and achieved under it, on a page of
    its own (printed after the table's rows, it was cut in two by the page's end)."""
    sheet = workbook.create_sheet(sheet_title(translate("FunderReport", TITLE)))
    printable(sheet, landscape=True, title_row=HEADER_ROW, title=title)
    for number, width in enumerate(WIDTHS, 1):
        sheet.column_dimensions[get_column_letter(number)].width = width
    sheet.append([styled(sheet, translate("FunderReport", TITLE), TITLE_FONT)])
    sheet.append([period])
    sheet.append([translate("FunderReport", EXPLAINED if rows else NONE)])
    sheet.append([])
    sheet.append(
        [styled(sheet, translate("FunderReport", h) if h != "%" else h, BOLD) for h in HEADERS]
    )
    if not rows:
        return
    names = vocabulary_labels("target_indicator")
    note = fill(translate("FunderReport", fsum.HIDDEN_NOTE), threshold)
    for i, row in enumerate(rows):
        sheet.append(_row(sheet, row, target_cell(i) in hide, note, names))
    last = HEADER_ROW + len(rows)
    chart = bar_chart(
        sheet, translate("FunderReport", TITLE), "", HEADER_ROW, last, series=2, across=True
    )
    chart.height = max(8.0, 1.0 + 0.8 * len(rows))
    chart.width = 26
    sheet.row_breaks.append(Break(id=last + 1))
    sheet.add_chart(chart, f"A{last + 3}")
