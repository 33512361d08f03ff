"""The attendance of a training course: its grid (one row a person, one column a session),
the attendance rates and who falls below the course's minimum, and the grid's save.

A rate is the hours present over the hours of the sessions held so far (dated today or
before). A session weighs its length (end - start); a present cell its own hours when typed,
else the session's length. When no session of the course has both times, each session
weighs one hour, so the rate is by sessions. Absent and justified weigh nothing present; a
justified absence still counts as a session held (the funder counts the hours attended).

A cell never recorded has no row; a cleared cell's row goes to the recycle bin, and is taken
out of it when the cell is filled again (one row per session and person: the table's unique
key). The save checks each cell's version: a cell another user changed meanwhile stops the
whole save (AttendanceConflict), nothing written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, joinedload

from socialneet_desktop.db.models import Attendance, CourseSession, Enrolment, TrainingCourse
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.services.records import (
    StaleRecord,
    create_record,
    delete_record,
    restore_record,
    update_record,
)

PRESENT, ABSENT, JUSTIFIED = "present", "absent", "justified"
Key = tuple[int, int]  # (enrolment id, session id)


class AttendanceConflict(Exception):
    """Someone else changed the attendance of the course since it was read."""

    message = QT_TRANSLATE_NOOP(
        "Attendance",
        "Someone else changed the attendance of this course after you opened it: nothing was "
        "saved. The grid now shows their changes with yours on top (yours are kept): check "
        "them and save again.",
    )


def session_length(start: time | None, end: time | None) -> float | None:
    """The hours between two times (None when one is missing or the end is not after)."""
    if start is None or end is None:
        return None
    if end <= start:
        return None
    span = datetime.combine(date.min, end) - datetime.combine(date.min, start)
    return round(span.total_seconds() / 3600, 2)


@dataclass(frozen=True)
class SessionColumn:
    id: int
    day: date
    start: time | None
    end: time | None
    topic: str
    length: float | None


@dataclass(frozen=True)
class PersonRow:
    enrolment_id: int
    name: str  # "Last First"
    status: str


@dataclass
class Cell:
    presence: str = ""  # "" = not recorded
    hours: float | None = None  # None = the session's length
    record_id: int | None = None
    version: int = 0


@dataclass(frozen=True)
class Rate:
    present: float  # hours
    held: float  # hours of the sessions held so far
    percent: float | None  # None when nothing was held yet

    def below(self, minimum: int) -> bool:
        return self.percent is not None and self.percent < minimum


@dataclass
class Grid:
    course_id: int
    title: str
    minimum_percent: int
    sessions: list[SessionColumn]
    people: list[PersonRow]
    cells: dict[Key, Cell] = field(default_factory=dict)

    def cell(self, enrolment_id: int, session_id: int) -> Cell:
        return self.cells.get((enrolment_id, session_id)) or Cell()

    def weight(self, column: SessionColumn) -> float:
        if not any(s.length for s in self.sessions):
            return 1.0
        return column.length or 0.0

    def hours_present(self, enrolment_id: int, column: SessionColumn) -> float:
        cell = self.cell(enrolment_id, column.id)
        if cell.presence != PRESENT:
            return 0.0
        return float(cell.hours) if cell.hours is not None else self.weight(column)

    def held(self, today: date) -> list[SessionColumn]:
        return [column for column in self.sessions if column.day <= today]

    def person_rate(self, enrolment_id: int, today: date) -> Rate:
        held = self.held(today)
        present = sum(self.hours_present(enrolment_id, column) for column in held)
        return _rate(present, sum(self.weight(column) for column in held))

    def course_rate(self, today: date) -> Rate:
        rates = [self.person_rate(person.enrolment_id, today) for person in self.people]
        return _rate(sum(r.present for r in rates), sum(r.held for r in rates))

    def session_counts(self, session_id: int) -> dict[str, int]:
        """How many people were present, absent, justified at one session."""
        counts = {PRESENT: 0, ABSENT: 0, JUSTIFIED: 0}
        for person in self.people:
            presence = self.cell(person.enrolment_id, session_id).presence
            if presence in counts:
                counts[presence] += 1
        return counts

    def flagged(self, enrolment_id: int, today: date) -> bool:
        return self.person_rate(enrolment_id, today).below(self.minimum_percent)


def _rate(present: float, held: float) -> Rate:
    percent = round(100 * present / held, 1) if held else None
    return Rate(round(present, 2), round(held, 2), percent)


def person_name(enrolment: Enrolment) -> str:
    contact = enrolment.contact
    return f"{contact.last_name} {contact.first_name}".strip() if contact else ""


def load_grid(session: Session, course_id: int) -> Grid:
    """The course's sessions (by date and time), people (by name) and recorded cells."""
    course = session.get(TrainingCourse, course_id)
    sessions = session.scalars(
        select(CourseSession)
        .where(CourseSession.course_id == course_id, CourseSession.deleted_at.is_(None))
        .order_by(CourseSession.session_date, CourseSession.start_time, CourseSession.id)
    ).all()
    enrolments = session.scalars(
        select(Enrolment)
        .options(joinedload(Enrolment.contact))
        .where(Enrolment.course_id == course_id, Enrolment.deleted_at.is_(None))
    ).all()
    columns = [
        SessionColumn(s.id, s.session_date, s.start_time, s.end_time, s.topic or "", None)
        for s in sessions
    ]
    columns = [_with_length(column) for column in columns]
    people = sorted(
        (PersonRow(e.id, person_name(e), e.status) for e in enrolments),
        key=lambda row: (row.name.casefold(), row.enrolment_id),
    )
    grid = Grid(course_id, course.title if course else "", _minimum(course), columns, people)
    grid.cells = _cells(session, [c.id for c in columns], [p.enrolment_id for p in people])
    return grid


def _minimum(course: TrainingCourse | None) -> int:
    value = course.minimum_attendance_percent if course is not None else None
    return 70 if value is None else int(value)


def _with_length(column: SessionColumn) -> SessionColumn:
    length = session_length(column.start, column.end)
    return SessionColumn(column.id, column.day, column.start, column.end, column.topic, length)


def _cells(session: Session, session_ids: list[int], enrolment_ids: list[int]) -> dict[Key, Cell]:
    """Every row of those sessions and people, those in the recycle bin as blank cells (their
    id and version kept, to take them out of it)."""
    if not session_ids or not enrolment_ids:
        return {}
    rows = session.scalars(
        select(Attendance).where(
            Attendance.session_id.in_(session_ids), Attendance.enrolment_id.in_(enrolment_ids)
        )
    )
    cells = {}
    for row in rows:
        presence = "" if row.deleted_at is not None else row.presence
        hours = None if row.deleted_at is not None else row.hours
        cells[(row.enrolment_id, row.session_id)] = Cell(presence, hours, row.id, row.version)
    return cells


def save_cells(session: Session, grid: Grid, edits: dict[Key, Cell], *, user: str) -> int:
    """Write the edited cells of `grid` (as read) in the caller's transaction; the number of
    rows written. AttendanceConflict when one changed since (the caller rolls back)."""
    written = 0
    try:
        for key, new in edits.items():
            written += _save_cell(session, key, grid.cell(*key), new, user)
        session.flush()
    except (StaleRecord, IntegrityError) as error:
        raise AttendanceConflict(str(error)) from error
    return written


def _save_cell(session: Session, key: Key, old: Cell, new: Cell, user: str) -> int:
    enrolment_id, session_id = key
    values = {"presence": new.presence, "hours": new.hours}
    if old.record_id is None:
        if not new.presence:
            return 0
        _refuse_if_recorded(session, enrolment_id, session_id)
        ids = {"session_id": session_id, "enrolment_id": enrolment_id}
        create_record(session, Attendance, ids | values, user=user)
        return 1
    record = session.get(Attendance, old.record_id)
    if record is None or record.version != old.version:
        raise StaleRecord("attendance", old.record_id)
    if not new.presence:
        if record.deleted_at is not None:
            return 0
        delete_record(session, Attendance, record.id, old.version, user=user)
        return 1
    version = old.version
    if record.deleted_at is not None:
        version = restore_record(session, Attendance, record.id, user=user).version
    update_record(session, Attendance, record.id, version, values, user=user)
    return 1


def _refuse_if_recorded(session: Session, enrolment_id: int, session_id: int) -> None:
    """A cell read as never recorded that another user has recorded since."""
    found = session.scalar(
        select(Attendance.id).where(
            Attendance.enrolment_id == enrolment_id, Attendance.session_id == session_id
        )
    )
    if found is not None:
        raise StaleRecord("attendance", found)
