"""The funder workbook as printed: every sheet A4 and one page wide, the header row repeated,
the report's title and page numbers in the page header and footer, the Summary on one page
(checked in the PDF LibreOffice makes of it), percentages and Total rows that agree with the
counts, and the note on why the months do not add up to the period."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import openpyxl
import pytest

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
    assert workbook["Summary"].page_setup.fitToHeight == 1  # one page, whatever the period
    for name in ("Contacts", "Visits", "Stakeholders met", "Meetings", "Resources"):
        sheet = workbook[name]
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"
    municipalities = workbook["By municipality of residence"]
    assert municipalities.print_title_rows == f"${reader.FIRST_ROW}:${reader.FIRST_ROW}"


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
    month = contacts["Contacts reached and visits by month"]
    assert sum(counts[0] for counts in month.values()) > grand["NEET contacts reached"]


def test_the_months_note_says_why_they_add_up_to_more(books):
    sheet = openpyxl.load_workbook(books[False])["Summary"]
    texts = [str(v) for row in sheet.iter_rows(values_only=True) for v in row if v]
    assert "Total (note 1)" in texts
    notes = " ".join(texts[texts.index("Notes") :])
    assert "1. Contacts reached by month: a person who visited in several months" in notes
    assert "counted in each of them" in notes


def _pdf(path, folder) -> list[str]:
    """The text of every page LibreOffice prints of the workbook."""
    if shutil.which("soffice") is None or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice (soffice) and poppler's pdftotext are not installed")
    profile = (folder / "profile").as_uri()
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(folder), str(path)],
        check=True, capture_output=True, timeout=600,
    )  # fmt: skip
    pdf = folder / (path.stem + ".pdf")
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    return text.split("\f")[:-1]


@pytest.mark.parametrize("identifiable", [False, True])
def test_libreoffice_prints_the_summary_on_one_page(books, tmp_path, identifiable):
    pages = _pdf(books[identifiable], tmp_path)
    first = pages[0]
    assert TITLE in first and "Page 1 of" in first
    for label in ("NEET contacts reached", "Unused resources by status", "Notes", "Reported"):
        assert label in first, label
    sheets = [page.split("\n")[0].rstrip() for page in pages]  # the header: title … sheet
    assert sheets[0].endswith("Summary") and not sheets[1].endswith("Summary")
    assert sheets[1].endswith("Indicator set") and sheets[2].endswith("Charts")  # one page
    assert "ESF+ common indicators" in pages[1] and "Upon leaving".lower() in pages[1].lower()
    assert "Young people reached per month" in pages[2]
    names = openpyxl.load_workbook(books[identifiable], read_only=True).sheetnames
    assert all(any(s.endswith(name) for s in sheets) for name in names)  # every sheet printed
    assert all(f"Page {n} of {len(pages)}" in page for n, page in enumerate(pages, 1))
