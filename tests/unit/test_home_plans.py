"""The home page's short lists read through an index each (its first step: milliseconds).

Without statistics SQLite reads by an index's shape: the follow-ups due were read by
walking every live meeting through an index on deleted_at and sorted (0.4 s at 100,000
meetings) until migration 0014 gave follow_up_date its index. The plan does not depend on
the file's size without statistics, so a small demo shows the one of a large file."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select, text

from socialneet_desktop.db import models
from socialneet_desktop.services import home_figures, list_queries
from socialneet_desktop.services.demo import fill_demo


def test_the_follow_ups_due_are_read_by_their_dates_index(database):
    fill_demo(database, contacts=30)
    statement = home_figures.follow_ups_select(date.today())
    with database.read_session() as session:
        sql = list_queries.compiled(session, statement)
        steps = [row[3] for row in session.execute(text("EXPLAIN QUERY PLAN " + sql))]
    assert any("ix_stakeholder_meetings_follow_up_date" in step for step in steps), steps
    assert not any("TEMP B-TREE" in step for step in steps), steps  # no sort of them all


def test_the_follow_ups_due_are_the_six_earliest_from_a_month_ago(database):
    today = date.today()
    fill_demo(database, contacts=30, today=today)
    meeting = models.StakeholderMeeting
    with database.session() as session:  # one in the recycle bin is not listed
        binned = session.scalars(select(meeting).where(meeting.follow_up_date.is_not(None))).first()
        binned.follow_up_date, binned.deleted_at = today, binned.created_at
    with database.read_session() as session:
        rows = session.execute(select(meeting.id, meeting.follow_up_date, meeting.deleted_at))
        due = sorted(
            (day, record_id)
            for record_id, day, deleted in rows
            if deleted is None and day is not None and day >= today - timedelta(days=31)
        )
        listed = home_figures.read_lists(session, today).follow_ups
    assert listed, "the demo has follow-ups due"
    assert [(row.when, row.record_id) for row in listed] == due[: home_figures.LISTED]
    assert binned.id not in {row.record_id for row in listed}
