"""The Windows reader (Microsoft Access ODBC driver through pyodbc), driven by a stand-in
for pyodbc that answers as the driver does: CI has no Windows, so this checks our side of
the conversation (which tables, which columns, which key, how cells are written), not the
driver itself."""

from __future__ import annotations

import sys
import types
from datetime import datetime
from decimal import Decimal
from types import SimpleNamespace as Row

import pytest

from socialneet_desktop.importers.access import backends
from socialneet_desktop.importers.access.errors import DamagedFile

COLUMNS = {
    "Contatti": [("ID", "COUNTER"), ("Cognome", "VARCHAR"), ("Nato il", "DATETIME"),
                 ("Quota", "CURRENCY"), ("Foto", "LONGBINARY"), ("IDEnte", "INTEGER")],
    "MSysObjects": [("Id", "INTEGER")],
}  # fmt: skip
ROWS = [
    (1, "Rossi", datetime(1899, 7, 1), Decimal("12.5000"), 3),
    (2, "Nicolò", datetime(2001, 3, 12, 0, 0), None, None),
]


class Cursor:
    def __init__(self, log: list[str]) -> None:
        self.log = log
        self.description = []
        self._rows: list[tuple] = []

    def tables(self, tableType):  # noqa: N803 - pyodbc's name
        return [Row(table_name=name) for name in COLUMNS]

    def columns(self, table):
        return [Row(column_name=n, type_name=t) for n, t in COLUMNS[table]]

    def statistics(self, table, unique):
        return [
            Row(index_name="PrimaryKey", column_name="ID"),
            Row(index_name=None, column_name=None),
        ]

    def execute(self, sql: str):
        self.log.append(sql)
        if sql.startswith("SELECT COUNT(*)"):
            self._rows = [(len(ROWS),)]
        else:
            selected = [c.strip("[]") for c in sql[len("SELECT ") : sql.index(" FROM")].split(", ")]
            self.description = [(name,) for name in selected]
            self._rows = ROWS
        return self

    def fetchone(self):
        return self._rows[0]

    def fetchall(self):
        return list(self._rows)


@pytest.fixture
def fake_pyodbc(monkeypatch):
    log: list[str] = []
    module = types.ModuleType("pyodbc")
    module.Error = type("Error", (Exception,), {})

    def connect(text):
        if "broken" in text:
            raise module.Error("[Microsoft][ODBC Microsoft Access Driver] Unrecognized format")
        return Row(cursor=lambda: Cursor(log))

    module.connect = connect
    module.drivers = lambda: ["SQL Server", backends.PyOdbcReader.DRIVER]
    monkeypatch.setitem(sys.modules, "pyodbc", module)
    return log


def test_user_tables_key_and_cells_as_mdbtools_writes_them(fake_pyodbc, tmp_path):
    reader = backends.PyOdbcReader(tmp_path / "associazione.mdb")
    [info] = reader.tables()
    assert (info.name, info.row_count, info.primary_key) == ("Contatti", 2, ["ID"])
    notes = " ".join(template for template, _args in info.notes)
    assert "pictures" in notes and "ids of another table" in notes  # Foto skipped, IDEnte
    table = reader.read("Contatti")
    assert "Foto" not in fake_pyodbc[-1]  # the picture column is not even selected
    assert table.headers == ["ID", "Cognome", "Nato il", "Quota", "IDEnte"]
    assert table.rows[0].values == {
        "ID": "1", "Cognome": "Rossi", "Nato il": "1899-07-01 00:00:00", "Quota": "12,5000",
        "IDEnte": "3",
    }  # fmt: skip
    assert table.rows[1].values["Cognome"] == "Nicolò"
    assert table.rows[1].values["Quota"] == ""


def test_an_unreadable_file_is_reported_not_raised_raw(fake_pyodbc, tmp_path):
    with pytest.raises(DamagedFile) as raised:
        backends.PyOdbcReader(tmp_path / "broken.accdb")
    assert "Unrecognized format" in raised.value.text()


def test_the_reader_is_offered_only_with_the_access_driver(fake_pyodbc, monkeypatch):
    monkeypatch.setattr(backends.sys, "platform", "win32")
    assert backends.odbc_driver_installed()
    sys.modules["pyodbc"].drivers = lambda: ["SQL Server"]
    assert not backends.odbc_driver_installed()
    assert "pyodbc" not in backends.available_readers()
