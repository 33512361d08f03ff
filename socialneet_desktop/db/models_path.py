"""The young person's path (issue 18) and the project's activities (issue 19), migration 0007.

Training courses with their sessions, enrolments and attendance; placements with their weekly
hours; mentors, their assignments and mentoring meetings; project ideas with their team and
business plan; outcomes on leaving and at the follow-ups; the project's activities and their
targets. db.models imports this module (and re-exports its classes), so `Base.metadata` always
holds these tables.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from socialneet_desktop.db.model_base import Base, RecordMixin

if TYPE_CHECKING:
    from socialneet_desktop.db.models import ContactPerson, NeetContact, Organization, Staff

HOURS = Numeric(7, 2, asdecimal=False)


def _activity() -> Mapped[int | None]:
    return mapped_column(ForeignKey("project_activities.id", ondelete="SET NULL"), index=True)


class ProjectActivity(RecordMixin, Base):
    """An activity of the project's plan ("2.3.8"), which meetings, visits and courses belong
    to, and whose targets the funder report sets against what was achieved."""

    __tablename__ = "project_activities"

    code: Mapped[str] = mapped_column(String(20), index=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    work_area: Mapped[str] = mapped_column(String(30), default="", index=True)
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")

    targets: Mapped[list[ActivityTarget]] = relationship(back_populates="activity")


class ActivityTarget(RecordMixin, Base):
    """What an activity promised to achieve: an indicator, a number, a period."""

    __tablename__ = "activity_targets"

    activity_id: Mapped[int] = mapped_column(
        ForeignKey("project_activities.id", ondelete="CASCADE"), index=True
    )
    indicator: Mapped[str] = mapped_column(String(40))
    target: Mapped[int] = mapped_column(Integer)
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")

    activity: Mapped[ProjectActivity] = relationship(back_populates="targets")


class TrainingCourse(RecordMixin, Base):
    """A training course the project runs or sends young people to."""

    __tablename__ = "training_courses"

    title: Mapped[str] = mapped_column(String(200), index=True)
    sector: Mapped[str] = mapped_column(String(30), default="", index=True)
    provider_organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL"), index=True
    )
    venue: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[date | None] = mapped_column(Date, index=True)
    end_date: Mapped[date | None] = mapped_column(Date)
    hours_planned: Mapped[float | None] = mapped_column(HOURS)
    trainer: Mapped[str] = mapped_column(String(160), default="")
    capacity: Mapped[int | None] = mapped_column(Integer)
    # Below this share of the sessions' hours a participant is flagged (and gets no certificate)
    minimum_attendance_percent: Mapped[int] = mapped_column(Integer, default=70)
    activity_id: Mapped[int | None] = _activity()
    notes: Mapped[str] = mapped_column(Text, default="")

    provider: Mapped[Organization | None] = relationship()
    activity: Mapped[ProjectActivity | None] = relationship()
    sessions: Mapped[list[CourseSession]] = relationship(
        back_populates="course", order_by="CourseSession.session_date"
    )
    enrolments: Mapped[list[Enrolment]] = relationship(back_populates="course")


class CourseSession(RecordMixin, Base):
    """One lesson of a course: a date, its times and topic."""

    __tablename__ = "course_sessions"

    course_id: Mapped[int] = mapped_column(
        ForeignKey("training_courses.id", ondelete="CASCADE"), index=True
    )
    session_date: Mapped[date] = mapped_column(Date, index=True)
    start_time: Mapped[time | None] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)
    topic: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    course: Mapped[TrainingCourse] = relationship(back_populates="sessions")


class Enrolment(RecordMixin, Base):
    """A young person on a course, from enrolment to completion or drop-out."""

    __tablename__ = "enrolments"

    course_id: Mapped[int] = mapped_column(
        ForeignKey("training_courses.id", ondelete="RESTRICT"), index=True
    )
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("neet_contacts.id", ondelete="RESTRICT"), index=True
    )
    enrolled_on: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(20), default="enrolled", index=True)
    status_date: Mapped[date | None] = mapped_column(Date)
    dropout_reason: Mapped[str] = mapped_column(Text, default="")
    certificate_obtained: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")

    course: Mapped[TrainingCourse] = relationship(back_populates="enrolments")
    contact: Mapped[NeetContact] = relationship()


class Attendance(RecordMixin, Base):
    """Whether an enrolled person was at a session, and for how many hours."""

    __tablename__ = "attendance"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("course_sessions.id", ondelete="CASCADE"), index=True
    )
    enrolment_id: Mapped[int] = mapped_column(
        ForeignKey("enrolments.id", ondelete="CASCADE"), index=True
    )
    presence: Mapped[str] = mapped_column(String(12), default="present")
    hours: Mapped[float | None] = mapped_column(HOURS)

    session: Mapped[CourseSession] = relationship()
    enrolment: Mapped[Enrolment] = relationship()

    __table_args__ = (UniqueConstraint("session_id", "enrolment_id"),)


class Placement(RecordMixin, Base):
    """An internship, work-based learning, apprenticeship or job at a host organisation."""

    __tablename__ = "placements"

    contact_id: Mapped[int] = mapped_column(
        ForeignKey("neet_contacts.id", ondelete="RESTRICT"), index=True
    )
    host_organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL"), index=True
    )
    tutor_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_people.id", ondelete="SET NULL"), index=True
    )
    placement_kind: Mapped[str] = mapped_column(String(30), default="", index=True)
    start_date: Mapped[date | None] = mapped_column(Date, index=True)
    end_date: Mapped[date | None] = mapped_column(Date)
    hours_per_week: Mapped[float | None] = mapped_column(HOURS)
    contract: Mapped[str] = mapped_column(String(120), default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    activity_id: Mapped[int | None] = _activity()
    notes: Mapped[str] = mapped_column(Text, default="")

    contact: Mapped[NeetContact] = relationship()
    host: Mapped[Organization | None] = relationship()
    tutor: Mapped[ContactPerson | None] = relationship()
    hours_log: Mapped[list[PlacementHours]] = relationship(
        back_populates="placement", order_by="PlacementHours.week_start"
    )


class PlacementHours(RecordMixin, Base):
    """The hours of one week of a placement (the timesheet's line)."""

    __tablename__ = "placement_hours"

    placement_id: Mapped[int] = mapped_column(
        ForeignKey("placements.id", ondelete="CASCADE"), index=True
    )
    week_start: Mapped[date] = mapped_column(Date)  # the Monday
    hours: Mapped[float] = mapped_column(HOURS, default=0)
    notes: Mapped[str] = mapped_column(String(300), default="")

    placement: Mapped[Placement] = relationship(back_populates="hours_log")

    __table_args__ = (UniqueConstraint("placement_id", "week_start"),)


class Mentor(RecordMixin, Base):
    """Someone trained to accompany young people: one of our staff or a person of an
    organisation (exactly one of the two)."""

    __tablename__ = "mentors"

    staff_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL"), index=True
    )
    contact_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_people.id", ondelete="SET NULL"), index=True
    )
    trained_on: Mapped[date | None] = mapped_column(Date)
    availability: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str] = mapped_column(Text, default="")

    staff: Mapped[Staff | None] = relationship()
    person: Mapped[ContactPerson | None] = relationship()


class MentorAssignment(RecordMixin, Base):
    """A mentor accompanying a young person for a period."""

    __tablename__ = "mentor_assignments"

    mentor_id: Mapped[int] = mapped_column(
        ForeignKey("mentors.id", ondelete="RESTRICT"), index=True
    )
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("neet_contacts.id", ondelete="RESTRICT"), index=True
    )
    start_date: Mapped[date | None] = mapped_column(Date, index=True)
    end_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")

    mentor: Mapped[Mentor] = relationship()
    contact: Mapped[NeetContact] = relationship()


class MentoringMeeting(RecordMixin, Base):
    """A meeting of a mentor with a young person (counted apart from Meeting Point visits)."""

    __tablename__ = "mentoring_meetings"

    mentor_id: Mapped[int | None] = mapped_column(
        ForeignKey("mentors.id", ondelete="SET NULL"), index=True
    )
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("neet_contacts.id", ondelete="RESTRICT"), index=True
    )
    meeting_date: Mapped[date] = mapped_column(Date, index=True)
    start_time: Mapped[time | None] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)
    summary: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    next_appointment: Mapped[datetime | None] = mapped_column(DateTime)
    activity_id: Mapped[int | None] = _activity()

    mentor: Mapped[Mentor | None] = relationship()
    contact: Mapped[NeetContact] = relationship()


project_idea_members = Table(
    "project_idea_members",
    Base.metadata,
    Column("idea_id", ForeignKey("project_ideas.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "contact_id",
        ForeignKey("neet_contacts.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
)


class ProjectIdea(RecordMixin, Base):
    """A young people's business idea, coached from idea to business plan to a business."""

    __tablename__ = "project_ideas"

    title: Mapped[str] = mapped_column(String(200), index=True)
    sector: Mapped[str] = mapped_column(String(30), default="", index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    mentor_id: Mapped[int | None] = mapped_column(
        ForeignKey("mentors.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[str] = mapped_column(String(30), default="idea", index=True)
    # The date each step was reached (the status is the furthest step)
    idea_on: Mapped[date | None] = mapped_column(Date)
    plan_started_on: Mapped[date | None] = mapped_column(Date)
    plan_done_on: Mapped[date | None] = mapped_column(Date)
    presented_on: Mapped[date | None] = mapped_column(Date)
    started_on: Mapped[date | None] = mapped_column(Date)
    abandoned_on: Mapped[date | None] = mapped_column(Date)
    funding_sought: Mapped[float | None] = mapped_column(Numeric(12, 2, asdecimal=False))
    funding_source: Mapped[str] = mapped_column(String(200), default="")
    # The business plan document, kept in the database (loaded only when opened)
    business_plan: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))
    business_plan_name: Mapped[str] = mapped_column(String(200), default="")
    activity_id: Mapped[int | None] = _activity()
    notes: Mapped[str] = mapped_column(Text, default="")

    mentor: Mapped[Mentor | None] = relationship()
    members: Mapped[list[NeetContact]] = relationship(secondary=project_idea_members)


class Outcome(RecordMixin, Base):
    """Where a young person went: the status on leaving the project, or at a follow-up."""

    __tablename__ = "outcomes"

    contact_id: Mapped[int] = mapped_column(
        ForeignKey("neet_contacts.id", ondelete="RESTRICT"), index=True
    )
    stage: Mapped[str] = mapped_column(String(12), default="leaving", index=True)
    outcome_date: Mapped[date] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(30), index=True)
    # The employer or school, where known; the employer's kind also when it is not recorded
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL"), index=True
    )
    employer_kind: Mapped[str] = mapped_column(String(30), default="")
    learned_how: Mapped[str] = mapped_column(String(20), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    contact: Mapped[NeetContact] = relationship()
    organization: Mapped[Organization | None] = relationship()


__all__ = [
    "ActivityTarget",
    "Attendance",
    "CourseSession",
    "Enrolment",
    "Mentor",
    "MentorAssignment",
    "MentoringMeeting",
    "Outcome",
    "Placement",
    "PlacementHours",
    "ProjectActivity",
    "ProjectIdea",
    "TrainingCourse",
    "project_idea_members",
]

PATH_CLASSES: tuple[type[RecordMixin], ...] = (
    ProjectActivity,
    ActivityTarget,
    TrainingCourse,
    CourseSession,
    Enrolment,
    Attendance,
    Placement,
    PlacementHours,
    Mentor,
    MentorAssignment,
    MentoringMeeting,
    ProjectIdea,
    Outcome,
)
