"""Issue 15, start-up: the lists' pages are built when first shown (ui.list_pages), and the
window behaves as when they were all built up front: the navigation lists every kind,
Ctrl+1…9 show the first nine, a list built after the file was opened reads its rows and its
count, the status bar counts the kind shown, a save reloads the lists built."""

from __future__ import annotations

from PySide6.QtCore import Qt

from socialneet_desktop.app import Application
from socialneet_desktop.db.models import Staff
from socialneet_desktop.services.record_kinds import RECORD_KINDS
from socialneet_desktop.ui.views.record_list import RecordListPage


def _window(qtbot, database):
    application = Application(database)
    window = application.window
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return application, window


def _built(window) -> list[str]:
    return sorted(page.kind.key for page in window.findChildren(RecordListPage))


def test_only_the_pages_asked_for_are_built_and_every_kind_is_listed(qtbot, database):
    application, window = _window(qtbot, database)
    try:
        assert window.navigation.count() == len(RECORD_KINDS) == window.pages.count()
        assert len(_built(window)) == 1  # the first kind's (the navigation's first row)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        for row in range(min(9, len(RECORD_KINDS))):
            key = getattr(Qt.Key, f"Key_{row + 1}")
            qtbot.keyClick(window.navigation, key, Qt.KeyboardModifier.ControlModifier)
            assert window.current_list().kind.key == RECORD_KINDS[row].key
            assert window.pages.currentIndex() == row
        assert _built(window) == sorted(kind.key for kind in RECORD_KINDS[:9])
    finally:
        window.wait_for_counts()
        for page in window.pages.built_pages():
            page.model.loader.wait()


def test_a_list_built_after_the_opening_reads_its_rows_and_count(qtbot, database):
    with database.session() as session:
        session.add_all(
            [
                Staff(first_name="Anna", last_name="Bianchi"),
                Staff(first_name="Luca", last_name="Re"),
            ]
        )
    row = next(index for index, kind in enumerate(RECORD_KINDS) if kind.key == "staff")
    application, window = _window(qtbot, database)
    try:
        assert "staff" not in _built(window)
        window.navigation.setCurrentRow(row)
        page = window.current_list()
        assert page.kind.key == "staff" and page.model.database is database
        qtbot.waitUntil(lambda: page.model.rowCount() == 2)
        qtbot.waitUntil(lambda: page.total == 2)
        qtbot.waitUntil(lambda: window.counts_label.text().startswith("Staff: 2"))
        with database.session() as session:
            session.add(Staff(first_name="Sara", last_name="Neri"))
        window.reload_lists("staff")  # as after a save: the built list reads again
        qtbot.waitUntil(lambda: page.model.rowCount() == 3)
        assert "contacts" not in _built(window)  # a reload builds nothing
    finally:
        window.wait_for_counts()
        for page in window.pages.built_pages():
            page.model.loader.wait()
