"""The figures of the home page, read off the GUI thread in two steps: its short lists first
(a few indexed rows each: milliseconds at any size), then its counts (at a million contacts
they take a second or more), so that the page shows its rows as soon as a list does.

Plain values only, so the page can show them without touching SQLAlchemy objects.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from socialneet_desktop.db import models
from socialneet_desktop.services.follow_ups import FollowUpDue, follow_ups_due
from socialneet_desktop.services.home_lists import (
    LISTED,
    RECENT,
    Checklist,
    HomeLists,
    Upcoming,
    lists_from_rows,
    recent_name,
)
from socialneet_desktop.services.search_index import Unindexed

__all__ = ["LISTED", "Checklist", "HomeLists", "Upcoming"]  # the page's rows, made there

MONTHS_CHARTED = 12


@dataclass(frozen=True)
class HomeCounts:
    """What counts over whole tables: the second step of the reading."""

    # {"contacts" | "visits" | "meetings" | "resources": (this month, project so far)}
    counts: dict[str, tuple[int, int]]
    reached: list[tuple[date, int]] = field(default_factory=list)  # (month, people seen)
    # the young people's follow-ups at 6 and 12 months after leaving (services.follow_ups)
    young_follow_ups: list[Upcoming] = field(default_factory=list)
    young_follow_ups_total: int = 0


@dataclass(frozen=True)
class HomeFigures(HomeCounts):
    """Both steps together (the printed summary, the page once both are read)."""

    appointments: list[Upcoming] = field(default_factory=list)
    follow_ups: list[Upcoming] = field(default_factory=list)
    recent: list[Upcoming] = field(default_factory=list)
    checklist: Checklist = Checklist(False, False, False)

    @classmethod
    def of(cls, lists: HomeLists, counts: HomeCounts) -> HomeFigures:
        return cls(**vars(counts), **vars(lists))


def read_figures(session: Session, today: date | None = None) -> HomeFigures:
    today = today or date.today()
    return HomeFigures.of(read_lists(session, today), read_counts(session, today))


def read_lists(session: Session, today: date | None = None) -> HomeLists:
    statements = list_statements(today or date.today())
    return lists_from_rows({name: session.execute(s).all() for name, s in statements.items()})


def list_statements(today: date) -> dict[str, Select]:
    """The statements of the short lists and the checklist, by the name
    services.home_lists.lists_from_rows knows their rows by; plain columns only, so that
    their kept plans (services.home_plan) read the same rows without SQLAlchemy."""
    statements = {"appointments": _appointments(today), "follow_ups": follow_ups_select(today)}
    for kind_key, _how in RECENT:
        statements[recent_name(kind_key)] = _recent(kind_key)
    settings = models.AppSettings
    statements["association"] = select(
        settings.association_name, settings.association_address
    ).where(settings.id == 1)
    statements["any_staff"] = _any(models.Staff)
    statements["any_contact"] = _any(models.NeetContact)
    return statements


def read_counts(session: Session, today: date | None = None) -> HomeCounts:
    today = today or date.today()
    due = follow_ups_due(session, today)
    return HomeCounts(
        counts=_counts(session, today.replace(day=1)),
        reached=people_reached(session, today),
        young_follow_ups=[_young_follow_up(item, today) for item in due[:LISTED]],
        young_follow_ups_total=len(due),
    )


def _any(cls: type) -> Select:
    return select(cls.id).where(cls.deleted_at.is_(None)).limit(1)


def _counts(session: Session, month_start: date) -> dict[str, tuple[int, int]]:
    dated = {
        "contacts": (models.NeetContact, models.NeetContact.created_at),
        "visits": (models.MeetingPointVisit, models.MeetingPointVisit.visit_date),
        "meetings": (models.StakeholderMeeting, models.StakeholderMeeting.meeting_date),
        "resources": (models.UnusedResource, models.UnusedResource.created_at),
    }
    counts = {}
    for key, (cls, column) in dated.items():
        live = select(func.count()).select_from(cls).where(cls.deleted_at.is_(None))
        start = month_start if column.type.python_type is date else _midnight(month_start)
        month = session.scalar(live.where(column >= start)) or 0
        counts[key] = (month, session.scalar(live) or 0)
    return counts


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)


def _appointments(today: date) -> Select:
    visit, contact = models.MeetingPointVisit, models.NeetContact
    return (
        select(visit.id, visit.next_appointment, contact.first_name, contact.last_name)
        .join(contact, contact.id == visit.contact_id)
        .where(visit.deleted_at.is_(None), contact.deleted_at.is_(None))
        .where(visit.next_appointment >= _midnight(today))
        .order_by(visit.next_appointment)
        .limit(LISTED)
    )


def follow_ups_select(today: date) -> Select:
    """Meetings whose follow-up falls from a month ago onwards (the overdue ones first), read
    in date order by the index of migration 0014 (+deleted_at: not by the index on it)."""
    meeting = models.StakeholderMeeting
    return (
        select(meeting.id, meeting.follow_up_date, meeting.follow_up, meeting.topic)
        .where(Unindexed(meeting.deleted_at).is_(None), meeting.follow_up_date.is_not(None))
        .where(meeting.follow_up_date >= today - timedelta(days=31))
        .order_by(meeting.follow_up_date, meeting.id)  # the same six on ties
        .limit(LISTED)
    )


def _young_follow_up(item: FollowUpDue, today: date) -> Upcoming:
    """A follow-up due opens its person (the Path tab, New outcome there)."""
    late = item.overdue(today)
    return Upcoming(item.due, item.name, "contacts", item.contact_id, item.stage, late)


_RECENT_NAMES = {  # the columns a record changed last is named by (home_lists.RECENT)
    "contacts": (models.NeetContact.last_name, models.NeetContact.first_name),
    "meetings": (models.StakeholderMeeting.topic,),
    "organizations": (models.Organization.name,),
    "resources": (models.UnusedResource.title,),
    "staff": (models.Staff.last_name, models.Staff.first_name),
}


def _recent(kind_key: str) -> Select:
    """The records of a kind changed last, newest first (the index on updated_at, id)."""
    names = _RECENT_NAMES[kind_key]
    cls = names[0].class_
    return (
        select(cls.id, cls.updated_at, *names)
        .where(cls.deleted_at.is_(None))
        .order_by(cls.updated_at.desc(), cls.id.desc())
        .limit(LISTED)
    )


def _month_back(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 - months
    return date(index // 12, index % 12 + 1, 1)


def people_reached(session: Session, today: date) -> list[tuple[date, int]]:
    """Different people seen at the Meeting Point in each of the last twelve months (0 too).

    One count a month over a range of visit_date: read from the index (deleted_at,
    visit_date, contact_id) of migration 0012, where a grouping by year and month read and
    sorted every visit of the year (3.2 s at a million contacts)."""
    visit = models.MeetingPointVisit
    months = [_month_back(today, back) for back in range(MONTHS_CHARTED, -2, -1)][1:]
    counted = []
    for first, after in zip(months, months[1:], strict=False):
        query = select(func.count(func.distinct(visit.contact_id))).where(
            visit.deleted_at.is_(None), visit.visit_date >= first, visit.visit_date < after
        )
        counted.append((first, session.scalar(query) or 0))
    return counted
