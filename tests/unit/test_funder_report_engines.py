"""The funder workbook's Summary is the same on the office server as on a file: the same
demo data (same seed) counted on both engines (issue 20; the age bands are grouped in SQL)."""

from __future__ import annotations

from datetime import date

import openpyxl

from socialneet_desktop.db.database import open_database
from socialneet_desktop.exports.funder_report import write_funder_report
from socialneet_desktop.services.demo import fill_demo

TODAY = date(2026, 6, 30)
START, END = date(2025, 7, 1), date(2026, 3, 31)


def _summary(database, path) -> list[tuple]:
    fill_demo(database, contacts=80, seed=5, today=TODAY)
    write_funder_report(database, START, END, path, identifiable=False, user="tester")
    sheet = openpyxl.load_workbook(path)["Summary"]
    rows = [tuple(row) for row in sheet.iter_rows(min_row=5, values_only=True)]
    return [row for row in rows if any(value is not None for value in row)]


def test_the_summary_is_the_same_on_both_engines(engine_database, tmp_path):
    reference = open_database(tmp_path / "reference.sqlite")
    try:
        expected = _summary(reference, tmp_path / "reference.xlsx")
    finally:
        reference.close()
    found = _summary(engine_database, tmp_path / "found.xlsx")
    assert found == expected
    labels = [row[0] for row in found]
    assert any(isinstance(label, str) and "25" in label for label in labels)  # age bands there


def _sets_and_targets(database) -> tuple:
    from socialneet_desktop.services.indicator_counts import count_set
    from socialneet_desktop.services.indicator_sets import SETS
    from socialneet_desktop.services.targets import targets_against_achieved
    from tests.unit.funder_small_db import END as SMALL_END
    from tests.unit.funder_small_db import START as SMALL_START
    from tests.unit.funder_small_db import fill_small

    fill_small(database)
    with database.read_session() as session:
        sets = {}
        for code, indicator_set in SETS.items():
            counts = count_set(session, indicator_set, SMALL_START, SMALL_END)
            sets[code] = (counts.totals, counts.groups)
        targets = [
            (r.activity_code, r.indicator, r.achieved)
            for r in targets_against_achieved(session, SMALL_START, SMALL_END)
        ]
    return sets, targets


def test_indicator_sets_and_targets_are_the_same_on_both_engines(engine_database, tmp_path):
    reference = open_database(tmp_path / "reference.sqlite")
    try:
        expected = _sets_and_targets(reference)
    finally:
        reference.close()
    found = _sets_and_targets(engine_database)
    assert found == expected
    assert expected[0]["esf_plus"][0]["participants"] == 5 and len(expected[1]) == 8
