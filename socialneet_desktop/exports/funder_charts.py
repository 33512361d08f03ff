"""The Charts sheet of the funder workbook: openpyxl's native charts (the funder can edit
them in Excel or LibreOffice), each drawn from a small table of the counts beside it.

The tables hold the Summary's counts as the Summary shows them: a count the pseudonymous
workbook hides is an empty grey cell here too, and its bar is simply missing (a chart never
draws what the table does not show). The workbook is always generated fresh, never from a
template that holds charts."""

from __future__ import annotations

from dataclasses import dataclass

from openpyxl.chart import BarChart, Reference

from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.exports import funder_summary as fsum
from socialneet_desktop.exports.excel import BOLD, TITLE_FONT, sheet_title, styled
from socialneet_desktop.exports.funder_print import printable
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.services.disclosure import Suppression
from socialneet_desktop.services.indicators import Indicators

CHART_ROWS = 18  # rows a chart covers (7.5 cm at the default row height), and a block at least
CHART_WIDTH, CHART_HEIGHT = 17, 8.5  # cm


@dataclass(frozen=True)
class Chart:
    title: str  # English, "FunderReport" context
    breakdown: str  # the Summary section's breakdown name
    axis: str  # English: what the bars count


CHARTS = (
    Chart(
        QT_TRANSLATE_NOOP("FunderReport", "Young people reached per month"),
        "month",
        QT_TRANSLATE_NOOP("FunderReport", "Contacts reached"),
    ),
    Chart(
        QT_TRANSLATE_NOOP("FunderReport", "Young people reached by gender"),
        "gender",
        QT_TRANSLATE_NOOP("FunderReport", "Contacts reached"),
    ),
    Chart(
        QT_TRANSLATE_NOOP("FunderReport", "Young people reached by age band"),
        "age_band",
        QT_TRANSLATE_NOOP("FunderReport", "Contacts reached"),
    ),
    Chart(
        QT_TRANSLATE_NOOP("FunderReport", "Young people leaving the project, by outcome"),
        "outcome_status",
        QT_TRANSLATE_NOOP("FunderReport", "Young people"),
    ),
)


def bar_chart(
    sheet, title: str, axis: str, first: int, last: int, series: int = 1, across: bool = False
):
    """A column chart (bars `across` instead) of the table in rows first (the header) ..
    last: categories in column A, `series` value columns from B."""
    chart = BarChart()
    chart.type, chart.style = ("bar" if across else "col"), 10
    chart.title, chart.y_axis.title = title, axis
    chart.width, chart.height = CHART_WIDTH, CHART_HEIGHT
    chart.legend = None if series == 1 else chart.legend
    data = Reference(sheet, min_col=2, max_col=1 + series, min_row=first, max_row=last)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=first + 1, max_row=last))
    chart.y_axis.delete = chart.x_axis.delete = False  # LibreOffice hides them otherwise
    if across:  # the first row of the table at the top, as it is read
        chart.x_axis.scaling.orientation = "maxMin"
    return chart


def _section(indicators: Indicators, breakdown: str):
    for s, section in enumerate(fsum.sections(indicators)):
        if section.breakdown.name == breakdown:
            return s, section
    raise KeyError(breakdown)


class _Rows:
    """A write-only sheet that counts the rows appended: charts are anchored by row."""

    def __init__(self, sheet) -> None:
        self.sheet, self.count = sheet, 0

    def append(self, row: list) -> int:
        self.sheet.append(row)
        self.count += 1
        return self.count


def write_charts(
    workbook,
    indicators: Indicators,
    suppression: Suppression | None,
    threshold: int,
    title: str,
) -> None:
    """The Charts sheet: for each chart its table (label, count) and the chart beside it."""
    hidden = suppression.hidden if suppression is not None else frozenset()
    note = fill(translate("FunderReport", fsum.HIDDEN_NOTE), threshold)
    sheet = workbook.create_sheet(sheet_title(translate("FunderReport", "Charts")))
    printable(sheet, title=title)
    sheet.column_dimensions["A"].width, sheet.column_dimensions["B"].width = 34, 14
    rows = _Rows(sheet)
    rows.append([styled(sheet, translate("FunderReport", "Charts"), TITLE_FONT)])
    rows.append([translate("FunderReport", "Each chart is drawn from the table at its left.")])
    for chart in CHARTS:
        s, section = _section(indicators, chart.breakdown)
        name, axis = translate("FunderReport", chart.title), translate("FunderReport", chart.axis)
        rows.append([])
        top = rows.append([styled(sheet, name, BOLD)])
        header = rows.append([styled(sheet, "", BOLD), styled(sheet, axis, BOLD)])
        for r, (_code, label, counts) in enumerate(fsum.labels(section.breakdown)):
            rows.append([label, fsum.count_cell(sheet, counts[0], (s, r, 0) in hidden, note)])
        sheet.add_chart(bar_chart(sheet, name, axis, header, rows.count), f"D{top}")
        while rows.count < top + CHART_ROWS:
            rows.append([])
