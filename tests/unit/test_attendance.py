"""Attendance of a training course (issue 18): the rates on a small course whose answers are
worked out by hand, the flag under the minimum, the grid's save with optimistic locking, and
the attendance summary PDF read back."""

from __future__ import annotations

from datetime import date, time

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from socialneet_desktop.db import models
from socialneet_desktop.services import attendance
from socialneet_desktop.services.attendance import AttendanceConflict, Cell, load_grid, save_cells

TODAY = date(2026, 3, 20)


def hand_made_course(database, *, minimum: int = 70) -> dict:
    """Four sessions (3 h, 3 h, 2 h, 4 h); the last one, on 25/03, is not held yet on TODAY.

    Rossi: present, present, absent             -> 6 h of 8 held = 75 %
    Bianchi: present 1.5 h (of 3), justified, present -> 3.5 h of 8 = 43.75 %
    Verdi: nothing recorded                     -> 0 of 8 = 0 %
    Course: 9.5 h of 24 = 39.6 %.
    """
    with database.session() as session:
        course = models.TrainingCourse(
            title="Pasticceria di base", minimum_attendance_percent=minimum
        )
        people = [
            models.NeetContact(last_name=last, first_name=first)
            for last, first in (("Rossi", "Giulia"), ("Bianchi", "Marco"), ("Verdi", "Luca"))
        ]
        session.add_all([course, *people])
        session.flush()
        times = [
            (date(2026, 3, 2), time(9), time(12)),
            (date(2026, 3, 9), time(9), time(12)),
            (date(2026, 3, 16), time(14), time(16)),
            (date(2026, 3, 25), time(9), time(13)),
        ]
        lessons = [
            models.CourseSession(course_id=course.id, session_date=d, start_time=s, end_time=e)
            for d, s, e in times
        ]
        enrolments = [models.Enrolment(course_id=course.id, contact_id=p.id) for p in people]
        session.add_all([*lessons, *enrolments])
        session.flush()
        marks = {
            0: [("present", None), ("present", None), ("absent", None)],
            1: [("present", 1.5), ("justified", None), ("present", None)],
        }
        for person, cells in marks.items():
            for lesson, (presence, hours) in zip(lessons, cells, strict=False):
                session.add(
                    models.Attendance(
                        session_id=lesson.id,
                        enrolment_id=enrolments[person].id,
                        presence=presence,
                        hours=hours,
                    )
                )
        return {
            "course": course.id,
            "sessions": [lesson.id for lesson in lessons],
            "enrolments": [e.id for e in enrolments],
        }


def test_the_rates_of_a_small_course_are_those_worked_out_by_hand(database):
    ids = hand_made_course(database)
    with database.read_session() as session:
        grid = load_grid(session, ids["course"])
    rossi, bianchi, verdi = ids["enrolments"]
    assert [p.name for p in grid.people] == ["Bianchi Marco", "Rossi Giulia", "Verdi Luca"]
    assert [c.length for c in grid.sessions] == [3.0, 3.0, 2.0, 4.0]
    assert grid.person_rate(rossi, TODAY) == attendance.Rate(6.0, 8.0, 75.0)
    assert grid.person_rate(bianchi, TODAY) == attendance.Rate(3.5, 8.0, 43.8)
    assert grid.person_rate(verdi, TODAY) == attendance.Rate(0.0, 8.0, 0.0)
    assert grid.course_rate(TODAY) == attendance.Rate(9.5, 24.0, 39.6)
    # once the fourth session is held (nobody recorded there) it counts as held
    assert grid.person_rate(rossi, date(2026, 3, 25)).held == 12.0


def test_a_person_below_the_course_minimum_is_flagged(database):
    ids = hand_made_course(database, minimum=70)
    rossi, bianchi, verdi = ids["enrolments"]
    with database.read_session() as session:
        grid = load_grid(session, ids["course"])
    assert [grid.flagged(e, TODAY) for e in (rossi, bianchi, verdi)] == [False, True, True]
    with database.session() as session:
        session.get(models.TrainingCourse, ids["course"]).minimum_attendance_percent = 80
    with database.read_session() as session:
        grid = load_grid(session, ids["course"])
    assert grid.flagged(rossi, TODAY)  # 75 % < 80 %
    assert not grid.flagged(rossi, date(2026, 3, 1))  # nothing held yet: no rate, no flag


def test_a_course_without_times_is_rated_by_sessions(database):
    with database.session() as session:
        course = models.TrainingCourse(title="Inglese")
        contact = models.NeetContact(last_name="Neri", first_name="Anna")
        session.add_all([course, contact])
        session.flush()
        lessons = [
            models.CourseSession(course_id=course.id, session_date=date(2026, 3, day))
            for day in (2, 3, 4, 5)
        ]
        enrolment = models.Enrolment(course_id=course.id, contact_id=contact.id)
        session.add_all([*lessons, enrolment])
        session.flush()
        session.add(models.Attendance(session_id=lessons[0].id, enrolment_id=enrolment.id))
        course_id, enrolment_id = course.id, enrolment.id
    with database.read_session() as session:
        grid = load_grid(session, course_id)
    assert grid.person_rate(enrolment_id, TODAY) == attendance.Rate(1.0, 4.0, 25.0)


def stored_cells(database, course_id) -> dict:
    with database.read_session() as session:
        rows = session.scalars(
            select(models.Attendance)
            .join(models.CourseSession)
            .where(models.CourseSession.course_id == course_id)
        ).all()
        return {
            (r.enrolment_id, r.session_id): (r.presence, r.hours, r.deleted_at is not None)
            for r in rows
        }


def test_the_grid_saves_new_changed_and_cleared_cells_in_one_go(database):
    ids = hand_made_course(database)
    rossi, bianchi, verdi = ids["enrolments"]
    first, second, third, _fourth = ids["sessions"]
    with database.read_session() as session:
        grid = load_grid(session, ids["course"])
    edits = {
        (verdi, first): Cell("present", 2.0),
        (rossi, third): Cell("justified"),
        (bianchi, first): Cell(""),
    }
    with database.session() as session:
        assert save_cells(session, grid, edits, user="test") == 3
    cells = stored_cells(database, ids["course"])
    assert cells[(verdi, first)] == ("present", 2.0, False)
    assert cells[(rossi, third)] == ("justified", None, False)
    assert cells[(bianchi, first)][2] is True  # in the recycle bin: not recorded
    # filled again: the same row comes back out of the recycle bin
    with database.read_session() as session:
        grid = load_grid(session, ids["course"])
    assert grid.cell(bianchi, first).presence == ""
    with database.session() as session:
        save_cells(session, grid, {(bianchi, first): Cell("absent")}, user="test")
    assert stored_cells(database, ids["course"])[(bianchi, first)] == ("absent", None, False)
    assert len(stored_cells(database, ids["course"])) == 7


def test_a_cell_changed_by_someone_else_stops_the_whole_save(database):
    ids = hand_made_course(database)
    rossi, _bianchi, verdi = ids["enrolments"]
    first, second, *_rest = ids["sessions"]
    with database.read_session() as session:
        mine = load_grid(session, ids["course"])
        theirs = load_grid(session, ids["course"])
    with database.session() as session:
        save_cells(session, theirs, {(rossi, first): Cell("absent")}, user="other")
    before = stored_cells(database, ids["course"])
    with pytest.raises(AttendanceConflict), database.session() as session:
        save_cells(
            session,
            mine,
            {(verdi, second): Cell("present"), (rossi, first): Cell("justified")},
            user="me",
        )
    assert stored_cells(database, ids["course"]) == before  # nothing of mine written


def test_a_cell_recorded_by_someone_else_meanwhile_is_a_conflict_too(database):
    ids = hand_made_course(database)
    verdi = ids["enrolments"][2]
    first = ids["sessions"][0]
    with database.read_session() as session:
        mine = load_grid(session, ids["course"])
        theirs = load_grid(session, ids["course"])
    with database.session() as session:
        save_cells(session, theirs, {(verdi, first): Cell("absent")}, user="other")
    with pytest.raises(AttendanceConflict), database.session() as session:
        save_cells(session, mine, {(verdi, first): Cell("present")}, user="me")
    assert stored_cells(database, ids["course"])[(verdi, first)] == ("absent", None, False)


def test_the_attendance_summary_pdf_names_each_person_with_counts_rate_and_flag(database, tmp_path):
    from socialneet_desktop.printing.attendance_summary import write_attendance_summary

    ids = hand_made_course(database)
    path = tmp_path / "summary.pdf"
    write_attendance_summary(database, ids["course"], path, today=TODAY)
    pages = [page.extract_text() for page in PdfReader(path).pages]
    text = " ".join(" ".join(page.split()) for page in pages)  # one cell a line in pypdf
    assert "Attendance summary" in text and "Pasticceria di base" in text
    # person, present, absent, justified, hours present, rate, flag (alphabetical order)
    assert "Bianchi Marco 2 0 1 3,5 43,8 % below the minimum Rossi Giulia 2 1 0 6 75 % " in text
    assert "Verdi Luca 0 0 0 0 0 % below the minimum" in text
    assert "Sessions held: 3 of 4. Minimum attendance: 70 %." in text
    assert "Attendance rate of the course: 39,6 %" in text
    assert "Page 1 of 1" in text
