"""Issue 15, the close: a read still running is interrupted, not waited for, through the one
mechanism of ui.workers (SQLite's interrupt, PostgreSQL's cancel), for a Worker's job and a
list's read alike; the home page's close stops its figures mid-read on a 100,000-contact copy
and the window's close leaves the file closed cleanly. Statements that would never end by
themselves (a recursive count of 10^12, a sleep of an hour) prove the interruption: nothing
here measures a time."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from socialneet_desktop import app as app_module
from socialneet_desktop.app import Application
from socialneet_desktop.db import exit_backup
from socialneet_desktop.db.database import open_database
from socialneet_desktop.ui.home_page import HomePage
from socialneet_desktop.ui.list_loader import ListLoader
from socialneet_desktop.ui.workers import (
    Worker,
    reads_running,
    start_worker,
    stop_every_read,
    wait_stopped,
)

ENDLESS = {
    "sqlite": "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
    "WHERE i < 1000000000000) SELECT count(*) FROM n",
    "postgresql": "SELECT pg_sleep(3600)",
}
BENCH_100K = Path("/work/bench/demo-100k.sqlite")


def _endless(database) -> str:
    return ENDLESS[database.engine.dialect.name]


def test_a_workers_endless_read_is_interrupted_at_the_close(qtbot, engine_database):
    statement = _endless(engine_database)

    def job(_report, _cancelled):
        with engine_database.read_session() as session:
            return session.execute(text(statement)).scalar()

    worker = Worker(job)
    thread = start_worker(worker)
    qtbot.waitUntil(worker.reads.holding, timeout=20_000)
    stop_every_read()
    wait_stopped(thread)  # returns only once the statement stopped
    assert worker.outcome == "cancelled"
    assert reads_running() == 0
    with engine_database.read_session() as session:  # the connection is usable again
        assert session.execute(text("SELECT 1")).scalar() == 1


def test_a_lists_endless_read_is_interrupted_by_the_same_mechanism(qtbot, engine_database):
    statement = _endless(engine_database)
    loader = ListLoader()
    failures, results = [], []
    loader.failed.connect(failures.append)
    loader.read(engine_database, lambda s: s.execute(text(statement)).scalar(), results.append)
    qtbot.waitUntil(lambda: reads_running() == 1, timeout=20_000)
    stop_every_read()
    assert loader.wait(60_000), "the list's read did not stop"
    qtbot.waitUntil(lambda: not loader.busy(), timeout=10_000)
    assert results == [] and failures == []  # stopped by the close: nothing to tell


def test_a_writing_session_is_never_interrupted(qtbot, database):
    """An import in its transaction ends or rolls back by itself: the close never cuts it."""
    from socialneet_desktop.db.models import NeetContact
    from socialneet_desktop.services.records import create_record

    started = []

    def job(_report, _cancelled):
        with database.session() as session:
            started.append(True)
            stop_every_read()  # the window closes during the write
            create_record(session, NeetContact, {"last_name": "Scritto"}, user="t")
        return "written"

    worker = Worker(job)
    wait_stopped(start_worker(worker))
    assert started and worker.outcome == "cancelled"  # the job was asked to stop...
    with database.read_session() as session:  # ...and its write, already under way, went in
        names = session.execute(text("SELECT last_name FROM neet_contacts")).scalars().all()
    assert names == ["Scritto"]


@pytest.fixture(scope="module")
def copy_100k(tmp_path_factory) -> Path:
    if not BENCH_100K.exists():
        pytest.skip(f"{BENCH_100K} is not here: the shared 100,000-contact demo database")
    folder = tmp_path_factory.mktemp("close100k")
    path = folder / "demo-100k.sqlite"
    shutil.copyfile(BENCH_100K, path)
    open_database(path).close()  # brought to this version's schema once
    return path


def test_the_home_pages_close_stops_its_figures_mid_read(qtbot, copy_100k):
    database = open_database(copy_100k)
    try:
        page = HomePage()
        qtbot.addWidget(page)
        page.set_database(database)
        qtbot.waitUntil(lambda: "figures" in page._threads, timeout=30_000)  # after the lists
        worker, thread = page._workers["figures"], page._threads["figures"]
        qtbot.waitUntil(worker.reads.holding, timeout=30_000)
        page.close_down()
        assert thread.isFinished(), "the close returned with the figures still being read"
        assert worker.outcome == "cancelled", "the figures were read to the end, not stopped"
    finally:
        database.close()


def test_the_windows_close_during_the_reads_leaves_the_file_closed_cleanly(
    qtbot, copy_100k, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda *a: None)
    path = tmp_path / "ufficio.sqlite"
    shutil.copyfile(copy_100k, path)
    application = Application()
    qtbot.addWidget(application.window)
    application.open_first(path)
    home = application.window.home
    qtbot.waitUntil(lambda: "figures" in home._workers, timeout=30_000)
    qtbot.waitUntil(home._workers["figures"].reads.holding, timeout=30_000)
    application.window.close()
    assert home._workers["figures"].outcome == "cancelled"
    app_module.close(application)
    assert reads_running() == 0
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0, "the WAL was not checkpointed"
    assert not path.with_name(path.name + ".in-use").exists()
    for process in exit_backup.LAST_HANDED:  # the exit backup, handed over (285 MB)
        assert process.wait(timeout=600) == 0
    exit_backup.LAST_HANDED.clear()
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    finally:
        connection.close()
