"""The training courses and enrolments as record kinds (issue 18): their lists with search and
filters, the recycle bin, history, the spreadsheet import of courses and the Excel export of
enrolments (pseudonymous unless asked)."""

from __future__ import annotations

from datetime import date

import openpyxl
from openpyxl import Workbook

from socialneet_desktop.db import models
from socialneet_desktop.exports.excel import HEADER_ROW
from socialneet_desktop.exports.list_export import export_list
from socialneet_desktop.importers.mapping import guess_mapping
from socialneet_desktop.importers.pipeline import ImportPlan, import_rows
from socialneet_desktop.importers.readers import read_table
from socialneet_desktop.services import audit
from socialneet_desktop.services.list_queries import count_rows, fetch_page, selection_clause
from socialneet_desktop.services.list_specs import ListQuery
from socialneet_desktop.services.record_kinds import kind_by_key
from socialneet_desktop.services.records import delete_record, update_record
from socialneet_desktop.services.recycle_bin import deleted_records

TODAY = date(2026, 3, 20)


def two_courses(database) -> dict:
    with database.session() as session:
        provider = models.Organization(name="Formazione Umbria Srl", kind="enterprise")
        people = [
            models.NeetContact(last_name=last, first_name=first, birth_date=date(2001, 5, 4))
            for last, first in (("Rossi", "Giulia"), ("Bianchi", "Marco"), ("Verdi", "Luca"))
        ]
        session.add_all([provider, *people])
        session.flush()
        pastry = models.TrainingCourse(
            title="Pasticceria di base",
            sector="agri_food",
            provider_organization_id=provider.id,
            start_date=date(2026, 3, 2),
            hours_planned=48,
        )
        english = models.TrainingCourse(
            title="Inglese per l'accoglienza", sector="languages", start_date=date(2026, 1, 12)
        )
        session.add_all([pastry, english])
        session.flush()
        enrolments = [
            models.Enrolment(course_id=pastry.id, contact_id=people[0].id, status="attending"),
            models.Enrolment(
                course_id=pastry.id,
                contact_id=people[1].id,
                status="dropped_out",
                status_date=date(2026, 3, 10),
                dropout_reason="Ha trovato lavoro.",
            ),
            models.Enrolment(course_id=english.id, contact_id=people[2].id, status="completed"),
        ]
        session.add_all(enrolments)
        session.flush()
        return {
            "pastry": pastry.id,
            "english": english.id,
            "enrolments": [e.id for e in enrolments],
        }


def rows(database, kind_key, query) -> list[tuple]:
    with database.read_session() as session:
        return fetch_page(session, kind_key, query, 0)


def test_the_course_list_shows_its_provider_and_filters_by_sector(database):
    two_courses(database)
    shown = rows(database, "courses", ListQuery())
    keys = [spec.key for spec in kind_by_key("courses").columns]
    first = dict(zip(keys, shown[0], strict=False))
    assert first["title"] == "Pasticceria di base"  # the latest start first
    assert first["provider_name"] == "Formazione Umbria Srl"
    languages = rows(database, "courses", ListQuery(filters={"sector": "languages"}))
    assert [row[keys.index("title")] for row in languages] == ["Inglese per l'accoglienza"]
    found = rows(database, "courses", ListQuery(search="pasticc"))
    assert [row[keys.index("title")] for row in found] == ["Pasticceria di base"]


def test_the_enrolment_list_is_searched_by_person_or_course_and_filtered_by_status(database):
    two_courses(database)
    keys = [spec.key for spec in kind_by_key("enrolments").columns]
    names = lambda found: sorted(row[keys.index("contact_name")] for row in found)  # noqa: E731
    assert names(rows(database, "enrolments", ListQuery(search="pasticceria"))) == [
        "Bianchi Marco",
        "Rossi Giulia",
    ]
    assert names(rows(database, "enrolments", ListQuery(search="verdi"))) == ["Verdi Luca"]
    dropped = ListQuery(filters={"status": "dropped_out"})
    assert names(rows(database, "enrolments", dropped)) == ["Bianchi Marco"]
    # "filter by selection" on the Course column: the people of one course
    kind = kind_by_key("enrolments")
    assert selection_clause(kind, "course_title", "Pasticceria di base", False) is not None
    by_course = ListQuery(selections=(("course_title", "Pasticceria di base", False),))
    with database.read_session() as session:
        assert count_rows(session, "enrolments", by_course) == 2


def test_a_deleted_enrolment_is_named_in_the_recycle_bin_and_its_history_kept(database):
    ids = two_courses(database)
    first = ids["enrolments"][0]
    with database.session() as session:
        update_record(session, models.Enrolment, first, 1, {"status": "completed"}, user="anna")
        delete_record(session, models.Enrolment, first, 2, user="anna")
    with database.read_session() as session:
        entries = [e for e in deleted_records(session) if e.kind_key == "enrolments"]
        history = audit.history(session, models.Enrolment, first)
    assert [entry.text() for entry in entries] == ["Enrolment Rossi Giulia – Pasticceria di base"]
    assert [entry.action for entry in history][:2] == ["delete", "update"]
    assert rows(database, "enrolments", ListQuery(search="rossi")) == []


def test_courses_are_imported_from_a_spreadsheet(database, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Titolo corso", "Settore", "Data inizio", "Data fine", "Monte ore", "Docente"])
    sheet.append(["Restauro del legno", "Artigianato", "02/03/2026", "30/04/2026", 60, "P. Grassi"])
    sheet.append(["", "", "03/03/2026", "", 10, ""])  # no title: refused, named
    path = tmp_path / "corsi.xlsx"
    book.save(path)
    table = read_table(path)
    plan = ImportPlan("courses", guess_mapping("courses", table.headers), {})
    plan.values = {"sector": {"artigianato": "crafts"}}  # the file's word for the code
    report = import_rows(database, table, plan, user="anna", today=TODAY)
    statuses = [row.status for row in report.rows]
    assert statuses == ["accepted", "rejected"], [row.issues for row in report.rows]
    assert "Title of the course: required." in " ".join(
        problem.render() for problem in report.rows[1].issues
    )
    with database.read_session() as session:
        (course,) = session.query(models.TrainingCourse).all()
    assert (course.title, course.start_date, course.end_date) == (
        "Restauro del legno",
        date(2026, 3, 2),
        date(2026, 4, 30),
    )
    assert (course.hours_planned, course.trainer, course.sector) == (60.0, "P. Grassi", "crafts")


def test_the_enrolment_export_leaves_the_person_out_unless_asked(database, tmp_path):
    two_courses(database)
    out = tmp_path / "enrolments.xlsx"
    export_list(database, "enrolments", ListQuery(), out, today=TODAY)
    sheet = openpyxl.load_workbook(out).active
    values = [str(v) for row in sheet.iter_rows(values_only=True) for v in row if v]
    assert sheet.cell(HEADER_ROW, 1).value == "Person code"
    assert not [v for v in values if any(name in v for name in ("Rossi", "Bianchi", "Verdi"))]
    assert "Pasticceria di base" in values
    named = tmp_path / "named.xlsx"
    export_list(database, "enrolments", ListQuery(), named, identifiable=True, today=TODAY)
    values = [
        str(v)
        for row in openpyxl.load_workbook(named).active.iter_rows(values_only=True)
        for v in row
        if v
    ]
    assert "Rossi Giulia" in values


def test_enrolments_are_imported_naming_the_person_and_the_course(database, tmp_path):
    two_courses(database)
    with database.session() as session:
        session.add(
            models.NeetContact(last_name="Neri", first_name="Anna", tax_code="NRENNA01E44L117X")
        )
    book = Workbook()
    sheet = book.active
    sheet.append(["Codice fiscale", "Corso", "Data iscrizione", "Stato", "Data ritiro", "Motivo"])
    sheet.append(
        [
            "NRENNA01E44L117X",
            "pasticceria DI BASE",
            "20/02/2026",
            "Ritirato",
            "10/03/2026",
            "Lavoro",
        ]
    )
    sheet.append(["NRENNA01E44L117X", "Corso che non c'è", "20/02/2026", "Iscritto", "", ""])
    sheet.append(
        ["NRENNA01E44L117X", "Inglese per l'accoglienza", "20/02/2026", "Ritirato", "", ""]
    )
    path = tmp_path / "iscrizioni.xlsx"
    book.save(path)
    table = read_table(path)
    plan = ImportPlan("enrolments", guess_mapping("enrolments", table.headers), {})
    plan.values = {"status": {"ritirato": "dropped_out", "iscritto": "enrolled"}}
    report = import_rows(database, table, plan, user="anna", today=TODAY)
    assert [row.status for row in report.rows] == ["accepted", "rejected", "rejected"]
    texts = [" ".join(issue.render() for issue in row.issues) for row in report.rows]
    assert "No training course has the title or the Access number 'Corso che non c'è'" in texts[1]
    assert "required when the person dropped out" in texts[2]
    with database.read_session() as session:
        (enrolment,) = (
            session.query(models.Enrolment)
            .join(models.NeetContact)
            .filter(models.NeetContact.last_name == "Neri")
            .all()
        )
        assert enrolment.course.title == "Pasticceria di base"
        assert (enrolment.status, enrolment.status_date) == ("dropped_out", date(2026, 3, 10))
        assert enrolment.dropout_reason == "Lavoro"
