"""Issue 15, start-up on the home page (the default): its short lists are painted before
SQLAlchemy is loaded, and they are the lists the page reads from the opened file.

The first start reads the page the ordinary way and keeps the plans of its statements
(services.home_plan); the next start reads them with plain sqlite3 (db.first_page) and paints
them before the file is opened: at that paint neither sqlalchemy.orm nor the models are
imported (a subprocess reports its sys.modules), and the lists it shows are the page's.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from socialneet_desktop.db import first_page, models
from socialneet_desktop.db.database import open_database
from socialneet_desktop.services import home_figures
from socialneet_desktop.services.demo import fill_demo
from socialneet_desktop.services.home_lists import STATEMENTS, home_key, lists_from_rows
from socialneet_desktop.services.home_plan import keep_home_plans, make_home_plans
from socialneet_desktop.ui.first_rows import PLANS_FILE, plans_path, show_early_home
from socialneet_desktop.ui.home_page import HomePage
from tests.unit.test_startup_first_page import reported_start

LISTS = ("appointments", "follow_ups", "recent")

AT_HOME_ROWS = """
import json, os, sys
from socialneet_desktop import app

quit_when_painted = app.quit_when_painted


def watched(view):
    watch = quit_when_painted(view)
    home = view.window().home

    def report():
        widgets = {name: getattr(home, name) for name in LISTS}
        lists = {
            name: [widget.item(row).text() for row in range(widget.count())]
            for name, widget in widgets.items()
        }
        state = {
            "orm": "sqlalchemy.orm" in sys.modules,
            "models": "socialneet_desktop.db.models" in sys.modules,
            "opened": home.database is not None,
            "lists": lists,
            "checklist": home.checklist.isVisible(),
        }
        print(json.dumps(state), flush=True)

    watch.painted.connect(report)
    return watch


app.quit_when_painted = watched
sys.exit(app.main(sys.argv[1:]))
""".replace("LISTS", repr(LISTS))


def _demo(path: Path, contacts: int = 120, today: date | None = None) -> Path:
    database = open_database(path)
    try:
        fill_demo(database, contacts=contacts, seed=11, today=today)
    finally:
        database.close()
    return path


def _start(tmp_path: Path, path: Path) -> dict:
    on_home = {"SOCIALNEET_QUIT_AFTER_FIRST_ROWS": "home"}
    return reported_start(tmp_path, AT_HOME_ROWS, ["--database", str(path)], on_home)


def _page_lists(qtbot, path: Path) -> dict[str, list[str]]:
    """The lists as the page shows them after reading the opened file the ordinary way."""
    database = open_database(path)
    page = HomePage()
    qtbot.addWidget(page)
    try:
        with qtbot.waitSignal(page.lists_shown, timeout=60_000):
            page.set_database(database)
        return {
            name: [getattr(page, name).item(r).text() for r in range(getattr(page, name).count())]
            for name in LISTS
        }
    finally:
        page.close_down()
        database.close()


def test_the_second_start_paints_the_home_lists_before_sqlalchemy(qtbot, tmp_path):
    path = _demo(tmp_path / "ufficio.sqlite")
    first = _start(tmp_path, path)  # the ordinary read, which keeps the plans at the exit
    assert first["opened"]
    plans = tmp_path / "config" / "SocialNEET" / PLANS_FILE
    kept = first_page.load_plans(plans) if plans.exists() else {}
    assert all(home_key(name) in kept for name in STATEMENTS), "no plans kept for the home"
    second = _start(tmp_path, path)
    assert not second["orm"], "sqlalchemy.orm was imported before the home lists were painted"
    assert not second["models"], "the models were imported before the home lists"
    assert not second["opened"]  # painted before the opening: the early lists
    assert second["lists"] == first["lists"] == _page_lists(qtbot, path)
    assert len(second["lists"]["recent"]) == 6
    assert second["checklist"] == first["checklist"]


@pytest.mark.parametrize("days_later", [0, 40])
def test_the_plans_read_what_the_session_reads_on_any_day(tmp_path, days_later):
    """Appointments ahead and follow-ups due depend on the day: the plans name it by its form
    and read the same rows as the session for another day than the one they were made on."""
    made_on = date(2026, 3, 10)
    path = _demo(tmp_path / "ufficio.sqlite", contacts=200, today=made_on)
    database = open_database(path)
    try:
        with database.session() as session:  # appointments and follow-ups around the day
            for number, visit in enumerate(
                session.scalars(select(models.MeetingPointVisit).limit(8))
            ):
                visit.next_appointment = datetime(2026, 3, 1, 9) + timedelta(days=8 * number)
            for number, meeting in enumerate(
                session.scalars(select(models.StakeholderMeeting).limit(8))
            ):
                meeting.follow_up_date = date(2026, 2, 1) + timedelta(days=10 * number)
        today = made_on + timedelta(days=days_later)
        with database.read_session() as session:
            expected = home_figures.read_lists(session, today)
    finally:
        database.close()
    plans = make_home_plans()
    found = first_page.read_by_plans(path, [plans[name] for name in STATEMENTS], today)
    assert found is not None
    early = lists_from_rows(dict(zip(STATEMENTS, found, strict=True)))
    assert early == expected
    assert early.appointments and early.follow_ups and len(early.recent) == 6
    assert all(
        row.when >= datetime(today.year, today.month, today.day) for row in early.appointments
    )


def test_no_early_lists_from_a_new_file_a_stale_plan_or_a_file_that_is_not_there(qtbot, tmp_path):
    """A new file has nothing to show (its checklist comes from its read); a plan of an older
    schema, or a file missing, gives no early lists either: the page is read when opened."""
    page = HomePage()
    qtbot.addWidget(page)
    empty = tmp_path / "nuovo.sqlite"
    open_database(empty).close()
    keep_home_plans(plans_path())  # kept now, or by a page read before in this session
    kept = first_page.load_plans(plans_path())
    assert all(home_key(name) in kept for name in STATEMENTS)
    assert not show_early_home(page, empty)
    assert not show_early_home(page, tmp_path / "assente.sqlite")
    path = _demo(tmp_path / "ufficio.sqlite", contacts=30)
    assert show_early_home(page, path)
    assert page.recent.count() == 6 and page.database is None
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '0001'")
    connection.close()
    page.recent.clear()
    assert not show_early_home(page, path)
    assert page.recent.count() == 0


def test_the_window_shows_the_early_lists_then_reads_the_page_from_the_opened_file(qtbot, tmp_path):
    from socialneet_desktop.app import Application

    path = _demo(tmp_path / "ufficio.sqlite", contacts=80)
    keep_home_plans(plans_path())
    application = Application()
    window = application.window
    qtbot.addWidget(window)
    window.show()
    try:
        application.open_first(path)
        home = window.home
        assert application.database is None and home.recent.count() == 6  # early
        early = [home.recent.item(row).text() for row in range(home.recent.count())]
        with qtbot.waitSignal(home.figures_shown, timeout=60_000):
            qtbot.waitUntil(lambda: application.database is not None, timeout=60_000)
        assert home.database is application.database
        assert [home.recent.item(row).text() for row in range(6)] == early
        assert home.count_labels["contacts", 2].text() == "80"
    finally:
        application.deferred.stop()
        application.deferred.wait()
        window.home.wait()
        window.close()
        if application.database is not None:
            application.database.close()
