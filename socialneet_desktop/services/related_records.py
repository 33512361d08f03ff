"""What the editors read beside their record: the person's visits, an organisation's people,
meetings and resources, an owner's municipality.

The screen layer runs no SQL of its own (shared/ARCHITECTURE.md); these are its queries.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from socialneet_desktop.db.models import (
    ContactPerson,
    MeetingPointVisit,
    Organization,
    RecordMixin,
    StakeholderMeeting,
    UnusedResource,
    meeting_organizations,
)


def record_by_id(session: Session, model: type[RecordMixin], record_id: int):
    """The record, also when it is in the recycle bin; None when there is none."""
    return session.get(model, record_id)


def visit_count_and_last(session: Session, contact_id: int) -> tuple[int, date | None]:
    """How many visits of the person are not in the recycle bin, and the last one's date."""
    query = select(func.count(), func.max(MeetingPointVisit.visit_date)).where(
        MeetingPointVisit.contact_id == contact_id,
        MeetingPointVisit.deleted_at.is_(None),
    )
    count, last = session.execute(query).one()
    return count, last


def earlier_visits(
    session: Session, contact_id: int, except_id: int | None
) -> list[MeetingPointVisit]:
    """The person's other visits not in the recycle bin, the latest first."""
    query = select(MeetingPointVisit).where(
        MeetingPointVisit.contact_id == contact_id,
        MeetingPointVisit.deleted_at.is_(None),
        MeetingPointVisit.id != (except_id or 0),
    )
    order = (MeetingPointVisit.visit_date.desc(), MeetingPointVisit.start_time.desc())
    return list(session.scalars(query.order_by(*order)))


def people_of_organizations(
    session: Session, organization_ids: Iterable[int], keep: set[int]
) -> list[ContactPerson]:
    """The contact people of those organisations by name; those in the recycle bin only
    when their id is in `keep` (already linked)."""
    query = select(ContactPerson).where(
        ContactPerson.organization_id.in_(list(organization_ids)),
        ContactPerson.deleted_at.is_(None) | ContactPerson.id.in_(keep),
    )
    order = (ContactPerson.last_name, ContactPerson.first_name)
    return list(session.scalars(query.order_by(*order)))


def people_of_organization(session: Session, organization_id: int) -> list[ContactPerson]:
    """The organisation's contact people not in the recycle bin, by name."""
    query = select(ContactPerson).where(
        ContactPerson.organization_id == organization_id,
        ContactPerson.deleted_at.is_(None),
    )
    return list(session.scalars(query.order_by(ContactPerson.last_name, ContactPerson.first_name)))


def visits_of_contact(session: Session, contact_id: int) -> list[MeetingPointVisit]:
    """Every visit of the person not in the recycle bin, the latest first."""
    return earlier_visits(session, contact_id, None)


def meetings_of_organization(session: Session, organization_id: int) -> list[StakeholderMeeting]:
    """The meetings the organisation took part in, not in the recycle bin, the latest first."""
    linked = select(meeting_organizations.c.meeting_id).where(
        meeting_organizations.c.organization_id == organization_id
    )
    query = select(StakeholderMeeting).where(
        StakeholderMeeting.id.in_(linked), StakeholderMeeting.deleted_at.is_(None)
    )
    order = (StakeholderMeeting.meeting_date.desc(), StakeholderMeeting.id.desc())
    return list(session.scalars(query.order_by(*order)))


def resources_of_organization(session: Session, organization_id: int) -> list[UnusedResource]:
    """The resources the organisation owns, not in the recycle bin, by title."""
    query = select(UnusedResource).where(
        UnusedResource.owner_organization_id == organization_id,
        UnusedResource.deleted_at.is_(None),
    )
    return list(session.scalars(query.order_by(UnusedResource.title, UnusedResource.id)))


def organization_municipality(session: Session, organization_id: int) -> str:
    """The municipality code of the organisation ("" when it has none or does not exist)."""
    query = select(Organization.municipality_code).where(Organization.id == organization_id)
    return session.scalar(query) or ""
