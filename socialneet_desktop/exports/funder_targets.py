"""The Targets against achieved sheet of the funder workbook: per activity target, the target,
what was achieved in the period (services.targets), the percentage, and a bar chart of both.

In the pseudonymous workbook a count of young people under the threshold is hidden, as on the
Summary (its percentage too: with the target it would give the count away)."""

from __future__ import annotations

from openpyxl.utils import get_column_letter

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
OF_ACTIVITY = QT_TRANSLATE_NOOP("FunderReport", "the activity's records")
PROJECT_WIDE = QT_TRANSLATE_NOOP("FunderReport", "the whole project")
NONE = QT_TRANSLATE_NOOP("FunderReport", "No activity target is recorded for this period.")
EXPLAINED = QT_TRANSLATE_NOOP(
    "FunderReport",
    "Achieved: counted from the records of the period (within the target's own period). "
    "The Data dictionary says what each indicator counts.",
)


def hidden_rows(rows: list[TargetRow], threshold: int) -> set[int]:
    """The rows whose achieved count of young people is under the threshold (not 0)."""
    return {i for i, row in enumerate(rows) if row.people and 0 < row.achieved < threshold}


def _row(sheet, row: TargetRow, hidden: bool, note: str, names: dict[str, str]) -> list:
    label = f"{row.activity_code} – {names.get(row.indicator, row.indicator)}"
    achieved = fsum.count_cell(sheet, row.achieved, hidden, note)
    share = fsum.percent_cell(sheet, row.achieved, row.target, hidden)
    counted = PROJECT_WIDE if row.project_wide else OF_ACTIVITY
    title = fsum.label_cell(sheet, f"{row.activity_code} {row.activity_title}".strip())
    return [
        label,
        styled(sheet, row.target),
        achieved,
        share,
        title,
        translate("FunderReport", counted),
    ]


def write_targets(
    workbook, rows: list[TargetRow], period: str, title: str, hide: set[int], threshold: int
) -> None:
    """The sheet: the table, then the chart of targets and achieved under it."""
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
        sheet.append(_row(sheet, row, i in hide, note, names))
    last = HEADER_ROW + len(rows)
    chart = bar_chart(
        sheet, translate("FunderReport", TITLE), "", HEADER_ROW, last, series=2, across=True
    )
    chart.height = max(8.0, 1.0 + 0.8 * len(rows))
    chart.width = 26
    sheet.add_chart(chart, f"A{last + 3}")
