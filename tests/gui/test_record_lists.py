"""The list pages driven as a user would: typing, filtering, sorting, scrolling, opening."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from socialneet_desktop.services.demo import fill_demo
from socialneet_desktop.services.list_queries import PAGE_SIZE
from socialneet_desktop.services.record_kinds import kind_by_key
from socialneet_desktop.ui.views.record_list import RecordListPage


def open_page(qtbot, database, key: str = "contacts") -> RecordListPage:
    page = RecordListPage(kind_by_key(key), database)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitExposed(page)
    return settled(qtbot, page)


def settled(qtbot, page: RecordListPage) -> RecordListPage:
    """The page once its rows and count are read (off the GUI thread)."""
    qtbot.waitUntil(lambda: not page.model.loading(), timeout=5000)
    return page


def shown_column(page: RecordListPage, column: int) -> list[str]:
    model = page.table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_typing_in_the_search_box_filters_after_the_pause(qtbot, database):
    fill_demo(database, contacts=250, seed=2)
    page = open_page(qtbot, database)
    surname = page.model.index(7, 0).data()
    qtbot.keyClicks(page.search, surname.lower())
    qtbot.waitUntil(lambda: page.model.query.search == surname.lower(), timeout=2000)
    names = shown_column(settled(qtbot, page), 0)
    assert names and surname in names
    qtbot.waitUntil(lambda: page.count_label.text().endswith("records"))


def test_a_filter_combo_narrows_the_list(qtbot, database):
    fill_demo(database, contacts=250, seed=2)
    page = open_page(qtbot, database)
    combo = page.filters.widgets["gender"]
    combo.setCurrentIndex(combo.findData("female"))
    assert set(shown_column(settled(qtbot, page), 2)) == {"Female"}


def test_clicking_a_header_sorts_by_that_column(qtbot, database):
    fill_demo(database, contacts=250, seed=2)
    page = open_page(qtbot, database)
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(3) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert settled(qtbot, page).model.query.sort_key == "birth_date"
    dates = [
        page.model.index(r, 3).data(Qt.ItemDataRole.UserRole) for r in range(page.model.rowCount())
    ]
    known = [d for d in dates if d is not None]
    assert known == sorted(known) or known == sorted(known, reverse=True)
    assert all(len(text) == 10 and text[2] == "/" for text in shown_column(page, 3) if text)


def test_scrolling_to_the_end_fetches_more_rows(qtbot, database):
    fill_demo(database, contacts=450, seed=2)
    page = open_page(qtbot, database)
    assert page.model.rowCount() == PAGE_SIZE
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() > PAGE_SIZE, timeout=2000)


def test_enter_and_double_click_open_the_current_record(qtbot, database):
    fill_demo(database, contacts=50, seed=2)
    page = open_page(qtbot, database)
    page.table.setFocus()
    page.table.selectRow(4)
    expected = page.model.record_id(4)
    with qtbot.waitSignal(page.open_requested) as blocker:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert blocker.args == [expected]
    rect = page.table.visualRect(page.model.index(2, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.open_requested) as blocker:
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [page.model.record_id(2)]


def test_a_hidden_column_and_the_sort_are_remembered(qtbot, database):
    fill_demo(database, contacts=20, seed=2)
    page = open_page(qtbot, database, "organizations")
    menu = page.column_menu()
    email = next(action for action in menu.actions() if action.data() == "email")
    email.setChecked(False)
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    page.save_layout()
    again = open_page(qtbot, database, "organizations")
    assert again.table.isColumnHidden(5) and not again.table.isColumnHidden(0)
    assert (again.model.query.sort_key, again.model.query.descending) == ("name", True)
    email.setChecked(True)  # leave the settings as they were for other tests


def test_cells_show_labels_dates_and_yes_no(qtbot, database):
    fill_demo(database, contacts=30, seed=2)
    page = open_page(qtbot, database, "visits")
    row = [page.model.index(0, column).data() for column in range(6)]
    assert row[0][2] == "/" and row[1][2] == ":" and row[5] in ("Yes", "No")
    resources = open_page(qtbot, database, "resources")
    assert "(TR)" in " ".join(shown_column(resources, 3))


def test_ctrl_f_puts_the_cursor_in_the_search_box(qtbot, database):
    page = open_page(qtbot, database, "meetings")
    page.table.setFocus()
    page.focus_search()
    qtbot.waitUntil(page.search.hasFocus)
