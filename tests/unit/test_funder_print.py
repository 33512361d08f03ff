"""The funder workbook as printed: every sheet A4 and one page wide, the header row repeated,
the report's title and page numbers in the page header and footer, the Summary and the other
sheets of two panels each on one page at 85 % or more (checked in the PDF LibreOffice makes
of it, against a sheet printed at 100 %), the lists of records out of the sheets of counts and
the dictionary saying how to print those, percentages and Total rows that agree with the
counts, and the note on why the months do not add up to the period."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from openpyxl import Workbook

from socialneet_desktop.db.database import open_database
from socialneet_desktop.exports.excel import HEADER_ROW
from socialneet_desktop.exports.funder_report import write_funder_report
from socialneet_desktop.services.demo import fill_demo
from tests.unit import funder_sheet_reader as reader

TODAY = date(2026, 6, 30)
START, END = date(2025, 7, 1), date(2026, 3, 31)
TITLE = "Funder report 01/07/2025 – 31/03/2026"


@pytest.fixture(scope="module")
def books(tmp_path_factory):
    folder = tmp_path_factory.mktemp("print")
    db = open_database(folder / "demo.sqlite")
    fill_demo(db, contacts=300, seed=7, today=TODAY)
    paths = {}
    for identifiable in (False, True):
        paths[identifiable] = folder / f"funder-{identifiable}.xlsx"
        write_funder_report(
            db, START, END, paths[identifiable], identifiable=identifiable, indicator_set="esf_plus"
        )
    db.close()
    return paths


def test_every_sheet_prints_one_page_wide_with_title_and_page_numbers(books):
    workbook = openpyxl.load_workbook(books[True])
    for sheet in workbook:
        setup = sheet.page_setup
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title
        assert setup.paperSize == 9 and setup.fitToWidth == 1, sheet.title
        assert sheet.oddHeader.left.text == TITLE and sheet.oddHeader.right.text == "&A"
        assert sheet.oddFooter.center.text == "Page &P of &N"
    for name in reader.PANEL_SHEETS:  # one page, whatever the period
        assert workbook[name].page_setup.fitToHeight == 1, name
        assert workbook[name].page_setup.orientation == "landscape", name
    for name in ("Contacts", "Visits", "Stakeholders met", "Meetings", "Resources"):
        sheet = workbook[name]
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"
    for name in reader.LONG_SHEETS:
        long = workbook[name]
        assert long.print_title_rows == f"${reader.FIRST_ROW}:${reader.FIRST_ROW}", name


LISTS = ["Contacts", "Visits", "Stakeholders met", "Meetings", "Resources"]


def test_the_lists_of_records_come_after_the_sheets_of_counts_and_the_dictionary_says_so(books):
    """Printed whole, the identifiable workbook's lists run to hundreds of pages: the workbook
    opens on the Summary (what Excel prints by default), the sheets of counts come first, and
    the dictionary tells how to print those alone."""
    for identifiable, path in books.items():
        workbook = openpyxl.load_workbook(path)
        names = workbook.sheetnames
        assert workbook.active.title == "Summary"
        lists = [name for name in names if name in LISTS]
        assert lists == (LISTS if identifiable else [])
        counts = names[: names.index(lists[0])] if lists else names
        assert counts[:4] == ["Summary", "Indicator set", *reader.PANEL_SHEETS[1:]]
        rows = list(workbook["Data dictionary"].iter_rows(values_only=True))
        start = [row[0] for row in rows].index("Printing")
        printing = " ".join(str(row[3]) for row in rows[start:] if row[3])
        last = counts[-1] if lists else names[names.index("Data dictionary") - 1]
        assert f"from the Summary to '{last}'" in printing
        assert ("The lists of records (Contacts, Visits," in printing) == identifiable


def test_a_title_with_an_ampersand_is_not_a_header_code():
    from socialneet_desktop.exports.funder_print import header_text

    assert header_text("Rossi & Figli") == "Rossi && Figli"


def test_percentages_and_total_rows_agree_with_the_counts(books):
    for identifiable, path in books.items():
        workbook = openpyxl.load_workbook(path)
        found = reader.sections(workbook)
        grand = {label: cells[0].value for label, cells, _p in found[0].rows}
        assert grand["NEET contacts reached"] and grand["Meeting Point visits"]
        percentages = 0
        for section in found[1:]:
            assert section.total, section.title
            for _label, cells, percent in section.rows:
                total = section.total[0].value
                if percent.value is not None:
                    assert percent.number_format == "0.0%"
                    assert percent.value == pytest.approx(cells[0].value / total, abs=1e-4)
                    percentages += 1
                elif cells[0].value is None:  # hidden: its share would give it away
                    assert not identifiable and percent.fill.fgColor.rgb.endswith("D9D9D9")
            if identifiable and section.title not in reader.NOT_ADDING_UP:
                assert section.total[0].value == sum(c[0].value for _l, c, _p in section.rows)
        assert percentages >= 40
    contacts = reader.values(openpyxl.load_workbook(books[True]))
    month = contacts["Contacts and visits by month"]
    assert sum(counts[0] for counts in month.values()) > grand["NEET contacts reached"]


def test_the_months_note_says_why_they_add_up_to_more(books):
    sheet = openpyxl.load_workbook(books[False])["Contacts and visits by month"]
    texts = [str(v) for row in sheet.iter_rows(values_only=True) for v in row if v]
    assert "Total (note 1)" in texts
    notes = " ".join(texts[texts.index("Notes") :])
    assert "1. Contacts reached by month: a person who visited in several months" in notes
    assert "counted in each of them" in notes


def _convert(path, folder) -> Path:
    """The PDF LibreOffice prints of the workbook."""
    if shutil.which("soffice") is None or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice (soffice) and poppler's pdftotext are not installed")
    profile = (folder / "profile").as_uri()
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(folder), str(path)],
        check=True, capture_output=True, timeout=600,
    )  # fmt: skip
    return folder / (path.stem + ".pdf")


def _pdf(path, folder) -> list[str]:
    """The text of every page LibreOffice prints of the workbook."""
    pdf = _convert(path, folder)
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    return text.split("\f")[:-1]


def _heights(pdf: Path, word: str) -> list[float]:
    """Per page, the height of the first `word` printed on it (0 where there is none)."""
    found = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    heights = []
    for page in found.split("<page ")[1:]:
        match = re.search(rf'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">{word}<', page)
        heights.append(float(match[2]) - float(match[1]) if match else 0.0)
    return heights


@pytest.mark.parametrize("identifiable", [False, True])
def test_the_sheets_of_counts_print_at_85_percent_or_more(books, tmp_path, identifiable):
    """The size of "Period:" (the second row of every sheet of counts) on their pages
    against a sheet of the same font printed at 100 %: the scale LibreOffice chose."""
    reference = Workbook()
    reference.active["A1"] = "Period: 01/07/2025"
    reference.save(tmp_path / "reference.xlsx")
    (full,) = _heights(_convert(tmp_path / "reference.xlsx", tmp_path), "Period:")
    pages = _pdf(books[identifiable], tmp_path)
    heights = _heights(tmp_path / (books[identifiable].stem + ".pdf"), "Period:")
    for name in (*reader.PANEL_SHEETS, "Indicator set"):  # the set: its first page
        page = next(
            n for n, text in enumerate(pages) if text.split("\n")[0].rstrip().endswith(name)
        )
        assert heights[page] / full >= 0.85, (name, heights[page] / full)


@pytest.mark.parametrize("identifiable", [False, True])
def test_libreoffice_prints_the_summary_on_one_page(books, tmp_path, identifiable):
    pages = _pdf(books[identifiable], tmp_path)
    first = pages[0]
    assert TITLE in first and "Page 1 of" in first
    for label in ("NEET contacts reached", "By gender", "By labour status", "Left education"):
        assert label in first, label
    sheets = [page.split("\n")[0].rstrip() for page in pages]  # the header: title … sheet
    assert sheets[0].endswith("Summary") and not sheets[1].endswith("Summary")
    indicators = [n for n, sheet in enumerate(sheets) if sheet.endswith("Indicator set")]
    assert indicators == list(range(1, 1 + len(indicators)))  # as many pages as it needs
    text = " ".join(pages[n] for n in indicators)
    assert "ESF+ common indicators" in text and "Upon leaving".lower() in text.lower()
    after = indicators[-1] + 1
    assert sheets[after].endswith("Outcomes and visits") and "Visits by type" in pages[after]
    assert sheets[after + 1].endswith("Stakeholders and resources")
    assert "Withdrawn" in pages[after + 1]
    assert sheets[after + 2].endswith("Charts")  # each of them on one page
    assert "Young people reached per month" in pages[after + 2]
    names = openpyxl.load_workbook(books[identifiable], read_only=True).sheetnames
    assert all(any(s.endswith(name) for s in sheets) for name in names)  # every sheet printed
    assert all(f"Page {n} of {len(pages)}" in page for n, page in enumerate(pages, 1))


def test_the_targets_chart_starts_a_page_of_its_own(books):
    """Printed under the table, the chart was cut in two by the end of the first page."""
    sheet = openpyxl.load_workbook(books[True])["Targets against achieved"]
    (chart,) = sheet._charts
    (brk,) = sheet.row_breaks.brk
    assert brk.man and brk.id < chart.anchor._from.row + 1  # the break above the chart's row
    last = max(row for row in range(1, sheet.max_row + 1) if sheet.cell(row, 1).value)
    assert brk.id >= last  # and under the table's last row
