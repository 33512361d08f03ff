"""The people seen per month of the home page (one count a month through migration 0012's
index) against a plain count of the same visits in Python, on a small demo."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from socialneet_desktop.db import models
from socialneet_desktop.services.demo import fill_demo
from socialneet_desktop.services.home_figures import MONTHS_CHARTED, people_reached


def plain_count(session, today: date) -> dict[tuple[int, int], int]:
    visit = models.MeetingPointVisit
    seen: dict[tuple[int, int], set[int]] = {}
    rows = session.execute(select(visit.visit_date, visit.contact_id, visit.deleted_at))
    for day, contact, deleted in rows:
        if deleted is None:
            seen.setdefault((day.year, day.month), set()).add(contact)
    return {month: len(people) for month, people in seen.items()}


def test_people_reached_match_a_plain_count(database):
    today = date.today()
    fill_demo(database, contacts=60, today=today)
    with database.session() as session:  # one visit in the recycle bin does not count
        visit = session.scalars(select(models.MeetingPointVisit).limit(1)).one()
        visit.deleted_at = visit.created_at
    with database.read_session() as session:
        reached = people_reached(session, today)
        expected = plain_count(session, today)
    assert len(reached) == MONTHS_CHARTED and reached[-1][0] == today.replace(day=1)
    assert [count for _month, count in reached] == [
        expected.get((month.year, month.month), 0) for month, _count in reached
    ]
    assert sum(count for _month, count in reached) > 0
