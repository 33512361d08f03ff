"""The pseudonymous funder workbook as an attacker reads it: no hidden count of the Summary can
be worked out by subtraction, hidden counts are empty number cells with a note, person-level
sheets are there only when k-anonymous, and the manifest names no path and no system user."""

from __future__ import annotations

import getpass
import sqlite3
import zipfile
from collections import Counter
from datetime import date

import openpyxl
import pytest

from socialneet_desktop.db.database import open_database
from socialneet_desktop.exports.excel import HEADER_ROW
from socialneet_desktop.exports.funder_report import write_funder_report
from socialneet_desktop.services.current_user import USER_VARIABLE
from socialneet_desktop.services.demo import fill_demo
from tests.unit import funder_sheet_reader as reader

TODAY = date(2026, 6, 30)
START, END = date(2025, 7, 1), date(2026, 3, 31)
TOTALS = 6  # the rows of the Totals section


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    db = open_database(tmp_path_factory.mktemp("privacy") / "demo.sqlite")
    fill_demo(db, contacts=300, seed=11, today=TODAY)
    yield db
    db.close()


@pytest.fixture(scope="module")
def books(demo, tmp_path_factory):
    folder = tmp_path_factory.mktemp("books")
    result = {}
    for identifiable in (False, True):
        path = folder / f"funder-{identifiable}.xlsx"
        write_funder_report(demo, START, END, path, identifiable=identifiable, user="Anna")
        result[identifiable] = (openpyxl.load_workbook(path), path)
    return result


def tables(workbook) -> tuple[list, list[list]]:
    """Summary -> (Totals cells, [breakdown: [row: [count cells]]]), the long breakdowns'
    sheets included."""
    found = reader.sections(workbook)
    totals = [cells[0] for _label, cells, _percent in found[0].rows]
    assert found[0].title == "Totals" and len(totals) == TOTALS
    return totals, [[cells for _label, cells, _p in s.rows] for s in found[1:]]


def _width(section) -> int:
    return max(len([c for c in row if c.value is not None or c.comment]) for row in section)


def test_no_hidden_count_is_recoverable_by_subtraction(books):
    """For every breakdown column whose true counts add up to a shown total, total minus the
    shown cells equals no single hidden cell, and the hidden cells are not all 1."""
    shown_totals, shown = tables(books[False][0])
    true_totals, true = tables(books[True][0])
    totals = {c.value: shown_totals[n].value for n, c in enumerate(true_totals)}
    checked = hidden_seen = 0
    for section, truth in zip(shown, true, strict=True):
        for column in range(_width(truth)):
            cells = [row[column] for row in section]
            values = [row[column].value for row in truth]
            total = sum(values)
            if total not in totals or totals[total] is None:
                continue  # a column that adds up to no total shown (months, types …)
            hidden = [v for c, v in zip(cells, values, strict=True) if c.value is None]
            hidden_seen += len(hidden)
            rest = totals[total] - sum(c.value for c in cells if c.value is not None)
            assert rest == sum(hidden)
            assert all(rest != value for value in hidden), (values, hidden)
            assert not hidden or rest > len(hidden)  # "all of them are 1" is no protection
            checked += 1
    assert checked >= 10 and hidden_seen > 0


def test_hidden_counts_are_empty_cells_with_a_note(books):
    workbook = books[False][0]
    totals, sections = tables(workbook)
    cells = totals + [c for section in sections for row in section for c in row]
    hidden = [c for c in cells if c.comment is not None]
    assert hidden and all(c.value is None for c in hidden)
    assert all("fewer than 3" in c.comment.text for c in hidden)
    assert all(c.value is None or isinstance(c.value, int) for c in cells)
    assert not [c.value for c in cells if isinstance(c.value, int) and 0 < c.value < 3]
    assert "<3" not in [c.value for row in workbook["Summary"].iter_rows() for c in row]
    rules = [str(r[3]) for r in workbook["Data dictionary"].iter_rows(values_only=True) if r[3]]
    text = " ".join(rules)  # long sentences are wrapped over several rows
    assert "Secondary suppression" in text and "at least 5 rows" in text


def _person_sheets(workbook):
    return [name for name in ("Contacts", "Visits") if name in workbook.sheetnames]


def _assert_k_anonymous(workbook, k=5):
    for name in _person_sheets(workbook):
        rows = list(workbook[name].iter_rows(min_row=HEADER_ROW + 1, values_only=True))
        classes = Counter(rows)
        assert rows and min(classes.values()) >= k, (name, classes.most_common()[-3:])
        titles = [c.value for c in workbook[name][HEADER_ROW]]
        assert "Person code" not in titles and "Months in status" not in titles


def test_person_level_sheets_of_the_demo_are_k_anonymous_or_left_out(books):
    workbook = books[False][0]
    _assert_k_anonymous(workbook)
    left_out = [n for n in ("Contacts", "Visits") if n not in workbook.sheetnames]
    manifest = dict(workbook["Manifest"].iter_rows(min_row=2, values_only=True))
    for name in left_out:
        assert name in manifest["Sheets left out"]
        notes = [r for r in workbook["Data dictionary"].iter_rows(values_only=True) if r[0] == name]
        assert any(str(r[3]).startswith("Left out:") for r in notes)


@pytest.fixture
def alike(tmp_path):
    """A database whose reached contacts all look the same once generalised."""
    db = open_database(tmp_path / "alike.sqlite")
    fill_demo(db, contacts=40, seed=3, today=TODAY)
    with sqlite3.connect(db.path) as raw:
        raw.execute(
            "UPDATE neet_contacts SET gender = 'female', residence_municipality_code = 'L117', "
            "citizenship = 'italian', education_level = 'isced_3', labour_status = 'other', "
            "birth_date = '2000-01-15', labour_status_months = id % 7"
        )
        raw.execute(
            "UPDATE meeting_point_visits SET visit_type = 'orientation', "
            "visit_date = '2026-01-' || printf('%02d', 1 + id % 28)"
        )
    yield db
    db.close()


def test_person_level_sheets_kept_when_k_anonymous_and_left_out_otherwise(alike, tmp_path):
    out = tmp_path / "alike.xlsx"
    write_funder_report(alike, START, END, out, user="Anna")
    workbook = openpyxl.load_workbook(out)
    assert _person_sheets(workbook) == ["Contacts", "Visits"]
    _assert_k_anonymous(workbook)
    contacts = list(workbook["Contacts"].iter_rows(min_row=HEADER_ROW + 1, values_only=True))
    assert len(set(contacts)) == 1 and contacts[0][:3] == ("Female", "25–29", "TR")
    with sqlite3.connect(alike.path) as raw:  # one person unlike any other
        raw.execute(
            "UPDATE neet_contacts SET gender = 'other' "
            "WHERE id = (SELECT MIN(id) FROM neet_contacts)"
        )
    write_funder_report(alike, START, END, out, user="Anna")
    workbook = openpyxl.load_workbook(out)
    assert "Contacts" not in workbook.sheetnames and "Visits" in workbook.sheetnames
    _assert_k_anonymous(workbook)


def test_the_manifest_names_the_program_user_and_no_path(demo, tmp_path, monkeypatch):
    monkeypatch.setenv(USER_VARIABLE, "Anna Operatrice")
    out = tmp_path / "funder.xlsx"
    write_funder_report(demo, START, END, out)
    workbook = openpyxl.load_workbook(out)
    manifest = dict(workbook["Manifest"].iter_rows(min_row=2, values_only=True))
    assert manifest["Exported by"] == "Anna Operatrice"
    assert manifest["Person codes"] == "Key generation 1 of this database"
    texts = [str(v) for s in workbook for row in s.iter_rows(values_only=True) for v in row if v]
    forbidden = [str(demo.path), demo.path.name, str(demo.path.parent), str(tmp_path)]
    system_user = getpass.getuser()
    for text in texts:
        assert not any(f in text for f in forbidden), text
        assert system_user not in text.split(), text


def _secret(db) -> bytes:
    with sqlite3.connect(db.path) as raw:
        return raw.execute("SELECT secret FROM pseudonym_keys").fetchone()[0]


def test_the_key_never_leaves_the_database(demo, books):
    secret = _secret(demo)
    assert len(secret) == 32
    forms = [secret, secret.hex().encode(), secret.hex().upper().encode()]
    import base64

    forms += [base64.b64encode(secret), base64.b32encode(secret)]
    from socialneet_desktop.exports.list_export import export_list
    from socialneet_desktop.services.list_specs import ListQuery

    paths = [path for _workbook, path in books.values()]
    for kind in ("contacts", "visits"):
        paths.append(paths[0].with_name(f"{kind}.xlsx"))
        export_list(demo, kind, ListQuery(), paths[-1], today=TODAY)
    for path in paths:
        raw = path.read_bytes()
        with zipfile.ZipFile(path) as archive:
            parts = [archive.read(name) for name in archive.namelist()]
        for blob in [raw, *parts]:
            assert not any(form in blob for form in forms)


def test_without_a_program_user_name_the_system_account_is_not_written(demo, tmp_path, monkeypatch):
    monkeypatch.delenv(USER_VARIABLE, raising=False)
    monkeypatch.setenv("USER", "mrossi-login")
    monkeypatch.setenv("LOGNAME", "mrossi-login")
    out = tmp_path / "funder.xlsx"
    write_funder_report(demo, START, END, out)
    manifest = dict(openpyxl.load_workbook(out)["Manifest"].iter_rows(min_row=2, values_only=True))
    assert manifest["Exported by"] == "not set"


def test_a_kept_sheet_never_shows_a_value_fewer_times_than_the_threshold(alike, tmp_path):
    """k below the threshold would let the Contacts sheet count what the Summary hides."""
    with sqlite3.connect(alike.path) as raw:
        raw.execute("UPDATE app_settings SET small_count_threshold = 60, k_anonymity = 2")
        contacts = raw.execute("SELECT COUNT(*) FROM neet_contacts").fetchone()[0]
    assert contacts < 60
    out = tmp_path / "alike.xlsx"
    write_funder_report(alike, START, END, out, user="Anna")
    workbook = openpyxl.load_workbook(out)
    assert "Contacts" not in workbook.sheetnames  # 40 people alike, but fewer than 60
    _assert_k_anonymous(workbook, k=60)  # their visits may be 60 alike
