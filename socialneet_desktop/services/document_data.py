"""What a document prints, read in one read session into plain values: dates stay dates,
codes become translated labels, municipalities their names ("Terni (TR)").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from socialneet_desktop.db import models
from socialneet_desktop.domain import vocabularies as vocab
from socialneet_desktop.services.document_text import contact_fields, label, person_name


class NotFound(LookupError):
    """No record with that id (or it is in the recycle bin)."""


@dataclass(frozen=True)
class Letterhead:
    name: str = ""
    address: str = ""
    logo: bytes | None = None
    project: str = ""
    funder: str = ""
    notice_version: str = ""


@dataclass(frozen=True)
class Contact:
    id: int
    first_name: str
    last_name: str
    birth_date: date | None
    fields: list[tuple[str, str]]  # (translated label, value) for the person's record
    guardian_name: str = ""

    @property
    def name(self) -> str:
        return f"{self.last_name} {self.first_name}".strip()


@dataclass(frozen=True)
class Visit:
    id: int
    day: date
    start: time | None
    end: time | None
    staff: str
    kind: str
    summary: str = ""
    outcome: str = ""
    next_appointment: datetime | None = None
    contact_name: str = ""
    extra: dict = field(default_factory=dict)


def letterhead(session: Session) -> Letterhead:
    settings = session.get(models.AppSettings, 1)
    if settings is None:
        return Letterhead()
    return Letterhead(
        settings.association_name,
        settings.association_address,
        settings.logo,
        settings.project_name,
        settings.funder_name,
        settings.privacy_notice_version,
    )


def _contact(record: models.NeetContact) -> Contact:
    return Contact(
        record.id,
        record.first_name,
        record.last_name,
        record.birth_date,
        contact_fields(record),
        record.guardian_name,
    )


def visit_of(record: models.MeetingPointVisit) -> Visit:
    return Visit(
        record.id,
        record.visit_date,
        record.start_time,
        record.end_time,
        person_name(record.staff),
        label(vocab.VISIT_TYPE, record.visit_type),
        record.summary,
        record.outcome,
        record.next_appointment,
        person_name(record.contact),
    )


def _live(session: Session, cls: type, record_id: int, options=()):
    record = session.scalar(
        select(cls).where(cls.id == record_id, cls.deleted_at.is_(None)).options(*options)
    )
    if record is None:
        raise NotFound(record_id)
    return record


def visit(session: Session, visit_id: int) -> tuple[Contact, Visit]:
    options = (
        joinedload(models.MeetingPointVisit.contact),
        joinedload(models.MeetingPointVisit.staff),
    )
    record = _live(session, models.MeetingPointVisit, visit_id, options)
    return _contact(record.contact), visit_of(record)


def contact(session: Session, contact_id: int) -> Contact:
    return _contact(_live(session, models.NeetContact, contact_id))


def contact_visits(session: Session, contact_id: int) -> tuple[Contact, list[Visit]]:
    person = contact(session, contact_id)
    return person, visits_where(session, models.MeetingPointVisit.contact_id == contact_id)


def visits_where(session: Session, *conditions) -> list[Visit]:
    """Visits not in the recycle bin, by date and time, with their contact and staff."""
    cls = models.MeetingPointVisit
    statement = (
        select(cls)
        .join(cls.contact)
        .where(cls.deleted_at.is_(None), *conditions)
        .options(selectinload(cls.contact), selectinload(cls.staff))
        .order_by(cls.visit_date, cls.start_time, models.NeetContact.last_name, cls.id)
    )
    return [visit_of(record) for record in session.scalars(statement)]


def visits_between(session: Session, start: date, end: date) -> list[Visit]:
    return visits_where(session, models.MeetingPointVisit.visit_date.between(start, end))
