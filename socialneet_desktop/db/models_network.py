"""The tables of the cooperation between organisations (issue 22), migration 0010.

A cooperation questionnaire's answer (which organisation answered, when, through whom) and its
ties (each other organisation it names, the kinds of relation, the intensity 1-4, since when,
trust and value 1-4); agreements (memoranda, conventions) and their parties; the map's position
of each organisation, kept so that next year's map is drawn the same way and comparable.
db.models imports this module (and re-exports its classes).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from socialneet_desktop.db.model_base import Base, RecordMixin, utc_now

if TYPE_CHECKING:
    from socialneet_desktop.db.models import ContactPerson, Organization

__all__ = [
    "CoopAnswer",
    "CoopTie",
    "Agreement",
    "AgreementParty",
    "MapPosition",
    "NETWORK_CLASSES",
    "RELATION_FIELDS",
]

# The questionnaire's kinds of relation, one yes/no column each (a tie may have several)
RELATION_FIELDS: tuple[str, ...] = (
    "information",
    "referral",
    "joint_project",
    "shared_resources",
    "formal_agreement",
)


def _organization(ondelete: str = "RESTRICT") -> Mapped[int]:
    return mapped_column(ForeignKey("organizations.id", ondelete=ondelete), index=True)


class CoopAnswer(RecordMixin, Base):
    """One organisation's answer to the cooperation questionnaire, on one date."""

    __tablename__ = "coop_answers"

    organization_id: Mapped[int] = _organization()
    answered_on: Mapped[date] = mapped_column(Date, index=True)
    # who filled it in: a person of the organisation (never shown in the network's outputs)
    respondent_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_people.id", ondelete="SET NULL"), index=True
    )
    respondent_role: Mapped[str] = mapped_column(String(120), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    organization: Mapped[Organization] = relationship(foreign_keys=[organization_id])
    respondent: Mapped[ContactPerson | None] = relationship()
    ties: Mapped[list[CoopTie]] = relationship(
        back_populates="answer", order_by="CoopTie.id", cascade="all, delete-orphan"
    )


class CoopTie(RecordMixin, Base):
    """An organisation the answer names, and how the two cooperate."""

    __tablename__ = "coop_ties"

    answer_id: Mapped[int] = mapped_column(
        ForeignKey("coop_answers.id", ondelete="CASCADE"), index=True
    )
    organization_id: Mapped[int] = _organization()
    information: Mapped[bool] = mapped_column(Boolean, default=False)
    referral: Mapped[bool] = mapped_column(Boolean, default=False)
    joint_project: Mapped[bool] = mapped_column(Boolean, default=False)
    shared_resources: Mapped[bool] = mapped_column(Boolean, default=False)
    formal_agreement: Mapped[bool] = mapped_column(Boolean, default=False)
    intensity: Mapped[int] = mapped_column(Integer, default=1)  # 1 occasional … 4 constant
    since_year: Mapped[int | None] = mapped_column(Integer)
    trust: Mapped[int | None] = mapped_column(Integer)  # 1-4, optional (PARTNER tool)
    value: Mapped[int | None] = mapped_column(Integer)  # 1-4, optional
    notes: Mapped[str] = mapped_column(String(300), default="")

    answer: Mapped[CoopAnswer] = relationship(back_populates="ties")
    organization: Mapped[Organization] = relationship()

    __table_args__ = (UniqueConstraint("answer_id", "organization_id"),)


class Agreement(RecordMixin, Base):
    """A memorandum of understanding, convention or other agreement between organisations."""

    __tablename__ = "agreements"

    title: Mapped[str] = mapped_column(String(300), index=True)
    agreement_kind: Mapped[str] = mapped_column(String(30), default="memorandum", index=True)
    signed_on: Mapped[date | None] = mapped_column(Date, index=True)
    valid_until: Mapped[date | None] = mapped_column(Date)
    document: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))
    document_name: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    parties: Mapped[list[AgreementParty]] = relationship(
        back_populates="agreement", order_by="AgreementParty.id", cascade="all, delete-orphan"
    )


class AgreementParty(RecordMixin, Base):
    """An organisation that signed an agreement, and its role in it."""

    __tablename__ = "agreement_parties"

    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreements.id", ondelete="CASCADE"), index=True
    )
    organization_id: Mapped[int] = _organization()
    role: Mapped[str] = mapped_column(String(120), default="")

    agreement: Mapped[Agreement] = relationship(back_populates="parties")
    organization: Mapped[Organization] = relationship()

    __table_args__ = (UniqueConstraint("agreement_id", "organization_id"),)


class MapPosition(Base):
    """Where the cooperation map draws an organisation (0..1 across, 0..1 down). Not a record
    kind: the layout's memory, written when the user drags a node or the layout is redone;
    an organisation's row outlives it harmlessly (no foreign key)."""

    __tablename__ = "map_positions"

    # by the organisation's uuid, not its id: ids differ between laptops (issue 21), and a
    # position is no link to carry in an exchange
    organization_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    x: Mapped[float] = mapped_column(Float)
    y: Mapped[float] = mapped_column(Float)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now, onupdate=utc_now)


NETWORK_CLASSES: tuple[type[RecordMixin], ...] = (CoopAnswer, CoopTie, Agreement, AgreementParty)
