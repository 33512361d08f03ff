"""The list loader: reads in a worker, a newer query interrupting and beating an older one."""

from __future__ import annotations

import threading
import time

from sqlalchemy import text

from socialneet_desktop.services.demo import fill_demo
from socialneet_desktop.ui.list_loader import ListLoader


def slow_read(calls: list[int], started: threading.Event):
    """A read that sleeps 20 ms per contact (a function of its own connection): it would take
    seconds over 200 contacts unless it is interrupted."""

    def sleepy(value):
        calls.append(value)
        started.set()
        time.sleep(0.02)
        return value

    def work(session):
        raw = session.connection().connection.driver_connection
        raw.create_function("sleepy", 1, sleepy)
        return session.execute(text("SELECT max(sleepy(id)) FROM neet_contacts")).scalar()

    return work


def test_a_newer_read_wins_and_the_older_one_is_interrupted(qtbot, database):
    fill_demo(database, contacts=200, seed=1)
    loader = ListLoader()
    shown, calls, started = [], [], threading.Event()
    loader.read(database, slow_read(calls, started), lambda result: shown.append(("old", result)))
    assert started.wait(5), "the slow read did not start"
    loader.new_generation()  # a keystroke
    loader.read(database, lambda s: s.scalar(text("SELECT 42")), lambda r: shown.append(("new", r)))
    qtbot.waitUntil(lambda: not loader.busy(), timeout=10000)
    assert shown == [("new", 42)]
    assert len(calls) < 100, "the older read ran on instead of being interrupted"
    assert loader.wait(5000)


def test_an_older_result_arriving_after_a_newer_one_is_dropped(qtbot, database):
    """Not interruptible (sleeping in Python before its statement): it still ends later, and
    what it brings is dropped."""
    loader = ListLoader()
    shown, release = [], threading.Event()

    def stubborn(session):
        release.wait(5)
        return "old"

    loader.read(database, stubborn, shown.append)
    loader.new_generation()
    loader.read(database, lambda session: "new", shown.append)
    qtbot.waitUntil(lambda: shown == ["new"], timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: not loader.busy(), timeout=5000)
    assert shown == ["new"]


def test_a_failure_of_the_newest_read_is_told(qtbot, database):
    loader = ListLoader()
    with qtbot.waitSignal(loader.failed, timeout=5000) as blocker:
        loader.read(database, lambda s: s.execute(text("SELECT * FROM nowhere")), print)
    assert "nowhere" in str(blocker.args[0])


def test_the_list_page_reads_its_rows_and_count_off_the_gui_thread(qtbot, database, monkeypatch):
    from socialneet_desktop.services import list_queries
    from socialneet_desktop.services.record_kinds import kind_by_key
    from socialneet_desktop.ui.views.record_list import RecordListPage

    fill_demo(database, contacts=20, seed=1)
    threads = []
    for name in ("fetch_page", "count_rows"):
        original = getattr(list_queries, name)

        def recorded(*args, _original=original, _name=name, **kwargs):
            threads.append((_name, threading.current_thread() is threading.main_thread()))
            return _original(*args, **kwargs)

        monkeypatch.setattr(list_queries, name, recorded)
    page = RecordListPage(kind_by_key("contacts"), database)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.count_label.text() == "20 records", timeout=5000)
    assert page.model.rowCount() == 20
    assert ("fetch_page", False) in threads and ("count_rows", False) in threads
    assert not [name for name, in_gui_thread in threads if in_gui_thread]
