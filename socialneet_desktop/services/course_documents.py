"""What the course's printed documents show: the signature register of a session and the
attendance summary of a course (read in the caller's read session)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from socialneet_desktop.db.models import CourseSession
from socialneet_desktop.domain.municipalities import fold
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.services.attendance import ABSENT, JUSTIFIED, PRESENT, Grid, Rate
from socialneet_desktop.services.course_sessions import enrolments_of_course

NO_SUCH_SESSION = QT_TRANSLATE_NOOP("Printing", "The session %1 does not exist (any more).")


@dataclass(frozen=True)
class RegisterData:
    course: str
    trainer: str
    venue: str
    day: date
    start: object
    end: object
    topic: str
    names: list[str]


def register_data(session: Session, session_id: int) -> RegisterData | None:
    """The session, and the names of the people expected at it in alphabetical order: the
    course's enrolments, but those who dropped out on or before its day."""
    lesson = session.get(CourseSession, session_id)
    if lesson is None or lesson.deleted_at is not None:
        return None
    course = lesson.course
    names = [
        f"{e.contact.last_name} {e.contact.first_name}".strip()
        for e in enrolments_of_course(session, course.id)
        if not _gone(e.status, e.status_date, lesson.session_date)
    ]
    return RegisterData(
        course.title,
        course.trainer or "",
        course.venue or "",
        lesson.session_date,
        lesson.start_time,
        lesson.end_time,
        lesson.topic or "",
        sorted(names, key=lambda name: (fold(name), name)),
    )


def _gone(status: str, status_date: date | None, day: date) -> bool:
    return status == "dropped_out" and (status_date is None or status_date <= day)


@dataclass(frozen=True)
class SummaryRow:
    name: str
    present: int
    absent: int
    justified: int
    rate: Rate
    below: bool


def summary_rows(grid: Grid, today: date) -> list[SummaryRow]:
    """One row a person: the sessions held so far they were present, absent, justified at,
    their hours and rate, and whether it is below the course's minimum."""
    held = grid.held(today)
    rows = []
    for person in grid.people:
        marks = [grid.cell(person.enrolment_id, column.id).presence for column in held]
        rate = grid.person_rate(person.enrolment_id, today)
        rows.append(
            SummaryRow(
                person.name,
                marks.count(PRESENT),
                marks.count(ABSENT),
                marks.count(JUSTIFIED),
                rate,
                rate.below(grid.minimum_percent),
            )
        )
    return rows
