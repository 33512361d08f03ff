"""What the course editor reads beside the course: its sessions and its enrolments."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from socialneet_desktop.db.models import CourseSession, Enrolment, NeetContact, TrainingCourse


def sessions_of_course(session: Session, course_id: int) -> list[CourseSession]:
    """The course's sessions not in the recycle bin, by date and start time."""
    query = select(CourseSession).where(
        CourseSession.course_id == course_id, CourseSession.deleted_at.is_(None)
    )
    order = (CourseSession.session_date, CourseSession.start_time, CourseSession.id)
    return list(session.scalars(query.order_by(*order)))


def enrolments_of_course(session: Session, course_id: int) -> list[Enrolment]:
    """The course's enrolments not in the recycle bin, by the person's name."""
    query = (
        select(Enrolment)
        .join(NeetContact, Enrolment.contact_id == NeetContact.id)
        .options(joinedload(Enrolment.contact))
        .where(Enrolment.course_id == course_id, Enrolment.deleted_at.is_(None))
        .order_by(NeetContact.last_name, NeetContact.first_name, Enrolment.id)
    )
    return list(session.scalars(query))


def course_titles(session: Session) -> list[tuple[int, str]]:
    """(id, title) of the courses not in the recycle bin (an import names a course by it)."""
    query = select(TrainingCourse.id, TrainingCourse.title).where(
        TrainingCourse.deleted_at.is_(None)
    )
    return [(row[0], row[1]) for row in session.execute(query)]
