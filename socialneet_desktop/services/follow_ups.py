"""The follow-ups of the young people who left: which are due, and the rules of an outcome
that read the person's other outcomes.

A person's "on leaving" outcome makes two follow-ups due, 6 and 12 months after it; one is
listed (home page, the follow-ups dialog) from 30 days before its day until it is recorded,
overdue ones first. Nobody erased or in the recycle bin is listed.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from socialneet_desktop.db.models import NeetContact, Outcome
from socialneet_desktop.domain.problem import Problem
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.domain.validation import format_italian_date

LEAVING = "leaving"
FOLLOW_UPS: tuple[tuple[str, int], ...] = (("months_6", 6), ("months_12", 12))
AHEAD_DAYS = 30  # a follow-up is listed this many days before it is due

NO_LEAVING = QT_TRANSLATE_NOOP(
    "Validation",
    "Stage: a follow-up needs this person's outcome on leaving the project; record that first.",
)
BEFORE_LEAVING = QT_TRANSLATE_NOOP(
    "Validation", "Date of the outcome: a follow-up must be after leaving the project (%1)."
)
STAGE_TAKEN = QT_TRANSLATE_NOOP(
    "Validation", "Stage: this person already has an outcome for this stage (dated %1)."
)


@dataclass(frozen=True)
class FollowUpDue:
    contact_id: int
    name: str  # "Rossi Mario"
    stage: str  # "months_6" or "months_12"
    due: date
    left_on: date

    def overdue(self, today: date) -> bool:
        return self.due < today


def add_months(day: date, months: int) -> date:
    """The same day `months` later (the month's last day when it has no such day)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def follow_ups_due(
    session: Session, today: date, *, ahead_days: int = AHEAD_DAYS
) -> list[FollowUpDue]:
    """The follow-ups not yet recorded whose day is at most `ahead_days` away or past,
    the earliest first."""
    horizon = today + timedelta(days=ahead_days)
    latest_leaving = add_months(horizon, -FOLLOW_UPS[0][1])
    rows = session.execute(
        select(Outcome.contact_id, Outcome.outcome_date, NeetContact.last_name)
        .add_columns(NeetContact.first_name)
        .join(NeetContact, NeetContact.id == Outcome.contact_id)
        .where(
            Outcome.stage == LEAVING,
            Outcome.deleted_at.is_(None),
            Outcome.outcome_date <= latest_leaving,
            NeetContact.deleted_at.is_(None),
            NeetContact.anonymised_at.is_(None),
        )
    ).all()
    recorded = _recorded_stages(session, {row.contact_id for row in rows})
    due = []
    for contact_id, left_on, last_name, first_name in rows:
        name = f"{last_name} {first_name}".strip()
        for stage, months in FOLLOW_UPS:
            day = add_months(left_on, months)
            if day <= horizon and (contact_id, stage) not in recorded:
                due.append(FollowUpDue(contact_id, name, stage, day, left_on))
    return sorted(due, key=lambda item: (item.due, item.name, item.contact_id))


def _recorded_stages(session: Session, contact_ids: set[int]) -> set[tuple[int, str]]:
    found: set[tuple[int, str]] = set()
    ids = sorted(contact_ids)
    for start in range(0, len(ids), 500):  # within every engine's limit of bound values
        query = select(Outcome.contact_id, Outcome.stage).where(
            Outcome.contact_id.in_(ids[start : start + 500]),
            Outcome.stage != LEAVING,
            Outcome.deleted_at.is_(None),
        )
        found.update((row.contact_id, row.stage) for row in session.execute(query))
    return found


def next_stage(session: Session, contact_id: int) -> str:
    """The first stage the person has no outcome of (on leaving, 6, then 12 months)."""
    query = select(Outcome.stage).where(
        Outcome.contact_id == contact_id, Outcome.deleted_at.is_(None)
    )
    recorded = set(session.scalars(query))
    stages = (LEAVING, *(stage for stage, _months in FOLLOW_UPS))
    return next((stage for stage in stages if stage not in recorded), LEAVING)


def check_outcome(session: Session, values: dict, record_id: int | None) -> list[Problem]:
    """The rules of an outcome that read the person's other outcomes: one outcome per stage;
    a follow-up needs the outcome on leaving, and is dated after it."""
    contact_id, stage, day = (
        values.get("contact_id"),
        values.get("stage"),
        values.get("outcome_date"),
    )
    if contact_id is None or not stage:
        return []
    others = session.execute(
        select(Outcome.stage, Outcome.outcome_date).where(
            Outcome.contact_id == contact_id,
            Outcome.deleted_at.is_(None),
            Outcome.id != (record_id or 0),
        )
    ).all()
    by_stage = {row.stage: row.outcome_date for row in others}
    problems = []
    if stage in by_stage:
        problems.append(Problem("stage", STAGE_TAKEN, (format_italian_date(by_stage[stage]),)))
    if stage != LEAVING:
        left_on = by_stage.get(LEAVING)
        if left_on is None:
            problems.append(Problem("stage", NO_LEAVING))
        elif isinstance(day, date) and day <= left_on:
            problems.append(
                Problem("outcome_date", BEFORE_LEAVING, (format_italian_date(left_on),))
            )
    return problems
