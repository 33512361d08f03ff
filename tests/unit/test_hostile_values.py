"""Stored values that used to break or arm the workbooks: formulas in every text field of every
kind, control characters left by an old import. Every cell of every sheet is read back."""

from __future__ import annotations

from datetime import date, time

import pytest
from openpyxl import load_workbook
from sqlalchemy import Text, text

from socialneet_desktop.db import models
from socialneet_desktop.domain.text import FORMULA_STARTS, spreadsheet_text
from socialneet_desktop.exports.access_request import write_access_request
from socialneet_desktop.exports.list_export import export_list
from socialneet_desktop.importers.mapping import guess_mapping
from socialneet_desktop.importers.pipeline import ImportPlan, analyse
from socialneet_desktop.importers.readers import read_table
from socialneet_desktop.importers.report import report_to_xlsx
from socialneet_desktop.services.list_specs import ListQuery
from socialneet_desktop.services.record_kinds import RECORD_KINDS
from socialneet_desktop.services.records import create_record

HOSTILE = (
    '=HYPERLINK("http://x","click")',
    "=cmd|' /C calc'!A0",
    "+1+1",
    "@SUM(A1)",
    "\t=1",
    "-2+3",
)
USER = "=cmd|' /C calc'!A0"
NOT_TEXT = frozenset({"uuid", "created_by", "updated_by"})
REQUIRED = {
    "meeting_date": date(2025, 3, 4),
    "visit_date": date(2025, 3, 5),
    "start_time": time(9, 30),
}


def hostile_values(model, number: int, links: dict) -> dict:
    """Every text column of `model` holding one of HOSTILE (a different one per column)."""
    values = {}
    for offset, column in enumerate(model.__table__.columns):
        if column.name in NOT_TEXT or not isinstance(column.type, Text | models.String):
            continue
        values[column.name] = HOSTILE[(number + offset) % len(HOSTILE)]
    values.update({k: v for k, v in REQUIRED.items() if k in model.__table__.columns})
    values.update({k: v for k, v in links.items() if k in model.__table__.columns})
    return values


@pytest.fixture
def hostile(database):
    """len(HOSTILE) records of every kind, as an old import or a careless copy left them."""
    with database.session() as session:
        for number in range(len(HOSTILE)):
            links = {}
            for model in (models.Staff, models.Organization, models.NeetContact):
                record = create_record(session, model, hostile_values(model, number, {}), user=USER)
                links[{"staff": "staff_id"}.get(model.__tablename__, "")] = record.id
                if model is models.Organization:
                    links["organization_id"] = links["owner_organization_id"] = record.id
                if model is models.NeetContact:
                    links["contact_id"] = record.id
            for model in models.RECORD_CLASSES:
                if model not in (models.Staff, models.Organization, models.NeetContact):
                    create_record(session, model, hostile_values(model, number, links), user=USER)
    return database


def cells(path):
    for sheet in load_workbook(path):
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is not None:
                    yield sheet.title, cell


def armed_cells(path) -> list[str]:
    """Cells a spreadsheet would run: formulas, and texts starting like one."""
    return [
        f"{path.name} {title}!{cell.coordinate}: {cell.value!r}"
        for title, cell in cells(path)
        if cell.data_type == "f"
        or (isinstance(cell.value, str) and cell.value.startswith(FORMULA_STARTS))
    ]


def texts(path) -> set[str]:
    return {cell.value for _title, cell in cells(path) if isinstance(cell.value, str)}


def test_the_cell_text_keeps_the_value_after_an_apostrophe():
    assert spreadsheet_text('=HYPERLINK("http://x","click")') == '\'=HYPERLINK("http://x","click")'
    assert spreadsheet_text("\t=1") == "'\t=1"
    assert spreadsheet_text("+39 0744 401234") == "'+39 0744 401234"
    assert spreadsheet_text("Rossi") == "Rossi"
    assert spreadsheet_text("\x00=1") == "'=1"  # the NUL goes first: what is left is checked
    assert spreadsheet_text("Ros\x00si\x1a") == "Rossi"


@pytest.mark.parametrize("identifiable", [True, False], ids=["identifiable", "pseudonymous"])
def test_no_list_export_holds_a_formula(tmp_path, hostile, identifiable):
    seen = set()
    for kind in RECORD_KINDS:
        path = tmp_path / f"{kind.key}.xlsx"
        assert export_list(hostile, kind.key, ListQuery(), path, identifiable=identifiable) > 0
        assert armed_cells(path) == []
        seen |= texts(path)
    assert "'" + HOSTILE[0] in seen and "'" + HOSTILE[4] in seen


def test_the_resources_list_keeps_each_text_behind_an_apostrophe(tmp_path, hostile):
    path = tmp_path / "resources.xlsx"
    export_list(hostile, "resources", ListQuery(), path)
    assert armed_cells(path) == []
    assert {"'" + value for value in HOSTILE} <= texts(path)


def test_the_access_request_workbook_holds_no_formula(tmp_path, hostile):
    with hostile.read_session() as session:
        contact_ids = [contact.id for contact in session.query(models.NeetContact)]
    for contact_id in contact_ids:
        path = tmp_path / f"access-{contact_id}.xlsx"
        write_access_request(hostile, contact_id, path)
        assert armed_cells(path) == []
    assert "'" + USER in texts(path)  # the history sheet names who made the record


def test_the_import_report_holds_no_formula(tmp_path, database):
    source = tmp_path / "=contacts.csv"
    lines = ["Cognome;Nome;Note;Email"]
    lines += [f"{value};Mario;{value};{value}" for value in HOSTILE]
    lines += ["Rossi;+1+1;-2+3;=e@b.it"]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    table = read_table(source)
    plan = ImportPlan("contacts", guess_mapping("contacts", table.headers))
    with database.read_session() as session:
        report = analyse(session, table, plan)
    assert len(report.rejected) == len(report.rows)  # no formula is a real e-mail
    path = report_to_xlsx(report, tmp_path / "report.xlsx")
    assert armed_cells(path) == []
    assert {"'" + HOSTILE[0] + " Mario", "'+1+1 Mario", "Rossi +1+1"} <= texts(path)


def test_control_characters_of_an_old_import_no_longer_break_the_workbooks(tmp_path, database):
    with database.session() as session:
        values = {"last_name": "Rossi", "first_name": "Mario", "notes": "ok"}
        contact_id = create_record(session, models.NeetContact, values, user="t").id
    with database.session() as session:  # as an older import stored them, past every check
        session.execute(
            text("UPDATE neet_contacts SET first_name = :name, notes = :notes WHERE id = :id"),
            {"name": "Ma\x00rio", "notes": "primo colloquio\x1a fine", "id": contact_id},
        )
    listed = tmp_path / "contacts.xlsx"
    assert export_list(database, "contacts", ListQuery(), listed, identifiable=True) == 1
    assert "Mario" in texts(listed)
    held = tmp_path / "access.xlsx"
    write_access_request(database, contact_id, held)
    assert {"Mario", "primo colloquio fine"} <= texts(held)
