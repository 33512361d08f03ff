"""Access linked tables (importers/access/linked.py) on real files made by Access
(tests/data/access_linked, from jackcess): a link to a table of another file is listed with
the file it points to; read from that file when it is beside the database, else refused with
the name of the file to bring; a link to an ODBC server is named without its password."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from socialneet_desktop.cli import run_command
from socialneet_desktop.db.models import Organization
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.importers.access import jet_rows
from socialneet_desktop.importers.access.linked import LinkedElsewhere, catalogue_links
from socialneet_desktop.importers.access.readers import choose_reader
from tests.unit.test_access_readers import READERS, needs_parser, only_reader

DATA = Path(__file__).resolve().parents[1] / "data" / "access_linked"
LINKER, LINKEE, ODBC = "linkerTestV2007.accdb", "linkeeTest.accdb", "odbcLinkerTestV2007.accdb"


@pytest.fixture(params=READERS)
def reader(request, monkeypatch) -> str:
    only_reader(monkeypatch, request.param)
    return request.param


def _copy(folder: Path, *names: str, rename: dict | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copyfile(DATA / name, folder / (rename or {}).get(name, name))
    return folder / names[0]


def _notes(info) -> str:
    return "\n".join(fill(translate("AccessImport", t), *a) for t, a in info.notes)


def _infos(path):
    return {info.name: info for info in choose_reader(path).tables()}


def test_the_catalogue_names_every_link_and_its_target(reader):
    links = catalogue_links(choose_reader(DATA / LINKER).inner.catalogue())
    assert [(link.name, link.foreign_name, link.database) for link in links] == [
        ("Table2", "Table1", "Z:\\jackcess_test\\linkeeTest.accdb")
    ]
    (server,) = catalogue_links(choose_reader(DATA / ODBC).inner.catalogue())
    assert (server.name, server.foreign_name, server.odbc) == ("Ordrar", "dbo.Ordrar", True)
    assert "DummyPassword" not in server.source_text()
    assert "DSN=Magnapinna" in server.source_text()


def test_a_link_whose_file_is_missing_names_the_file_to_bring(reader, tmp_path):
    path = _copy(tmp_path / "alone", LINKER)
    infos = _infos(path)
    assert infos["Table1"].row_count == 1 and not infos["Table1"].linked
    linked = infos["Table2"]
    assert linked.linked and linked.row_count == -1
    assert linked.rows_text(translate) == "linked"
    note = _notes(linked)
    assert "Z:\\jackcess_test\\linkeeTest.accdb" in note
    assert f"Copy linkeeTest.accdb into the folder of this file ({path.parent})" in note
    with pytest.raises(LinkedElsewhere) as refused:
        choose_reader(path).read("Table2")
    assert refused.value.text() == note


def test_a_link_whose_file_is_beside_is_read_from_it(reader, tmp_path):
    path = _copy(tmp_path / "both", LINKER, LINKEE, rename={LINKEE: "LINKEETEST.ACCDB"})
    info = _infos(path)["Table2"]
    assert info.linked and info.row_count == 1
    assert [name for name, _type in info.columns] == ["ID", "Field1"]
    assert "is beside this file: its rows are read from there" in _notes(info)
    table = choose_reader(path).read("Table2")
    assert [row.values for row in table.rows] == [{"ID": "1", "Field1": "bar"}]
    assert (table.path.name, table.table, table.linked_from) == ("LINKEETEST.ACCDB", "Table1",
                                                                 "Table2")  # fmt: skip


def test_a_server_link_is_listed_without_its_password(reader, tmp_path, database, capsys):
    path = _copy(tmp_path, ODBC)
    assert run_command(["import", "access", str(path)], database) == 0
    out = capsys.readouterr().out
    assert "Ordrar: linked, its rows are not in this file" in out
    assert "'Ordrar' is a link to the table 'dbo.Ordrar' of a database server" in out
    assert "DummyPassword" not in out and "Lokal: 1 rows" in out
    command = ["import", "access", str(path), "--table", "Ordrar", "--kind", "organisations"]
    assert run_command(command, database) == 1
    assert "Export that table from the server" in capsys.readouterr().err


def _organisations(database) -> list[tuple[str, str]]:
    with database.read_session() as session:
        rows = session.execute(select(Organization.name, Organization.origin_source))
        return sorted(rows.all())


def test_the_linked_table_imports_once_through_the_link_or_its_own_file(
    reader, tmp_path, database, capsys
):
    linker = _copy(tmp_path / "office", LINKER, LINKEE)
    options = ["--kind", "organisations", "--map", "Field1=name", "--set", "kind=other"]
    alone = _copy(tmp_path / "alone", LINKER)
    assert run_command(["import", "access", str(alone), "--table", "Table2", *options],
                       database) == 1  # fmt: skip
    assert "Copy linkeeTest.accdb into the folder of this file" in capsys.readouterr().err
    assert _organisations(database) == []
    assert run_command(["import", "access", str(linker), "--table", "Table2", *options],
                       database) == 0  # fmt: skip
    assert _organisations(database) == [("bar", "linkeeTest.accdb / Table1")]
    linkee = linker.with_name(LINKEE)
    assert run_command(["import", "access", str(linkee), "--table", "Table1", *options],
                       database) == 0  # fmt: skip
    assert _organisations(database) == [("bar", "linkeeTest.accdb / Table1")]  # nothing added


@needs_parser
def test_access_parser_skips_the_empty_deleted_slots_access_leaves():
    """MSysObjects of the linker holds deleted slots of no length (start = end): they were
    read as damaged rows, so the catalogue (and any table with such slots) was unreadable."""
    db = jet_rows.open_parser(str(DATA / LINKER))
    _columns, records, _key, stored = jet_rows.read_table(db, "MSysObjects")
    assert len(records) == stored == 40
    assert {"Table1", "Table2"} <= {record["Name"] for record in records}


# Access writes these for a linked sheet and a linked text file (no such file here: Access
# alone makes them); the catalogue rows are given as the readers return MSysObjects' rows.
SHEET = {
    "Name": "Soci",
    "Type": "6",
    "Database": "C:\\Associazione\\soci 2024.xlsx",
    "Connect": "Excel 12.0 Xml;HDR=YES;IMEX=2;ACCDB=YES;DATABASE=C:\\Associazione\\soci 2024.xlsx",
    "ForeignName": "Foglio1$",
}
TEXT = {
    "Name": "Presenze",
    "Type": "6",
    "Database": "C:\\Associazione",
    "Connect": "Text;DSN=Presenze;FMT=Delimited;HDR=YES;IMEX=2;CharacterSet=1252;ACCDB=YES",
    "ForeignName": "presenze#csv",
}


def test_a_link_to_a_sheet_or_a_text_file_says_to_import_that_file(reader, tmp_path, monkeypatch):
    path = _copy(tmp_path / "office", LINKER)
    (tmp_path / "office" / "soci 2024.xlsx").write_bytes(b"not read: no Access file")
    opened = choose_reader(path)
    monkeypatch.setattr(type(opened.inner), "catalogue", lambda _self: [SHEET, TEXT])
    infos = {info.name: info for info in choose_reader(path).tables()}
    sheet, text = infos["Soci"], infos["Presenze"]
    assert (sheet.linked_to, text.linked_to) == (
        "soci 2024.xlsx · Excel 12.0 Xml",
        "presenze.csv · Text",
    )
    assert "is a link to soci 2024.xlsx (Excel 12.0 Xml), which is no Access file" in _notes(sheet)
    assert "File > Import from a spreadsheet" in _notes(text)
    assert infos["Table1"].row_count == 1  # the file's own table as before
