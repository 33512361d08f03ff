"""The annexes of the progress report (issue 19), as the office's own reports attach them:
the stakeholders met in the period (each organisation, how many meetings, the first and last
date, and its people who took part) and the attendance registers of the period's courses (each
session: date, times, topic, how many were present of those enrolled; no names, no
signatures: the signed registers stay in the office).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from socialneet_desktop.db import models
from socialneet_desktop.services import indicators

M, Org, MO = models.StakeholderMeeting, models.Organization, models.meeting_organizations
MP, CP = models.meeting_people, models.ContactPerson
COURSE, SESSION = models.TrainingCourse, models.CourseSession
EN, AT, C = models.Enrolment, models.Attendance, models.NeetContact


@dataclass(frozen=True)
class StakeholderMet:
    name: str
    kind: str  # an ORGANIZATION_KIND code
    meetings: int
    first: date
    last: date
    people: tuple[str, ...]  # "Rossi Maria (assessore)"


@dataclass(frozen=True)
class SessionLine:
    day: date
    start: time | None
    end: time | None
    topic: str
    present: int
    enrolled: int  # enrolled on the day, not dropped out before it


@dataclass(frozen=True)
class CourseRegister:
    title: str
    sessions: tuple[SessionLine, ...]


def stakeholders_met(session: Session, start: date, end: date) -> list[StakeholderMet]:
    """The organisations of the period's meetings, by name, with their people met."""
    statement = indicators.met_select(
        start,
        end,
        Org.id,
        Org.name,
        Org.kind,
        func.count(distinct(M.id)),
        func.min(M.meeting_date),
        func.max(M.meeting_date),
    ).group_by(Org.id, Org.name, Org.kind)
    people = _people_met(session, start, end)
    rows = [
        StakeholderMet(name, kind or "", int(count), first, last, tuple(people.get(org_id, ())))
        for org_id, name, kind, count, first, last in session.execute(statement)
    ]
    return sorted(rows, key=lambda row: (row.name.casefold(), row.name))


def _people_met(session: Session, start: date, end: date) -> dict[int, list[str]]:
    statement = (
        select(CP.id, CP.organization_id, CP.last_name, CP.first_name, CP.role)
        .distinct()
        .select_from(M)
        .join(MP, MP.c.meeting_id == M.id)
        .join(CP, CP.id == MP.c.contact_person_id)
        .where(*indicators.meetings_in(start, end), CP.deleted_at.is_(None))
        .order_by(CP.last_name, CP.first_name)
    )
    found: dict[int, list[str]] = defaultdict(list)
    for _id, organization_id, last, first, role in session.execute(statement):
        name = " ".join(part for part in (last, first) if part)
        found[organization_id].append(f"{name} ({role})" if role else name)
    return found


def course_registers(session: Session, start: date, end: date) -> list[CourseRegister]:
    """Each course with sessions in the period: its sessions of the period, with counts."""
    statement = (
        select(SESSION, COURSE.title)
        .join(COURSE, COURSE.id == SESSION.course_id)
        .where(
            SESSION.deleted_at.is_(None),
            COURSE.deleted_at.is_(None),
            SESSION.session_date.between(start, end),
        )
        .order_by(COURSE.start_date, COURSE.title, COURSE.id, SESSION.session_date)
    )
    present = _present(session, start, end)
    enrolments = _enrolments(session)
    courses: dict[int, tuple[str, list[SessionLine]]] = {}
    for lesson, title in session.execute(statement):
        enrolled = sum(
            1 for when in enrolments.get(lesson.course_id, ()) if when(lesson.session_date)
        )
        line = SessionLine(
            lesson.session_date,
            lesson.start_time,
            lesson.end_time,
            lesson.topic or "",
            present.get(lesson.id, 0),
            enrolled,
        )
        courses.setdefault(lesson.course_id, (title, []))[1].append(line)
    return [CourseRegister(title, tuple(lines)) for title, lines in courses.values()]


def _present(session: Session, start: date, end: date) -> dict[int, int]:
    statement = (
        select(AT.session_id, func.count())
        .join(SESSION, SESSION.id == AT.session_id)
        .join(EN, EN.id == AT.enrolment_id)
        .join(C, C.id == EN.contact_id)
        .where(
            AT.deleted_at.is_(None),
            AT.presence == "present",
            EN.deleted_at.is_(None),
            C.deleted_at.is_(None),
            SESSION.session_date.between(start, end),
        )
        .group_by(AT.session_id)
    )
    return dict(session.execute(statement).all())


def _enrolments(session: Session) -> dict[int, list]:
    """course id -> for each enrolment, whether it was on the course on a day."""
    statement = (
        select(EN.course_id, EN.enrolled_on, EN.status, EN.status_date)
        .join(C, C.id == EN.contact_id)
        .where(EN.deleted_at.is_(None), C.deleted_at.is_(None))
    )
    found: dict[int, list] = defaultdict(list)
    for course_id, enrolled_on, status, status_date in session.execute(statement):
        found[course_id].append(_on_course(enrolled_on, status, status_date))
    return found


def _on_course(enrolled_on: date | None, status: str, status_date: date | None):
    def on(day: date) -> bool:
        joined = enrolled_on is None or enrolled_on <= day
        gone = status == "dropped_out" and (status_date is None or status_date < day)
        return joined and not gone

    return on
