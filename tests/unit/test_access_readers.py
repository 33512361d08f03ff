"""The Access readers on every file of ../shared/testdata/access, checked against mdb-export."""

from __future__ import annotations

import csv
import importlib.util
import io
import shutil
import subprocess

import pytest

from socialneet_desktop.importers.access import jet_rows
from socialneet_desktop.importers.access.backends import READERS_VARIABLE
from socialneet_desktop.importers.access.errors import (
    AccessFileError,
    NotAccessFile,
    ReaderCannotRead,
)
from socialneet_desktop.importers.access.readers import BAD_DATES, choose_reader, user_tables
from tests.conftest import shared_testdata

FILES = [
    "ASampleDatabase.accdb",
    "corrupted.accdb",
    "empty2019.accdb",
    "nwind.mdb",
    "oldDatesV2007.accdb",
    "test2V2010.accdb",
    "testV1997.mdb",
    "testV2003.mdb",
    "testV2007.accdb",
]
needs_mdbtools = pytest.mark.skipif(
    not shutil.which("mdb-export"), reason="mdbtools (mdb-export) is not on PATH"
)
needs_parser = pytest.mark.skipif(
    not importlib.util.find_spec("access_parser"), reason="access-parser is not installed"
)
# Every reader this machine has, for the tests that run once per reader.
READERS = [
    pytest.param("mdbtools", marks=needs_mdbtools, id="mdbtools"),
    pytest.param("access-parser", marks=needs_parser, id="access-parser"),
]


def only_reader(monkeypatch, name: str) -> None:
    """The machine as if `name` were its only reader (the backends' own switch)."""
    monkeypatch.setenv(READERS_VARIABLE, name)


def exported(path, table) -> list[list[str]]:
    """What mdb-export gives (the reference the readers are checked against)."""
    options = ["-D", "%Y-%m-%d", "-T", "%Y-%m-%d %H:%M:%S", "-b", "strip"]
    text = subprocess.run(
        ["mdb-export", *options, str(path), table], capture_output=True, check=True
    ).stdout.decode("utf-8")
    return list(csv.reader(io.StringIO(text, newline="")))


@needs_mdbtools
@pytest.mark.parametrize("name", FILES)
def test_mdbtools_reads_every_user_table(name):
    path = shared_testdata("access", name)
    reader = choose_reader(path, prefer="mdbtools")
    for info in reader.tables():
        assert not info.name.startswith("MSys")
        table = reader.read(info.name)
        reference = exported(path, info.name)
        assert len(table.rows) == len(reference) - 1 == info.row_count
        assert table.headers == [h for h in reference[0] if h in table.headers]


def same_cell(mine: str, reference: str) -> bool:
    """Equal, or both a date mdbtools cannot write ("1900-01-00 …" / "(Invalid Date)")."""
    bad = [any(b in text for b in BAD_DATES) for text in (mine, reference)]
    return mine == reference or all(bad)


@needs_mdbtools
@needs_parser
@pytest.mark.parametrize("name", FILES)
def test_access_parser_agrees_with_mdb_export(name):
    """Every cell of every table, in mdb-export's order of rows and columns."""
    path = shared_testdata("access", name)
    reader = choose_reader(path, prefer="access-parser")  # 2010 and 2019 files too
    names = [info.name for info in reader.tables()]
    assert sorted(names) == sorted(user_tables(exported_tables(path)))  # system ones out
    mdbtools = choose_reader(path, prefer="mdbtools")
    for info in reader.tables():
        reference = exported(path, info.name)
        assert info.row_count == len(reference) - 1, info.name  # as the definition counts
        table, theirs = reader.read(info.name), mdbtools.read(info.name)
        assert table.headers == theirs.headers == [h for h in reference[0] if h in table.headers]
        assert table.primary_key == theirs.primary_key, info.name
        assert len(table.rows) == len(reference) - 1, info.name
        for row, their in zip(table.rows, theirs.rows, strict=True):
            for column in table.headers:
                mine, wanted = row.values[column], their.values[column]
                assert same_cell(mine, wanted), (info.name, row.number, column, mine, wanted)


def exported_tables(path) -> list[str]:
    done = subprocess.run(["mdb-tables", "-1", str(path)], capture_output=True, check=True)
    return done.stdout.decode("utf-8").splitlines()


@needs_parser
def test_access_parser_reads_what_its_own_decoder_did_not(monkeypatch):
    """Without mdbtools: the table access-parser 0.0.6 failed on (a 'NaN' date), currency
    as Access shows it (it gave the stored integer, 10,000 times the amount), a single."""
    only_reader(monkeypatch, "access-parser")
    reader = choose_reader(shared_testdata("access", "nwind.mdb"))
    assert reader.name == "access-parser"
    counts = {info.name: info.row_count for info in reader.tables()}
    assert counts["Umsätze"] == counts["Orders"] == 830
    sales = reader.read("Umsätze")
    assert len(sales.rows) == 830 and not sales.problems
    first = sales.rows[0].values
    assert (first["OrderID"], first["CustomerID"]) == ("10330", "LILAS")
    assert first["OrderDate"] == "1994-11-16 00:00:00" and first["Freight"] == "12,7500"
    details = reader.read("Order Details").rows[0].values
    assert (details["UnitPrice"], details["Discount"]) == ("14,0000", "0")
    discounts = {row.values["Discount"] for row in reader.read("Order Details").rows}
    assert "0,15000001" in discounts  # a single, written with mdb-export's digits


@needs_parser
def test_access_97_text_is_read_with_the_chosen_alphabet(monkeypatch):
    only_reader(monkeypatch, "access-parser")
    customers = choose_reader(shared_testdata("access", "nwind.mdb")).read("Customers")
    names = [row.values["CompanyName"] for row in customers.rows]
    assert "Königlich Essen" in names  # CP1252, not UTF-8 with a Latin-1 fallback
    greek = choose_reader(shared_testdata("access", "nwind.mdb"), charset="CP1253")
    assert "Königlich Essen" not in [r.values["CompanyName"] for r in greek.read("Customers").rows]


def test_the_switch_leaves_only_the_named_reader(monkeypatch):
    only_reader(monkeypatch, "no-such-reader")
    with pytest.raises(AccessFileError):
        choose_reader(shared_testdata("access", "nwind.mdb"))


@needs_mdbtools
def test_dates_and_accents_come_out_right():
    path = shared_testdata("access", "nwind.mdb")
    reader = choose_reader(path, prefer="mdbtools")
    assert "Umsätze" in [info.name for info in reader.tables()]
    employees = reader.read("Employees")
    assert employees.rows[0].values["BirthDate"] == "1948-12-08 00:00:00"
    assert "Photo" not in employees.headers  # OLE picture: skipped with a note
    notes = [n for i in reader.tables() if i.name == "Employees" for n in i.notes]
    assert any("Photo" in args for _template, args in notes)
    customers = reader.read("Customers")
    names = [row.values["CompanyName"] for row in customers.rows]
    assert "Alfreds Futterkiste" in names and any("ü" in n or "é" in n for n in names)


@needs_mdbtools
def test_numbers_keep_their_decimals():
    reader = choose_reader(shared_testdata("access", "testV1997.mdb"), prefer="mdbtools")
    row = next(r for r in reader.read("Table1").rows if r.values["A"] == "abcdefg")
    assert row.values["F"] == "444,555"  # a decimal comma: never read as thousands


@pytest.mark.parametrize("prefer", READERS)
def test_dates_before_1900_are_reported(prefer, monkeypatch):
    only_reader(monkeypatch, prefer)
    reader = choose_reader(shared_testdata("access", "oldDatesV2007.accdb"))
    assert reader.name == prefer
    table = reader.read("Table1")
    assert len(table.problems) == len(table.rows) == 4


def test_not_an_access_file_is_refused(tmp_path):
    fake = tmp_path / "fake.mdb"
    fake.write_bytes(b"PK\x03\x04 this is a zip" * 20)
    with pytest.raises(NotAccessFile) as raised:
        choose_reader(fake)
    assert "fake.mdb" in raised.value.text()


@pytest.mark.parametrize("prefer", READERS)
def test_a_truncated_file_gives_a_clear_error(tmp_path, prefer):
    source = shared_testdata("access", "testV2003.mdb").read_bytes()
    broken = tmp_path / "broken.mdb"
    broken.write_bytes(source[:4096] + b"\x00" * 8192)
    with pytest.raises(AccessFileError) as raised:
        reader = choose_reader(broken, prefer=prefer)
        for info in reader.tables():
            reader.read(info.name)
        raise AssertionError("a truncated file must not read")
    assert raised.value.text()


@needs_parser
def test_a_file_access_parser_cannot_parse_points_to_mdbtools(tmp_path):
    source = shared_testdata("access", "testV2007.accdb").read_bytes()
    broken = tmp_path / "broken.accdb"
    broken.write_bytes(source[: 4096 * 2])  # the header and no catalogue
    with pytest.raises(ReaderCannotRead) as raised:
        choose_reader(broken, prefer="access-parser")
    assert "mdbtools" in raised.value.text()


def test_cells_are_written_as_mdb_export_writes_them():
    """The access-parser path's own number and date texts (jet_rows), beyond the test files."""
    assert jet_rows.money_text(-123_4500) == "-123.4500"  # currency: 4 decimals, exact
    assert jet_rows.money_text(5) == "0.0005"
    assert jet_rows.float_text(444.555, jet_rows.DOUBLE_DIGITS) == "444.555"
    assert jet_rows.float_text(-2.5, jet_rows.DOUBLE_DIGITS) == "-2.5"
    assert jet_rows.float_text(1e20, jet_rows.DOUBLE_DIGITS) == "100000000000000000000"
    assert jet_rows.date_text(36526.5) == "2000-01-01 12:00:00"
    assert jet_rows.date_text(2.0 / 3.0 + 40000) == "2009-07-06 16:00:00"
    for unreadable in (float("nan"), -1.0, 1e300):  # before 1900, or no date at all
        assert jet_rows.date_text(unreadable) == jet_rows.INVALID_DATE
