"""A search walking the sort index ("text") is given WALK_SECONDS: when its page is not
found by then (the matches bunched late in the sort) it is stopped and the page read from
all the matches ("in"), with the same rows. An interrupt from another thread (a newer
keystroke) is still an interrupt, and the connection runs unbounded after the walk.

The walk is chosen only where the table is large enough for it to pay (walk_share)."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import event, text
from sqlalchemy.exc import OperationalError

from socialneet_desktop.db import read_budget
from socialneet_desktop.services import search_index
from socialneet_desktop.services.list_queries import ListQuery, fetch_page
from socialneet_desktop.services.record_kinds import kind_by_key
from tests.unit.test_search import people  # noqa: F401 - the fixture

LONG = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :top) "
LONG += "SELECT count(*) FROM n"


def statements_of(database, work) -> list[str]:
    """The SQL statements `work()` runs on the database's engine."""
    seen: list[str] = []

    def note(_conn, _cursor, statement, *_args) -> None:
        seen.append(statement)

    event.listen(database.engine, "before_cursor_execute", note)
    try:
        work()
    finally:
        event.remove(database.engine, "before_cursor_execute", note)
    return seen


def page_ids(database, search: str, how: str) -> list[int]:
    query = ListQuery(search)
    with database.read_session() as session:
        rows = fetch_page(session, "contacts", query, 0, plan=search_index.SearchPlan(how, 0))
    return [row[-2] for row in rows]


def test_a_walk_out_of_time_reads_all_the_matches_with_the_same_rows(
    database,
    people,  # noqa: F811 - the fixture imported above
    monkeypatch,
):
    expected = page_ids(database, "ro", "ids")
    assert len(expected) == 2  # Rossi, De Rosa
    monkeypatch.setattr(search_index, "WALK_SECONDS", 0.0)
    monkeypatch.setattr(read_budget, "EVERY", 1)
    found: list[int] = []
    run = statements_of(database, lambda: found.extend(page_ids(database, "ro", "text")))
    assert found == expected
    pages = [sql for sql in run if "ORDER BY" in sql]
    assert len(pages) == 2, run  # the walk, stopped, then the page from all the matches
    assert "instr(" in pages[0] and "instr(" not in pages[1] and " MATCH " in pages[1]


def test_a_walk_in_time_is_the_only_read(database, people, monkeypatch):  # noqa: F811
    expected = page_ids(database, "ro", "ids")
    monkeypatch.setattr(read_budget, "EVERY", 1)  # the clock looked at all the time
    found: list[int] = []
    run = statements_of(database, lambda: found.extend(page_ids(database, "ro", "text")))
    assert found == expected
    assert [sql for sql in run if "ORDER BY" in sql and " MATCH " in sql] == []


def test_the_budget_ends_with_its_block(database):
    with database.read_session() as session:
        with pytest.raises(read_budget.OverBudget), read_budget.within(session, 0.0):
            session.scalar(text(LONG), {"top": 10_000_000})
        assert session.scalar(text(LONG), {"top": 200_000}) == 200_000  # unbounded again


def test_an_interrupt_from_another_thread_is_not_taken_for_the_budget(database):
    with database.read_session() as session:
        raw = session.connection().connection.driver_connection
        timer = threading.Timer(0.2, raw.interrupt)
        timer.start()
        try:
            with pytest.raises(OperationalError, match="interrupt"):  # noqa: SIM117
                with read_budget.within(session, 600.0):
                    session.scalar(text(LONG), {"top": 10**12})
        finally:
            timer.cancel()


def test_the_walk_is_chosen_only_where_the_table_is_large(database, people, monkeypatch):  # noqa: F811
    assert search_index.walk_share(2_550_000) < search_index.walk_share(1_000_000) < 0.25
    assert search_index.walk_share(40_000) > 1  # a small table: never walked
    monkeypatch.setattr(search_index, "MANY", 2)
    kind = kind_by_key("contacts")
    with database.read_session() as session:
        assert search_index.plan(session, kind, ["ro"]).how == "in"
        monkeypatch.setattr(search_index, "WALK_WEIGHT", 1e-9)  # as if the table were huge
        assert search_index.plan(session, kind, ["ro"]).how == "text"
