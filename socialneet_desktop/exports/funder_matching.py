"""The "Needs and resources" sheet of the funder workbook (issue 23): the needs recorded in
the period by category and status, the matches made, satisfied and not, the resources reused
through them, and the weights of the matching score (services.progress_matching).

Counts of organisations' needs and of resources, no person among them: the sheet is the same
in the pseudonymous and the identifiable workbook.
"""

from __future__ import annotations

from datetime import date

from openpyxl.utils import get_column_letter

from socialneet_desktop.domain import vocabularies as voc
from socialneet_desktop.domain.italian_dates import format_italian_date
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.exports.excel import BOLD, TITLE_FONT, sheet_title, styled
from socialneet_desktop.exports.funder_print import printable
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.services.matching import weights
from socialneet_desktop.services.progress_matching import category_rows, matching_figures

TITLE = QT_TRANSLATE_NOOP("FunderReport", "Needs and resources")
FIGURES = (
    ("made", QT_TRANSLATE_NOOP("FunderReport", "Matches made (proposals confirmed)")),
    ("satisfied", QT_TRANSLATE_NOOP("FunderReport", "Matches satisfied")),
    ("not_satisfied", QT_TRANSLATE_NOOP("FunderReport", "Matches not satisfied")),
    ("resources_reused", QT_TRANSLATE_NOOP("FunderReport", "Resources reused through a match")),
)


def write_matching_sheet(workbook, session, start: date, end: date, title: str = "") -> None:
    """The sheet, after the others of counts (the funder report adds it with one line)."""
    figures = matching_figures(session, start, end)
    name = translate("FunderReport", TITLE)
    sheet = workbook.create_sheet(sheet_title(name))
    printable(sheet, landscape=True, title=title)
    statuses = [translate("Vocabulary", term.label) for term in voc.NEED_STATUS]
    widths = (36, *([13] * len(statuses)), 10)
    for number, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(number)].width = width
    sheet.append([styled(sheet, name, TITLE_FONT)])
    period = fill(
        translate("FunderReport", "Period: %1 – %2"),
        format_italian_date(start),
        format_italian_date(end),
    )
    sheet.append([period])
    sheet.append([])
    sheet.append([styled(sheet, translate("FunderReport", "Needs recorded in the period"), BOLD)])
    headers = [translate("FunderReport", "Category"), *statuses, translate("FunderReport", "Total")]
    sheet.append([styled(sheet, text, BOLD) for text in headers])
    rows = category_rows(figures)
    for category, counts, total in rows:
        label = translate("Vocabulary", voc.RESOURCE_CATEGORY.label_for(category))
        sheet.append([label, *counts, total])
    by_status = [sum(counts[n] for _c, counts, _t in rows) for n in range(len(statuses))]
    total_row = [translate("FunderReport", "Total"), *by_status, figures.recorded]
    sheet.append([styled(sheet, value, BOLD) for value in total_row])
    sheet.append([])
    for key, text in FIGURES:
        sheet.append([translate("FunderReport", text), getattr(figures, key)])
    sheet.append([])
    parts = ", ".join(
        f"{translate('Matching', part)} {figures.weights[key]}"
        for key, (_points, part) in weights.PARTS.items()
    )
    sheet.append([fill(translate("FunderReport", "Weights of the matching score: %1."), parts)])
