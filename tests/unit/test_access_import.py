"""`import access`: the spreadsheet pipeline on Access tables, origins, dry run, reuse."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from socialneet_desktop.cli import run_command
from socialneet_desktop.db.models import Organization, UnusedResource
from socialneet_desktop.importers.access.mapping_store import guess_access_mapping
from tests.conftest import shared_testdata
from tests.unit.test_access_readers import READERS, only_reader


@pytest.fixture(autouse=True, params=READERS)
def reader(request, monkeypatch) -> str:
    """Each test once per reader this machine has, as if it were the only one."""
    only_reader(monkeypatch, request.param)
    return request.param


# Northwind's customers are abroad: their City and phones cannot pass the Italian rules.
CUSTOMERS = ["--table", "Customers", "--kind", "organisations", "--set", "kind=enterprise"]
ABROAD = ["--map", "City=", "--map", "Phone=", "--map", "Fax=", "--map", "PostalCode="]


def count(database, model) -> int:
    with database.read_session() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_camel_case_names_are_guessed():
    guessed = guess_access_mapping("organisations", ["CompanyName", "City", "Address"])
    assert guessed == {"CompanyName": "name", "City": "municipality_code", "Address": "address"}


def test_listing_shows_tables_counts_and_columns(capsys, database, reader):
    nwind = str(shared_testdata("access", "nwind.mdb"))
    assert run_command(["import", "access", nwind], database) == 0
    out = capsys.readouterr().out
    assert f"(read with {reader})" in out
    assert "Customers: 91" in out and "Umsätze: 830" in out and "CompanyName" in out


def test_foreign_cities_are_rejected_and_reported(capsys, database):
    path = str(shared_testdata("access", "nwind.mdb"))
    assert run_command(["import", "access", path, *CUSTOMERS, "--dry-run"], database) == 0
    out = capsys.readouterr().out
    assert "'Berlin' is not a municipality" in out
    assert count(database, Organization) == 0


def test_import_twice_adds_nothing_and_keeps_origins(capsys, database, tmp_path):
    path = str(shared_testdata("access", "nwind.mdb"))
    arguments = ["import", "access", path, *CUSTOMERS, *ABROAD, "--yes"]
    assert run_command([*arguments, "--dry-run"], database) == 0
    assert count(database, Organization) == 0
    assert run_command(arguments, database) == 0
    first = count(database, Organization)
    assert first == 91
    with database.read_session() as session:
        record = session.scalars(
            select(Organization).where(Organization.origin_key == "ALFKI")
        ).one()
        assert record.origin_source == "nwind.mdb / Customers"
        assert record.name == "Alfreds Futterkiste"
    report = tmp_path / "report.xlsx"
    assert run_command([*arguments, "--report", str(report)], database) == 0
    assert count(database, Organization) == first
    assert report.exists()
    assert "Already imported from nwind.mdb / Customers" in capsys.readouterr().out


def test_saved_mapping_is_reused(database, tmp_path):
    path = str(shared_testdata("access", "nwind.mdb"))
    store = tmp_path / "mappings.json"
    first = [
        "import",
        "access",
        path,
        *CUSTOMERS,
        *ABROAD,
        "--mapping-file",
        str(store),
        "--dry-run",
    ]
    assert run_command(first, database) == 0
    assert "nwind.mdb / Customers" in store.read_text(encoding="utf-8")
    again = ["import", "access", path, "--table", "Customers", "--mapping-file", str(store)]
    assert run_command(again, database) == 0
    assert count(database, Organization) == 91


def test_dates_and_accents_reach_the_database(database):
    path = str(shared_testdata("access", "ASampleDatabase.accdb"))
    arguments = ["import", "access", path, "--table", "Asset Items", "--kind", "resources"]
    arguments += ["--map", "Description=title", "--map", "Acquired=surveyed_on"]
    arguments += ["--set", "category=equipment", "--map", "Asset Category=", "--yes"]
    assert run_command(arguments, database) == 0
    with database.read_session() as session:
        dated = session.scalars(
            select(UnusedResource).where(UnusedResource.origin_key == "30050")
        ).one()
        assert str(dated.surveyed_on) == "1997-09-02"
    first = count(database, UnusedResource)
    assert first == 14  # 65 rows, 51 of them in-file duplicates of others
    assert run_command(arguments, database) == 0  # a re-import adds nothing
    assert count(database, UnusedResource) == first


def test_umlaut_table_and_old_dates(capsys, database):
    path = str(shared_testdata("access", "oldDatesV2007.accdb"))
    arguments = ["import", "access", path, "--table", "Table1", "--kind", "resources"]
    arguments += [
        "--map",
        "ID=title",
        "--map",
        "DateField=surveyed_on",
        "--set",
        "category=equipment",
    ]
    assert run_command(arguments, database) == 1  # every row rejected: nothing imported
    assert "before 1900" in capsys.readouterr().out
    assert count(database, UnusedResource) == 0


def test_not_access_gives_a_clear_message(capsys, database, tmp_path):
    fake = tmp_path / "notes.accdb"
    fake.write_text("not a database", encoding="utf-8")
    assert run_command(["import", "access", str(fake)], database) == 2
    assert "is not a Microsoft Access database" in capsys.readouterr().err


def test_a_refused_import_saves_no_mapping(database, tmp_path):
    path = str(shared_testdata("access", "nwind.mdb"))
    store = tmp_path / "mappings.json"
    arguments = ["import", "access", path, *CUSTOMERS, "--mapping-file", str(store)]
    assert run_command(arguments, database) == 1  # foreign cities: rows rejected, no --yes
    assert not store.exists()
    assert count(database, Organization) == 0
