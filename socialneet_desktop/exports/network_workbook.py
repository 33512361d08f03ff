"""The cooperation network as a workbook (issue 22): the sheet "Indicatori" (indicator in
column A, value in B, the questionnaire's response rate and rule in C beside what depends on
it), the figures of each organisation, and the list of ties. Organisations only: no person."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl.utils import get_column_letter

from socialneet_desktop.domain.vocabularies import COOP_RELATION, ORGANIZATION_KIND, TIE_KIND
from socialneet_desktop.exports.excel import (
    BOLD,
    TITLE_FONT,
    exported_on_text,
    new_workbook,
    save_atomically,
    sheet_title,
    styled,
)
from socialneet_desktop.i18n import translate
from socialneet_desktop.services.network import report as texts
from socialneet_desktop.services.network.report import NetworkReport

INDICATORS_SHEET = "Indicatori"  # fixed: readers of the workbook find it by this name
PERCENT_FORMAT = "0.0%"
DECIMAL_FORMAT = "0.00"


def write_network_workbook(path: Path, report: NetworkReport, when: datetime) -> None:
    workbook = new_workbook()
    _indicators(workbook, report)
    _organizations(workbook, report, when)
    _ties(workbook, report, when)
    save_atomically(workbook, Path(path))


def _widths(sheet, *widths: int) -> None:
    for number, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(number)].width = width


def _indicators(workbook, report: NetworkReport) -> None:
    sheet = workbook.create_sheet(INDICATORS_SHEET)
    _widths(sheet, 46, 26, 70)
    network = report.figures.network
    header = (
        translate("NetworkExport", "Indicator"),
        translate("NetworkExport", "Value"),
        translate("NetworkExport", "Questionnaire: response rate and rule"),
    )
    sheet.append([styled(sheet, text, BOLD) for text in header])
    sheet.append(
        [translate("NetworkExport", "Period"), texts.period_text(network.since, network.until)]
    )
    sheet.append([translate("NetworkExport", "Tie kinds"), texts.kinds_text(network.kinds)])
    for item in report.figures.indicators:
        value = item.value
        fmt = (
            PERCENT_FORMAT
            if item.percent
            else (DECIMAL_FORMAT if isinstance(value, float) else None)
        )
        cell = styled(sheet, "–" if value is None else value, number_format=fmt)
        sheet.append([texts.indicator_label(item), cell, texts.response_note(report, item)])
    moved = report.change
    if moved is not None:
        before = report.before.network
        sheet.append(
            [
                translate("NetworkExport", "Period before"),
                texts.period_text(before.since, before.until),
            ]
        )
        for key in ("new_ties", "lost_ties", "kept_ties", "density_before", "density_after"):
            value = getattr(moved, key)
            fmt = PERCENT_FORMAT if key.startswith("density") else None
            label = translate("NetworkReport", texts.CHANGE_LABELS[key])
            sheet.append([label, styled(sheet, value, number_format=fmt)])


def _title_rows(sheet, title: str, when: datetime, report: NetworkReport) -> None:
    network = report.figures.network
    sheet.append([styled(sheet, title, TITLE_FONT)])
    sheet.append([exported_on_text(when)])
    sheet.append(
        [f"{texts.period_text(network.since, network.until)} · {texts.kinds_text(network.kinds)}"]
    )


def _organizations(workbook, report: NetworkReport, when: datetime) -> None:
    title = translate("NetworkExport", "Organisations")
    sheet = workbook.create_sheet(sheet_title(title))
    _widths(sheet, 44, 30, 26, 10, 12, 14, 14, 14, 14)
    _title_rows(sheet, title, when, report)
    header = (
        translate("NetworkExport", "Organisation"),
        translate("NetworkExport", "Kind"),
        translate("NetworkExport", "Sector"),
        translate("NetworkExport", "Degree"),
        translate("NetworkExport", "Weighted degree"),
        translate("NetworkExport", "Betweenness"),
        translate("NetworkExport", "Constraint"),
        translate("NetworkExport", "Effective size"),
        translate("NetworkExport", "The association"),
    )
    sheet.append([styled(sheet, text, BOLD) for text in header])
    yes = translate("Cells", "Yes")
    for row in sorted(report.figures.organizations, key=lambda o: (-o.degree, o.name)):
        sheet.append([
            row.name,
            translate("Vocabulary", ORGANIZATION_KIND.label_for(row.kind)),
            row.sector,
            row.degree,
            styled(sheet, row.strength, number_format=DECIMAL_FORMAT),
            styled(sheet, row.betweenness, number_format="0.0000"),
            styled(sheet, row.constraint, number_format="0.0000"),
            styled(sheet, row.effective_size, number_format=DECIMAL_FORMAT),
            yes if row.id == report.association_id else "",
        ])  # fmt: skip


def tie_rows(report: NetworkReport) -> list[tuple]:
    """(organisation, organisation, kinds, relations, weight, intensity) of every tie."""
    network = report.figures.network
    rows = []
    for pair, linked in network.ties.items():
        a, b = sorted((network.nodes[member].name for member in pair), key=str.casefold)
        kinds = ", ".join(
            translate("Vocabulary", TIE_KIND.label_for(kind)) for kind in sorted(linked.weights)
        )
        relations = ", ".join(
            translate("Vocabulary", COOP_RELATION.label_for(code))
            for code in COOP_RELATION.codes()
            if code in linked.relations
        )
        rows.append((a, b, kinds, relations, linked.weight, linked.intensity))
    return sorted(rows, key=lambda row: (row[0].casefold(), row[1].casefold()))


def _ties(workbook, report: NetworkReport, when: datetime) -> None:
    title = translate("NetworkExport", "Ties")
    sheet = workbook.create_sheet(sheet_title(title))
    _widths(sheet, 44, 44, 34, 60, 10, 10)
    _title_rows(sheet, title, when, report)
    header = (
        translate("NetworkExport", "Organisation"),
        translate("NetworkExport", "Organisation"),
        translate("NetworkExport", "Tie kinds"),
        translate("NetworkExport", "Kinds of relation (questionnaire)"),
        translate("NetworkExport", "Weight"),
        translate("NetworkExport", "Intensity"),
    )
    sheet.append([styled(sheet, text, BOLD) for text in header])
    for row in tie_rows(report):
        sheet.append(list(row))
