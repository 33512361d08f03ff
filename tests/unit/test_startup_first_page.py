"""Issue 15, start-up: the first rows are painted before SQLAlchemy is loaded, and they are the
list's real first page.

A first start on a file (its list read the ordinary way) keeps the plan of that list's first
page (db.first_page); the next start paints those rows before the file is opened: at that
paint neither sqlalchemy.orm nor the models are imported (a subprocess reports its
sys.modules), and the rows it shows are those the list's SQLAlchemy query gives. In the
window, the opening then follows, and the list keeps those rows (no second read) and reads
its count and its next pages from the opened file.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from socialneet_desktop.app import Application
from socialneet_desktop.db import first_page
from socialneet_desktop.db.database import open_database
from socialneet_desktop.services.demo import fill_demo
from socialneet_desktop.services.first_page_plan import keep_plan
from socialneet_desktop.services.list_queries import fetch_page
from socialneet_desktop.services.list_specs import PAGE_SIZE, ListQuery
from socialneet_desktop.ui.first_rows import PLANS_FILE, plans_path
from tests.unit.test_startup_imports import ROOT, child_env

AT_FIRST_ROWS = """
import json, sys
from socialneet_desktop import app

quit_when_painted = app.quit_when_painted


def watched(view):
    watch = quit_when_painted(view)

    def report():
        model = view.model()
        rows = [repr(model._rows[row]) for row in range(model.rowCount())]
        state = {
            "orm": "sqlalchemy.orm" in sys.modules,
            "models": "socialneet_desktop.db.models" in sys.modules,
            "sqlalchemy": "sqlalchemy" in sys.modules,
            "kind": model.kind.key,
            "keys": model.keys,
            "sort": [model.query.sort_key, model.query.descending],
            "rows": rows,
            "opened": model.database is not None,
        }
        print(json.dumps(state), flush=True)

    watch.painted.connect(report)
    return watch


app.quit_when_painted = watched
sys.exit(app.main(sys.argv[1:]))
"""


def _keep_page_plan(page) -> ListQuery:
    """The plan of `page`'s first page kept, as the list keeps it after a read; its query."""
    query, model = page.early_query(), page.model
    keys, unread = model.keys, model.unread_keys()
    keep_plan(plans_path(), page.kind.key, keys, query.sort_key, query.descending, unread)
    return query


def _demo(path: Path, contacts: int = 260) -> Path:
    database = open_database(path)
    try:
        fill_demo(database, contacts=contacts, seed=7)
    finally:
        database.close()
    return path


def _start(tmp_path: Path, path: Path) -> dict:
    arguments = ["--database", str(path), "--quit-after-first-rows"]
    return reported_start(tmp_path, AT_FIRST_ROWS, arguments)


def reported_start(tmp_path: Path, script: str, arguments: list[str], env=None) -> dict:
    """Run `script` (a start that prints its state as JSON after the seconds line) in its own
    process with the settings in `tmp_path`; the state it printed."""
    result = subprocess.run(
        [sys.executable, "-c", script, *arguments],
        capture_output=True,
        text=True,
        env={**child_env(tmp_path), **(env or {})},
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 2, result.stdout + result.stderr
    return json.loads(lines[1])


def _expected(path: Path, state: dict) -> list[str]:
    database = open_database(path)
    try:
        query = ListQuery("", {}, *state["sort"])
        with database.read_session() as session:
            rows = fetch_page(session, state["kind"], query, 0, keys=state["keys"])
    finally:
        database.close()
    return [repr(row) for row in rows]


def test_the_second_start_paints_the_real_first_rows_before_sqlalchemy(tmp_path):
    path = _demo(tmp_path / "ufficio.sqlite")
    first = _start(tmp_path, path)  # the ordinary read, which keeps the plan at the exit
    assert first["opened"] and first["orm"]
    plans = tmp_path / "config" / "SocialNEET" / PLANS_FILE
    assert plans.exists(), "the first start kept no plan of its first page"
    second = _start(tmp_path, path)
    assert not second["orm"], "sqlalchemy.orm was imported before the first rows were painted"
    assert not second["models"], "the models were imported before the first rows"
    assert not second["opened"]  # painted before the opening: the early rows
    assert second["rows"] == _expected(path, second)
    assert len(second["rows"]) == min(PAGE_SIZE, len(second["rows"])) > 0


def test_the_window_keeps_the_early_rows_and_reads_the_rest_from_the_opened_file(qtbot, tmp_path):
    path = _demo(tmp_path / "ufficio.sqlite", contacts=260)
    application = Application()
    window = application.window
    qtbot.addWidget(window)
    window.show_list()
    page = window.current_list()
    query = _keep_page_plan(page)
    assert first_page.load_plans(plans_path())
    window.show()
    resets = []
    try:
        application.open_first(path)
        assert page.model.database is None  # not opened yet: the rows came first
        early = [page.model._rows[row] for row in range(page.model.rowCount())]
        assert early
        page.model.modelReset.connect(lambda: resets.append(True))
        qtbot.waitUntil(lambda: application.database is not None, timeout=60_000)
        qtbot.waitUntil(lambda: page.total is not None, timeout=60_000)
        assert resets == []  # the same rows stayed: no second read, no flicker
        assert page.model.database is application.database
        with application.database.read_session() as session:
            unread = page.model.unread_keys()
            expected = fetch_page(
                session, page.kind.key, query, 0, keys=page.model.keys, unread=unread
            )
        assert early == expected
        with application.database.read_session() as session:
            counted = len(fetch_page(session, page.kind.key, query, 0, 10**6, page.model.keys))
        assert page.total == counted
        if len(early) == PAGE_SIZE:  # scrolling reads the next page from the opened file
            assert page.model.canFetchMore()
            page.model.fetchMore()
            qtbot.waitUntil(lambda: page.model.rowCount() > PAGE_SIZE, timeout=60_000)
    finally:
        application.deferred.stop()
        application.deferred.wait()
        window.wait_for_counts()
        window.home.wait()
        window.close()
        if application.database is not None:
            application.database.close()


def test_rows_read_early_give_way_when_the_opened_file_differs(qtbot, tmp_path):
    """Between the early read and the opening the file changed (a backup put in its place, a
    write from another computer): the list shows the opened file's rows."""
    path = _demo(tmp_path / "ufficio.sqlite", contacts=60)
    application = Application()
    window = application.window
    qtbot.addWidget(window)
    window.show_list()
    page = window.current_list()
    query = _keep_page_plan(page)
    window.show()
    try:
        application.open_first(path)
        early = [page.model._rows[row] for row in range(page.model.rowCount())]
        assert early
        record_id = early[0][len(page.model.keys)]
        table = page.kind.table_name
        connection = sqlite3.connect(path)
        with connection:
            connection.execute(
                f"UPDATE {table} SET deleted_at = '2026-01-02 03:04:05' WHERE id = ?", (record_id,)
            )
        connection.close()
        qtbot.waitUntil(lambda: application.database is not None, timeout=60_000)
        qtbot.waitUntil(
            lambda: page.model.rowCount() > 0 and page.model.record_id(0) != record_id,
            timeout=60_000,
        )
        with application.database.read_session() as session:
            expected = fetch_page(session, page.kind.key, query, 0, keys=page.model.keys)
        qtbot.waitUntil(lambda: page.model._rows == expected, timeout=60_000)
    finally:
        application.deferred.stop()
        application.deferred.wait()
        window.wait_for_counts()
        window.home.wait()
        window.close()
        if application.database is not None:
            application.database.close()
