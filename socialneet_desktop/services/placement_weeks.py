"""The weekly hours log of a placement: one line a week, Monday to Sunday, from the week of
its start to the week of its end (to this week while it has no end), the hours of each as
typed, and their total. What is typed is kept week by week in PlacementHours rows; a week
that has a row but fell out of the placement's dates (the dates were changed) is still shown,
so no typed hours are lost without the user seeing them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from socialneet_desktop.db.models_path import Placement, PlacementHours
from socialneet_desktop.domain.validation import format_italian_date
from socialneet_desktop.services.records import (
    create_record,
    delete_record,
    restore_record,
    update_record,
)

MAX_WEEKS = 5 * 53  # five years: a longer placement is shown from its last weeks


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def weeks_between(start: date | None, end: date | None, today: date) -> list[date]:
    """The Mondays of the weeks from `start`'s to `end`'s (to `today`'s without an end; none
    without a start); at most MAX_WEEKS, the latest."""
    if start is None:
        return []
    last = monday(end if end is not None else max(today, start))
    first = monday(start)
    count = (last - first).days // 7 + 1
    weeks = [first + timedelta(weeks=n) for n in range(max(count, 0))]
    return weeks[-MAX_WEEKS:]


@dataclass
class WeekLine:
    """One line of the log: the week's Monday, the hours typed (None: nothing typed), notes,
    and the saved row it comes from (id and version) if any."""

    week_start: date
    hours: float | None = None
    notes: str = ""
    record_id: int | None = None
    version: int = 0
    in_period: bool = True
    binned: bool = False  # its saved row is in the recycle bin (its hours were cleared)

    @property
    def week_end(self) -> date:
        return self.week_start + timedelta(days=6)


def saved_hours(session: Session, placement_id: int) -> list[PlacementHours]:
    """The placement's rows, those in the recycle bin too (a week is one row, ever)."""
    query = (
        select(PlacementHours)
        .where(PlacementHours.placement_id == placement_id)
        .order_by(PlacementHours.week_start)
    )
    return list(session.scalars(query))


def log_lines(
    saved: list[PlacementHours], start: date | None, end: date | None, today: date
) -> list[WeekLine]:
    """The weeks of the period with what was saved for each, and the saved weeks outside it."""
    weeks = weeks_between(start, end, today)
    by_week = {row.week_start: row for row in saved}
    lines = {week: WeekLine(week) for week in weeks}
    for week, row in by_week.items():
        binned = row.deleted_at is not None
        if binned and week not in lines:
            continue
        hours, notes = (None, "") if binned else (row.hours, row.notes or "")
        lines[week] = WeekLine(week, hours, notes, row.id, row.version, week in lines, binned)
    return [lines[week] for week in sorted(lines)]


def total_hours(lines: list[WeekLine]) -> float:
    return sum(line.hours for line in lines if line.hours is not None)


def hours_text(hours: float | None) -> str:
    """7.5 -> "7,5", 8.0 -> "8", None -> "" (Italian decimal comma)."""
    if hours is None:
        return ""
    return f"{hours:.2f}".rstrip("0").rstrip(".").replace(".", ",")


def save_lines(session: Session, placement_id: int, lines: list[WeekLine], user: str) -> None:
    """Write the log in the caller's session: a week with hours typed is created, updated or
    taken back out of the recycle bin; a saved week whose hours were cleared goes to the bin.
    The lines learn their rows' ids and versions (keep a copy if the session may fail)."""
    for line in lines:
        record = _save_line(session, placement_id, line, user)
        if record is not None:
            line.record_id, line.version = record.id, record.version
            line.binned = record.deleted_at is not None


def _save_line(session: Session, placement_id: int, line: WeekLine, user: str):
    values = {"placement_id": placement_id, "week_start": line.week_start, "notes": line.notes}
    if line.hours is None:
        if line.record_id is None or line.binned:
            return None
        return delete_record(session, PlacementHours, line.record_id, line.version, user=user)
    values["hours"] = line.hours
    if line.record_id is None:
        return create_record(session, PlacementHours, values, user=user)
    version = line.version
    if line.binned:
        version = restore_record(session, PlacementHours, line.record_id, user=user).version
    return update_record(session, PlacementHours, line.record_id, version, values, user=user)


def placement_log(session: Session, placement: Placement, today: date) -> list[WeekLine]:
    """The log of a saved placement, as its timesheet prints it."""
    saved = saved_hours(session, placement.id)
    return log_lines(saved, placement.start_date, placement.end_date, today)


@dataclass(frozen=True)
class Sheet:
    """What a timesheet prints: the person's name, the placement's fields (by key here, as
    (label, value) pairs once printing/timesheet has labelled them), the lines of the log."""

    person: str
    fields: dict[str, str] | list[tuple[str, str]]
    lines: list[WeekLine]


def _name(record) -> str:
    return f"{record.last_name} {record.first_name}".strip() if record is not None else ""


def timesheet_of(session: Session, placement_id: int, today: date) -> Sheet | None:
    """The placement's timesheet data; None when there is none (or it is in the bin)."""
    placement = session.get(Placement, placement_id)
    if placement is None or placement.deleted_at is not None:
        return None
    contact = placement.contact
    fields = {
        "tax_code": (contact.tax_code or "") if contact is not None else "",
        "host": placement.host.name if placement.host is not None else "",
        "tutor": _name(placement.tutor),
        "kind": placement.placement_kind or "",
        "contract": placement.contract or "",
        "start": format_italian_date(placement.start_date) if placement.start_date else "",
        "end": format_italian_date(placement.end_date) if placement.end_date else "",
        "hours_per_week": hours_text(placement.hours_per_week),
    }
    return Sheet(_name(contact), fields, placement_log(session, placement, today))
