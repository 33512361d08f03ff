"""The project activities and their targets as record kinds (issue 19): the list searched and
filtered by work area, the recycle bin naming them, their history, the spreadsheet import of
activities (a bad code rejected naming the row and the reason) and of targets (naming the
activity by its code), and the Excel export of the list."""

from __future__ import annotations

from datetime import date

import openpyxl
from openpyxl import Workbook

from socialneet_desktop.db.models_path import ActivityTarget, ProjectActivity
from socialneet_desktop.exports.excel import HEADER_ROW
from socialneet_desktop.exports.list_export import export_list
from socialneet_desktop.importers.mapping import guess_mapping
from socialneet_desktop.importers.pipeline import ImportPlan, import_rows
from socialneet_desktop.importers.readers import read_table
from socialneet_desktop.services import audit
from socialneet_desktop.services.list_queries import fetch_page
from socialneet_desktop.services.list_specs import ListQuery
from socialneet_desktop.services.record_kinds import kind_by_key
from socialneet_desktop.services.records import delete_record, update_record
from socialneet_desktop.services.recycle_bin import deleted_records

TODAY = date(2026, 3, 20)


def plan(database) -> dict[str, int]:
    with database.session() as session:
        rows = [
            ProjectActivity(
                code="2.3.8", title="Tavoli di ancoraggio", work_area="capacity_building"
            ),
            ProjectActivity(code="2.2.1", title="Meeting Point", work_area="meeting_point"),
            ProjectActivity(code="3.2.7", title="Project work", work_area="capacity_building"),
        ]
        session.add_all(rows)
        session.flush()
        target = ActivityTarget(activity_id=rows[0].id, indicator="public_bodies_met", target=100)
        session.add(target)
        session.flush()
        return {row.code: row.id for row in rows} | {"target": target.id}


def codes(database, query) -> list[str]:
    keys = [spec.key for spec in kind_by_key("activities").columns]
    with database.read_session() as session:
        return [row[keys.index("code")] for row in fetch_page(session, "activities", query, 0)]


def test_the_list_is_in_code_order_searched_and_filtered_by_work_area(database):
    plan(database)
    assert codes(database, ListQuery()) == ["2.2.1", "2.3.8", "3.2.7"]
    assert codes(database, ListQuery(search="ancoraggio")) == ["2.3.8"]
    building = ListQuery(filters={"work_area": "capacity_building"})
    assert codes(database, building) == ["2.3.8", "3.2.7"]


def test_a_deleted_activity_and_target_are_named_in_the_recycle_bin(database):
    ids = plan(database)
    with database.session() as session:
        update_record(
            session, ProjectActivity, ids["3.2.7"], 1, {"title": "Project work 2026"}, user="anna"
        )
        delete_record(session, ProjectActivity, ids["3.2.7"], 2, user="anna")
        delete_record(session, ActivityTarget, ids["target"], 1, user="anna")
    with database.read_session() as session:
        texts = sorted(entry.text() for entry in deleted_records(session))
        history = audit.history(session, ProjectActivity, ids["3.2.7"])
    assert texts == [
        "Activity 3.2.7 – Project work 2026",
        "Target 100 public_bodies_met, activity 2.3.8",
    ]
    assert [entry.action for entry in history][:2] == ["delete", "update"]
    assert codes(database, ListQuery()) == ["2.2.1", "2.3.8"]


def test_activities_are_imported_from_a_spreadsheet(database, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Codice attività", "Titolo", "Area di lavoro", "Dal", "Al"])
    sheet.append(
        [
            "2.3.8",
            "Tavoli di ancoraggio",
            "Capacity building of organisations",
            "01/09/2025",
            "31/08/2027",
        ]
    )
    sheet.append(["2.3.b", "Codice sbagliato", "", "", ""])  # not a code: rejected, named
    sheet.append(["4.1.6", "Comunicazione", "", "01/09/2027", "31/08/2025"])  # reversed
    path = tmp_path / "attivita.xlsx"
    book.save(path)
    table = read_table(path)
    report = import_rows(
        database,
        table,
        ImportPlan("activities", guess_mapping("activities", table.headers), {}),
        user="anna",
        today=TODAY,
    )
    assert [row.status for row in report.rows] == ["accepted", "rejected", "rejected"]
    problems = [" ".join(p.render() for p in row.issues) for row in report.rows[1:]]
    assert "such as 2.3.8" in problems[0]
    assert "cannot be before the start of the period" in problems[1]
    with database.read_session() as session:
        (activity,) = session.query(ProjectActivity).all()
    assert (activity.code, activity.work_area, activity.period_start, activity.period_end) == (
        "2.3.8",
        "capacity_building",
        date(2025, 9, 1),
        date(2027, 8, 31),
    )


def test_targets_are_imported_naming_their_activity_by_code(database, tmp_path):
    plan(database)
    book = Workbook()
    sheet = book.active
    sheet.append(["Attività", "Indicatore", "Target"])
    sheet.append(["2.3.8", "Distinct third-sector bodies met", 200])
    sheet.append(["9.9.9", "Distinct public bodies met", 40])  # no such activity: rejected
    path = tmp_path / "target.xlsx"
    book.save(path)
    table = read_table(path)
    mapping = guess_mapping("activity_targets", table.headers)
    report = import_rows(
        database, table, ImportPlan("activity_targets", mapping, {}), user="anna", today=TODAY
    )
    assert [row.status for row in report.rows] == ["accepted", "rejected"]
    with database.read_session() as session:
        found = {(t.indicator, t.target) for t in session.query(ActivityTarget).all()}
    assert ("third_sector_met", 200) in found


def test_the_list_is_exported_to_excel(database, tmp_path):
    plan(database)
    out = tmp_path / "attivita.xlsx"
    export_list(database, "activities", ListQuery(), out, today=TODAY)
    sheet = openpyxl.load_workbook(out).active
    assert sheet.cell(HEADER_ROW, 1).value == "Code"
    values = [row for row in sheet.iter_rows(min_row=HEADER_ROW + 1, values_only=True)]
    assert [row[0] for row in values if row[0]][:3] == ["2.2.1", "2.3.8", "3.2.7"]
    assert "Capacity building of organisations" in [v for row in values for v in row]
