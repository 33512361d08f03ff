"""The home page's "Review N conflicts of the exchanges" (issue 21): shown only while an
exchange left conflicts open, a click asks the window for View > Conflicts…"""

from __future__ import annotations

from PySide6.QtCore import Qt

from socialneet_desktop.services.exchange.conflict_review import LOCAL, resolve
from socialneet_desktop.ui.home_page import HomePage
from tests.unit.test_conflict_review import _conflict, _contact


def _page(qtbot, database) -> HomePage:
    page = HomePage()
    qtbot.addWidget(page)
    page.resize(1100, 650)
    page.show()
    with qtbot.waitSignal(page.figures_shown, timeout=20000):
        page.set_database(database)
    return page


def test_the_count_is_shown_while_conflicts_are_open(qtbot, database):
    _record_id, uuid = _contact(database, phone="333 2222222")
    first = _conflict(database, uuid, "phone", "333 1111111", "333 2222222")
    _conflict(database, uuid, "email", "a@x.it", "b@x.it")
    page = _page(qtbot, database)
    assert page.conflicts.isVisible()
    assert page.conflicts.text() == "&Review 2 conflicts of the exchanges"
    with qtbot.waitSignal(page.conflicts_requested, timeout=5000):
        qtbot.mouseClick(page.conflicts, Qt.MouseButton.LeftButton)
    with database.session() as session:
        resolve(session, first, LOCAL, user="carla")
    with qtbot.waitSignal(page.figures_shown, timeout=20000):
        page.refresh()
    assert page.conflicts.text() == "&Review 1 conflict of the exchanges"
    page.wait()


def test_no_conflicts_no_button(qtbot, database):
    page = _page(qtbot, database)
    assert not page.conflicts.isVisible()
    page.wait()
