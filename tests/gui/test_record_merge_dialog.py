"""Edit > Merge the two selected records… (issue 21): two rows chosen in a list, the merge
dialog side by side driven by keyboard, the database read back."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from socialneet_desktop.app import Application
from socialneet_desktop.db import models
from socialneet_desktop.db.models_exchange import RecordTombstone
from socialneet_desktop.services.record_kinds import RECORD_KINDS
from socialneet_desktop.services.records import create_record
from socialneet_desktop.ui import exchange_menu
from socialneet_desktop.ui.views.list_actions import row_menu
from tests.gui.ui16_driving import ModalDriver

ALT = Qt.KeyboardModifier.AltModifier


def _two(database) -> tuple[int, int]:
    with database.session() as session:
        values = {"last_name": "Rossi", "tax_code": "RSSMRA01C12L117X"}
        first = create_record(
            session,
            models.NeetContact,
            {**values, "first_name": "Mario", "birth_date": date(2001, 3, 12)},
            user="anna",
        )
        second = create_record(
            session,
            models.NeetContact,
            {**values, "first_name": "Mario", "phone": "333 1234567"},
            user="bruno",
        )
        visit = {"contact_id": second.id, "visit_date": date(2025, 1, 9), "visit_type": "first"}
        create_record(session, models.MeetingPointVisit, visit, user="bruno")
        return first.id, second.id


def _contacts_page(qtbot, database):
    application = Application(database)
    window = application.window
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.navigation.setCurrentRow([kind.key for kind in RECORD_KINDS].index("contacts"))
    page = window.current_list()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and not page.model.loading())
    return window, page


def test_two_rows_chosen_are_merged_field_by_field(qtbot, database):
    first, second = _two(database)
    window, page = _contacts_page(qtbot, database)
    ids = [page.model.record_id(row) for row in range(2)]
    selection = page.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (0, 1):
        selection.select(page.model.index(row, 0), flags)

    def merge(dialog) -> None:
        assert dialog.objectName() == "record_merge_dialog"
        assert set(dialog.groups) >= {"phone", "birth_date"}
        wanted = "phone" if ids[0] == first else "birth_date"
        radio = dialog.groups[wanted].button(1)  # the value of the record merged in
        radio.setFocus()
        QTest.keyClick(radio, Qt.Key.Key_Space)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_M, ALT)  # &Merge

    driver = ModalDriver([merge])
    try:
        exchange_menu.merge_selected(window)
    finally:
        driver.stop()
    assert driver.unexpected == []
    kept, merged = ids
    with database.read_session() as session:
        survivor = session.get(models.NeetContact, kept)
        assert survivor.phone == "333 1234567" and survivor.birth_date == date(2001, 3, 12)
        gone = session.get(models.NeetContact, merged)
        assert gone.deleted_at is not None
        assert session.get(RecordTombstone, gone.uuid).survivor_uuid == survivor.uuid
        visit = session.query(models.MeetingPointVisit).one()
        assert visit.contact_id == kept
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.model.loading())


def test_one_row_is_not_enough(qtbot, database, monkeypatch):
    _two(database)
    window, page = _contacts_page(qtbot, database)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    page.table.selectRow(0)
    exchange_menu.merge_selected(window)
    assert told and "Choose two rows" in told[0]


def test_the_rows_menu_merges_two_rows(qtbot, database):
    _first, _second = _two(database)
    _window, page = _contacts_page(qtbot, database)
    page.table.selectRow(0)
    menu = row_menu(page, page.model.index(0, 0))
    entry = next(a for a in menu.actions() if a.text() == "&Merge the two records…")
    assert not entry.isEnabled()  # one row chosen
    selection = page.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    selection.select(page.model.index(1, 0), flags)
    menu = row_menu(page, page.model.index(1, 0))
    entry = next(a for a in menu.actions() if a.text() == "&Merge the two records…")
    assert entry.isEnabled()

    def merge(dialog) -> None:
        assert dialog.objectName() == "record_merge_dialog"
        QTest.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_M, ALT)

    driver = ModalDriver([merge])
    try:
        entry.trigger()
    finally:
        driver.stop()
    assert driver.unexpected == []
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.model.loading())
    with database.read_session() as session:
        assert session.query(RecordTombstone).count() == 1
