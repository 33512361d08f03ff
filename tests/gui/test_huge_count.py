"""Issue 15, a search matching a large share of the rows: the list's first count stops at a
cap (FTS5 takes half a second to count 1.2 million matches of one word), says "more than" the
cap, and the exact count follows; a count within the cap is exact at once. The counts are
compared with the records counted apart, never with a time.

A search's first look at the index counts fewer than search_index.MANY matches exactly, and
the list shows that count with its rows (list_queries.first_page): the tests of the cap lower
MANY, so the list counts by itself as it does for a word in very many rows."""

from __future__ import annotations

from socialneet_desktop.db.models import NeetContact
from socialneet_desktop.services import list_queries, search_index
from socialneet_desktop.services.list_specs import ListQuery
from socialneet_desktop.services.record_kinds import kind_by_key
from socialneet_desktop.services.records import create_record
from socialneet_desktop.ui.models.record_table_model import RecordTableModel

ROSSI, BIANCHI = 23, 4


def _contacts(database) -> None:
    with database.session() as session:
        for number in range(ROSSI):
            create_record(session, NeetContact, {"last_name": f"Rossi {number}"}, user="t")
        for number in range(BIANCHI):
            create_record(session, NeetContact, {"last_name": f"Bianchì {number}"}, user="t")


def _counted_by_hand(database, word: str) -> int:
    with database.read_session() as session:
        names = session.query(NeetContact.last_name).filter(NeetContact.deleted_at.is_(None))
        return sum(word in (name or "").lower() for (name,) in names)


def _model(qtbot, database, cap: int, search: str):
    model = RecordTableModel(kind_by_key("contacts"), database)
    model.count_cap = cap
    estimates, counts = [], []
    model.count_estimated.connect(estimates.append)
    model.count_read.connect(counts.append)
    model.set_query(ListQuery(search=search))
    qtbot.waitUntil(lambda: bool(counts), timeout=10_000)
    qtbot.waitUntil(lambda: not model.loader.busy(), timeout=10_000)
    return estimates, counts


def test_more_matches_than_the_cap_say_more_than_then_the_exact_count(qtbot, database, monkeypatch):
    monkeypatch.setattr(search_index, "MANY", 5)
    _contacts(database)
    exact = _counted_by_hand(database, "rossi")
    assert exact == ROSSI
    estimates, counts = _model(qtbot, database, cap=10, search="rossi")
    assert estimates == [10], "more than 10 match: 'more than 10' first"
    assert counts == [exact], "then the exact count, once"


def test_a_count_within_the_cap_is_exact_at_once(qtbot, database):
    _contacts(database)
    estimates, counts = _model(qtbot, database, cap=10, search="bianchi")  # accent folded
    assert estimates == [], "no estimate: the first count was the whole count"
    assert counts == [_counted_by_hand(database, "bianch")] == [BIANCHI]


def test_the_capped_count_is_the_count_or_one_more_than_the_cap(database):
    """Through the search index (words only) and through the list's own WHERE (no search)."""
    _contacts(database)
    with database.read_session() as session:
        for search, exact in (("rossi", ROSSI), ("", ROSSI + BIANCHI)):
            query = ListQuery(search=search)
            assert list_queries.count_rows(session, "contacts", query) == exact
            for cap in (1, 5, exact - 1, exact, exact + 5):
                counted = list_queries.count_rows(session, "contacts", query, cap)
                assert counted == min(exact, cap + 1), (search, cap)


def test_the_list_says_more_than_until_the_exact_count_is_read(qtbot, database, monkeypatch):
    from socialneet_desktop.ui.views.record_list import RecordListPage

    monkeypatch.setattr(search_index, "MANY", 5)
    _contacts(database)
    view = RecordListPage(kind_by_key("contacts"), database)
    qtbot.addWidget(view)
    view.model.count_cap = 10
    shown = []
    view.model.count_estimated.connect(lambda _cap: shown.append(view.count_label.text()))
    view.search.setText("rossi")
    view.apply_search()
    qtbot.waitUntil(lambda: view.total is not None, timeout=10_000)
    assert shown == ["more than 10 records"]
    assert view.count_label.text().startswith(f"{ROSSI} records")


def test_the_count_the_first_look_found_comes_with_the_rows(qtbot, database, monkeypatch):
    """Fewer than MANY matches in the list's own index: their number is the count, exact even
    over the cap, and the list does not count again."""
    _contacts(database)
    counted = []
    monkeypatch.setattr(list_queries, "count_rows", lambda *args, **kw: counted.append(args))
    estimates, counts = _model(qtbot, database, cap=10, search="rossi")
    assert (estimates, counts) == ([], [ROSSI])
    assert not counted


def test_a_filtered_list_counts_its_rows_itself(qtbot, database):
    """A filter the index knows nothing of: the first look's count is not the list's."""
    _contacts(database)
    model = RecordTableModel(kind_by_key("contacts"), database)
    counts = []
    model.count_read.connect(counts.append)
    model.set_query(ListQuery(search="rossi", ids=(1, 2, 3)))
    qtbot.waitUntil(lambda: bool(counts), timeout=10_000)
    qtbot.waitUntil(lambda: not model.loader.busy(), timeout=10_000)
    assert counts == [3] == [model.rowCount()]
