"""Mentors and their assignments: the mentors chosen by name in a picker (a mentor has no
name of its own: it is its staff member's or its person's), the people of one organisation
(a placement's tutor is one of the host's people), and the assignments of a mentor, with
the rule that two assignments of the same mentor and young person do not overlap.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, selectinload

from socialneet_desktop.db.models import ContactPerson, Staff
from socialneet_desktop.db.models_path import Mentor, MentorAssignment, MentoringMeeting, Placement
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.domain.validation import Problem, format_italian_date
from socialneet_desktop.services.kinds.mentors import mentor_name

CHOICES = 50
OVERLAP = QT_TRANSLATE_NOOP(
    "Validation",
    "From: this mentor already accompanies this person from %1 to %2; two periods of the "
    "same mentor and person cannot overlap.",
)
OVERLAP_OPEN = QT_TRANSLATE_NOOP(
    "Validation",
    "From: this mentor already accompanies this person from %1, with no end yet; two periods "
    "of the same mentor and person cannot overlap.",
)


def _matches(model, words: list[str]):
    columns = (model.last_name, model.first_name)
    return and_(
        True,
        *(or_(*(func.lower(c).contains(w, autoescape=True) for c in columns)) for w in words),
    )


def find_mentors(
    session: Session, text: str, *, active_only: bool = False
) -> list[tuple[int, str]]:
    """(id, name) of the mentors not in the recycle bin whose name has every word of `text`,
    by name."""
    words = text.casefold().split()
    staff = select(Staff.id).where(_matches(Staff, words))
    people = select(ContactPerson.id).where(_matches(ContactPerson, words))
    query = (
        select(Mentor)
        .options(selectinload(Mentor.staff), selectinload(Mentor.person))
        .where(
            Mentor.deleted_at.is_(None),
            or_(Mentor.staff_id.in_(staff), Mentor.contact_person_id.in_(people)),
        )
    )
    if active_only:
        query = query.where(Mentor.active.is_(True))
    found = sorted(((mentor_name(m), m.id) for m in session.scalars(query)), key=_by_name)
    return [(mentor_id, name) for name, mentor_id in found[:CHOICES]]


def _by_name(pair: tuple[str, int]) -> tuple[str, int]:
    return pair[0].casefold(), pair[1]


def mentor_label(session: Session, mentor_id: int) -> str:
    mentor = session.get(Mentor, mentor_id)
    return mentor_name(mentor) if mentor is not None else ""


def people_of(session: Session, organization_id: int, text: str = "") -> list[tuple[int, str]]:
    """(id, name) of the people of the organisation (not in the recycle bin) matching `text`."""
    query = select(ContactPerson.id, ContactPerson.last_name, ContactPerson.first_name).where(
        ContactPerson.organization_id == organization_id,
        ContactPerson.deleted_at.is_(None),
        _matches(ContactPerson, text.casefold().split()),
    )
    rows = session.execute(query.order_by(ContactPerson.last_name, ContactPerson.first_name))
    return [(row[0], " ".join(p for p in row[1:] if p)) for row in rows.all()[:CHOICES]]


def assignments_of_mentor(session: Session, mentor_id: int) -> list[MentorAssignment]:
    query = (
        select(MentorAssignment)
        .options(selectinload(MentorAssignment.contact))
        .where(MentorAssignment.mentor_id == mentor_id, MentorAssignment.deleted_at.is_(None))
        .order_by(MentorAssignment.start_date.desc(), MentorAssignment.id.desc())
    )
    return list(session.scalars(query))


def overlapping_assignment(
    session: Session,
    mentor_id: int | None,
    contact_id: int | None,
    start: date | None,
    end: date | None,
    own_id: int | None = None,
) -> Problem | None:
    """The problem (on "start_date") when another assignment of the same mentor and young
    person, not in the recycle bin, shares a day with `start`–`end` (no end: still open)."""
    if mentor_id is None or contact_id is None or start is None:
        return None
    query = select(MentorAssignment).where(
        MentorAssignment.mentor_id == mentor_id,
        MentorAssignment.contact_id == contact_id,
        MentorAssignment.deleted_at.is_(None),
        MentorAssignment.id != (own_id or 0),
        or_(MentorAssignment.end_date.is_(None), MentorAssignment.end_date >= start),
    )
    if end is not None:
        query = query.where(
            or_(MentorAssignment.start_date.is_(None), MentorAssignment.start_date <= end)
        )
    other = session.scalars(query.order_by(MentorAssignment.start_date)).first()
    if other is None:
        return None
    since = format_italian_date(other.start_date)
    if other.end_date is None:
        return Problem("start_date", OVERLAP_OPEN, (since,))
    return Problem("start_date", OVERLAP, (since, format_italian_date(other.end_date)))


def current_mentor(session: Session, contact_id: int, today: date) -> int | None:
    """The mentor of the person's assignment open on `today` (the latest begun), if any."""
    query = (
        select(MentorAssignment.mentor_id)
        .where(
            MentorAssignment.contact_id == contact_id,
            MentorAssignment.deleted_at.is_(None),
            MentorAssignment.start_date <= today,
            or_(MentorAssignment.end_date.is_(None), MentorAssignment.end_date >= today),
        )
        .order_by(MentorAssignment.start_date.desc())
    )
    return session.scalars(query).first()


def placements_of_contact(session: Session, contact_id: int) -> list[Placement]:
    """The person's placements not in the recycle bin, the latest first."""
    query = (
        select(Placement)
        .options(selectinload(Placement.host))
        .where(Placement.contact_id == contact_id, Placement.deleted_at.is_(None))
        .order_by(Placement.start_date.desc(), Placement.id.desc())
    )
    return list(session.scalars(query))


def meetings_of_contact(session: Session, contact_id: int) -> list[MentoringMeeting]:
    """The person's mentoring meetings not in the recycle bin, the latest first."""
    query = (
        select(MentoringMeeting)
        .options(
            selectinload(MentoringMeeting.mentor).selectinload(Mentor.staff),
            selectinload(MentoringMeeting.mentor).selectinload(Mentor.person),
        )
        .where(MentoringMeeting.contact_id == contact_id, MentoringMeeting.deleted_at.is_(None))
        .order_by(MentoringMeeting.meeting_date.desc(), MentoringMeeting.id.desc())
    )
    return list(session.scalars(query))


def organization_of_person(session: Session, person_id: int | None) -> int | None:
    """The organisation of a person of an organisation (a mentor's), if any."""
    person = session.get(ContactPerson, person_id) if person_id is not None else None
    return person.organization_id if person is not None else None
