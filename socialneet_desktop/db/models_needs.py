"""The needs of organisations and groups of young people, and their matching with the unused
resources (issue 23), migration 0011.

A need says who needs what (an organisation, or a group of young people described by a text
and a count: never a named young person, so no link to the contacts), where, when and how
much. A proposal pairs a need with a resource: made by an operator, by the "optimise" action
(only ever proposed) or by a delegate's mark; confirmed by a person, who is recorded. A
delegate (one of our staff or a person of an organisation) marks a proposal from 1 to 10.
The matching's weights live in `matching_settings` (one row, JSON), beside the association's
settings. db.models imports this module and re-exports its classes.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Date, DateTime, ForeignKey, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from socialneet_desktop.db.model_base import Base, RecordMixin, utc_now

if TYPE_CHECKING:
    from socialneet_desktop.db.models import ContactPerson, Organization, Staff, UnusedResource


class Need(RecordMixin, Base):
    """What an organisation or a group of young people needs, from open to satisfied."""

    __tablename__ = "needs"

    title: Mapped[str] = mapped_column(String(200), index=True)
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL"), index=True
    )
    # a group of young people ("ragazzi del laboratorio di falegnameria"), never a name
    group_description: Mapped[str] = mapped_column(String(200), default="")
    group_size: Mapped[int | None] = mapped_column(Integer)
    category: Mapped[str] = mapped_column(String(40), index=True)  # RESOURCE_CATEGORY
    description: Mapped[str] = mapped_column(Text, default="")
    municipality_code: Mapped[str] = mapped_column(String(4), default="", index=True)
    needed_from: Mapped[date | None] = mapped_column(Date)
    needed_to: Mapped[date | None] = mapped_column(Date)
    days: Mapped[str] = mapped_column(String(40), default="")  # WEEKDAY codes, comma-separated
    quantity: Mapped[float | None] = mapped_column(Numeric(12, 2, asdecimal=False))
    unit: Mapped[str] = mapped_column(String(30), default="")
    urgency: Mapped[int] = mapped_column(Integer, default=2)  # 1 low … 3 high
    status: Mapped[str] = mapped_column(String(20), default="open", index=True)
    source: Mapped[str] = mapped_column(String(20), default="")
    recorded_on: Mapped[date | None] = mapped_column(Date, index=True)
    recorded_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL"), index=True
    )
    outcome_notes: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    organization: Mapped[Organization | None] = relationship()
    recorded_by: Mapped[Staff | None] = relationship()
    proposals: Mapped[list[MatchProposal]] = relationship(back_populates="need")


class MatchProposal(RecordMixin, Base):
    """A resource proposed for a need: its score when proposed, the delegates' marks, and
    the decision (confirmed or rejected, by whom, when) and the outcome."""

    __tablename__ = "match_proposals"

    need_id: Mapped[int] = mapped_column(ForeignKey("needs.id", ondelete="CASCADE"), index=True)
    resource_id: Mapped[int] = mapped_column(
        ForeignKey("unused_resources.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(20), default="proposed", index=True)
    origin: Mapped[str] = mapped_column(String(20), default="operator")  # PROPOSAL_ORIGIN
    score: Mapped[int | None] = mapped_column(Integer)  # 0-100, when last proposed
    reasons: Mapped[str] = mapped_column(Text, default="")  # the score's reasons, one a line
    decided_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL"), index=True
    )
    decided_by_name: Mapped[str] = mapped_column(String(80), default="")  # the program's user
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)
    outcome: Mapped[str] = mapped_column(String(20), default="")  # satisfied / not_satisfied
    outcome_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")

    need: Mapped[Need] = relationship(back_populates="proposals")
    resource: Mapped[UnusedResource] = relationship()
    decided_by: Mapped[Staff | None] = relationship()
    marks: Mapped[list[DelegateMark]] = relationship(back_populates="proposal")

    __table_args__ = (UniqueConstraint("need_id", "resource_id"),)


class DelegateMark(RecordMixin, Base):
    """A delegate's mark of a proposal, 1 to 10, with a note (required for 1-2 and 9-10).

    The delegate is one of our staff or a person of an organisation (exactly one)."""

    __tablename__ = "delegate_marks"

    proposal_id: Mapped[int] = mapped_column(
        ForeignKey("match_proposals.id", ondelete="CASCADE"), index=True
    )
    staff_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL"), index=True
    )
    contact_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_people.id", ondelete="SET NULL"), index=True
    )
    mark: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    marked_on: Mapped[date | None] = mapped_column(Date)

    proposal: Mapped[MatchProposal] = relationship(back_populates="marks")
    staff: Mapped[Staff | None] = relationship()
    person: Mapped[ContactPerson | None] = relationship()


class MatchingSettings(Base):
    """The weights of the matching score (services.matching.weights), one row (id = 1)."""

    __tablename__ = "matching_settings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    weights: Mapped[str] = mapped_column(Text, default="")  # JSON {part: points}
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now, onupdate=utc_now)
    updated_by: Mapped[str] = mapped_column(String(80), default="")


NEEDS_CLASSES: tuple[type[RecordMixin], ...] = (Need, MatchProposal, DelegateMark)
