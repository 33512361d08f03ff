"""One cell formatter (domain.cells) and one place for the gg/mm/aaaa and hh:mm formats
(domain.italian_dates): a value reads the same on the screen, in the workbooks and on paper."""

from __future__ import annotations

import ast
from datetime import date, datetime, time
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from socialneet_desktop import printing
from socialneet_desktop.db import models
from socialneet_desktop.documents import write_access_request
from socialneet_desktop.domain.cells import DATETIME, MUNICIPALITY, Cells
from socialneet_desktop.domain.columns import BOOL, CODE, DATE, NUMBER, TEXT, TIME, ColumnSpec
from socialneet_desktop.exports.excel import HEADER_ROW, TableSheet, new_workbook, save_atomically
from socialneet_desktop.exports.list_export import export_list
from socialneet_desktop.i18n import translate
from socialneet_desktop.services.list_specs import ListQuery
from socialneet_desktop.services.record_kinds import kind_by_key
from socialneet_desktop.ui.models.record_table_model import RecordTableModel
from tests.conftest import ROOT

DAY = date(2026, 2, 3)
TERNI = "L117"
# How Excel and LibreOffice show a cell of each number format the exports use.
SHOWN_AS = {"DD/MM/YYYY": "%d/%m/%Y", "HH:MM": "%H:%M", "DD/MM/YYYY HH:MM": "%d/%m/%Y %H:%M"}


class Marking(QTranslator):
    """Translates the formatter's words and the vocabulary labels as "[Yes]", "[Premises]":
    a face that kept its own Sì/No (its own translation context) would show a bare "Yes"."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"[{source}]" if context in ("Cells", "Vocabulary") else None


@pytest.fixture
def marked():
    translator = Marking()
    QCoreApplication.installTranslator(translator)
    yield Cells(translate)
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def recorded(database):
    """One record of each kind whose list shows a column of each kind."""
    with database.session() as session:
        staff = models.Staff(first_name="Lucia", last_name="Fabbri")
        contact = models.NeetContact(
            first_name="Anna",
            last_name="Rossi",
            gender="female",
            birth_date=date(2000, 5, 17),
            residence_municipality_code=TERNI,
            consent_contact=True,
            youth_guarantee=False,
        )
        visit = models.MeetingPointVisit(
            contact=contact,
            staff=staff,
            visit_date=DAY,
            start_time=time(9, 5),
            end_time=time(10, 40),
            visit_type="orientation",
            next_appointment=datetime(2026, 3, 4, 11, 30),
        )
        resource = models.UnusedResource(
            title="Bottega in via Roma",
            category="premises",
            status="verified",
            municipality_code=TERNI,
            owner_name="Comune",
            surveyed_on=DAY,
        )
        session.add_all([staff, contact, visit, resource])
        session.flush()
        return contact.id


def screen_row(qtbot, database, kind: str) -> dict[str, str]:
    model = RecordTableModel(kind_by_key(kind), database)
    with qtbot.waitSignal(model.first_page_read, timeout=10000):
        model.reload()  # reads the first page off the GUI thread, as the list page does
    qtbot.waitUntil(lambda: not model.loading(), timeout=10000)
    return {
        spec.key: model.index(0, number).data(Qt.ItemDataRole.DisplayRole)
        for number, spec in enumerate(model.kind.columns)
    }


def shown(cell) -> str:
    """The text a spreadsheet shows for a cell read back."""
    if cell.value is None:
        return ""
    if isinstance(cell.value, datetime | time):
        return cell.value.strftime(SHOWN_AS[cell.number_format])
    return str(cell.value)


def sheet_rows(path: Path, sheet: str | None = None) -> list[dict[str, str]]:
    book = load_workbook(path)
    rows = list((book[sheet] if sheet else book.worksheets[0]).iter_rows(min_row=HEADER_ROW))
    titles = [cell.value for cell in rows[0]]
    return [dict(zip(titles, (shown(cell) for cell in row), strict=False)) for row in rows[1:]]


def excel_row(database, kind: str, folder: Path) -> dict[str, str]:
    path = folder / f"{kind}.xlsx"
    export_list(database, kind, ListQuery(), path, identifiable=True)
    (row,) = sheet_rows(path)
    return {spec.key: row[spec.title] for spec in kind_by_key(kind).columns}


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


# (list, column key, kind of the column) for one column of each kind the lists show.
LIST_CELLS = [
    ("resources", "title", TEXT),
    ("resources", "owner_name", TEXT),
    ("resources", "category", CODE),
    ("resources", "status", CODE),
    ("resources", "municipality_code", CODE),
    ("resources", "surveyed_on", DATE),
    ("contacts", "consent_contact", BOOL),
    ("contacts", "residence_municipality_code", CODE),
    ("visits", "visit_date", DATE),
    ("visits", "start_time", TIME),
]


def test_a_value_of_each_kind_reads_the_same_on_screen_in_excel_and_on_paper(
    qtbot, database, recorded, marked, tmp_path
):
    lists = ("resources", "contacts", "visits")
    screen = {kind: screen_row(qtbot, database, kind) for kind in lists}
    excel = {kind: excel_row(database, kind, tmp_path) for kind in screen}
    expected = {
        "title": "Bottega in via Roma",
        "owner_name": "Comune",
        "category": "[Premises]",
        "status": "[Verified]",
        "municipality_code": "Terni (TR)",
        "surveyed_on": "03/02/2026",
        "consent_contact": "[Yes]",
        "residence_municipality_code": "Terni (TR)",
        "visit_date": "03/02/2026",
        "start_time": "09:05",
    }
    for kind, key, column_kind in LIST_CELLS:
        spec = next(spec for spec in kind_by_key(kind).columns if spec.key == key)
        assert spec.kind == column_kind
        assert screen[kind][key] == expected[key], (kind, key, "screen")
        assert excel[kind][key] == expected[key], (kind, key, "Excel")

    printing.write_resources(database, date(2026, 1, 1), date(2026, 12, 31), tmp_path / "r.pdf")
    resources = pdf_text(tmp_path / "r.pdf")
    for key in ("title", "owner_name", "category", "status", "municipality_code", "surveyed_on"):
        assert expected[key] in resources, (key, "PDF")
    printing.write_contact_file(database, recorded, tmp_path / "c.pdf")
    contact_file = pdf_text(tmp_path / "c.pdf")
    assert expected["consent_contact"] in contact_file and "[No]" in contact_file  # Youth G.
    assert expected["residence_municipality_code"] in contact_file
    printing.write_register(database, DAY, DAY, tmp_path / "register.pdf")
    register = pdf_text(tmp_path / "register.pdf")
    assert expected["visit_date"] in register and expected["start_time"] in register


def test_a_moment_reads_the_same_in_the_access_workbook_and_its_pdf(database, recorded, tmp_path):
    write_access_request(database, recorded, tmp_path / "access.xlsx")
    (visit,) = sheet_rows(tmp_path / "access.xlsx", "Visits")
    assert visit["Next appointment"] == "04/03/2026 11:30"
    next_cell = load_workbook(tmp_path / "access.xlsx")["Visits"][HEADER_ROW + 1][-1]
    assert next_cell.value == datetime(2026, 3, 4, 11, 30)  # a dated cell, not a text
    assert visit["Date"] == "03/02/2026" and visit["Start"] == "09:05"
    write_access_request(database, recorded, tmp_path / "access.pdf")
    assert "04/03/2026 11:30" in pdf_text(tmp_path / "access.pdf")


def test_the_formatter_for_each_kind(marked, tmp_path):
    """The kinds no list shows yet (numbers, moments) and the cases around them."""
    number = ColumnSpec("hours", "Hours", NUMBER)
    moment = ColumnSpec("when", "When", DATETIME)
    place = ColumnSpec("born_in", "Born in", CODE, vocabulary=MUNICIPALITY)
    text = ColumnSpec("notes", "Notes", TEXT)
    assert marked.text(number, 2.5) == "2.5" and marked.spreadsheet_value(number, 2.5) == 2.5
    assert marked.text(moment, datetime(2026, 2, 3, 9, 5)) == "03/02/2026 09:05"
    assert marked.text(place, TERNI) == "Terni (TR)" == marked.spreadsheet_value(place, TERNI)
    assert marked.text(text, "=1+1") == "=1+1"  # the screen shows what was typed
    assert marked.spreadsheet_value(text, "=1+1") == "'=1+1"  # a workbook never runs it
    assert marked.spreadsheet_value(text, "") is None and marked.text(number, None) == ""
    both = "[Agri-food], [IT and communication]"
    assert marked.labels("sector_of_interest", "agri_food, ict") == both
    workbook = new_workbook()
    sheet = TableSheet(workbook, "Kinds", (number, moment), datetime(2026, 2, 3))
    sheet.append([2.5, datetime(2026, 2, 3, 9, 5)])
    sheet.close()
    save_atomically(workbook, tmp_path / "kinds.xlsx")
    cells = load_workbook(tmp_path / "kinds.xlsx")["Kinds"][HEADER_ROW + 1]
    assert cells[0].value == 2.5  # a number, not the text "2.5"
    assert shown(cells[1]) == "03/02/2026 09:05"


# --- one place for the date format --------------------------------------------------------

PACKAGE = ROOT / "socialneet_desktop"
DATE_FORMAT = "%d/%m/%Y"
HOME = "socialneet_desktop/domain/italian_dates.py"
# Files whose owners convert them to domain.italian_dates in this same step, as they were
# when it began; the coordinator empties both lists when their work is in.
NOT_CONVERTED_YET = {
    "socialneet_desktop/exports/funder_report.py": "helper funder",
    "socialneet_desktop/exports/funder_summary.py": "helper funder",
    "socialneet_desktop/services/funder_sheets.py": "helper funder",
    "socialneet_desktop/db/backup.py": "helper funder",
    "socialneet_desktop/services/list_queries.py": "helper search",
    "socialneet_desktop/ui/main_window.py": "the coordinator",
    "socialneet_desktop/services/duplicates.py": "helper registry",
    "socialneet_desktop/services/duplicate_index.py": "helper registry",
}
NOT_CONVERTED_FOLDERS = {"socialneet_desktop/ui/editors/": "helper keyboard"}


def date_formats(path: Path, root: Path = ROOT) -> list[str]:
    """ "file:line" for every text of the module holding "%d/%m/%Y" (a strftime argument, an
    f-string's format, a constant), docstrings left out."""
    tree = ast.parse(path.read_text("utf-8"), str(path))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    lines = sorted(
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and DATE_FORMAT in node.value
        and id(node) not in docstrings
    )
    return [f"{path.relative_to(root).as_posix()}:{line}" for line in lines]


def allowed(name: str) -> bool:
    return (
        name == HOME
        or name in NOT_CONVERTED_YET
        or any(name.startswith(folder) for folder in NOT_CONVERTED_FOLDERS)
    )


def test_only_italian_dates_spells_the_date_format():
    found = [
        place
        for path in sorted(PACKAGE.rglob("*.py"))
        for place in date_formats(path)
        if not allowed(place.split(":")[0])
    ]
    assert not found, "format through socialneet_desktop.domain.italian_dates: " + ", ".join(found)


def test_the_date_format_scan_finds_each_form_and_ignores_docstrings(tmp_path):
    module = tmp_path / "sample.py"
    module.write_text(
        '"""strftime("%d/%m/%Y") in a docstring does not count."""\n'
        'a = day.strftime("%d/%m/%Y")\n'
        'b = f"{day:%d/%m/%Y}"\n'
        'FORMAT = "%d/%m/%Y %H:%M"\n'
        "c = day.strftime('%Y-%m-%d')  # %d/%m/%Y in a comment does not count\n",
        "utf-8",
    )
    assert date_formats(module, tmp_path) == ["sample.py:2", "sample.py:3", "sample.py:4"]
