"""The Access wizard on a file whose table is a link to another file (tests/data/access_linked,
made by Access): the tables page says where the rows are; with the linked file beside the
database the linked table imports from it, and its saved mapping is found again; without it,
Next says which file to bring and stays on the page."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from socialneet_desktop.db.models import Organization
from tests.gui.test_access_wizard import finish, messages, open_table  # noqa: F401 - fixture
from tests.unit.test_access_linked import LINKEE, LINKER, _copy
from tests.unit.test_access_readers import READERS, only_reader


@pytest.fixture(autouse=True, params=READERS)
def reader(request, monkeypatch) -> str:
    only_reader(monkeypatch, request.param)
    return request.param


def _row(wizard, name: str) -> list[str]:
    tables = wizard.tables_page.tables
    for row in range(tables.rowCount()):
        if tables.item(row, 0).text() == name:
            return [tables.item(row, column).text() for column in range(3)]
    raise AssertionError(name)


def test_a_link_without_its_file_says_which_file_to_bring(
    qtbot,
    database,
    tmp_path,
    monkeypatch,
    messages,  # noqa: F811
):
    path = _copy(tmp_path / "alone", LINKER)
    wizard = open_table(qtbot, monkeypatch, database, tmp_path / "m.json", path, "Table2")
    assert _row(wizard, "Table2") == ["Table2", "linked", "link to Table1 · linkeeTest.accdb"]
    note = wizard.tables_page.notes.text()
    assert "Z:\\jackcess_test\\linkeeTest.accdb" in note and "Copy linkeeTest.accdb" in note
    wizard.next()
    assert wizard.currentPage() is wizard.tables_page
    assert messages and "Copy linkeeTest.accdb into the folder of this file" in messages[-1]


def test_a_link_with_its_file_beside_imports_and_remembers_its_mapping(
    qtbot,
    database,
    tmp_path,
    monkeypatch,
    messages,  # noqa: F811
):
    path = _copy(tmp_path / "office", LINKER, LINKEE)
    store = tmp_path / "m.json"
    wizard = open_table(qtbot, monkeypatch, database, store, path, "Table2")
    assert _row(wizard, "Table2") == ["Table2", "1", "ID, Field1"]
    assert "beside this file: its rows are read from there" in wizard.tables_page.notes.text()
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    combo = dict(zip(wizard.table.headers, wizard.mapping_page.combos, strict=True))["Field1"]
    combo.setCurrentIndex(combo.findData("name"))
    wizard.next()
    finish(qtbot, wizard)
    with database.read_session() as session:
        rows = session.execute(select(Organization.name, Organization.origin_source)).all()
    assert [tuple(row) for row in rows] == [("bar", "linkeeTest.accdb / Table1")]
    again = open_table(qtbot, monkeypatch, database, store, path, "Table2")
    assert again.tables_page.saved_line.isVisibleTo(again.tables_page)  # found under its file
