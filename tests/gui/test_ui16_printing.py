"""Issue 16, what was left for printing: a print goes straight to the PDF viewer unless the
user chose "always ask where to save"; every print checks the association's details first;
the file is named in the user's language after the document, the record's number and the
date, never after the person. Driven with the mouse and the keyboard on the real widgets;
the system's PDF viewer and save dialog are the test's (they are outside the program)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent, QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from socialneet_desktop.db import models
from socialneet_desktop.i18n import install_translators
from socialneet_desktop.services.demo import fill_demo
from socialneet_desktop.ui import file_dialogs, user_settings
from socialneet_desktop.ui.editors.contact_editor import ContactEditor
from tests.gui.test_ui16_lists import click_row, window_on
from tests.gui.ui16_driving import ModalDriver, buttons_of, choose_menu_entry, click_button

CTRL = Qt.KeyboardModifier.ControlModifier
TODAY = date.today().isoformat()


@pytest.fixture
def viewer(monkeypatch) -> list[Path]:
    """The files handed to the system's PDF viewer."""
    opened: list[Path] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(Path(url.toLocalFile())) or True
    )
    return opened


@pytest.fixture
def preference():
    """The user's "always ask where to save", off (the default) unless a test sets it."""
    user_settings.set_always_ask_where_to_save(False)
    yield user_settings.set_always_ask_where_to_save
    user_settings.set_always_ask_where_to_save(False)


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def right_click_row(page, row: int) -> None:
    """As the system sends it on a right-click: a context-menu event on the row."""
    viewport = page.table.viewport()
    position = page.table.visualRect(page.model.index(row, 0)).center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, position, viewport.mapToGlobal(position)
    )
    QApplication.sendEvent(viewport, event)


def surname_of_visit(database, visit_id: int) -> str:
    with database.read_session() as session:
        return session.get(models.MeetingPointVisit, visit_id).contact.last_name


def drive(qtbot, steps, action) -> ModalDriver:
    driver = ModalDriver(steps)
    try:
        action()
        qtbot.waitUntil(lambda: not driver.steps, timeout=20000)
    finally:
        driver.stop()
    return driver


def test_a_print_goes_straight_to_the_viewer_named_after_the_document(
    qtbot, database, viewer, preference
):
    fill_demo(database, contacts=15, seed=6)
    window, page = window_on(qtbot, database, "visits")
    click_row(page, 0)
    visit_id = page.model.record_id(0)
    driver = drive(
        qtbot,
        [choose_menu_entry("Print the visit sheet")],
        lambda: right_click_row(page, 0),
    )
    assert driver.seen == ["QMenu"] and driver.unexpected == []  # no "Open / Save as…"
    qtbot.waitUntil(lambda: len(viewer) == 1, timeout=20000)
    assert viewer[0].name == f"visit-sheet-{visit_id}-{TODAY}.pdf"
    assert surname_of_visit(database, visit_id) in pdf_text(viewer[0])
    for row in (1, 2):
        click_row(page, row, CTRL)
    drive(qtbot, [choose_menu_entry("Print the visit sheet")], lambda: right_click_row(page, 2))
    qtbot.waitUntil(lambda: len(viewer) == 2, timeout=20000)
    assert viewer[1].name == f"visit-sheets-3-{TODAY}.pdf"  # how many, not who


def test_always_ask_where_to_save_asks_and_saves_where_chosen(
    qtbot, database, viewer, preference, tmp_path, monkeypatch
):
    fill_demo(database, contacts=15, seed=6)
    preference(True)
    window, page = window_on(qtbot, database, "visits")
    click_row(page, 0)
    visit_id = page.model.record_id(0)
    offered = []
    target = tmp_path / "copia.pdf"

    def save_dialog(_parent, _title, suggested, _filters, *args, **kwargs):
        offered.append(suggested)
        return str(target), ""

    monkeypatch.setattr(file_dialogs, "save_file_and_filter", save_dialog)
    asked = []

    def save_as(box):
        asked.append(buttons_of(box))
        click_button("Save as…")(box)

    driver = drive(
        qtbot,
        [choose_menu_entry("Print the visit sheet"), save_as],
        lambda: right_click_row(page, 0),
    )
    assert driver.unexpected == [] and asked
    qtbot.waitUntil(target.exists, timeout=20000)
    assert Path(offered[0]).name == f"visit-sheet-{visit_id}-{TODAY}.pdf"
    assert surname_of_visit(database, visit_id) in pdf_text(target)
    assert viewer == []  # saved, not opened


def contact_editor(qtbot, database) -> ContactEditor:
    with database.session() as session:
        person = models.NeetContact(first_name="Ottavia", last_name="Zappaterra")
        session.add(person)
        session.flush()
        person_id = person.id
    editor = ContactEditor(database, person_id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def fill_in_the_details(dialog) -> None:
    """Type the association's name and address, then Ctrl+S, as at the first start."""
    for field, text in (
        (dialog.ui.association_name, "Associazione Artigiani"),
        (dialog.ui.association_address, "Via Mazzini 12, Terni"),
    ):
        QTest.mouseClick(field, Qt.MouseButton.LeftButton)
        QTest.keyClicks(field, text)
    QTest.keyClick(dialog.ui.association_address, Qt.Key.Key_S, CTRL)


def test_a_print_without_the_association_details_asks_for_them_first(
    qtbot, database, viewer, preference
):
    editor = contact_editor(qtbot, database)
    button = editor.findChild(QPushButton, "print")
    driver = drive(
        qtbot,
        [
            choose_menu_entry("Contact file with all visits"),
            click_button("No"),  # the details missing: fill them in now? No
        ],
        lambda: QTest.mouseClick(button, Qt.MouseButton.LeftButton),
    )
    assert driver.seen[1].endswith(
        "still to be filled in: the association's name and the association's address. "
        "Fill them in now?"
    )
    QApplication.processEvents()
    assert viewer == []  # nothing printed with an empty letterhead
    driver = drive(
        qtbot,
        [
            choose_menu_entry("Privacy notice and consent form"),
            click_button("Yes"),
            fill_in_the_details,
        ],
        lambda: QTest.mouseClick(button, Qt.MouseButton.LeftButton),
    )
    assert driver.seen[2] == "SettingsEditor" and driver.unexpected == []
    qtbot.waitUntil(lambda: len(viewer) == 1, timeout=20000)
    text = pdf_text(viewer[0])
    assert "Associazione Artigiani" in text and "Via Mazzini 12, Terni" in text
    assert viewer[0].name.startswith("privacy-notice-and-consent-")
    assert "zappaterra" not in viewer[0].name.lower()  # never the person's name


def test_the_file_names_are_italian_in_italian(qtbot, database, viewer, preference):
    fill_demo(database, contacts=10, seed=6)
    install_translators(QApplication.instance(), "it")
    try:
        window, page = window_on(qtbot, database, "visits")
        click_row(page, 0)
        visit_id = page.model.record_id(0)
        drive(
            qtbot,
            # the entry's Italian comes with the coordinator's catalogue round
            [choose_menu_entry("Stampa la scheda colloquio", "Print the visit sheet")],
            lambda: right_click_row(page, 0),
        )
        qtbot.waitUntil(lambda: len(viewer) == 1, timeout=20000)
    finally:
        install_translators(QApplication.instance(), "en")
    assert viewer[0].name == f"scheda-colloquio-{visit_id}-{TODAY}.pdf"
