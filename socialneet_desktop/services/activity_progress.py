"""How far each target of one activity has got: the activity editor's progress bars.

The counting is services/targets' (its COUNTERS, one per indicator, over the part of the
target's period up to today); this module only picks one activity's targets and clips their
periods the way targets_against_achieved does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from socialneet_desktop.db.models_path import ActivityTarget, ProjectActivity
from socialneet_desktop.domain.vocabularies import TARGET_INDICATOR
from socialneet_desktop.services import targets

EVER = date(1900, 1, 1)  # a target and an activity without a period: every record counts


@dataclass(frozen=True)
class Progress:
    target_id: int
    indicator: str
    target: int
    achieved: int
    start: date | None  # the target's own period (or the activity's), as recorded
    end: date | None

    @property
    def percent(self) -> int:
        """Achieved as a whole percentage of the target (0 for a target of 0)."""
        return round(100 * self.achieved / self.target) if self.target > 0 else 0


def achieved(
    session: Session,
    activity_id: int | None,
    indicator: str,
    period: tuple[date | None, date | None],
    today: date,
) -> int:
    """What the records say was achieved for `indicator` of the activity over `period`
    (either end open), up to `today`; 0 for an indicator without a count."""
    counter = targets.COUNTERS.get(indicator)
    first, last = period[0] or EVER, min(period[1] or today, today)
    if counter is None or activity_id is None or first > last:
        return 0
    return int(session.scalar(counter(activity_id, first, last)) or 0)


def activity_progress(session: Session, activity_id: int, today: date) -> list[Progress]:
    """The activity's targets not in the recycle bin, in the order of the indicators' list."""
    activity = session.get(ProjectActivity, activity_id)
    if activity is None:
        return []
    statement = select(ActivityTarget).where(
        ActivityTarget.activity_id == activity_id, ActivityTarget.deleted_at.is_(None)
    )
    order = {code: n for n, code in enumerate(TARGET_INDICATOR.codes())}
    rows = []
    for target in session.scalars(statement.order_by(ActivityTarget.id)):
        start = target.period_start or activity.period_start
        end = target.period_end or activity.period_end
        count = achieved(session, activity_id, target.indicator, (start, end), today)
        rows.append(Progress(target.id, target.indicator, target.target or 0, count, start, end))
    return sorted(rows, key=lambda row: order.get(row.indicator, len(order)))


def target_period(
    session: Session, activity_id: int | None, start: date | None, end: date | None
) -> tuple[date | None, date | None]:
    """A target's period, its open ends taken from the activity's period."""
    activity = session.get(ProjectActivity, activity_id) if activity_id else None
    if activity is not None:
        start, end = start or activity.period_start, end or activity.period_end
    return start, end
