"""Needs as a record kind (issue 23): the list with its organisation, filters and search; the
rules (who: an organisation or a described group; urgency 1-3; the days of the week); the
spreadsheet import (the resources' categories by their Italian names); the Excel export; the
recycle bin."""

from __future__ import annotations

from datetime import date

import openpyxl
from openpyxl import Workbook

from socialneet_desktop.db import models
from socialneet_desktop.db.models_needs import Need
from socialneet_desktop.domain.municipalities import bundled_index
from socialneet_desktop.exports.excel import HEADER_ROW
from socialneet_desktop.exports.list_export import export_list
from socialneet_desktop.importers.mapping import guess_mapping
from socialneet_desktop.importers.pipeline import ImportPlan, import_rows
from socialneet_desktop.importers.readers import read_table
from socialneet_desktop.services import record_rules
from socialneet_desktop.services.list_queries import fetch_page
from socialneet_desktop.services.list_specs import ListQuery
from socialneet_desktop.services.record_kinds import kind_by_key
from socialneet_desktop.services.records import delete_record
from socialneet_desktop.services.recycle_bin import deleted_records

TODAY = date(2026, 3, 20)


def problems(values) -> list[tuple[str, str]]:
    found = record_rules.validate("needs", values, today=TODAY, municipalities=bundled_index())
    return [(problem.field, problem.render()) for problem in found]


def test_a_need_says_who_needs_it_an_organisation_or_a_group():
    base = {"title": "Sala", "category": "premises"}
    assert problems(base) == [
        (
            "organization_id",
            "Organisation: choose the organisation in need, or describe the group of young people.",
        )
    ]
    assert problems(base | {"group_description": "Ragazzi del laboratorio"}) == []
    assert problems(base | {"organization_id": 3}) == []


def test_the_rules_of_urgency_days_category_and_period():
    base = {"title": "Sala", "category": "premises", "organization_id": 1}
    assert problems(base | {"urgency": 4}) == [("urgency", "Urgency: 1 (low), 2 or 3 (high).")]
    assert problems(base | {"days": "sat,holiday"}) == [
        ("days", "Days: holiday is not a day of the week.")
    ]
    assert problems(base | {"category": "castles"}) == [
        ("category", "Category: castles is not one of the choices.")
    ]
    late = {"needed_from": date(2026, 5, 1), "needed_to": date(2026, 4, 1)}
    assert problems(base | late) == [
        ("needed_to", "Needed until: the date is before 'needed from'.")
    ]


def some_needs(database) -> None:
    with database.session() as session:
        org = models.Organization(name="APS Terni Giovani", kind="aps")
        session.add(org)
        session.flush()
        session.add_all(
            [
                Need(title="Sala per il doposcuola", category="premises", organization_id=org.id),
                Need(
                    title="Furgone", category="vehicles", group_description="Giovani",
                    status="matched",
                ),
            ]
        )  # fmt: skip


def listed(database, query) -> list[dict]:
    kind = kind_by_key("needs")
    keys = [spec.key for spec in kind.columns]
    with database.read_session() as session:
        page = fetch_page(session, "needs", query, 0)
    return [dict(zip(keys, row, strict=False)) for row in page]


def test_the_list_shows_the_organisation_and_is_filtered_and_searched(database):
    some_needs(database)
    shown = listed(database, ListQuery())
    assert [(row["title"], row["organization_name"]) for row in shown] == [
        ("Furgone", None),
        ("Sala per il doposcuola", "APS Terni Giovani"),
    ]
    assert [r["title"] for r in listed(database, ListQuery(filters={"status": "matched"}))] == [
        "Furgone"
    ]
    assert [r["title"] for r in listed(database, ListQuery(search="terni giov"))] == [
        "Sala per il doposcuola"
    ]


def test_needs_are_imported_from_a_spreadsheet_with_the_resources_categories(database, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Bisogno", "Gruppo", "Categoria", "Comune", "Urgenza", "Giorni", "Dal"])
    sheet.append(["Sala prove", "Band del quartiere", "Locali", "Terni", 3, "sabato", "01/04/2026"])
    sheet.append(["Senza chi", "", "Attrezzature", "Narni", 2, "", ""])  # who needs it?
    path = tmp_path / "bisogni.xlsx"
    book.save(path)
    table = read_table(path)
    plan = ImportPlan("needs", guess_mapping("needs", table.headers), {})
    plan.values = {"category": {"locali": "premises", "attrezzature": "equipment"}}
    plan.values["days"] = {"sabato": "sat"}
    report = import_rows(database, table, plan, user="anna", today=TODAY)
    assert [row.status for row in report.rows] == ["accepted", "rejected"]
    assert "describe the group of young people" in report.rows[1].issues[0].render()
    with database.read_session() as session:
        (need,) = session.query(Need).all()
    assert (need.title, need.group_description, need.category) == (
        "Sala prove",
        "Band del quartiere",
        "premises",
    )
    assert (need.municipality_code, need.urgency, need.days) == ("L117", 3, "sat")
    assert need.needed_from == date(2026, 4, 1)


def test_the_need_list_exports_to_excel_and_deleted_ones_go_to_the_recycle_bin(database, tmp_path):
    some_needs(database)
    out = tmp_path / "needs.xlsx"
    export_list(database, "needs", ListQuery(), out, today=TODAY)
    sheet = openpyxl.load_workbook(out).active
    assert sheet.cell(HEADER_ROW, 1).value == "Need"
    values = [v for row in sheet.iter_rows(values_only=True) for v in row if v]
    assert "Sala per il doposcuola" in values and "APS Terni Giovani" in values
    with database.session() as session:
        need = session.query(Need).filter_by(title="Furgone").one()
        delete_record(session, Need, need.id, need.version, user="anna")
    with database.read_session() as session:
        entries = [e.text() for e in deleted_records(session) if e.kind_key == "needs"]
    assert entries == ["Furgone"]
