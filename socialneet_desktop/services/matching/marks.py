"""The delegates' marks of a proposal: 1 to 10, a note required for 1-2 and 9-10 (a mark
that far from the middle must say why), one mark per delegate and proposal (a new mark of
the same delegate replaces the old one). A delegate is one of our staff or a person of an
organisation. The rank reads the marks' mean, their number and their spread.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from socialneet_desktop.db.models_needs import DelegateMark, MatchProposal
from socialneet_desktop.domain.validation import Problem
from socialneet_desktop.services import records
from socialneet_desktop.services.matching.mark_rules import (  # noqa: F401 - the rules' home
    HIGHEST,
    LOWEST,
    NOTE_REQUIRED,
    delegate_problems,
    mark_problems,
)


@dataclass(frozen=True)
class MarkStats:
    mean: float | None  # None: no mark yet
    count: int
    spread: float | None  # the marks' standard deviation (0 for a single mark)

    @property
    def rank_points(self) -> float | None:
        """The mean on the score's scale, 0-100."""
        return None if self.mean is None else self.mean * 10


NO_MARKS = MarkStats(None, 0, None)


def stats(marks: Iterable[int]) -> MarkStats:
    values = list(marks)
    if not values:
        return NO_MARKS
    return MarkStats(statistics.fmean(values), len(values), statistics.pstdev(values))


def set_mark(
    session: Session,
    proposal_id: int,
    *,
    staff_id: int | None = None,
    person_id: int | None = None,
    mark: object,
    note: str = "",
    marked_on: date | None = None,
    user: str,
) -> list[Problem]:
    """The delegate's mark of the proposal (replacing their earlier one); on a problem,
    nothing is written and the problems are returned."""
    found = delegate_problems(staff_id, person_id) + mark_problems(mark, note)
    if found:
        return found
    values = {"mark": mark, "note": (note or "").strip(), "marked_on": marked_on or date.today()}
    earlier = session.scalars(
        select(DelegateMark).where(
            DelegateMark.proposal_id == proposal_id,
            DelegateMark.staff_id.is_(None)
            if staff_id is None
            else DelegateMark.staff_id == staff_id,
            DelegateMark.contact_person_id.is_(None)
            if person_id is None
            else DelegateMark.contact_person_id == person_id,
            DelegateMark.deleted_at.is_(None),
        )
    ).first()
    if earlier is None:
        who = {"staff_id": staff_id, "contact_person_id": person_id, "proposal_id": proposal_id}
        records.create_record(session, DelegateMark, who | values, user=user)
    else:
        records.update_record(session, DelegateMark, earlier.id, earlier.version, values, user=user)
    return []


def stats_of(session: Session, proposal_ids: Iterable[int]) -> dict[int, MarkStats]:
    """Each proposal's MarkStats (NO_MARKS for one without marks)."""
    ids = list(proposal_ids)
    by_proposal: dict[int, list[int]] = {proposal_id: [] for proposal_id in ids}
    if ids:
        rows = session.execute(
            select(DelegateMark.proposal_id, DelegateMark.mark).where(
                DelegateMark.proposal_id.in_(ids), DelegateMark.deleted_at.is_(None)
            )
        )
        for proposal_id, mark in rows:
            by_proposal[proposal_id].append(mark)
    return {proposal_id: stats(marks) for proposal_id, marks in by_proposal.items()}


def proposal_of(session: Session, need_id: int, resource_id: int) -> MatchProposal | None:
    return session.scalars(
        select(MatchProposal).where(
            MatchProposal.need_id == need_id,
            MatchProposal.resource_id == resource_id,
            MatchProposal.deleted_at.is_(None),
        )
    ).first()
