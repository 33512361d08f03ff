"""The plans SQLite picks for a contact's visits (migration 0013).

Our files carry no statistics, so SQLite picks an index by its shape alone: the month index
of 0012 (deleted_at, visit_date, contact_id) covers what a contact's visit count and last
visit need, and was preferred to the contact's index, reading every live visit for each row
of a contacts page (seconds a page at 100,000 contacts). The plan does not depend on the
file's size without statistics, so a small demo shows the one of a large file."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from socialneet_desktop.db import models
from socialneet_desktop.services import list_queries
from socialneet_desktop.services.demo import fill_demo
from socialneet_desktop.services.record_kinds import kind_by_key


def plan(session, statement) -> list[str]:
    sql = list_queries.compiled(session, statement)
    return [row[3] for row in session.execute(text("EXPLAIN QUERY PLAN " + sql))]


def test_a_contacts_page_reads_each_contacts_visits_by_the_contact(database):
    fill_demo(database, contacts=30)
    kind = kind_by_key("contacts")
    keys = [column.key for column in (*kind.columns, *kind.optional_columns)]
    deferred = kind.per_row_keys(keys)
    assert {"visit_count", "last_visit"} <= set(deferred)
    with database.read_session() as session:
        ids = list(session.scalars(select(models.NeetContact.id).limit(10)))
        for key in ("visit_count", "last_visit"):
            steps = plan(session, list_queries.per_row_select(kind, ids, (key,)))
            visits = [step for step in steps if "meeting_point_visits" in step]
            assert visits and all("(contact_id=?" in step for step in visits), (key, steps)


def test_the_visit_count_shown_is_the_contacts_live_visits(database):
    fill_demo(database, contacts=30)
    kind = kind_by_key("contacts")
    visit = models.MeetingPointVisit
    with database.session() as session:  # one visit in the recycle bin does not count
        binned = session.scalars(select(visit).limit(1)).one()
        binned.deleted_at = binned.created_at
        contact_id = binned.contact_id
    with database.read_session() as session:
        live = session.scalars(
            select(visit.visit_date).where(
                visit.contact_id == contact_id, visit.deleted_at.is_(None)
            )
        ).all()
        row = session.execute(
            list_queries.per_row_select(kind, [contact_id], ("visit_count", "last_visit"))
        ).one()
    assert row == (contact_id, len(live), max(live) if live else None)


def test_a_page_reads_the_visits_only_when_the_list_shows_them(database):
    fill_demo(database, contacts=30)
    kind = kind_by_key("contacts")
    keys = [column.key for column in (*kind.columns, *kind.optional_columns)]
    place = keys.index("visit_count")
    unread = kind.unread_keys(keys, [column.key for column in kind.columns])
    assert "visit_count" in unread and "last_visit" in unread
    query = list_queries.ListQuery()
    with database.read_session() as session:
        hidden = list_queries.fetch_page(session, "contacts", query, 0, keys=keys, unread=unread)
        shown = list_queries.fetch_page(session, "contacts", query, 0, keys=keys)
    assert [row[place] for row in hidden] == [None] * len(hidden)
    assert sum(row[place] for row in shown) > 0
    kept = [number for number, key in enumerate(keys) if key not in unread]
    assert [[row[n] for n in kept] for row in hidden] == [[row[n] for n in kept] for row in shown]


@pytest.mark.parametrize("kind_key", ["visits", "contacts"])
def test_a_search_read_by_id_looks_its_matches_up_by_the_primary_key(database, kind_key):
    """Not by an index starting with deleted_at: the visits list walked 0012's month index in
    date order and read every live visit for a word found nowhere (0.6 s at 1M)."""
    fill_demo(database, contacts=30)
    kind = kind_by_key(kind_key)
    table = kind.model.__tablename__
    with database.read_session() as session:
        query = list_queries.ListQuery("terni")
        statement = list_queries.rows_select(kind_key, query, how="ids").limit(200)
        steps = [step for step in plan(session, statement) if f" {table} " in f"{step} "]
    assert steps and all("INTEGER PRIMARY KEY" in step for step in steps), steps
