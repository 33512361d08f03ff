"""The demo's training courses (issue 18): enough of them, sessions on weekdays, the young
people of the right age enrolled, attendance only for the sessions held, drop-outs dated and
explained, certificates only for those who completed with enough attendance, every record
valid by its kind's rules."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from socialneet_desktop.db import models
from socialneet_desktop.db.database import open_database
from socialneet_desktop.domain.age import age_on
from socialneet_desktop.domain.municipalities import bundled_index
from socialneet_desktop.services import demo, record_rules
from socialneet_desktop.services.attendance import load_grid

TODAY = date(2026, 3, 20)


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    database = open_database(tmp_path_factory.mktemp("courses") / "demo.sqlite")
    demo.fill_demo(database, contacts=300, seed=11, today=TODAY)
    yield database
    database.close()


def everything(database, model):
    with database.read_session() as session:
        return list(session.scalars(select(model)))


def test_at_least_three_courses_with_sessions_on_weekdays(filled):
    courses = everything(filled, models.TrainingCourse)
    sessions = everything(filled, models.CourseSession)
    assert len(courses) >= 3
    assert {s.course_id for s in sessions} == {c.id for c in courses}
    assert all(s.session_date.weekday() < 5 for s in sessions)
    for course in courses:
        days = sorted(s.session_date for s in sessions if s.course_id == course.id)
        assert (course.start_date, course.end_date) == (days[0], days[-1])


def test_the_enrolled_are_young_people_of_16_to_29(filled):
    with filled.read_session() as session:
        rows = session.execute(
            select(models.NeetContact.birth_date, models.TrainingCourse.start_date)
            .join(models.Enrolment, models.Enrolment.contact_id == models.NeetContact.id)
            .join(models.TrainingCourse, models.Enrolment.course_id == models.TrainingCourse.id)
        ).all()
    assert rows
    assert all(16 <= age_on(birth, start) <= 29 for birth, start in rows)


def test_attendance_is_recorded_for_the_sessions_held_only_with_absences(filled):
    with filled.read_session() as session:
        rows = session.execute(
            select(models.Attendance.presence, models.CourseSession.session_date).join(
                models.CourseSession
            )
        ).all()
    assert all(day <= TODAY for _presence, day in rows)
    presences = [presence for presence, _day in rows]
    assert {"present", "absent", "justified"} <= set(presences)
    assert 0.6 < presences.count("present") / len(presences) < 0.95


def test_drop_outs_and_certificates_are_as_an_office_records_them(filled):
    enrolments = everything(filled, models.Enrolment)
    statuses = {e.status for e in enrolments}
    assert {"completed", "dropped_out"} <= statuses
    for enrolment in enrolments:
        if enrolment.status == "dropped_out":
            assert enrolment.status_date is not None and enrolment.dropout_reason
        if enrolment.certificate_obtained:
            assert enrolment.status == "completed"
    assert any(e.certificate_obtained for e in enrolments)
    with filled.read_session() as session:
        for course in everything(filled, models.TrainingCourse):
            grid = load_grid(session, course.id)
            for person in grid.people:
                enrolment = session.get(models.Enrolment, person.enrolment_id)
                if enrolment.certificate_obtained:
                    assert not grid.flagged(person.enrolment_id, TODAY)


@pytest.mark.parametrize(
    ("kind", "model"),
    [
        ("courses", models.TrainingCourse),
        ("course_sessions", models.CourseSession),
        ("enrolments", models.Enrolment),
        ("attendance", models.Attendance),
    ],
)
def test_every_demo_record_passes_its_kinds_rules(filled, kind, model):
    columns = [column.key for column in model.__table__.columns]
    for record in everything(filled, model):
        values = {name: getattr(record, name) for name in columns}
        problems = record_rules.validate(kind, values, today=TODAY, municipalities=bundled_index())
        assert [p for p in problems if p.is_error] == [], (kind, record.id, problems)
