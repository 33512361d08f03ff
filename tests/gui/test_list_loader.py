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
