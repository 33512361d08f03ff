"""Records that point to others, imported from Access table by table: a visit finds its
person through the Access key of the contacts imported from the same file (or a codice
fiscale) and its staff member by name; a person of a stakeholder and a meeting find their
organisation by Access key, tax code or name. A second import adds nothing."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

from sqlalchemy import select

from socialneet_desktop.db.models import (
    ContactPerson,
    MeetingPointVisit,
    NeetContact,
    Organization,
    Staff,
    StakeholderMeeting,
)
from socialneet_desktop.importers.mapping import guess_mapping
from socialneet_desktop.importers.pipeline import ImportPlan, analyse, import_rows
from socialneet_desktop.importers.readers import SourceRow, SourceTable
from socialneet_desktop.importers.report import issue_lines, report_to_xlsx
from socialneet_desktop.services.audit import history

FILE = Path("/data/associazione.mdb")
TODAY = date(2026, 11, 22)


def _table(name: str, headers: list[str], rows: list[list[str]]) -> SourceTable:
    source = [SourceRow(n, dict(zip(headers, row, strict=True))) for n, row in enumerate(rows, 1)]
    return SourceTable(FILE, headers, source)


def _import(database, record_kind: str, table: SourceTable, access_table: str, **defaults):
    plan = ImportPlan(record_kind, guess_mapping(record_kind, table.headers), defaults)
    plan.origin_source = f"{FILE.name} / {access_table}"
    plan.origin_key_columns = ("ID",)
    return import_rows(database, table, plan, user="import", today=TODAY)


CONTACTS = _table(
    "Contatti",
    ["ID", "Cognome", "Nome", "Data di nascita"],
    [["7", "Rossi", "Anna", "12/03/2001"], ["9", "Bianchi", "Luca", "01/02/1999"]],
)
STAFF = _table("Operatori", ["ID", "Cognome", "Nome", "Ruolo"], [["1", "Verdi", "Paola", "Tutor"]])
VISITS = _table(
    "Visite",
    ["ID", "IDContatto", "Data visita", "Ora inizio", "Ora fine", "Tipo", "Operatore", "Esito",
     "Prossimo appuntamento", "Firma"],
    [
        ["1", "7", "2024-03-15 00:00:00", "1899-12-30 09:30:00", "10:15", "Prima accoglienza",
         "Paola Verdi", "Iscritta a GG", "22/03/2024 11:00", "Sì"],
        ["2", "9", "16/03/2024", "", "", "orientamento", "Mario Neri", "", "", "No"],
        ["3", "12", "17/03/2024", "", "", "Orientamento", "", "", "", ""],
        ["4", "7", "15/03/2024", "09:30", "", "Orientamento", "", "", "", ""],
        ["5", "9", "18/03/2024", "25:00", "", "Orientamento", "", "", "", ""],
    ],
)  # fmt: skip


def test_visits_find_their_people_and_staff(database, tmp_path):
    _import(database, "contacts", CONTACTS, "Contatti")
    assert _import(database, "staff", STAFF, "Operatori").count("created") == 1
    report = _import(database, "visits", VISITS, "Visite")
    lines = "\n".join(issue_lines(report))
    assert [row.number for row in report.rejected] == [3, 5], lines
    assert "Access number '12'" in lines and "'25:00' is not a time" in lines
    assert [row.number for row in report.duplicates] == [4]  # same person, day and time as 1
    assert "No staff member 'Mario Neri'" in lines
    with database.read_session() as session:
        people = {c.id: c.first_name for c in session.scalars(select(NeetContact))}
        paola = session.scalar(select(Staff.id))
        visits = sorted(session.scalars(select(MeetingPointVisit)), key=lambda v: v.visit_date)
        got = [
            (people[v.contact_id], v.visit_date, v.start_time, v.end_time, v.visit_type,
             v.staff_id, v.next_appointment, v.attendance_signed)
            for v in visits
        ]  # fmt: skip
    assert got == [
        ("Anna", date(2024, 3, 15), time(9, 30), time(10, 15), "first_reception", paola,
         datetime(2024, 3, 22, 11, 0), True),
        ("Luca", date(2024, 3, 16), None, None, "orientation", None, None, False),
    ]  # fmt: skip
    saved = report_to_xlsx(report, tmp_path / "visits.xlsx")
    from openpyxl import load_workbook

    fields = {row[3] for row in load_workbook(saved)["Rows"].iter_rows(min_row=2, values_only=True)}
    assert "Person (Access id or codice fiscale)" in fields and "Start time" in fields
    again = _import(database, "visits", VISITS, "Visite")
    assert again.count("created") == 0


def test_a_visit_can_name_its_person_by_codice_fiscale(database):
    people = _table(
        "C",
        ["ID", "Cognome", "Nome", "Codice fiscale"],
        [["1", "Rossi", "Mario", "RSSMRA01C12L117W"]],
    )
    assert _import(database, "contacts", people, "C").count("created") == 1
    visits = _table("V", ["CF", "Data", "Tipo"], [["rssmra 01c12 l117w", "02/05/2024", "Altro"]])
    plan = ImportPlan("visits", guess_mapping("visits", visits.headers))
    with database.read_session() as session:
        report = analyse(session, visits, plan, today=TODAY)
    assert len(report.accepted) == 1, issue_lines(report)


ORGANISATIONS = _table(
    "Enti",
    ["ID", "Denominazione", "Comune", "Codice fiscale"],
    [
        ["3", "Cooperativa Il Cammino", "Terni", ""],
        ["5", "Comune di Narni", "Narni", "00179350558"],
    ],
)


def test_people_and_meetings_find_their_organisation(database):
    _import(database, "organisations", ORGANISATIONS, "Enti", kind="other")
    people = _table(
        "Referenti",
        ["ID", "IDEnte", "Cognome", "Nome", "Ruolo"],
        [["1", "3", "Bianchi", "Sara", "Presidente"], ["2", "5", "Neri", "Paolo", "Assessore"],
         ["3", "99", "Verdi", "Ugo", ""], ["4", "3", "Bianchi", "Sara", "Socia"]],
    )  # fmt: skip
    report = _import(database, "contact_people", people, "Referenti")
    lines = "\n".join(issue_lines(report))
    assert [row.number for row in report.rejected] == [3], lines
    assert "No organisation has the Access number, tax code or name '99'" in lines
    assert [row.number for row in report.duplicates] == [4]  # same name, same organisation
    meetings = _table(
        "Incontri",
        ["ID", "Data incontro", "Tipo", "Ente", "Argomento", "Partecipanti"],
        [["1", "10/04/2024", "Focus group", "3", "Laboratori estivi", "12"],
         ["2", "11/04/2024", "Incontro bilaterale", "IT00179350558", "Protocollo", ""],
         ["3", "12/04/2024", "Altro", "comune di narni", "Sedi", ""],
         ["4", "13/04/2024", "Altro", "Ente sconosciuto", "Visita", "3"]],
    )  # fmt: skip
    report = _import(database, "meetings", meetings, "Incontri")
    lines = "\n".join(issue_lines(report))
    assert report.count("created") == 4, lines  # an unknown organisation is only a warning
    assert "'Ente sconosciuto'" in lines
    with database.read_session() as session:
        names = {o.id: o.name for o in session.scalars(select(Organization))}
        by_person = {
            p.last_name: names[p.organization_id] for p in session.scalars(select(ContactPerson))
        }
        held = {
            m.topic: sorted(o.name for o in m.organizations)
            for m in session.scalars(select(StakeholderMeeting))
        }
        counted = session.scalar(
            select(StakeholderMeeting.participants_count).where(
                StakeholderMeeting.topic == "Laboratori estivi"
            )
        )
    assert by_person == {"Bianchi": "Cooperativa Il Cammino", "Neri": "Comune di Narni"}
    assert held == {
        "Laboratori estivi": ["Cooperativa Il Cammino"],
        "Protocollo": ["Comune di Narni"],  # by tax code
        "Sedi": ["Comune di Narni"],  # by name
        "Visita": [],
    }
    assert counted == 12
    with database.read_session() as session:
        meeting = session.scalar(
            select(StakeholderMeeting).where(StakeholderMeeting.topic == "Sedi")
        )
        [created] = history(session, StakeholderMeeting, meeting.id)
    assert {c.field: c.new for c in created.changes}["organizations"] == ["Comune di Narni"]
    assert _import(database, "meetings", meetings, "Incontri").count("created") == 0
    assert _import(database, "contact_people", people, "Referenti").count("created") == 0
