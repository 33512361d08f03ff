"""ESF+ "participants living in rural areas" (issue 19): no urban/rural classification of the
municipalities is bundled (nor anything in the municipalities' list to derive one from), so
the workbook's Indicator set sheet says "not available" with the reason, never a 0 a funder
would take for a count, and the Data dictionary says the same; the EEA set has no such row."""

from __future__ import annotations

import openpyxl
import pytest

from socialneet_desktop.exports.funder_report import write_funder_report
from tests.unit.funder_small_db import END, START, fill_small


@pytest.fixture
def small(database):
    fill_small(database)
    return database


def _rows(path, sheet):
    return [row for row in openpyxl.load_workbook(path)[sheet].iter_rows(values_only=True)]


@pytest.mark.parametrize("identifiable", [False, True])
def test_rural_areas_are_not_available_not_zero(small, tmp_path, identifiable):
    path = tmp_path / "esf.xlsx"
    write_funder_report(
        small, START, END, path, identifiable=identifiable, indicator_set="esf_plus"
    )
    rows = _rows(path, "Indicator set")
    labels = [str(row[0] or "").strip() for row in rows]
    at = labels.index("Rural areas")
    assert rows[at][1] == "not available" and rows[at][1] != 0
    assert labels[at + 1] == "(no urban/rural classification of municipalities)"
    assert labels.index("With disabilities (with explicit consent)") < at  # of the participants
    dictionary = [row[3] for row in _rows(path, "Data dictionary") if row[1] == "Rural areas"]
    assert dictionary == [
        "Rural areas: not available: no urban/rural classification of municipalities."
    ]


def test_the_eea_set_has_no_rural_row(small, tmp_path):
    path = tmp_path / "eea.xlsx"
    write_funder_report(small, START, END, path, indicator_set="eea_youth")
    labels = [str(row[0] or "").strip() for row in _rows(path, "Indicator set")]
    assert "Rural areas" not in labels
