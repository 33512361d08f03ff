"""The main window, driven offscreen as a user would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from socialneet_desktop.app import Application
from socialneet_desktop.db.models import Staff
from socialneet_desktop.i18n import install_translators
from socialneet_desktop.services.record_kinds import RECORD_KINDS


def open_window(qtbot, database) -> Application:
    application = Application(database)
    qtbot.addWidget(application.window)
    application.window.show()
    qtbot.waitExposed(application.window)
    return application


def test_navigation_shows_each_kind_and_the_status_bar_counts(qtbot, database):
    with database.session() as session:
        session.add_all(
            [
                Staff(first_name="Anna", last_name="Bianchi"),
                Staff(first_name="Luca", last_name="Neri"),
            ]
        )
    window = open_window(qtbot, database).window
    assert str(database.path) in window.path_label.text()
    for row, kind in enumerate(RECORD_KINDS):
        window.navigation.setCurrentRow(row)
        page = window.pages.currentWidget()
        assert page.kind is kind
        headers = [
            page.table.model().headerData(c, Qt.Orientation.Horizontal)
            for c in range(len(kind.columns))
        ]
        assert all(headers)
    window.navigation.setCurrentRow([kind.key for kind in RECORD_KINDS].index("staff"))
    # the list counts itself off the GUI thread: the status bar says it once counted
    qtbot.waitUntil(lambda: window.counts_label.text() == "Staff: 2 records", timeout=20000)


def test_view_menu_shortcuts_switch_lists(qtbot, database):
    application = open_window(qtbot, database)
    window = application.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    # the fifth list: after the unused resources, the needs (issue 23), organisations, meetings
    qtbot.keyClick(window.navigation, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget().kind.key == "contacts"


def test_about_names_the_version_and_the_database(qtbot, database, monkeypatch):
    shown = {}
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.update(text=text))
    window = open_window(qtbot, database).window
    window.show_about()
    assert str(database.path) in shown["text"] and "SocialNEET Desktop" in shown["text"]


def test_window_geometry_is_remembered(qtbot, database):
    first = open_window(qtbot, database).window
    first.resize(720, 520)  # the offscreen screen is 800×600
    first.close()
    second = open_window(qtbot, database).window
    assert (second.width(), second.height()) == (720, 520)


def test_the_shell_speaks_italian(qtbot, database):
    install_translators(QApplication.instance(), "it")
    try:
        window = open_window(qtbot, database).window
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus == ["&File", "&Modifica", "&Visualizza", "&Aiuto"]
        assert window.navigation.item(4).text() == "Contatti NEET"
        assert "Banca dati" in window.path_label.text() or "Database" in window.path_label.text()
    finally:
        install_translators(QApplication.instance(), "en")


def test_a_refused_file_from_open_database_keeps_the_current_one(
    qtbot, database, tmp_path, monkeypatch
):
    bad = tmp_path / "rubrica.sqlite"
    bad.write_text("non sono un database", encoding="utf-8")
    messages = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: messages.append(box.text()))
    application = open_window(qtbot, database)
    application.switch_to(bad)
    assert application.database is database
    assert "not a SQLite file" in messages[0]
    good = tmp_path / "nuovo.sqlite"
    application.switch_to(good)
    assert application.window.database.path == good


def test_the_window_shows_first_then_opens_the_database(qtbot, tmp_path, monkeypatch):
    application = Application()
    qtbot.addWidget(application.window)
    application.window.show()
    qtbot.waitExposed(application.window)
    assert application.window.counts_label.text() == ""
    application.open_first(tmp_path / "first.sqlite")
    assert application.database.path == tmp_path / "first.sqlite"
    assert "first.sqlite" in application.window.path_label.text()
    application.database.close()


def test_a_refused_start_up_database_is_explained_and_the_program_ends(
    qtbot, tmp_path, monkeypatch
):
    bad = tmp_path / "contatti.mdb"
    bad.write_bytes(b"\x00\x01\x00\x00Standard Jet DB\x00" + b"\x00" * 200)
    messages, exits = [], []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: messages.append(box.text()))
    monkeypatch.setattr("socialneet_desktop.app.QCoreApplication.exit", exits.append)
    application = Application()
    qtbot.addWidget(application.window)
    application.open_first(bad)
    assert "Microsoft Access" in messages[0]
    assert exits == [1] and application.database is None
