"""The navigation groups the kinds under their area's name (the path's kinds made it long),
and the View menu's shortcuts stop at Ctrl+9; File > Progress report is in the menu."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from socialneet_desktop.services.record_kinds import RECORD_KINDS
from socialneet_desktop.ui.navigation import HEADER_ROLE
from tests.gui.test_main_window import open_window


def test_each_area_is_named_above_its_first_kind_and_rows_stay_the_kinds(qtbot, database):
    window = open_window(qtbot, database).window
    navigation = window.navigation
    assert navigation.count() == len(RECORD_KINDS)
    headers = {
        RECORD_KINDS[row].key: navigation.item(row).data(HEADER_ROLE)
        for row in range(navigation.count())
        if navigation.item(row).data(HEADER_ROLE)
    }
    assert headers == {
        "resources": "Territory",
        "organizations": "Stakeholders",
        "contacts": "Young people",
        "staff": "Office",
        "courses": "The young people's path",
        "activities": "Project",
        "coop_answers": "Cooperation",
    }
    first = navigation.visualItemRect(navigation.item(0))  # Territory: resources
    meetings = [kind.key for kind in RECORD_KINDS].index("meetings")  # in Stakeholders
    second = navigation.visualItemRect(navigation.item(meetings))
    assert first.height() > second.height()  # the header's room above the first row
    navigation.setCurrentRow([kind.key for kind in RECORD_KINDS].index("outcomes"))
    assert window.pages.currentWidget().kind.key == "outcomes"


def test_view_shortcuts_are_ctrl_1_to_9_and_the_progress_report_is_in_file(qtbot, database):
    window = open_window(qtbot, database).window
    menus = {action.text(): action.menu() for action in window.menuBar().actions()}
    view = next(menu for text, menu in menus.items() if "View" in text)
    shortcuts = [a.shortcut().toString() for a in view.actions() if a.shortcut() != QKeySequence()]
    assert [s for s in shortcuts if s.startswith("Ctrl+") and s[5:].isdigit()] == [
        f"Ctrl+{n}" for n in range(1, 10)
    ]
    file_menu = next(menu for text, menu in menus.items() if "File" in text)
    assert "Pro&gress report…" in [action.text() for action in file_menu.actions()]
