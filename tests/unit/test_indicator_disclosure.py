"""The indicator sets as an attacker reads them beside the Summary: within a breakdown the
total minus the shown counts is never one hidden count; across the two sheets a set's group
minus the Summary counts it is made of never gives one hidden Summary count, nor a small
part no sheet shows (the 15-17 year-olds: "below 18" minus "<15"; the unemployed for less
than a year: unemployed minus long-term unemployed)."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from socialneet_desktop.db.database import open_database
from socialneet_desktop.exports.funder_report import write_funder_report
from socialneet_desktop.services.demo import fill_demo
from tests.unit import funder_sheet_reader as reader

TODAY = date(2026, 6, 30)
START, END = date(2025, 7, 1), date(2026, 3, 31)
THRESHOLD = 3
# A set's group = these Summary rows (section, row labels) together
MADE_OF = {
    ("Gender", "Female"): ("By gender", ("Female",)),
    ("Gender", "Male"): ("By gender", ("Male",)),
    ("Gender", "Non-binary"): ("By gender", ("Non-binary",)),
    ("Age", "15–24"): ("By age band", ("15–19", "20–24")),
    ("Age", "25–29"): ("By age band", ("25–29",)),
    ("Education (ISCED)", "ISCED 0–2"): ("By education level", (
        "No formal qualification (ISCED 0)", "Primary – licenza elementare (ISCED 1)",
        "Lower secondary – licenza media (ISCED 2)")),
    ("Education (ISCED)", "ISCED 5–8"): ("By education level", (
        "Short-cycle tertiary – ITS Academy (ISCED 5)", "Bachelor's – laurea triennale (ISCED 6)",
        "Master's – laurea magistrale (ISCED 7)", "Doctorate – dottorato di ricerca (ISCED 8)")),
    ("Labour status at entry", "Unemployed, including long-term unemployed"): (
        "By labour status", ("Unemployed, looking for work",)),
    ("Labour status at entry", "Employed, including self-employed"): (
        "By labour status", ("Occasional or irregular work",)),
}  # fmt: skip


@pytest.fixture(scope="module")
def books(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sets")
    db = open_database(folder / "demo.sqlite")
    fill_demo(db, contacts=150, seed=23, today=TODAY)
    found = {}
    for code in ("esf_plus", "eea_youth"):
        for identifiable in (False, True):
            path = folder / f"{code}-{identifiable}.xlsx"
            write_funder_report(db, START, END, path, identifiable=identifiable, indicator_set=code)
            found[(code, identifiable)] = openpyxl.load_workbook(path)
    db.close()
    return found


def set_sheet(workbook) -> dict[str, dict[str, dict[str, object]]]:
    """{indicator: {breakdown: {group: cell}}} plus {indicator: {"": {"total": cell}}}."""
    result, indicator, breakdown = {}, None, None
    for row in workbook["Indicator set"].iter_rows(min_row=4):
        label = row[0].value
        if not label:
            continue
        if row[2].value == "%":
            indicator = result.setdefault(label, {"": {"total": row[1]}})
        elif not label.startswith("    ") and indicator is not None:
            breakdown = indicator.setdefault(label, {})
        elif indicator is not None:
            breakdown[label.strip()] = row[1]
    return result


def _summary(workbook) -> dict[str, dict[str, object]]:
    return {
        s.title: {label: cells[0] for label, cells, _p in s.rows} for s in reader.sections(workbook)
    }


@pytest.mark.parametrize("code", ["esf_plus", "eea_youth"])
def test_no_hidden_count_falls_out_of_a_breakdown(books, code):
    secret, truth = set_sheet(books[(code, False)]), set_sheet(books[(code, True)])
    hidden_seen = 0
    for indicator, breakdowns in truth.items():
        total = secret[indicator][""]["total"].value
        for name, groups in breakdowns.items():
            if not name or name in ("Vulnerable groups", "Other characteristics", "Of which"):
                continue  # not a partition: a person may be in several or none
            shown = secret[indicator][name]
            hidden = [groups[g].value for g in groups if shown[g].value is None]
            hidden_seen += len(hidden)
            if total is None or not hidden:
                continue
            rest = total - sum(c.value for c in shown.values() if c.value is not None)
            assert rest == sum(hidden) and all(rest != v for v in hidden), (indicator, name)
            assert rest > len(hidden)
    assert hidden_seen > 0


@pytest.mark.parametrize("code", ["esf_plus", "eea_youth"])
def test_no_hidden_summary_count_falls_out_of_the_set(books, code):
    sets, summaries = set_sheet(books[(code, False)]), _summary(books[(code, False)])
    true_sets, true_summaries = set_sheet(books[(code, True)]), _summary(books[(code, True)])
    first = next(iter(sets))  # participants / young people reached
    checked = 0
    for (breakdown, group), (section, rows) in MADE_OF.items():
        if breakdown not in sets[first] or group not in sets[first][breakdown]:
            continue
        assert true_sets[first][breakdown][group].value == sum(
            true_summaries[section][r].value for r in rows
        )
        cells = [summaries[section][r] for r in rows] + [sets[first][breakdown][group]]
        hidden = [c for c in cells if c.value is None]
        assert len(hidden) != 1, (breakdown, group)  # one unknown in a sum: worked out
        checked += 1
    assert checked >= 4


def _small_part(whole, part) -> bool:
    if whole.value is None or part.value is None:
        return False
    return 0 < whole.value - part.value < THRESHOLD


def test_no_small_part_falls_out_of_a_difference(books):
    sets, summaries = set_sheet(books[("esf_plus", False)]), _summary(books[("esf_plus", False)])
    participants = sets["Participants"]
    below_18, under_15 = participants["Age"]["Below 18"], summaries["By age band"]["<15"]
    assert not _small_part(below_18, under_15)  # the 15-17 year-olds
    unemployed = participants["Labour status at entry"][
        "Unemployed, including long-term unemployed"
    ]
    assert not _small_part(
        unemployed, participants["Of which"]["Long-term unemployed (12 months or more)"]
    )
    bands = summaries["By age band"]
    if (
        all(bands[b].value is not None for b in ("20–24", "25–29"))
        and participants["Age"]["18–29"].value is not None
    ):
        eighteen = participants["Age"]["18–29"].value - bands["20–24"].value - bands["25–29"].value
        assert not 0 < eighteen < THRESHOLD  # the 18-19 year-olds
    summary_30 = bands["30+"]
    assert not _small_part(summary_30, participants["Age"]["55 and over"])


def test_the_suppression_leaves_nothing_exposed(tmp_path):
    """Every hidden count and every small unknown part of the linked tables has more than
    one possible value for the reader once the suppression is done."""
    from socialneet_desktop.exports import funder_summary as fsum
    from socialneet_desktop.exports.funder_sets import link_set
    from socialneet_desktop.services.disclosure import exposed_cells
    from socialneet_desktop.services.indicator_counts import count_set
    from socialneet_desktop.services.indicator_sets import SETS
    from socialneet_desktop.services.indicators import compute_indicators

    db = open_database(tmp_path / "demo.sqlite")
    fill_demo(db, contacts=150, seed=29, today=TODAY)
    try:
        with db.read_session() as session:
            indicators = compute_indicators(session, START, END)
            for indicator_set in SETS.values():
                table = fsum.summary_table(indicators)
                link_set(table, count_set(session, indicator_set, START, END), indicators)
                hidden = set(fsum.protect(table, THRESHOLD).hidden)
                guarded = {c for c in table.unknown if 0 < table.values[c] < THRESHOLD}
                assert guarded and hidden
                assert exposed_cells(table, hidden, guarded) == []
    finally:
        db.close()
