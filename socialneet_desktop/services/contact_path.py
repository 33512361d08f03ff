"""A young person's whole path on one page (issue 18): visits, course enrolments, placements,
mentors and mentoring meetings, project ideas, outcomes, in date order.

Read through the models (db.models_path), one query a kind, records in the recycle bin left
out. Each step names the kind and id of its record, so the contact editor's Path tab opens it.
Texts are English templates for translate(): the kind in "PathSteps", codes in "Vocabulary".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from socialneet_desktop.db.models import MeetingPointVisit
from socialneet_desktop.db.models_path import (
    Enrolment,
    Mentor,
    MentorAssignment,
    MentoringMeeting,
    Outcome,
    Placement,
    ProjectIdea,
    project_idea_members,
)
from socialneet_desktop.domain import vocabularies as voc
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP

WHAT = {
    "visits": QT_TRANSLATE_NOOP("PathSteps", "Meeting Point visit"),
    "enrolments": QT_TRANSLATE_NOOP("PathSteps", "Training course"),
    "placements": QT_TRANSLATE_NOOP("PathSteps", "Placement"),
    "mentor_assignments": QT_TRANSLATE_NOOP("PathSteps", "Mentor"),
    "mentoring_meetings": QT_TRANSLATE_NOOP("PathSteps", "Mentoring meeting"),
    "project_ideas": QT_TRANSLATE_NOOP("PathSteps", "Project idea"),
    "outcomes": QT_TRANSLATE_NOOP("PathSteps", "Outcome"),
}
ORDER = tuple(WHAT)  # on the same day, the order of the path


@dataclass(frozen=True)
class PathStep:
    kind_key: str
    record_id: int
    day: date | None
    # (text, vocabulary name or "") parts of the details: a code is translated as its label
    details: tuple[tuple[str, str], ...]
    until: date | None = None  # the end of a period (a placement, a mentor)


def contact_path(session: Session, contact_id: int) -> list[PathStep]:
    """Every step of the person's path, the earliest first (undated ones last)."""
    steps: list[PathStep] = []
    for read in (_visits, _enrolments, _placements, _mentors, _meetings, _ideas, _outcomes):
        steps += read(session, contact_id)
    return sorted(steps, key=_order)


def _order(step: PathStep) -> tuple:
    return (step.day is None, step.day or date.max, ORDER.index(step.kind_key), step.record_id)


def _live(model, contact_id: int):
    return select(model).where(model.contact_id == contact_id, model.deleted_at.is_(None))


def _visits(session: Session, contact_id: int) -> list[PathStep]:
    rows = session.scalars(_live(MeetingPointVisit, contact_id))
    return [
        PathStep("visits", v.id, v.visit_date, ((v.visit_type, voc.VISIT_TYPE.name),)) for v in rows
    ]


def _enrolments(session: Session, contact_id: int) -> list[PathStep]:
    query = _live(Enrolment, contact_id).options(selectinload(Enrolment.course))
    return [
        PathStep(
            "enrolments",
            e.id,
            e.enrolled_on or (e.course.start_date if e.course else None),
            ((e.course.title if e.course else "", ""), (e.status, voc.ENROLMENT_STATUS.name)),
            e.status_date if e.status in ("completed", "dropped_out") else None,
        )
        for e in session.scalars(query)
    ]


def _placements(session: Session, contact_id: int) -> list[PathStep]:
    query = _live(Placement, contact_id).options(selectinload(Placement.host))
    return [
        PathStep(
            "placements",
            p.id,
            p.start_date,
            ((p.placement_kind, voc.PLACEMENT_KIND.name), (p.host.name if p.host else "", "")),
            p.end_date,
        )
        for p in session.scalars(query)
    ]


def mentor_name(mentor) -> str:
    """A mentor's name: its staff member's or its person's (a mentor has none of its own)."""
    person = (mentor.staff or mentor.person) if mentor is not None else None
    return f"{person.last_name} {person.first_name}".strip() if person is not None else ""


def _with_mentor(model):
    return selectinload(model.mentor).options(
        selectinload(Mentor.staff), selectinload(Mentor.person)
    )


def _mentors(session: Session, contact_id: int) -> list[PathStep]:
    query = _live(MentorAssignment, contact_id).options(_with_mentor(MentorAssignment))
    return [
        PathStep(
            "mentor_assignments", a.id, a.start_date, ((mentor_name(a.mentor), ""),), a.end_date
        )
        for a in session.scalars(query)
    ]


def _meetings(session: Session, contact_id: int) -> list[PathStep]:
    query = _live(MentoringMeeting, contact_id).options(_with_mentor(MentoringMeeting))
    return [
        PathStep("mentoring_meetings", m.id, m.meeting_date, ((mentor_name(m.mentor), ""),))
        for m in session.scalars(query)
    ]


def _ideas(session: Session, contact_id: int) -> list[PathStep]:
    member = select(project_idea_members.c.idea_id).where(
        project_idea_members.c.contact_id == contact_id
    )
    query = select(ProjectIdea).where(ProjectIdea.id.in_(member), ProjectIdea.deleted_at.is_(None))
    return [
        PathStep(
            "project_ideas",
            i.id,
            i.idea_on,
            ((i.title, ""), (i.status, voc.IDEA_STATUS.name)),
            i.started_on or i.abandoned_on,
        )
        for i in session.scalars(query)
    ]


def _outcomes(session: Session, contact_id: int) -> list[PathStep]:
    query = _live(Outcome, contact_id).options(selectinload(Outcome.organization))
    return [
        PathStep(
            "outcomes",
            o.id,
            o.outcome_date,
            (
                (o.stage, voc.OUTCOME_STAGE.name),
                (o.status, voc.OUTCOME_STATUS.name),
                (o.organization.name if o.organization else "", ""),
            ),
        )
        for o in session.scalars(query)
    ]
