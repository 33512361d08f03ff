"""Everything held on one person, as .xlsx and PDF; the `privacy` commands."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook

from socialneet_desktop.cli import run_command
from socialneet_desktop.db.models import NeetContact
from socialneet_desktop.documents import write_access_request
from socialneet_desktop.services.access_request import ContactNotFound, collect
from tests.unit.test_privacy import NAME, TAX_CODE, add_person, file_bytes, rename


def run(database, *argv: str) -> int:
    return run_command(["privacy", *argv], database)


def test_collect_holds_fields_visits_and_history(database):
    contact_id = add_person(database)
    rename(database, contact_id)
    with database.read_session() as session:
        held = collect(session, contact_id)
    values = dict(held.fields)
    assert TAX_CODE in values.values()
    assert [visit.day for visit in held.visits] == [date(2021, 5, 4), date(2021, 9, 20)]
    assert {row.record for row in held.history} >= {"Personal record", "Visit 04/05/2021"}
    assert any(row.old == NAME for row in held.history)
    with database.read_session() as session, pytest.raises(ContactNotFound):
        collect(session, 999)


def test_workbook_has_one_sheet_per_part(database, tmp_path):
    contact_id = add_person(database)
    target = tmp_path / "access.xlsx"
    write_access_request(database, contact_id, target)
    book = load_workbook(target, read_only=True)
    assert book.sheetnames == ["Personal data", "Visits", "History"]
    cells = [v for row in book["Personal data"].iter_rows(values_only=True) for v in row]
    assert TAX_CODE in cells
    visits = list(book["Visits"].iter_rows(min_row=5, values_only=True))
    assert len(visits) == 2


def test_pdf_is_written(database, tmp_path):
    contact_id = add_person(database)
    target = tmp_path / "access.pdf"
    write_access_request(database, contact_id, target)
    assert target.read_bytes().startswith(b"%PDF")


def test_cli_access_request_and_bad_arguments(database, tmp_path, capsys):
    contact_id = add_person(database)
    assert (
        run(
            database,
            "access-request",
            "--contact-id",
            str(contact_id),
            "--out",
            str(tmp_path / "a.pdf"),
        )
        == 0
    )
    assert (tmp_path / "a.pdf").exists()
    assert run(database, "access-request", "--contact-id", "1", "--out", "a.txt") == 2
    assert "--out" in capsys.readouterr().err
    assert (
        run(database, "access-request", "--contact-id", "77", "--out", str(tmp_path / "b.xlsx"))
        == 2
    )
    assert "--contact-id" in capsys.readouterr().err
    assert run(database, "access-request", "--contact-id", "x", "--out", "a.pdf") == 2


def test_cli_erase_and_review(database, capsys):
    contact_id = add_person(database)
    assert run(database, "review", "--months", "1") == 0
    assert NAME in capsys.readouterr().out
    assert run(database, "erase", "--contact-id", str(contact_id), "--reason", "x", "--yes") == 0
    with database.read_session() as session:
        assert session.get(NeetContact, contact_id).anonymised_at is not None
    assert NAME.encode() not in file_bytes(database)
    assert run(database, "erase", "--contact-id", str(contact_id), "--reason", "x", "--yes") == 2
    assert run(database, "erase", "--contact-id", "5") == 2  # --reason missing
    assert run(database, "review", "--months", "0") == 2


def test_cli_erase_asks_first(database, monkeypatch):
    contact_id = add_person(database)
    monkeypatch.setattr("builtins.input", lambda _prompt: "no")
    assert run(database, "erase", "--contact-id", str(contact_id), "--reason", "x") == 1
    with database.read_session() as session:
        assert session.get(NeetContact, contact_id).anonymised_at is None
