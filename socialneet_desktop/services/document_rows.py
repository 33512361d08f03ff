"""The rows of the printed lists and registers for a period, read in the document's read
session as text cells (dates gg/mm/aaaa, labels for codes): printing lays them out."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from socialneet_desktop.db import models
from socialneet_desktop.domain import vocabularies as vocab
from socialneet_desktop.domain.italian_dates import date_text, time_text
from socialneet_desktop.services.document_text import label, person_name, place


def register_rows(session: Session, start: date, end: date) -> list[list[str]]:
    """The rows of the visits from `start` to `end`: the visits, and order, of
    `document_data.visits_between`, read as plain columns (no ORM objects: a register has
    thousands)."""
    visit, contact, staff = models.MeetingPointVisit, models.NeetContact, models.Staff
    statement = (
        select(
            visit.visit_date,
            contact.last_name,
            contact.first_name,
            visit.start_time,
            visit.end_time,
            visit.visit_type,
            staff.last_name,
            staff.first_name,
        )
        .select_from(visit)
        .join(visit.contact)
        .outerjoin(visit.staff)
        .where(visit.deleted_at.is_(None), visit.visit_date.between(start, end))
        .order_by(visit.visit_date, visit.start_time, contact.last_name, visit.id)
    )
    days: dict[date, str] = {}
    kinds: dict[str, str] = {}
    rows = []
    for number, (day, last, first, begin, end_, kind, staff_last, staff_first) in enumerate(
        session.execute(statement), start=1
    ):
        if day not in days:
            days[day] = date_text(day)
        if kind not in kinds:
            kinds[kind] = label(vocab.VISIT_TYPE, kind)
        rows.append(
            [
                str(number),
                days[day],
                f"{last} {first}".strip(),
                time_text(begin),
                time_text(end_),
                kinds[kind],
                f"{staff_last or ''} {staff_first or ''}".strip(),
                "",
            ]
        )
    return rows


def meeting_rows(session: Session, start: date, end: date) -> list[list[str]]:
    cls = models.StakeholderMeeting
    statement = (
        select(cls)
        .where(cls.deleted_at.is_(None), cls.meeting_date.between(start, end))
        .options(selectinload(cls.organizations), selectinload(cls.staff))
        .order_by(cls.meeting_date, cls.id)
    )
    return [
        [
            date_text(m.meeting_date),
            label(vocab.MEETING_TYPE, m.meeting_type),
            m.activity_code,
            ", ".join(sorted(o.name for o in m.organizations)),
            m.topic,
            m.outcome,
            date_text(m.follow_up_date),
            person_name(m.staff),
        ]
        for m in session.scalars(statement)
    ]


def resource_rows(session: Session, start: date, end: date, status: str) -> list[list[str]]:
    cls = models.UnusedResource
    conditions = [cls.deleted_at.is_(None), cls.surveyed_on.between(start, end)]
    if status:
        conditions.append(cls.status == status)
    statement = select(cls).where(*conditions).order_by(cls.surveyed_on, cls.title, cls.id)
    return [
        [
            r.title,
            label(vocab.RESOURCE_CATEGORY, r.category),
            label(vocab.RESOURCE_STATUS, r.status),
            place(r.municipality_code),
            r.owner_name,
            label(vocab.RESOURCE_TERMS, r.terms),
            date_text(r.surveyed_on),
        ]
        for r in session.scalars(statement)
    ]
