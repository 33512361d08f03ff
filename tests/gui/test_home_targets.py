"""The home page's targets against achieved (issue 19): a bar per target with the numbers a
user reads (achieved / target and the percentage), the first five in the activities' order,
how many more there are, "All targets…" opening the activities list; no block without targets.

The database is the hand-made one of tests/unit/test_target_progress.py, whose answers are
known by hand (and checked there by an independent SQL); the page counts up to today.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from socialneet_desktop.app import Application
from socialneet_desktop.db.models_path import ActivityTarget, ProjectActivity
from socialneet_desktop.ui.home_page import HomePage
from tests.unit.test_target_progress import hand_made

# 2.2.1 first (codes compared as numbers), then 2.3.8's targets in the indicators' order,
# then 3.2.7's: each counted from the first record up to today (the hand-made records are of
# 2025 and 2026; "meetings held" has its own period, January to June).
SHOWN = [
    ("2.2.1 Young people reached", "2 / 300 (1%)"),
    ("2.3.8 Distinct public bodies met", "2 / 100 (2%)"),
    ("2.3.8 Distinct third-sector bodies met", "2 / 200 (1%)"),
    ("2.3.8 Meetings and events held", "2 / 10 (20%)"),
    ("2.3.8 Project ideas presented", "0 / 5 (0%)"),
]


def _with_targets(database) -> None:
    """The hand-made database and a sixth target: 3.2.7's meetings, 1 held (April) of 4."""
    with database.session() as session:
        hand_made(session)
        project_work = session.scalars(select(ProjectActivity).filter_by(code="3.2.7")).one()
        session.add(
            ActivityTarget(activity_id=project_work.id, indicator="meetings_held", target=4)
        )


def _page(qtbot, database) -> HomePage:
    if date.today() < date(2026, 9, 1):
        pytest.skip("the hand-made records run to September 2026; the clock is before it")
    page = HomePage()
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    with qtbot.waitSignal(page.figures_shown, timeout=30000):
        page.set_database(database)
    return page


def test_the_page_shows_a_bar_per_target_with_achieved_target_and_percent(qtbot, database):
    _with_targets(database)
    page = _page(qtbot, database)
    box = page.targets
    assert box.isVisible()
    shown = [
        (label.text(), numbers.text())
        for label, numbers in zip(box.labels, box.numbers, strict=True)
    ]
    assert shown == SHOWN
    assert [(bar.value(), bar.maximum()) for bar in box.bars] == [
        (2, 300), (2, 100), (2, 200), (2, 10), (0, 5)
    ]  # fmt: skip
    assert box.more.text() == "… and 1 more"  # 3.2.7's meetings: 1 of 4, not shown
    assert "Ancoraggio" in box.labels[1].toolTip()
    with qtbot.waitSignal(page.list_requested) as asked:
        box.all_button.click()
    assert asked.args == ["activities"]
    page.wait()


def test_no_targets_no_block(qtbot, database):
    page = _page(qtbot, database)
    assert page.targets.isHidden() and page.targets.bars == []
    page.wait()


def test_all_targets_opens_the_activities_list(qtbot, database):
    _with_targets(database)
    application = Application(database)
    window = application.window
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.home.targets.isVisible(), timeout=30000)
    window.home.targets.all_button.click()
    shown = window.current_list()
    assert shown is not None and shown.kind.key == "activities"
    window.close()
