"""The indicator set sheet of the funder workbook, and its place in the disclosure control.

The set's counts join the Summary's in one linked table (services.disclosure) before the
suppression: a set's "ISCED 0–2" is the Summary's ISCED 0, 1 and 2 together, its "15–24" the
Summary's 15–19 and 20–24, and so on. Each link goes through the population's parts by one
attribute (the number of participants aged 15-17, of leavers employed and female …): parts no
sheet publishes, known to the reader only through the counts made of them (Table.unknown),
and protected like a published count when small. So no hidden count of either sheet can be
worked out from the other's, nor a small part from their difference."""

from __future__ import annotations

from collections import defaultdict

from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.exports import funder_summary as fsum
from socialneet_desktop.exports.excel import (
    BOLD,
    TITLE_FONT,
    sheet_title,
    styled,
    vocabulary_labels,
)
from socialneet_desktop.exports.funder_print import printable
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.services.disclosure import Line, Table
from socialneet_desktop.services.indicator_counts import ATTRIBUTES, SetCounts, wanted_statuses
from socialneet_desktop.services.indicator_sets import LEAVERS, PARTICIPANTS, holds
from socialneet_desktop.services.indicators import Indicators

SHEET = QT_TRANSLATE_NOOP("FunderReport", "Indicator set")
# Summary breakdown -> the attribute it reads, and for the age bands the parts of each band
SUMMARY_ATTRIBUTES = {
    "gender": "gender",
    "age_band": "band",
    "education_level": "education",
    "labour_status": "labour",
    "outcome_status": "status",
}
BAND_PARTS = {"15-19": ("15-17", "18-19"), "30+": ("30-54", "55+")}
VOCABULARY = {
    "gender": "gender",
    "education": "education_level",
    "labour": "labour_status",
    "citizenship": "citizenship",
    "employer": "employer_kind",
}


def total_cell(indicator: str) -> tuple:
    return ("set", indicator, "total")


def group_cell(indicator: str, breakdown: str, group: str) -> tuple:
    return ("set", indicator, breakdown, group)


def _parts(table: Table, counts: SetCounts) -> dict:
    """Adds the unknown parts: ("part", population, attribute, value, status), each status's
    total and the population's; returns {(population, attribute, status): {value: cell}}."""
    parts: dict = defaultdict(dict)
    for name, population in counts.populations.items():
        for (attribute, v, status), n in population.parts.items():
            cell = ("part", name, attribute, v, status)
            table.values[cell] = n
            table.unknown.add(cell)
            parts[(name, attribute, status)][v] = cell
        whole = _whole(name)
        table.values[whole] = sum(population.statuses.values())
        table.unknown.add(whole)
        statuses = []
        for status, n in population.statuses.items():
            cell = _status_total(name, status)
            table.values[cell] = n
            table.unknown.add(cell)
            statuses.append(cell)
            for attribute in ATTRIBUTES:
                members = tuple(parts[(name, attribute, status)].values())
                table.lines.append(Line(members, cell))
        table.lines.append(Line(tuple(statuses), whole))
    return parts


def _whole(population: str) -> tuple:
    return ("part", population, "all", "", "")


def _status_total(population: str, status: str) -> tuple:
    return ("part", population, "status_total", status, "")


def link_set(table: Table, counts: SetCounts, indicators: Indicators) -> None:
    """The set's counts and their links into `table`, the Summary's (fsum.summary_table)."""
    parts = _parts(table, counts)
    for indicator in counts.indicator_set.indicators:
        population = indicator.population
        total = total_cell(indicator.code)
        table.values[total] = counts.totals[indicator.code]
        wanted = wanted_statuses(indicator, counts.populations[population])
        table.lines.append(Line(tuple(_status_total(population, w) for w in wanted), total))
        for breakdown in indicator.breakdowns:
            cells = []
            for group in breakdown.groups:
                cell = group_cell(indicator.code, breakdown.code, group.code)
                table.values[cell] = counts.groups[(indicator.code, breakdown.code, group.code)]
                members = tuple(
                    part
                    for status in wanted
                    for v, part in parts[(population, group.attribute, status)].items()
                    if holds(breakdown, group, v)
                )
                table.lines.append(Line(members, cell))
                cells.append(cell)
            if breakdown.exclusive:
                table.lines.append(Line(tuple(cells), total))
    _link_summary(table, parts, counts, indicators)


def _link_summary(table: Table, parts: dict, counts: SetCounts, indicators: Indicators) -> None:
    """The Summary's contacts reached and leavers, and their breakdowns, as sums of parts."""
    wholes = {PARTICIPANTS: fsum.CONTACTS, LEAVERS: fsum.LEAVERS}
    for population, grand in wholes.items():
        if population in counts.populations:
            table.lines.append(Line((_whole(population),), ("total", grand)))
    for s, section in enumerate(fsum.sections(indicators)):
        attribute = SUMMARY_ATTRIBUTES.get(section.breakdown.name)
        population = LEAVERS if attribute == "status" else PARTICIPANTS
        if attribute is None or population not in counts.populations:
            continue
        for r, (code, _label, _counts) in enumerate(fsum.labels(section.breakdown)):
            if attribute == "status":
                members = (_status_total(LEAVERS, code),)
            else:
                values = BAND_PARTS.get(code, (code,)) if attribute == "band" else (code,)
                found = parts[(population, attribute, "")]
                members = tuple(found[v] for v in values if v in found)
            members = tuple(m for m in members if m in table.values)
            table.lines.append(Line(members, (s, r, 0)))


def write_set(
    workbook, counts: SetCounts, hidden: frozenset, threshold: int, title: str, period: str
) -> None:
    """The sheet: each indicator's total, then its breakdowns with the share of the total."""
    note = fill(translate("FunderReport", fsum.HIDDEN_NOTE), threshold)
    sheet = workbook.create_sheet(sheet_title(translate("FunderReport", SHEET)))
    printable(sheet, title=title)  # one page wide; as many tall as it needs, readable
    for letter, width in zip("ABC", (58, 14, 9), strict=True):
        sheet.column_dimensions[letter].width = width
    name = translate("IndicatorSets", counts.indicator_set.name)
    sheet.append([styled(sheet, name, TITLE_FONT)])
    sheet.append([period])
    sheet.append(
        [translate("FunderReport", "What each indicator counts is on the Data dictionary sheet.")]
    )
    for indicator in counts.indicator_set.indicators:
        total = counts.totals[indicator.code]
        total_hidden = total_cell(indicator.code) in hidden
        sheet.append([])
        label = fsum.label_cell(sheet, translate("IndicatorSets", indicator.title), BOLD)
        sheet.append(
            [label, fsum.count_cell(sheet, total, total_hidden, note), fsum.header_cell(sheet, "%")]
        )
        for breakdown in indicator.breakdowns:
            sheet.append([styled(sheet, translate("IndicatorSets", breakdown.title), BOLD)])
            for group in breakdown.groups:
                cell = group_cell(indicator.code, breakdown.code, group.code)
                n, secret = counts.groups[cell[1:]], cell in hidden
                share = fsum.percent_cell(sheet, n, total, secret or total_hidden)
                text = "    " + translate("IndicatorSets", group.label)
                sheet.append(
                    [fsum.label_cell(sheet, text), fsum.count_cell(sheet, n, secret, note), share]
                )
        for missing in indicator.unavailable:
            _unavailable_rows(sheet, missing)


NOT_AVAILABLE = QT_TRANSLATE_NOOP("FunderReport", "not available")


def _unavailable_rows(sheet, missing) -> None:
    """ "Rural areas | not available", the reason under it: a text, not 0 (nor an empty count
    cell, which reads as hidden)."""
    label = fsum.label_cell(sheet, "    " + translate("IndicatorSets", missing.title))
    status = styled(sheet, translate("FunderReport", NOT_AVAILABLE))
    status.alignment = fsum.RIGHT_SHRINK
    sheet.append([label, status])
    reason = translate("IndicatorSets", missing.reason)
    sheet.append([fsum.label_cell(sheet, f"      ({reason})")])


def dictionary_rows(counts: SetCounts) -> list[tuple[list[str], str]]:
    """([sheet, name, kind], description) for the Data dictionary: the set, each indicator's
    rule, each breakdown's groups (what each holds)."""
    sheet = translate("FunderReport", SHEET)
    chosen = counts.indicator_set
    name = translate("IndicatorSets", chosen.name)
    rows = [([sheet, name, sheet], translate("IndicatorSets", chosen.source))]
    outcome = vocabulary_labels("outcome_status")
    described = set()
    for indicator in chosen.indicators:
        statuses = ", ".join(outcome.get(s, s) for s in indicator.statuses or ())
        rule = fill(translate("IndicatorSets", indicator.rule), statuses)
        kind = translate("FunderReport", "Indicator")
        rows.append(([sheet, translate("IndicatorSets", indicator.title), kind], rule))
        for missing in indicator.unavailable:
            text = fill(
                translate("FunderReport", "%1: not available: %2."),
                translate("IndicatorSets", missing.title),
                translate("IndicatorSets", missing.reason),
            )
            rows.append(([sheet, translate("IndicatorSets", missing.title), kind], text))
        for breakdown in indicator.breakdowns:
            if breakdown.code in described:
                continue
            described.add(breakdown.code)
            kind = translate("FunderReport", "Breakdown")
            rows.append(
                (
                    [sheet, translate("IndicatorSets", breakdown.title), kind],
                    _groups_text(breakdown),
                )
            )
    return rows


def _groups_text(breakdown) -> str:
    parts = []
    for group in breakdown.groups:
        names = vocabulary_labels(VOCABULARY.get(group.attribute, ""))
        label = translate("IndicatorSets", group.label)
        if group.values is None:
            parts.append(fill(translate("FunderReport", "%1: any other value, or none."), label))
        elif group.attribute in VOCABULARY:
            listed = ", ".join(names.get(v, v) for v in group.values)
            if listed != label:  # "Female: Female." says nothing
                parts.append(fill(translate("FunderReport", "%1: %2."), label, listed))
    note = (
        ""
        if breakdown.exclusive
        else translate("FunderReport", "A person may be in several of these groups, or in none.")
    )
    return " ".join([*parts, note]).strip() or translate("IndicatorSets", breakdown.title)
