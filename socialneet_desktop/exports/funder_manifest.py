"""The Manifest sheet of the funder workbook: who exported what, when, for which period, with
which personal data and disclosure control, and which sheets were left out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialneet_desktop import __version__
from socialneet_desktop.domain.italian_dates import format_italian_datetime
from socialneet_desktop.exports import funder_summary as fsum
from socialneet_desktop.exports.excel import BOLD, TITLE_FONT, sheet_title, styled
from socialneet_desktop.exports.funder_print import printable
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.services.association_settings import current_settings
from socialneet_desktop.services.pseudonyms import current_key

if TYPE_CHECKING:
    from socialneet_desktop.exports.funder_report import Plan

day_text = fsum.day_text


def manifest_rows(session, start, end, identifiable, when, user, plan, counts) -> list[tuple]:
    settings = current_settings(session)
    data = (
        translate("FunderReport", "Identifiable (names and contact details included)")
        if identifiable
        else translate(
            "FunderReport", "Pseudonymous (no names, codici fiscali, phones, e-mails or addresses)"
        )
    )
    rows = [
        (translate("FunderReport", "Exported by"), user),
        (translate("FunderReport", "Exported on"), format_italian_datetime(when)),
        (translate("FunderReport", "Period from"), day_text(start)),
        (translate("FunderReport", "Period to"), day_text(end)),
        (
            translate("FunderReport", "Filters"),
            translate("FunderReport", "All records of the period not in the recycle bin"),
        ),
        (translate("FunderReport", "Personal data"), data),
        (
            translate("FunderReport", "Person codes"),
            fill(
                translate("FunderReport", "Key generation %1 of this database"),
                current_key(session).generation,
            ),
        ),
    ]
    chosen = translate("IndicatorSets", counts.indicator_set.name) if counts else None
    rows.append(
        (translate("FunderReport", "Indicator set"), chosen or translate("FunderReport", "none"))
    )
    if plan is not None:
        rows += _plan_rows(plan)
    rows += [
        (translate("FunderReport", "Application version"), f"SocialNEET Desktop {__version__}"),
        (translate("FunderReport", "Association"), settings.association_name if settings else ""),
        (translate("FunderReport", "Project"), settings.project_name if settings else ""),
        (translate("FunderReport", "Funder"), settings.funder_name if settings else ""),
    ]
    return rows


def _plan_rows(plan: Plan) -> list[tuple]:
    hidden = len(plan.suppression.hidden) if plan.suppression else 0
    control = fill(
        translate(
            "FunderReport",
            "Counts under %1 hidden, with secondary suppression (%2 cells hidden); "
            "person-level sheets only if %3-anonymous",
        ),
        plan.threshold,
        hidden,
        plan.k,
    )
    omitted = [*plan.left_out, *plan.aggregates_only]
    left_out = ", ".join(translate("FunderReport", t) for t in omitted)
    return [
        (translate("FunderReport", "Disclosure control"), control),
        (
            translate("FunderReport", "Sheets left out"),
            left_out or translate("FunderReport", "none"),
        ),
    ]


def write_manifest(workbook, rows: list[tuple], title: str) -> None:
    sheet = workbook.create_sheet(sheet_title(translate("FunderReport", "Manifest")))
    sheet.column_dimensions["A"].width, sheet.column_dimensions["B"].width = 26, 110
    printable(sheet, landscape=True, title=title)
    sheet.append([styled(sheet, translate("FunderReport", "Manifest"), TITLE_FONT)])
    for key, value in rows:
        sheet.append([styled(sheet, key, BOLD), value])
