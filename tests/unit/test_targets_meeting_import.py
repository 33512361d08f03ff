"""Meetings imported from a spreadsheet name their project activity by its code (issue 19): the
code fills activity_id, the link the editor's picker makes and the targets count, not only
activity_code; an unknown code rejects the row, the report naming the row and the code; an
update by a second import moves the meeting to the code's activity. Read from a real .xlsx."""

from __future__ import annotations

from datetime import date, datetime

from openpyxl import Workbook
from sqlalchemy import select

from socialneet_desktop.db import models
from socialneet_desktop.db.models_path import ActivityTarget, ProjectActivity
from socialneet_desktop.importers.mapping import guess_mapping
from socialneet_desktop.importers.pipeline import ImportPlan, import_rows
from socialneet_desktop.importers.readers import read_table
from socialneet_desktop.importers.report import issue_lines
from socialneet_desktop.services.targets import targets_against_achieved

TODAY = date(2026, 3, 20)
HEADERS = ["Data incontro", "Tipo incontro", "Argomento", "Codice attività"]


def _activities(database) -> dict[str, int]:
    with database.session() as session:
        rows = [
            ProjectActivity(code="2.3.8", title="Tavoli di ancoraggio"),
            ProjectActivity(code="3.2.7", title="Project work"),
        ]
        session.add_all(rows)
        session.flush()
        session.add(ActivityTarget(activity_id=rows[0].id, indicator="meetings_held", target=10))
        return {row.code: row.id for row in rows}


def _import(database, tmp_path, rows, name="incontri.xlsx", duplicates="skip"):
    book = Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    path = tmp_path / name
    book.save(path)
    table = read_table(path)
    plan = ImportPlan("meetings", guess_mapping("meetings", table.headers), {}, duplicates)
    return import_rows(database, table, plan, user="anna", today=TODAY)


def _meetings(database) -> list[tuple]:
    meeting = models.StakeholderMeeting
    with database.read_session() as session:
        statement = select(meeting.topic, meeting.activity_code, meeting.activity_id).order_by(
            meeting.topic
        )
        return [tuple(row) for row in session.execute(statement)]


def test_the_code_fills_the_activity_and_an_unknown_code_rejects_the_row(database, tmp_path):
    ids = _activities(database)
    report = _import(
        database,
        tmp_path,
        [
            ["03/02/2026", "bilateral", "A tavolo Comune", "2.3.8"],
            ["10/02/2026", "bilateral", "B project work", " 3.2.7 "],
            ["11/02/2026", "bilateral", "C codice ignoto", "9.9.9"],
            ["12/02/2026", "bilateral", "D senza attività", ""],
        ],
    )
    assert [row.status for row in report.rows] == ["accepted", "accepted", "rejected", "accepted"]
    (line,) = issue_lines(report)
    assert line.startswith("Row 4 ") and "'9.9.9'" in line and "no project activity" in line
    assert _meetings(database) == [
        ("A tavolo Comune", "2.3.8", ids["2.3.8"]),
        ("B project work", "3.2.7", ids["3.2.7"]),
        ("D senza attività", "", None),
    ]
    with database.read_session() as session:
        (row,) = targets_against_achieved(session, date(2026, 1, 1), date(2026, 12, 31))
    assert (row.activity_code, row.indicator, row.achieved) == ("2.3.8", "meetings_held", 1)


def test_an_activity_in_the_recycle_bin_is_not_found(database, tmp_path):
    ids = _activities(database)
    with database.session() as session:
        session.get(ProjectActivity, ids["3.2.7"]).deleted_at = datetime(2026, 3, 1)
    report = _import(database, tmp_path, [["10/02/2026", "bilateral", "Project work", "3.2.7"]])
    assert [row.status for row in report.rows] == ["rejected"]
    assert _meetings(database) == []


def test_a_second_import_updating_the_meeting_moves_it_to_the_codes_activity(database, tmp_path):
    ids = _activities(database)
    first = [["03/02/2026", "bilateral", "Tavolo", "2.3.8"]]
    _import(database, tmp_path, first)
    again = [["03/02/2026", "bilateral", "Tavolo", "3.2.7"]]
    report = _import(database, tmp_path, again, "di_nuovo.xlsx", duplicates="update")
    assert [row.status for row in report.rows] == ["duplicate"]
    assert _meetings(database) == [("Tavolo", "3.2.7", ids["3.2.7"])]
