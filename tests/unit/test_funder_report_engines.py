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
