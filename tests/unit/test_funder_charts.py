"""The funder workbook's native charts, read from the chart parts of the .xlsx: people
reached per month, by gender, by age band, by outcome, and targets against achieved, each
drawn from a table of the workbook whose counts are the Summary's (a hidden count stays an
empty cell: its bar is missing)."""

from __future__ import annotations

import re
import zipfile

import openpyxl
import pytest

from socialneet_desktop.exports.funder_report import write_funder_report
from tests.unit import funder_sheet_reader as reader
from tests.unit.funder_small_db import END, START, fill_small

TITLES = (
    "Young people reached per month",
    "Young people reached by gender",
    "Young people reached by age band",
    "Young people leaving the project, by outcome",
    "Targets against achieved",
)


@pytest.fixture
def books(database, tmp_path):
    fill_small(database)
    paths = {}
    for identifiable in (False, True):
        paths[identifiable] = tmp_path / f"funder-{identifiable}.xlsx"
        write_funder_report(database, START, END, paths[identifiable], identifiable=identifiable)
    return paths


def _charts(path) -> dict[str, list[str]]:
    """{chart title: the cell ranges it draws}, from xl/charts/chart*.xml."""
    found = {}
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if re.fullmatch(r"xl/charts/chart\d+\.xml", name):
                xml = archive.read(name).decode()
                title = re.findall(r"<a:t>(.*?)</a:t>", xml)[0]  # then the axis title
                found[title] = re.findall(r"<f>(.*?)</f>", xml)
    return found


def _table(sheet, title: str) -> dict[str, object]:
    rows = list(sheet.iter_rows(values_only=True))
    start = next(i for i, row in enumerate(rows) if row[0] == title)
    table = {}
    for row in rows[start + 2 :]:
        if not row[0]:
            break
        table[row[0]] = row[1]
    return table


def test_every_chart_is_in_the_workbook_drawn_from_its_table(books):
    for path in books.values():
        charts = _charts(path)
        assert sorted(charts) == sorted(TITLES)
        for title in TITLES[:4]:
            assert any(ref.startswith("'Charts'!$B$") for ref in charts[title]), title


def test_the_chart_tables_show_the_summary_counts_and_hide_what_it_hides(books):
    for identifiable, path in books.items():
        workbook = openpyxl.load_workbook(path)
        summary = reader.values(workbook)
        charts = workbook["Charts"]
        by_gender = _table(charts, "Young people reached by gender")
        assert by_gender == {label: c[0] for label, c in summary["By gender"].items()}
        outcomes = _table(charts, "Young people leaving the project, by outcome")
        expected = {label: c[0] for label, c in summary["Outcomes on leaving"].items()}
        assert outcomes == expected
        if identifiable:  # by hand: Ada employed, Bruno training, Cleo job search, Dora self
            assert outcomes["Employed"] == 1 and outcomes["In active job search"] == 1
            assert outcomes["Inactive"] == 0 and sum(outcomes.values()) == 4
        else:
            assert outcomes["Employed"] is None and outcomes["Inactive"] == 0
