"""Stored values that used to break or arm the workbooks: formulas in every text field of every
kind, control characters left by an old import. Every cell of every sheet is read back."""

from __future__ import annotations

from datetime import date, time

import pytest
from openpyxl import load_workbook
from sqlalchemy import Text, text

from socialneet_desktop.db import models
from socialneet_desktop.documents import write_access_request
from socialneet_desktop.domain import validation as val
from socialneet_desktop.domain.municipalities import bundled_index as places
from socialneet_desktop.domain.text import FORMULA_STARTS, spreadsheet_text
from socialneet_desktop.exports.list_export import export_list
from socialneet_desktop.i18n import fill
from socialneet_desktop.importers.mapping import guess_mapping
from socialneet_desktop.importers.pipeline import ImportPlan, analyse
from socialneet_desktop.importers.readers import read_table
from socialneet_desktop.importers.report import report_to_xlsx
from socialneet_desktop.services import field_limits, record_rules
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
    "session_date": date(2025, 3, 6),
    "outcome_date": date(2025, 3, 7),
    "week_start": date(2025, 3, 3),
    "target": 10,
    "answered_on": date(2025, 3, 8),  # a cooperation questionnaire's (issue 22)
    "mark": 7,  # a delegate's mark of a matching proposal (issue 23)
}


def _keys_to(model) -> set[str]:
    """The columns of every table that name a record of `model` (its foreign keys)."""
    table = model.__table__
    return {
        column.name
        for other in models.Base.metadata.tables.values()
        for column in other.columns
        if any(key.column.table is table for key in column.foreign_keys)
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
            first = (models.Staff, models.Organization, models.NeetContact)
            rest = [model for model in models.RECORD_CLASSES if model not in first]
            for model in (*first, *rest):  # RECORD_CLASSES: a kind after those it names
                record = create_record(session, model, hostile_values(model, number, links),
                                       user=USER)  # fmt: skip
                links |= {name: record.id for name in _keys_to(model)}
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


@pytest.mark.parametrize(
    ("check", "value"),
    [
        (val.check_email, "=e@b.it"),
        (val.check_email, "+e@b.it"),
        (val.check_email, "-e@b.it"),
        (val.check_italian_phone, "-0744 401234"),  # the separators hid the minus
        (val.check_italian_phone, "=0744401234"),
        (val.check_partita_iva, "-01234567897"),
        (val.check_organization_tax_code, "-80006120218"),
        (val.check_organization_tax_code, "@80006120218"),
    ],
)
def test_formula_like_codes_are_refused(check, value):
    problem = check(value, field="f")
    assert (problem.field, problem.message, problem.args) == ("f", val.FORMULA_LIKE, (value[0],))


def test_a_phone_may_start_with_plus_and_a_real_code_still_passes():
    assert val.check_italian_phone("+39 0744 401234") is None
    assert val.check_partita_iva("01234567897") is None
    assert val.check_email("mario.rossi+neet@gmail.com") is None


def _problems(kind: str, values: dict) -> dict[str, str]:
    """Field -> its messages, one a line."""
    found = record_rules.validate(kind, values, today=date(2025, 1, 1), municipalities=places())
    messages: dict[str, list[str]] = {}
    for problem in found:
        messages.setdefault(problem.field, []).append(problem.render())
    return {field: "\n".join(lines) for field, lines in messages.items()}


@pytest.mark.parametrize(
    ("kind", "field", "value"),
    [
        ("contacts", "last_name", '=HYPERLINK("http://x","click")'),
        ("contacts", "first_name", "@SUM(A1)"),
        ("contacts", "guardian_name", "=1"),
        ("contacts", "tax_code", "-RSSMRA80A01L117Q"),
        ("contacts", "postal_code", "+1+1"),
        ("organizations", "name", "=cmd|' /C calc'!A0"),
        ("staff", "email", "=e@b.it"),
    ],
)
def test_the_record_rules_refuse_formulas_where_no_value_can_be_one(kind, field, value):
    values = {"first_name": "Anna", "last_name": "Rossi", "name": "ARCI", "kind": "aps"}
    problems = _problems(kind, values | {field: value})
    assert problems[field] == fill(val.FORMULA_LIKE, value.strip()[0])


def test_names_may_hold_a_hyphen_or_a_plus():
    assert _problems("contacts", {"last_name": "-Rossi", "first_name": "Anna+Maria"}) == {}


def test_every_text_column_the_user_fills_has_its_limit_and_label():
    for kind, model_name in field_limits.MODEL_OF.items():
        if kind == "settings":
            continue  # not a record kind: its own test below
        for field, limit in field_limits.field_limits(kind).items():
            if field in record_rules.LENGTH_CHECKED_ELSEWHERE[kind]:
                continue
            assert field in field_limits.TOO_LONG, f"{model_name}.{field}: no message"
            values = {"first_name": "Anna", "last_name": "Rossi"} | {field: "x" * (limit + 1)}
            message = _problems(kind, values)[field]
            assert f"at most {limit} characters, {limit + 1} given." in message, message
            assert "at most" not in _problems(kind, values | {field: "x" * limit}).get(field, "")


def test_the_association_details_have_their_limits_too():
    limits = field_limits.field_limits("settings")
    assert limits["association_name"] == 200 and limits["backup_folder"] == 500
    assert set(limits) <= set(field_limits.TOO_LONG)
    [problem] = field_limits.too_long("settings", {"project_code": "P" * 61})
    assert problem.render() == "Project code: at most 60 characters, 61 given."


def test_the_import_refuses_a_text_longer_than_its_column(tmp_path, database):
    source = tmp_path / "contacts.csv"
    source.write_text(f"Cognome;Nome\nRossi;Mario\nRossi;{'M' * 81}\n", encoding="utf-8")
    table = read_table(source)
    plan = ImportPlan("contacts", guess_mapping("contacts", table.headers))
    with database.read_session() as session:
        report = analyse(session, table, plan)
    [rejected] = report.rejected
    assert rejected.number == 3
    reasons = [issue.text(lambda _context, source: source) for issue in rejected.issues]
    assert "First name: at most 80 characters, 81 given." in reasons


@pytest.mark.parametrize("identifiable", [True, False], ids=["identifiable", "pseudonymous"])
def test_the_funder_workbook_holds_no_formula(tmp_path, hostile, identifiable):
    from socialneet_desktop.exports.funder_report import write_funder_report

    path = tmp_path / "funder.xlsx"
    start, end = date(2025, 1, 1), date(2025, 12, 31)
    write_funder_report(hostile, start, end, path, identifiable=identifiable, user=USER)
    assert armed_cells(path) == []
    assert "'" + USER in texts(path)  # the manifest names who exported
