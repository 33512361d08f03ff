"""The funder workbook: summary figures equal counts computed independently with SQL, detail
sheets typed, dictionary and manifest present, and no identifying value when pseudonymous."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

import openpyxl
import pytest

from socialneet_desktop.cli import run_command
from socialneet_desktop.db.database import open_database
from socialneet_desktop.domain.age import AGE_BANDS
from socialneet_desktop.domain.municipalities import bundled_index
from socialneet_desktop.domain.vocabularies import VOCABULARIES
from socialneet_desktop.exports.excel import HEADER_ROW, ExportCancelled, Progress
from socialneet_desktop.exports.funder_report import write_funder_report
from socialneet_desktop.services.demo import fill_demo
from tests.unit import funder_sheet_reader as reader

TODAY = date(2026, 6, 30)
START, END = date(2025, 7, 1), date(2026, 3, 31)
VISITS = (
    "FROM meeting_point_visits v JOIN neet_contacts c ON c.id = v.contact_id "
    "WHERE v.deleted_at IS NULL AND c.deleted_at IS NULL AND v.visit_date BETWEEN ? AND ?"
)
REACHED = f"SELECT v.contact_id, MIN(v.visit_date) AS fv, COUNT(*) AS n {VISITS} GROUP BY 1"
MET = (
    "FROM stakeholder_meetings m JOIN meeting_organizations mo ON mo.meeting_id = m.id "
    "JOIN organizations o ON o.id = mo.organization_id AND o.deleted_at IS NULL "
    "WHERE m.deleted_at IS NULL AND m.meeting_date BETWEEN ? AND ?"
)
RESOURCES = "FROM unused_resources WHERE deleted_at IS NULL AND surveyed_on BETWEEN ? AND ?"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    db = open_database(tmp_path_factory.mktemp("funder") / "demo.sqlite")
    fill_demo(db, contacts=200, seed=5, today=TODAY)
    with sqlite3.connect(db.path) as raw:  # the recycle bin must not count
        raw.execute("UPDATE neet_contacts SET deleted_at = '2026-01-01' WHERE id % 17 = 0")
        raw.execute("UPDATE meeting_point_visits SET deleted_at = '2026-01-01' WHERE id % 13 = 0")
        raw.execute("UPDATE organizations SET deleted_at = '2026-01-01' WHERE id = 3")
    yield db
    db.close()


@pytest.fixture(scope="module")
def workbooks(demo, tmp_path_factory):
    folder = tmp_path_factory.mktemp("workbooks")
    paths = {}
    for identifiable in (False, True):
        path = folder / f"funder-{identifiable}.xlsx"
        write_funder_report(demo, START, END, path, identifiable=identifiable, user="tester")
        paths[identifiable] = openpyxl.load_workbook(path)
    return paths


def _sql(demo, statement, *parameters):
    with sqlite3.connect(demo.path) as raw:
        return raw.execute(statement, parameters or (START, END)).fetchall()


def _sections(workbook) -> dict[str, dict[str, tuple]]:
    """Summary (and its long breakdowns' sheets) -> {section title: {row label: counts}}."""
    return reader.values(workbook)


def _label(vocabulary: str, code: str) -> str:
    return VOCABULARIES[vocabulary].label_for(code) if code else "Not recorded"


def _expected_by(demo, column: str, vocabulary: str | None) -> dict[str, tuple]:
    rows = _sql(
        demo,
        f"SELECT c.{column}, COUNT(*), SUM(r.n) FROM ({REACHED}) r "
        f"JOIN neet_contacts c ON c.id = r.contact_id GROUP BY 1",
    )
    if vocabulary is None:
        return {bundled_index().display(code): (a, b) for code, a, b in rows}
    return {_label(vocabulary, code): (a, b) for code, a, b in rows}


def test_totals_equal_sql_counts(demo, workbooks):
    totals = _sections(workbooks[True])["Totals"]
    assert totals["NEET contacts reached"] == (
        _sql(demo, f"SELECT COUNT(*) FROM ({REACHED})")[0][0],
    )
    assert totals["Meeting Point visits"] == (_sql(demo, f"SELECT COUNT(*) {VISITS}")[0][0],)
    assert totals["Organisations met"] == (_sql(demo, f"SELECT COUNT(DISTINCT o.id) {MET}")[0][0],)
    meetings = (
        "SELECT COUNT(*) FROM stakeholder_meetings "
        "WHERE deleted_at IS NULL AND meeting_date BETWEEN ? AND ?"
    )
    assert totals["Stakeholder meetings"] == (_sql(demo, meetings)[0][0],)
    assert totals["Unused resources surveyed"] == (
        _sql(demo, f"SELECT COUNT(*) {RESOURCES}")[0][0],
    )


@pytest.mark.parametrize(
    ("title", "column", "vocabulary"),
    [
        ("By gender", "gender", "gender"),
        ("By education level", "education_level", "education_level"),
        ("By labour status", "labour_status", "labour_status"),
        ("By municipality of residence", "residence_municipality_code", None),
    ],
)
def test_contacts_by_field_equal_sql_counts(demo, workbooks, title, column, vocabulary):
    shown = _sections(workbooks[True])[title]
    nonzero = {label: counts for label, counts in shown.items() if counts != (0, 0)}
    assert nonzero == _expected_by(demo, column, vocabulary)


def test_contacts_by_month_and_age_band_equal_sql_counts(demo, workbooks):
    sections = _sections(workbooks[True])
    months = _sql(
        demo,
        "SELECT strftime('%m/%Y', v.visit_date), COUNT(DISTINCT v.contact_id), COUNT(*) "
        f"{VISITS} GROUP BY 1",
    )
    assert sections["Contacts and visits by month"] == {m: (a, b) for m, a, b in months}
    age = (
        "(CAST(substr(r.fv,1,4) AS INT) - CAST(substr(c.birth_date,1,4) AS INT)"
        " - (substr(r.fv,6) < substr(c.birth_date,6)))"
    )
    cases = " ".join(
        f"WHEN {age} BETWEEN {b.min_age} AND {b.max_age or 200} THEN '{b.label}'" for b in AGE_BANDS
    )
    bands = _sql(
        demo,
        f"SELECT CASE {cases} ELSE 'Not recorded' END, COUNT(*), SUM(r.n) FROM ({REACHED}) r "
        "JOIN neet_contacts c ON c.id = r.contact_id GROUP BY 1",
    )
    assert sections["By age band"] == {band: (a, b) for band, a, b in bands}


def test_visits_stakeholders_and_resources_equal_sql_counts(demo, workbooks):
    sections = _sections(workbooks[True])

    def nonzero(title):
        return {k: v for k, v in sections[title].items() if any(v)}

    types = _sql(
        demo, f"SELECT v.visit_type, COUNT(*), COUNT(DISTINCT v.contact_id) {VISITS} GROUP BY 1"
    )
    assert nonzero("Visits by type") == {_label("visit_type", t): (a, b) for t, a, b in types}
    kinds = _sql(
        demo, f"SELECT o.kind, COUNT(DISTINCT o.id), COUNT(DISTINCT m.id) {MET} GROUP BY 1"
    )
    assert nonzero("Stakeholders met by kind") == {
        _label("organization_kind", k): (a, b) for k, a, b in kinds
    }
    meeting_types = _sql(
        demo,
        "SELECT m.meeting_type, COUNT(DISTINCT m.id), COUNT(DISTINCT o.id) "
        "FROM stakeholder_meetings m "
        "LEFT JOIN meeting_organizations mo ON mo.meeting_id = m.id LEFT JOIN organizations o "
        "ON o.id = mo.organization_id AND o.deleted_at IS NULL "
        "WHERE m.deleted_at IS NULL AND m.meeting_date BETWEEN ? AND ? GROUP BY 1",
    )
    expected = {_label("meeting_type", t): (a, b) for t, a, b in meeting_types}
    assert nonzero("Meetings by type") == expected
    for title, column, vocabulary in (
        ("Unused resources by category", "category", "resource_category"),
        ("Unused resources by status", "status", "resource_status"),
    ):
        rows = _sql(demo, f"SELECT {column}, COUNT(*) {RESOURCES} GROUP BY 1")
        assert nonzero(title) == {_label(vocabulary, code): (n,) for code, n in rows}


def test_small_counts_are_hidden_only_in_the_pseudonymous_summary(workbooks):
    hidden = _sections(workbooks[False])
    shown = _sections(workbooks[True])
    values = [v for section in hidden.values() for counts in section.values() for v in counts]
    assert "<3" not in values and not [v for v in values if v in (1, 2)]
    assert [v for section in shown.values() for c in section.values() for v in c if v in (1, 2)]
    for title, section in shown.items():
        assert set(hidden[title]) == set(section)


def _identifying_values(demo) -> set[str]:
    with sqlite3.connect(demo.path) as raw:
        contacts = raw.execute(
            "SELECT last_name || ' ' || first_name, first_name || ' ' || last_name, tax_code, "
            "phone, email, address FROM neet_contacts"
        ).fetchall()
        people = raw.execute(
            "SELECT last_name || ' ' || first_name, first_name || ' ' || last_name, phone, email "
            "FROM contact_people"
        ).fetchall()
        owners = raw.execute(
            "SELECT owner_name, address FROM unused_resources WHERE owner_organization_id IS NULL"
        ).fetchall()
        organizations = raw.execute(
            "SELECT tax_code, vat_number, phone, email, address FROM organizations"
        ).fetchall()
    values = {str(v) for row in contacts + people + owners + organizations for v in row}
    return {v for v in values if len(v.strip()) >= 5}


def test_no_identifying_value_anywhere_in_the_pseudonymous_workbook(demo, workbooks):
    secrets = _identifying_values(demo)
    found = []
    for sheet in workbooks[False]:
        for row in sheet.iter_rows(values_only=True):
            for value in row:
                text = str(value) if value is not None else ""
                if text and (text in secrets or any(s in text for s in secrets if len(s) >= 8)):
                    found.append((sheet.title, text))
    assert found == []
    named = [str(v) for s in workbooks[True] for row in s.iter_rows(values_only=True) for v in row]
    assert set(named) & secrets  # the identifiable workbook does hold them


def test_detail_sheets_dictionary_and_manifest(workbooks):
    assert workbooks[False].sheetnames == [
        "Summary",
        "Outcomes and visits",
        "Stakeholders and resources",
        "Charts",
        "Targets against achieved",
        "Contacts and visits by month",
        "By municipality of residence",
        "Needs and resources",
        "Data dictionary",
        "Manifest",
    ]
    workbook = workbooks[True]
    assert workbook.sheetnames == [
        "Summary",
        "Outcomes and visits",
        "Stakeholders and resources",
        "Charts",
        "Targets against achieved",
        "Contacts and visits by month",
        "By municipality of residence",
        "Contacts",
        "Visits",
        "Stakeholders met",
        "Meetings",
        "Resources",
        "Needs and resources",
        "Data dictionary",
        "Manifest",
    ]
    dictionary = {
        (r[0], r[1]) for r in workbook["Data dictionary"].iter_rows(min_row=2, values_only=True)
    }
    for name in workbook.sheetnames[7:12]:
        sheet = workbook[name]
        assert sheet.freeze_panes == f"A{HEADER_ROW + 1}" and sheet.auto_filter.ref
        header = [cell for cell in sheet[HEADER_ROW] if cell.value]
        assert all(cell.font.b for cell in header)
        assert {(name, cell.value) for cell in header} <= dictionary
        for row in sheet.iter_rows(min_row=HEADER_ROW + 1, max_row=HEADER_ROW + 20):
            for cell in row:
                if isinstance(cell.value, datetime):
                    assert cell.number_format == "DD/MM/YYYY"
    contacts = workbooks[True]["Contacts"]
    titles = [c.value for c in contacts[HEADER_ROW]]
    assert "Last name" in titles and "Person code" in titles and "Age band" in titles
    visits_column = titles.index("Visits in period")
    assert all(
        isinstance(r[visits_column], int)
        for r in contacts.iter_rows(min_row=HEADER_ROW + 1, values_only=True)
    )
    manifest = dict(workbooks[False]["Manifest"].iter_rows(min_row=2, values_only=True))
    assert manifest["Exported by"] == "tester"
    assert manifest["Period from"] == "01/07/2025" and manifest["Period to"] == "31/03/2026"
    assert manifest["Personal data"].startswith("Pseudonymous")
    assert manifest["Application version"].startswith("SocialNEET Desktop")
    assert "Database" not in manifest and manifest["Sheets left out"] == (
        "Contacts, Visits, Stakeholders met, Meetings, Resources"
    )


def test_a_cancelled_report_leaves_no_file(demo, tmp_path):
    out = tmp_path / "funder.xlsx"
    progress = Progress(None, lambda: True)
    with pytest.raises(ExportCancelled):
        write_funder_report(demo, START, END, out, progress=progress)
    assert list(tmp_path.iterdir()) == []


def test_the_funder_report_command(demo, tmp_path):
    out = tmp_path / "funder.xlsx"
    argv = ["export", "funder-report", "--from", "01/07/2025", "--to", "31/03/2026"]
    assert run_command([*argv, "--identifiable", "--out", str(out)], demo) == 0
    manifest = dict(openpyxl.load_workbook(out)["Manifest"].iter_rows(min_row=2, values_only=True))
    assert manifest["Personal data"].startswith("Identifiable")
