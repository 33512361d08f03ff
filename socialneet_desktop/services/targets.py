"""Targets against achieved: for each target of a project activity (ActivityTarget), what the
records say was achieved in the report's period, counted with SQL.

What is counted, by the target's indicator (domain.vocabularies.TARGET_INDICATOR):
    organisations met (all, public bodies, third sector): distinct organisations in the
    activity's meetings; meetings held: the activity's meetings; young people reached:
    distinct contacts with a visit of the activity; enrolled in training / completed: distinct
    contacts enrolled (on the enrolment date) / completing (on the status date) in the
    activity's courses; placements started: distinct contacts whose placement of the activity
    started; with a mentor: distinct contacts with a mentoring meeting of the activity; project
    ideas presented / businesses started: the activity's ideas presented / started.
    In employment on leaving and resources mapped or reused are recorded for the whole
    project, not per activity (outcomes and resources carry no activity): counted project-wide,
    and the sheet says so.
Only the part of the period within the target's own period counts (the activity's period when
the target has none). Records in the recycle bin never count.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from socialneet_desktop.db import models
from socialneet_desktop.domain.vocabularies import TARGET_INDICATOR
from socialneet_desktop.services import indicators as ind
from socialneet_desktop.services.search_index import Unindexed

A, T = models.ProjectActivity, models.ActivityTarget
C, V, M, Org, R = ind.C, ind.V, ind.M, ind.Org, ind.R
EN, COURSE, P = models.Enrolment, models.TrainingCourse, models.Placement
MM, IDEA = models.MentoringMeeting, models.ProjectIdea
THIRD_SECTOR = ("aps", "odv", "social_cooperative", "foundation")
EMPLOYED = ("employed", "self_employed")
PROJECT_WIDE = frozenset({"employed_on_leaving", "resources_mapped", "resources_reused"})


@dataclass(frozen=True)
class TargetRow:
    activity_code: str
    activity_title: str
    indicator: str  # a TARGET_INDICATOR code
    target: int
    achieved: int
    start: date  # the part of the report's period the target covers
    end: date

    @property
    def project_wide(self) -> bool:
        return self.indicator in PROJECT_WIDE


def _organizations(kinds: tuple[str, ...] | None):
    def count(activity: int, start: date, end: date):
        statement = ind.met_count(start, end, M.activity_id == activity)
        return statement if kinds is None else statement.where(Org.kind.in_(kinds))

    return count


def _people(column, where, join=None):
    """Distinct young people (not in the recycle bin) of a table, by its contact column."""

    def count(activity: int, start: date, end: date):
        statement = select(func.count(distinct(column))).join(C, C.id == column)
        if join is not None:
            statement = statement.join(*join)
        return statement.where(C.deleted_at.is_(None), *where(activity, start, end))

    return count


def _records(table, where):
    def count(activity: int, start: date, end: date):
        return select(func.count()).select_from(table).where(*where(activity, start, end))

    return count


def _activity_visits(activity: int, start: date, end: date) -> list:
    """ind.visits_in of one activity, its visits read by the activity's index: `+deleted_at`
    keeps SQLite off the month index (deleted_at, visit_date, contact_id; migration 0012),
    whose date order looks the contacts up out of order (1.3 s at 1M, 13 s by that index)."""
    return [
        Unindexed(V.deleted_at).is_(None),
        C.deleted_at.is_(None),
        V.visit_date.between(start, end),
        V.activity_id == activity,
    ]


def _in(column, start, end):
    return column.between(start, end)


def _employed(_activity: int, start: date, end: date):
    leaving = ind.leaving_subquery(start, end)
    return select(func.count()).select_from(leaving).where(leaving.c.status.in_(EMPLOYED))


def _resources(reused: bool):
    def count(_activity: int, start: date, end: date):
        where = [R.deleted_at.is_(None), R.surveyed_on.between(start, end)]
        if reused:
            where.append(R.status == "reused")
        return select(func.count()).select_from(R).where(*where)

    return count


COUNTERS: dict[str, Callable] = {
    "public_bodies_met": _organizations(("public_body",)),
    "third_sector_met": _organizations(THIRD_SECTOR),
    "organisations_met": _organizations(None),
    "meetings_held": _records(M, lambda a, s, e: [*ind.meetings_in(s, e), M.activity_id == a]),
    "young_people_reached": _people(V.contact_id, lambda a, s, e: _activity_visits(a, s, e)),
    "enrolled_training": _people(
        EN.contact_id,
        lambda a, s, e: [
            EN.deleted_at.is_(None),
            _in(EN.enrolled_on, s, e),
            COURSE.activity_id == a,
        ],
        join=(COURSE, (COURSE.id == EN.course_id) & COURSE.deleted_at.is_(None)),
    ),
    "completed_training": _people(
        EN.contact_id,
        lambda a, s, e: [
            EN.deleted_at.is_(None),
            EN.status == "completed",
            _in(EN.status_date, s, e),
            COURSE.activity_id == a,
        ],
        join=(COURSE, (COURSE.id == EN.course_id) & COURSE.deleted_at.is_(None)),
    ),
    "placements_started": _people(
        P.contact_id,
        lambda a, s, e: [P.deleted_at.is_(None), _in(P.start_date, s, e), P.activity_id == a],
    ),
    "mentored": _people(
        MM.contact_id,
        lambda a, s, e: [MM.deleted_at.is_(None), _in(MM.meeting_date, s, e), MM.activity_id == a],
    ),
    "ideas_presented": _records(
        IDEA,
        lambda a, s, e: [
            IDEA.deleted_at.is_(None),
            _in(IDEA.presented_on, s, e),
            IDEA.activity_id == a,
        ],
    ),
    "businesses_started": _records(
        IDEA,
        lambda a, s, e: [
            IDEA.deleted_at.is_(None),
            _in(IDEA.started_on, s, e),
            IDEA.activity_id == a,
        ],
    ),
    "employed_on_leaving": _employed,
    "resources_mapped": _resources(False),
    "resources_reused": _resources(True),
}


def code_key(code: str) -> tuple:
    """ "2.3.10" after "2.3.8": the numbers of an activity code compared as numbers."""
    return (tuple(int(part) for part in re.findall(r"\d+", code)), code)


def targets_against_achieved(session: Session, start: date, end: date) -> list[TargetRow]:
    """Every target whose period meets start..end, with what was achieved in the common part,
    in the order of the activities' codes, then of the indicators' list."""
    statement = (
        select(A.id, A.code, A.title, A.period_start, A.period_end, T.indicator, T.target,
               T.period_start, T.period_end)
        .join(T, T.activity_id == A.id)
        .where(A.deleted_at.is_(None), T.deleted_at.is_(None))
        .order_by(A.code, T.indicator, T.id)
    )  # fmt: skip
    rows = []
    for activity, code, title, a_start, a_end, indicator, target, t_start, t_end in session.execute(
        statement
    ):
        first = max(start, t_start or a_start or start)
        last = min(end, t_end or a_end or end)
        counter = COUNTERS.get(indicator)
        if first > last or counter is None:
            continue
        achieved = int(session.scalar(counter(activity, first, last)) or 0)
        rows.append(TargetRow(code, title, indicator, int(target or 0), achieved, first, last))
    order = {code: n for n, code in enumerate(TARGET_INDICATOR.codes())}
    return sorted(rows, key=lambda row: (code_key(row.activity_code), order.get(row.indicator)))
