"""Issue 16, what was left for the lists: File > Export and the toolbar's Export take the
rows chosen (asking: only those, or the whole list), the status bar counts the kind shown,
and counts agree with their number ("1 record", "2 records"). Driven with the mouse and the
keyboard on the real window; only the system's file dialog is answered by the test."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from socialneet_desktop.app import Application
from socialneet_desktop.db import models
from socialneet_desktop.services.demo import fill_demo
from socialneet_desktop.services.record_kinds import RECORD_KINDS
from socialneet_desktop.ui import file_dialogs
from tests.gui.ui16_driving import ModalDriver, buttons_of, click_button

CTRL = Qt.KeyboardModifier.ControlModifier


def window_on(qtbot, database, kind_key: str):
    """The window shown, active, on the list of `kind_key` chosen with the mouse."""
    application = Application(database)
    window = application.window
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=20000)
    row = [kind.key for kind in RECORD_KINDS].index(kind_key)
    navigation = window.navigation
    centre = navigation.visualItemRect(navigation.item(row)).center()
    QTest.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    page = window.current_list()
    assert page is not None and page.kind.key == kind_key
    qtbot.waitUntil(lambda: page.total is not None, timeout=20000)
    return window, page


def click_row(page, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    centre = page.table.visualRect(page.model.index(row, 0)).center()
    QTest.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, modifier, centre)


def saved_to(monkeypatch, path):
    """The system's save dialog answers `path`; what it was offered is kept."""
    offered = []

    def answer(_parent, _title, suggested, _filters, *args, **kwargs):
        offered.append(suggested)
        return str(path), ""

    monkeypatch.setattr(file_dialogs, "save_file_and_filter", answer)
    return offered


def names_in(path) -> list[str]:
    """The first column of the workbook's data rows (the header row is the one with 'Name')."""
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    header = next(i for i, row in enumerate(rows) if row and row[0] == "Name")
    return [row[0] for row in rows[header + 1 :] if row and row[0]]


def run_export(qtbot, window, start, steps: list) -> ModalDriver:
    driver = ModalDriver(steps)
    try:
        start()
        qtbot.waitUntil(lambda: getattr(window, "export_run", None) is not None, timeout=20000)
        qtbot.waitUntil(lambda: window.export_run.outcome != "", timeout=30000)
        qtbot.waitUntil(lambda: not driver.steps, timeout=10000)
    finally:
        driver.stop()
    return driver


def test_file_export_asks_and_writes_only_the_rows_chosen(qtbot, database, tmp_path, monkeypatch):
    fill_demo(database, contacts=20, seed=3)
    window, page = window_on(qtbot, database, "organizations")
    click_row(page, 0)
    click_row(page, 2, CTRL)
    chosen = [page.model.index(row, 0).data() for row in (0, 2)]
    saved_to(monkeypatch, tmp_path / "scelte.xlsx")
    asked = []

    def only_the_chosen(box):
        asked.append(buttons_of(box))
        click_button("Only the 2 records chosen")(box)

    driver = run_export(
        qtbot,
        window,
        lambda: QTest.keyClick(page.table, Qt.Key.Key_E, CTRL),  # File > Export's Ctrl+E
        [only_the_chosen, click_button("No")],  # then: open the workbook now? No
    )
    assert driver.unexpected == []
    assert asked and f"The whole list ({page.total})" in [t.replace("&", "") for t in asked[0]]
    assert sorted(names_in(tmp_path / "scelte.xlsx")) == sorted(chosen)


def test_the_whole_list_when_the_user_says_so_or_nothing_is_chosen(
    qtbot, database, tmp_path, monkeypatch
):
    fill_demo(database, contacts=20, seed=3)
    window, page = window_on(qtbot, database, "organizations")
    click_row(page, 1)
    saved_to(monkeypatch, tmp_path / "tutte.xlsx")
    toolbar_export = window.toolbar.widgetForAction(window.toolbar.actions_by_name["export"])
    driver = run_export(
        qtbot,
        window,
        lambda: QTest.mouseClick(toolbar_export, Qt.MouseButton.LeftButton),
        [click_button(f"The whole list ({page.total})"), click_button("No")],
    )
    assert driver.unexpected == []
    assert len(names_in(tmp_path / "tutte.xlsx")) == page.total
    page.table.clearSelection()
    window.export_run = None
    saved_to(monkeypatch, tmp_path / "senza-scelta.xlsx")
    driver = run_export(
        qtbot,
        window,
        lambda: QTest.mouseClick(toolbar_export, Qt.MouseButton.LeftButton),
        [click_button("No")],  # no question about rows: only "open it now?"
    )
    assert driver.unexpected == [] and len(driver.seen) == 1
    assert len(names_in(tmp_path / "senza-scelta.xlsx")) == page.total


def live(database, model) -> int:
    with database.read_session() as session:
        return session.query(model).filter(model.deleted_at.is_(None)).count()


def test_the_status_bar_counts_the_kind_shown(qtbot, database):
    fill_demo(database, contacts=25, seed=5)
    contacts = live(database, models.NeetContact)
    window, page = window_on(qtbot, database, "contacts")
    everything = sum(database.record_counts().values())
    assert everything > contacts  # visits, organisations, staff … too
    qtbot.waitUntil(
        lambda: window.counts_label.text() == f"NEET contacts: {contacts} records", timeout=20000
    )
    page.search.setFocus()
    surname = page.model.index(0, 0).data().split()[0]
    QTest.keyClicks(page.search, surname)
    qtbot.waitUntil(lambda: page.total is not None and page.total < contacts, timeout=20000)
    expected = f"NEET contacts: {page.total} record{'s' if page.total != 1 else ''} shown"
    qtbot.waitUntil(
        lambda: window.counts_label.text() == f"{expected} · {contacts} records in all",
        timeout=20000,
    )
    window.home_button.click()
    assert window.counts_label.text() == ""  # the home page: no list, no count


def test_one_record_is_one_record(qtbot, database):
    with database.session() as session:
        session.add(models.Staff(first_name="Anna", last_name="Bianchi"))
    window, page = window_on(qtbot, database, "staff")
    qtbot.waitUntil(lambda: window.counts_label.text() == "Staff: 1 record", timeout=20000)
    qtbot.waitUntil(lambda: page.count_label.text() == "1 record", timeout=20000)
    with database.session() as session:
        session.add(models.Staff(first_name="Bruno", last_name="Neri"))
    window.reload_lists("staff")
    qtbot.waitUntil(lambda: window.counts_label.text() == "Staff: 2 records", timeout=20000)
    qtbot.waitUntil(lambda: page.count_label.text() == "2 records", timeout=20000)


def test_an_exported_list_is_named_after_it_in_italian(qtbot, database, tmp_path, monkeypatch):
    from socialneet_desktop.i18n import install_translators

    fill_demo(database, contacts=5, seed=3)
    install_translators(QApplication.instance(), "it")
    try:
        window, page = window_on(qtbot, database, "organizations")
        offered = saved_to(monkeypatch, tmp_path / "x.xlsx")
        driver = run_export(
            qtbot,
            window,
            lambda: QTest.keyClick(page.table, Qt.Key.Key_E, CTRL),
            [click_button("No")],
        )
    finally:
        install_translators(QApplication.instance(), "en")
    assert driver.unexpected == []
    assert offered[0].endswith(f"/organizzazioni-{date.today().isoformat()}.xlsx")
