"""The data model: one typed SQLAlchemy class per record kind.

Codes (gender, kind, status …) are stored as the stable snake_case codes of
`socialneet_desktop.domain.vocabularies`; municipalities as Belfiore codes ("L117" = Terni).
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Table,
    Text,
    Time,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from socialneet_desktop.db.model_base import Base, RecordMixin, new_uuid, utc_now

__all__ = ["Base", "RecordMixin", "new_uuid", "utc_now"]  # and the classes below

meeting_organizations = Table(
    "meeting_organizations",
    Base.metadata,
    Column(
        "meeting_id",
        ForeignKey("stakeholder_meetings.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column(
        "organization_id",
        ForeignKey("organizations.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
)

meeting_people = Table(
    "meeting_people",
    Base.metadata,
    Column(
        "meeting_id",
        ForeignKey("stakeholder_meetings.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column(
        "contact_person_id",
        ForeignKey("contact_people.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
)


class Staff(RecordMixin, Base):
    """An operator of the association (who met a stakeholder, who held a visit)."""

    __tablename__ = "staff"

    first_name: Mapped[str] = mapped_column(String(80))
    last_name: Mapped[str] = mapped_column(String(80), index=True)
    role: Mapped[str] = mapped_column(String(40), default="operator")
    email: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class Organization(RecordMixin, Base):
    """A stakeholder: public body, third-sector organisation, enterprise, school."""

    __tablename__ = "organizations"

    name: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[str] = mapped_column(String(40), index=True)
    tax_code: Mapped[str] = mapped_column(String(16), default="", index=True)
    vat_number: Mapped[str] = mapped_column(String(11), default="")
    municipality_code: Mapped[str] = mapped_column(String(4), default="", index=True)
    address: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(5), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    website: Mapped[str] = mapped_column(String(200), default="")
    sector: Mapped[str] = mapped_column(String(120), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    people: Mapped[list[ContactPerson]] = relationship(back_populates="organization")


class ContactPerson(RecordMixin, Base):
    """Someone the association deals with inside an organisation."""

    __tablename__ = "contact_people"

    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="RESTRICT"), index=True
    )
    first_name: Mapped[str] = mapped_column(String(80), default="")
    last_name: Mapped[str] = mapped_column(String(80), index=True)
    role: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    organization: Mapped[Organization] = relationship(back_populates="people")


class StakeholderMeeting(RecordMixin, Base):
    """A meeting with one or more organisations (bilateral, focus group, info day …)."""

    __tablename__ = "stakeholder_meetings"

    meeting_date: Mapped[date] = mapped_column(Date, index=True)
    meeting_type: Mapped[str] = mapped_column(String(40), index=True)
    activity_code: Mapped[str] = mapped_column(String(20), default="", index=True)
    topic: Mapped[str] = mapped_column(String(300), default="")
    location: Mapped[str] = mapped_column(String(200), default="")
    municipality_code: Mapped[str] = mapped_column(String(4), default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    follow_up: Mapped[str] = mapped_column(Text, default="")
    follow_up_date: Mapped[date | None] = mapped_column(Date, index=True)  # migration 0014
    staff_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL"), index=True
    )
    participants_count: Mapped[int | None] = mapped_column(Integer)
    activity_id: Mapped[int | None] = mapped_column(
        ForeignKey("project_activities.id", ondelete="SET NULL"), index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")

    staff: Mapped[Staff | None] = relationship()
    organizations: Mapped[list[Organization]] = relationship(secondary=meeting_organizations)
    people: Mapped[list[ContactPerson]] = relationship(secondary=meeting_people)


class UnusedResource(RecordMixin, Base):
    """A resource of the territory that could return to social use, from reported to reused."""

    __tablename__ = "unused_resources"

    title: Mapped[str] = mapped_column(String(200), index=True)
    category: Mapped[str] = mapped_column(String(40), index=True)
    status: Mapped[str] = mapped_column(String(20), default="reported", index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    owner_organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL"), index=True
    )
    owner_name: Mapped[str] = mapped_column(String(200), default="")
    municipality_code: Mapped[str] = mapped_column(String(4), default="", index=True)
    address: Mapped[str] = mapped_column(String(200), default="")
    quantity: Mapped[float | None] = mapped_column(Numeric(12, 2, asdecimal=False))
    unit: Mapped[str] = mapped_column(String(30), default="")
    condition: Mapped[str] = mapped_column(String(20), default="")
    available_from: Mapped[date | None] = mapped_column(Date)
    available_to: Mapped[date | None] = mapped_column(Date)
    schedule: Mapped[str] = mapped_column(String(200), default="")
    terms: Mapped[str] = mapped_column(String(20), default="")
    proposed_use: Mapped[str] = mapped_column(Text, default="")
    surveyed_on: Mapped[date | None] = mapped_column(Date, index=True)
    surveyed_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL"), index=True
    )
    source: Mapped[str] = mapped_column(String(20), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    owner: Mapped[Organization | None] = relationship()
    surveyed_by: Mapped[Staff | None] = relationship()


class NeetContact(RecordMixin, Base):
    """A young person who came to the Meeting Point."""

    __tablename__ = "neet_contacts"

    first_name: Mapped[str] = mapped_column(String(80), default="")
    last_name: Mapped[str] = mapped_column(String(80), default="", index=True)
    gender: Mapped[str] = mapped_column(String(10), default="", index=True)
    birth_date: Mapped[date | None] = mapped_column(Date, index=True)
    birthplace_code: Mapped[str] = mapped_column(String(4), default="")
    tax_code: Mapped[str] = mapped_column(String(16), default="", index=True)
    citizenship: Mapped[str] = mapped_column(String(10), default="")
    residence_municipality_code: Mapped[str] = mapped_column(String(4), default="", index=True)
    address: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(5), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    education_level: Mapped[str] = mapped_column(String(30), default="")
    labour_status: Mapped[str] = mapped_column(String(30), default="")
    labour_status_months: Mapped[int | None] = mapped_column(Integer)
    youth_guarantee: Mapped[bool] = mapped_column(Boolean, default=False)
    heard_from: Mapped[str] = mapped_column(String(30), default="")
    sectors_of_interest: Mapped[str] = mapped_column(String(200), default="")  # comma-separated
    privacy_notice_version: Mapped[str] = mapped_column(String(20), default="")
    privacy_signed_on: Mapped[date | None] = mapped_column(Date)
    consent_contact: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    guardian_name: Mapped[str] = mapped_column(String(160), default="")
    guardian_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    # The vulnerable groups the funder asks about (issue 18, migration 0007). Long-term
    # unemployed and low-skilled are derived (labour_status_months >= 12, ISCED <= 2).
    caring_responsibilities: Mapped[bool] = mapped_column(Boolean, default=False)
    minority: Mapped[bool] = mapped_column(Boolean, default=False)
    asylum_or_refugee: Mapped[bool] = mapped_column(Boolean, default=False)
    # Special-category data (GDPR art. 9): recorded only with the explicit consent below,
    # hidden from lists and exports unless the user asks to see them.
    special_category_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    special_category_consent_on: Mapped[date | None] = mapped_column(Date)
    disability: Mapped[bool] = mapped_column(Boolean, default=False)
    mental_health: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    anonymised_at: Mapped[datetime | None] = mapped_column(DateTime)

    visits: Mapped[list[MeetingPointVisit]] = relationship(back_populates="contact")

    __table_args__ = (Index("ix_neet_contacts_names", "last_name", "first_name"),)


class MeetingPointVisit(RecordMixin, Base):
    """One visit of a NEET contact to the Meeting Point."""

    __tablename__ = "meeting_point_visits"

    contact_id: Mapped[int] = mapped_column(  # indexed with deleted_at (below, migration 0013)
        ForeignKey("neet_contacts.id", ondelete="RESTRICT")
    )
    visit_date: Mapped[date] = mapped_column(Date, index=True)
    start_time: Mapped[time | None] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)
    staff_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL"), index=True
    )
    visit_type: Mapped[str] = mapped_column(String(30), index=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    next_appointment: Mapped[datetime | None] = mapped_column(DateTime)
    attendance_signed: Mapped[bool] = mapped_column(Boolean, default=False)
    activity_id: Mapped[int | None] = mapped_column(
        ForeignKey("project_activities.id", ondelete="SET NULL"), index=True
    )

    contact: Mapped[NeetContact] = relationship(back_populates="visits")
    staff: Mapped[Staff | None] = relationship()


# Rows exist only inside an erasure's transaction: see db/audit_protection.py (migration 0003).
audit_scrub_permit = Table(
    "audit_scrub_permit",
    Base.metadata,
    Column("table_name", String(40), primary_key=True),
    Column("record_id", Integer, primary_key=True),
)


class AuditEvent(Base):
    """An append-only line of the audit trail: who did what to which record."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now, index=True)
    user_name: Mapped[str] = mapped_column(String(80), default="")
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[int] = mapped_column(Integer)
    record_uuid: Mapped[str] = mapped_column(String(36), index=True)
    action: Mapped[str] = mapped_column(String(20))  # create, update, delete, restore, erase
    changes: Mapped[str] = mapped_column(Text, default="")  # JSON: {field: [old, new]}

    __table_args__ = (Index("ix_audit_events_record", "table_name", "record_id"),)


class AppSettings(Base):
    """The association's own details, one row (id = 1), printed on every document."""

    __tablename__ = "app_settings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    association_name: Mapped[str] = mapped_column(String(200), default="")
    association_address: Mapped[str] = mapped_column(String(300), default="")
    association_tax_code: Mapped[str] = mapped_column(String(16), default="")
    association_phone: Mapped[str] = mapped_column(String(40), default="")
    association_email: Mapped[str] = mapped_column(String(120), default="")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    project_name: Mapped[str] = mapped_column(String(200), default="")
    project_code: Mapped[str] = mapped_column(String(60), default="")
    funder_name: Mapped[str] = mapped_column(String(200), default="")
    privacy_notice_version: Mapped[str] = mapped_column(String(20), default="")
    retention_months: Mapped[int] = mapped_column(Integer, default=24)
    backup_folder: Mapped[str] = mapped_column(String(500), default="")
    # Disclosure control of the funder workbook (services.disclosure): counts 1..threshold-1
    # are hidden; person-level sheets need every combination of values at least k times.
    small_count_threshold: Mapped[int] = mapped_column(Integer, default=3)
    k_anonymity: Mapped[int] = mapped_column(Integer, default=5)
    # The funder report's indicator set (services.indicator_sets), migration 0008
    indicator_set: Mapped[str] = mapped_column(String(30), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now, onupdate=utc_now)
    updated_by: Mapped[str] = mapped_column(String(80), default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class PseudonymKey(Base):
    """A secret of this database for the person codes (services.pseudonyms); never exported.

    A new generation replaces the codes of every later export; the manifest names it."""

    __tablename__ = "pseudonym_keys"

    generation: Mapped[int] = mapped_column(Integer, primary_key=True)
    secret: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)


class ErasureEntry(Base):
    """One erased record (migration 0005): what a copy or a restored backup must erase again.

    No personal data: the uuid, the kind (table name), when, by whom (the program's user name)
    and the reason, with the erased values taken out. `copies_pending` is true while some copy
    the program manages (a backup folder not reachable) may still hold the record."""

    __tablename__ = "erasure_register"

    record_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    erased_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    erased_by: Mapped[str] = mapped_column(String(80), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    copies_pending: Mapped[bool] = mapped_column(Boolean, default=True)


# The tables of the young person's path and of the project's activities (issue 18, 19)
from socialneet_desktop.db.models_exchange import *  # noqa: E402, F403
from socialneet_desktop.db.models_needs import *  # noqa: E402, F403
from socialneet_desktop.db.models_needs import NEEDS_CLASSES  # noqa: E402
from socialneet_desktop.db.models_network import *  # noqa: E402, F403
from socialneet_desktop.db.models_network import NETWORK_CLASSES  # noqa: E402
from socialneet_desktop.db.models_path import *  # noqa: E402, F403
from socialneet_desktop.db.models_path import PATH_CLASSES  # noqa: E402

RECORD_CLASSES: tuple[type[RecordMixin], ...] = (
    UnusedResource,
    Organization,
    ContactPerson,
    StakeholderMeeting,
    NeetContact,
    MeetingPointVisit,
    Staff,
    *PATH_CLASSES,
    *NETWORK_CLASSES,
    *NEEDS_CLASSES,
)


ORIGIN_TRACKED = (
    Organization,
    NeetContact,
    UnusedResource,
    Staff,
    ContactPerson,
    StakeholderMeeting,
    MeetingPointVisit,
    *PATH_CLASSES,
    *NETWORK_CLASSES,
    *NEEDS_CLASSES,
)
for _model in ORIGIN_TRACKED:  # imports look records up by (origin_source, origin_key)
    Index(f"ix_{_model.__tablename__}_origin", _model.origin_source, _model.origin_key)
# the home page (services.home_figures, migration 0012): next appointments, people seen per
# month, this month's new records, the records changed last
_visit = MeetingPointVisit
Index("ix_meeting_point_visits_next_appointment", _visit.deleted_at, _visit.next_appointment)
Index(
    "ix_meeting_point_visits_month_people", _visit.deleted_at, _visit.visit_date, _visit.contact_id
)
# a contact's visits (count, last visit, in date order): contact first, so that SQLite prefers
# it to the month index above for one contact (migration 0013)
Index(
    "ix_meeting_point_visits_contact_live", _visit.contact_id, _visit.deleted_at, _visit.visit_date
)
for _model in (NeetContact, UnusedResource):
    Index(f"ix_{_model.__tablename__}_created_at", _model.deleted_at, _model.created_at)
for _model in (NeetContact, StakeholderMeeting, Organization, UnusedResource):
    Index(f"ix_{_model.__tablename__}_updated_at", _model.deleted_at, _model.updated_at, _model.id)
