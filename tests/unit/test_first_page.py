"""Issue 15, start-up: a list's first page read by plain sqlite3 (db.first_page) gives exactly
the rows the list's SQLAlchemy query gives (services.list_queries.fetch_page), for every
listed kind, on demo data with a record in the recycle bin, the personal columns and every
optional column (the ones computed per row, a contact's age, too), in the default sort and
in another one, and on another day (the age moves with it). A plan is refused, never
wrong: a file at another revision, a damaged file, an encrypted one give None."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from socialneet_desktop.db import first_page
from socialneet_desktop.db.first_page import Plan
from socialneet_desktop.services.demo import fill_demo
from socialneet_desktop.services.first_page_plan import make_plan
from socialneet_desktop.services.list_queries import fetch_page
from socialneet_desktop.services.list_specs import ListQuery
from socialneet_desktop.services.record_kinds import RECORD_KINDS

LISTED = [kind for kind in RECORD_KINDS if kind.listed]


def _keys(kind) -> list[str]:
    return [column.key for column in (*kind.columns, *kind.optional_columns)]


@pytest.fixture
def demo(database):
    fill_demo(database, contacts=40, seed=5)
    with database.session() as session:  # each kind's first record in the recycle bin
        for kind in LISTED:
            row = fetch_page(session, kind.key, ListQuery(*_sorted(kind)), 0, 1, _keys(kind))
            if row:
                keys = _keys(kind)
                deleted = kind.model.__table__.update().where(kind.model.id == row[0][len(keys)])
                session.execute(deleted.values(deleted_at=datetime(2026, 1, 2, 3, 4, 5)))
    return database


def _sorted(kind) -> tuple:
    return ("", {}, kind.default_sort[0], kind.default_sort[1])


def _expected(database, kind, sort_key, descending, today=None):
    query = ListQuery("", {}, sort_key, descending)
    with database.read_session() as session:
        if today is None:
            return fetch_page(session, kind.key, query, 0, keys=_keys(kind))
        from socialneet_desktop.services import list_columns

        real = list_columns.SQL_COLUMNS["contact_age"]
        list_columns.SQL_COLUMNS["contact_age"] = lambda _day: real(today)
        try:
            return fetch_page(session, kind.key, query, 0, keys=_keys(kind))
        finally:
            list_columns.SQL_COLUMNS["contact_age"] = real


@pytest.mark.parametrize("kind", LISTED, ids=[kind.key for kind in LISTED])
def test_the_first_page_by_plan_is_the_lists_first_page(demo, kind):
    sort_key, descending = kind.default_sort
    plan = Plan.from_json(make_plan(kind.key, _keys(kind), sort_key, descending).to_json())
    rows = first_page.read_first_page(demo.path, plan)
    expected = _expected(demo, kind, sort_key, descending)
    assert rows == expected
    assert [type(value) for row in rows for value in row] == [
        type(value) for row in expected for value in row
    ]
    with demo.read_session() as session:  # the recycle bin's record is really left out
        binned = kind.model.id.in_([row[len(_keys(kind))] for row in rows])
        deleted = session.query(kind.model).filter(kind.model.deleted_at.is_not(None))
        assert deleted.count() == (1 if expected else 0)
        assert deleted.filter(binned).count() == 0


def test_contacts_with_their_personal_and_computed_columns_in_another_sort_and_day(demo):
    kind = next(kind for kind in LISTED if kind.key == "contacts")
    plan = make_plan(kind.key, _keys(kind), "birth_date", True)
    day = date(2031, 6, 15)
    rows = first_page.read_first_page(demo.path, plan, today=day)
    assert rows == _expected(demo, kind, "birth_date", True, today=day)
    assert rows != first_page.read_first_page(demo.path, plan)  # the ages moved
    personal = [column.key for column in kind.columns if column.personal]
    places = [_keys(kind).index(key) for key in personal]
    assert any(row[place] for row in rows for place in places)
    assert len(rows) == 39  # 40 contacts, one in the recycle bin


def test_plans_are_kept_for_this_code_only(demo, tmp_path):
    kind = LISTED[0]
    plan = make_plan(kind.key, _keys(kind), *kind.default_sort)
    kept = tmp_path / "first-pages.json"
    first_page.save_plan(plan, kept)
    assert first_page.load_plans(kept) == {plan.key: Plan.from_json(plan.to_json())}
    data = json.loads(kept.read_text())
    assert data["code"] == first_page.code_fingerprint()
    kept.write_text(json.dumps({**data, "code": "other code"}))
    assert first_page.load_plans(kept) == {}


def test_no_rows_from_a_plan_of_another_revision_or_a_file_it_cannot_read(demo, tmp_path):
    kind = LISTED[0]
    plan = make_plan(kind.key, _keys(kind), *kind.default_sort)
    older = make_plan(kind.key, _keys(kind), *kind.default_sort, revision="0001")
    assert first_page.read_first_page(demo.path, older) is None
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x07" * 8192)
    assert first_page.read_first_page(damaged, plan) is None
    encrypted = tmp_path / "encrypted.sqlite"
    encrypted.write_bytes(b"\x93" * 8192)
    assert first_page.read_first_page(encrypted, plan) is None
    assert first_page.read_first_page(tmp_path / "missing.sqlite", plan) is None
