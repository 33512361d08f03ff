"""A search's first look at the index keeps what it found (issue 15, "instant at a million").

Fewer than search_index.MANY matches: the first look keeps their ids, the page reads those
(json_each) instead of asking the FTS5 index a second time, and their number is the list's
count, which the list then need not read (list_queries.first_page). At 1M contacts 'rossi'
(14,238 matches) asked the index three times: the first look, the page, the count. Without
statistics the plan does not depend on the file's size: a small demo shows a large file's."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from socialneet_desktop.services import list_queries, search_index
from socialneet_desktop.services.demo import fill_demo
from socialneet_desktop.services.list_specs import ListQuery
from socialneet_desktop.services.record_kinds import kind_by_key


def plan(session, statement) -> list[str]:
    sql = list_queries.compiled(session, statement)
    return [row[3] for row in session.execute(text("EXPLAIN QUERY PLAN " + sql))]


@pytest.fixture
def demo(database):
    fill_demo(database, contacts=60, seed=3)
    return database


@pytest.mark.parametrize(("kind_key", "search"), [("contacts", "ro"), ("visits", "ro ma")])
def test_a_page_of_few_matches_reads_the_ids_the_first_look_found(demo, kind_key, search):
    kind = kind_by_key(kind_key)
    table, index = kind.model.__tablename__, f"{kind.model.__tablename__}_search"
    with demo.read_session() as session:
        found = list_queries.search_plan(session, kind, ListQuery(search))
        assert found.how == "ids" and found.ids is not None
        page = list_queries.page_select(session, kind_key, ListQuery(search), 0, 200, plan=found)
        steps = plan(session, page)
    assert any("json_each" in step for step in steps), steps
    assert not any(index in step for step in steps), steps  # the index is asked once
    assert all("INTEGER PRIMARY KEY" in s for s in steps if f" {table} " in f"{s} "), steps


@pytest.mark.parametrize(
    ("kind_key", "search"),
    [
        ("contacts", "ro"),
        ("contacts", "rossì MA"),
        ("contacts", "zzzz"),
        ("visits", "ro ma"),
        ("visits", "colloquio"),
        ("enrolments", "ro"),  # looked up through other kinds' indexes: counted apart
    ],
)
def test_the_first_page_and_its_count_are_the_lists(demo, kind_key, search):
    """The same rows, in the same order, as the matches read from the index by the page, and
    the count the list would have counted."""
    query = ListQuery(search)
    with demo.read_session() as session:
        first = list_queries.first_page(session, kind_key, query)
        again = list_queries.fetch_page(
            session, kind_key, query, 0, plan=search_index.SearchPlan("ids")
        )
        counted = list_queries.count_rows(session, kind_key, query)
    assert first.rows == again
    assert first.count in (None, counted)
    if kind_key != "enrolments":
        assert first.count == counted


def test_many_matches_are_counted_by_the_list(demo, monkeypatch):
    """MANY matches or more: the first look stopped counting, the list counts."""
    monkeypatch.setattr(search_index, "MANY", 2)
    with demo.read_session() as session:
        first = list_queries.first_page(session, "contacts", ListQuery("a"))
    assert first.count is None and first.rows


def test_a_filter_leaves_the_count_to_the_list(demo):
    with demo.read_session() as session:
        query = ListQuery("ro", filters={"gender": "F"})
        first = list_queries.first_page(session, "contacts", query)
        assert first.count is None
        assert first.rows == list_queries.fetch_page(session, "contacts", query, 0)
