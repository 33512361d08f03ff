"""What the records say about each project activity in a period: the progress report's
contents (issue 19), read here once and laid out by exports/progress_report.py (Word) and
printing/progress_pdf.py (PDF).

One section per activity whose period meets the report's, or that has records in it:
meetings and events held (date, type, organisations, outcome), courses (title, dates,
enrolled, completed), visits to the Meeting Point (counts only: no young person is named),
placements, mentoring meetings and project ideas (counts), targets against achieved
(services/targets). Records of the period without an activity get a section of their own, so
nothing is left out silently. Resources are mapped for the whole project (they carry no
activity): a section after the activities. The annexes (services/progress_annexes) list the
stakeholders met and the attendance registers of the period's courses.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import distinct, func, or_, select
from sqlalchemy.orm import Session, selectinload

from socialneet_desktop.db import models
from socialneet_desktop.domain.italian_dates import format_italian_date
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.services import document_data, indicators, targets
from socialneet_desktop.services.progress_annexes import (
    CourseRegister,
    StakeholderMet,
    course_registers,
    stakeholders_met,
)

A, M, V, R = (
    models.ProjectActivity,
    models.StakeholderMeeting,
    models.MeetingPointVisit,
    (models.UnusedResource),
)
COURSE, SESSION, EN = models.TrainingCourse, models.CourseSession, models.Enrolment
P, MM, IDEA = models.Placement, models.MentoringMeeting, models.ProjectIdea

EMPTY_PERIOD = QT_TRANSLATE_NOOP(
    "ProgressReport",
    "Nothing was recorded from %1 to %2 (no meeting, visit, course session, placement, "
    "mentoring meeting, project idea or resource): no progress report is written for an "
    "empty period.",
)
BAD_PERIOD = QT_TRANSLATE_NOOP(
    "ProgressReport", "The period from %1 to %2 ends before it starts: choose the dates again."
)


class EmptyPeriod(ValueError):
    """The period has nothing to report, or is not a period; `message` names it."""

    def __init__(self, message: str, start: date, end: date) -> None:
        super().__init__(message, format_italian_date(start), format_italian_date(end))
        self.message, self.start, self.end = message, start, end


@dataclass(frozen=True)
class MeetingLine:
    day: date
    meeting_type: str  # a MEETING_TYPE code
    topic: str
    organizations: tuple[str, ...]
    outcome: str


@dataclass(frozen=True)
class CourseLine:
    title: str
    start: date | None
    end: date | None
    sessions: int  # held in the period
    enrolled: int  # young people enrolled (not dropped out before the course started)
    completed: int


@dataclass
class Section:
    code: str  # "" for the records of no activity
    title: str
    work_area: str
    start: date | None
    end: date | None
    meetings: list[MeetingLine] = field(default_factory=list)
    courses: list[CourseLine] = field(default_factory=list)
    visits: int = 0
    young_people: int = 0  # distinct, who came in the period
    placements: int = 0  # started in the period
    mentoring: int = 0  # mentoring meetings held
    ideas: int = 0  # project ideas presented
    targets: list[targets.TargetRow] = field(default_factory=list)


@dataclass(frozen=True)
class ResourceLine:
    day: date | None
    title: str
    category: str  # a RESOURCE_CATEGORY code
    status: str  # a RESOURCE_STATUS code


@dataclass
class ProgressReport:
    start: date
    end: date
    letterhead: document_data.Letterhead
    sections: list[Section]
    resources: list[ResourceLine]
    stakeholders: list[StakeholderMet]
    registers: list[CourseRegister]
    matching: object = None  # services.progress_matching.MatchingFigures (issue 23)


def progress_report(session: Session, start: date, end: date) -> ProgressReport:
    """The report's contents; EmptyPeriod when the period is reversed or has no record."""
    if end < start:
        raise EmptyPeriod(BAD_PERIOD, start, end)
    sections = _sections(session, start, end)
    resources = _resources(session, start, end)
    if not resources and not any(_has_records(section) for section in sections):
        raise EmptyPeriod(EMPTY_PERIOD, start, end)
    return ProgressReport(
        start,
        end,
        document_data.letterhead(session),
        sections,
        resources,
        stakeholders_met(session, start, end),
        course_registers(session, start, end),
        _matching(session, start, end),
    )


def _matching(session: Session, start: date, end: date):
    from socialneet_desktop.services.progress_matching import matching_figures

    return matching_figures(session, start, end)


def _has_records(section: Section) -> bool:
    counts = (section.visits, section.placements, section.mentoring, section.ideas)
    return bool(section.meetings or any(c.sessions for c in section.courses) or any(counts))


def _sections(session: Session, start: date, end: date) -> list[Section]:
    by_activity: dict[int | None, Section] = {}
    overlapping = or_(A.period_start.is_(None), A.period_start <= end)
    statement = select(A).where(
        A.deleted_at.is_(None), overlapping, or_(A.period_end.is_(None), A.period_end >= start)
    )
    for activity in session.scalars(statement):
        by_activity[activity.id] = _section_of(activity)
    _add_meetings(session, start, end, by_activity)
    _add_courses(session, start, end, by_activity)
    _add_counts(session, start, end, by_activity)
    by_code = defaultdict(list)
    for row in targets.targets_against_achieved(session, start, end):
        by_code[row.activity_code].append(row)
    for section in by_activity.values():
        section.targets = by_code.get(section.code, []) if section.code else []
    ordered = sorted((s for k, s in by_activity.items() if k is not None), key=_order)
    loose = by_activity.get(None)
    return ordered + ([loose] if loose is not None and _has_records(loose) else [])


def _order(section: Section) -> tuple:
    return targets.code_key(section.code)


def _section_of(activity: models.ProjectActivity | None) -> Section:
    if activity is None:
        return Section("", "", "", None, None)
    return Section(
        activity.code,
        activity.title,
        activity.work_area,
        activity.period_start,
        activity.period_end,
    )


def _section(session: Session, by_activity: dict, activity_id: int | None) -> Section:
    """The section of `activity_id`, made for an activity outside the period with records."""
    if activity_id not in by_activity:
        activity = session.get(A, activity_id) if activity_id is not None else None
        if activity is not None and activity.deleted_at is not None:
            return _section(session, by_activity, None)  # its records: with no activity
        by_activity[activity_id] = _section_of(activity)
    return by_activity[activity_id]


def _add_meetings(session: Session, start: date, end: date, by_activity: dict) -> None:
    statement = (
        select(M)
        .where(*indicators.meetings_in(start, end))
        .options(selectinload(M.organizations))
        .order_by(M.meeting_date, M.id)
    )
    for meeting in session.scalars(statement):
        names = tuple(sorted(org.name for org in meeting.organizations if org.deleted_at is None))
        line = MeetingLine(
            meeting.meeting_date,
            meeting.meeting_type,
            meeting.topic or "",
            names,
            meeting.outcome or "",
        )
        _section(session, by_activity, meeting.activity_id).meetings.append(line)


def _add_courses(session: Session, start: date, end: date, by_activity: dict) -> None:
    held = (
        select(SESSION.course_id, func.count())
        .where(SESSION.deleted_at.is_(None), SESSION.session_date.between(start, end))
        .group_by(SESSION.course_id)
    )
    sessions = dict(session.execute(held).all())
    people = _enrolment_counts(session)
    statement = select(COURSE).where(
        COURSE.deleted_at.is_(None),
        or_(
            COURSE.id.in_(list(sessions) or [0]),
            COURSE.start_date.between(start, end),
            COURSE.end_date.between(start, end),
        ),
    )
    for course in session.scalars(statement.order_by(COURSE.start_date, COURSE.title)):
        enrolled, completed = people.get(course.id, (0, 0))
        line = CourseLine(
            course.title,
            course.start_date,
            course.end_date,
            sessions.get(course.id, 0),
            enrolled,
            completed,
        )
        _section(session, by_activity, course.activity_id).courses.append(line)


def _enrolment_counts(session: Session) -> dict[int, tuple[int, int]]:
    """course id -> (young people enrolled, of whom completed); the recycle bin left out."""
    completed = func.count(distinct(EN.contact_id)).filter(EN.status == "completed")
    statement = (
        select(EN.course_id, func.count(distinct(EN.contact_id)), completed)
        .join(indicators.C, indicators.C.id == EN.contact_id)
        .where(EN.deleted_at.is_(None), indicators.C.deleted_at.is_(None))
        .group_by(EN.course_id)
    )
    return {row[0]: (int(row[1]), int(row[2])) for row in session.execute(statement)}


def _add_counts(session: Session, start: date, end: date, by_activity: dict) -> None:
    visits = select(V.activity_id, func.count(), func.count(distinct(V.contact_id)))
    visits = visits.join(indicators.C, indicators.C.id == V.contact_id)
    visits = visits.where(*indicators.visits_in(start, end)).group_by(V.activity_id)
    for activity_id, count, people in session.execute(visits):
        section = _section(session, by_activity, activity_id)
        section.visits += int(count)
        section.young_people += int(people)
    for attribute, table, day in (
        ("placements", P, P.start_date),
        ("mentoring", MM, MM.meeting_date),
        ("ideas", IDEA, IDEA.presented_on),
    ):
        statement = (
            select(table.activity_id, func.count())
            .where(table.deleted_at.is_(None), day.between(start, end))
            .group_by(table.activity_id)
        )
        for activity_id, count in session.execute(statement):
            section = _section(session, by_activity, activity_id)
            setattr(section, attribute, getattr(section, attribute) + int(count))


def _resources(session: Session, start: date, end: date) -> list[ResourceLine]:
    statement = (
        select(R.surveyed_on, R.title, R.category, R.status)
        .where(R.deleted_at.is_(None), R.surveyed_on.between(start, end))
        .order_by(R.surveyed_on, R.title)
    )
    return [ResourceLine(*row) for row in session.execute(statement)]
