"""File > Connect to the office server… (issue 20) against the real test server: a wrong
address said inside the dialog, which stays open; the right one shows the server database in
the main window, the file it showed closed. Two windows, each with its own engine (separate
processes are test_server_concurrency's), see each other's saves after a refresh and refuse
each other's stale saves."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMainWindow, QMenu

from socialneet_desktop.db.models import Organization
from socialneet_desktop.services.records import StaleRecord, create_record, update_record
from socialneet_desktop.ui.main_window import MainWindow
from socialneet_desktop.ui.server_dialog import ServerDialog
from socialneet_desktop.ui.server_menu import add_server_actions
from tests.helpers_server import drop_database, new_database


@pytest.fixture
def server(postgres_template):
    address = new_database(postgres_template)
    yield address
    drop_database(postgres_template, address.database)


def fill(dialog: ServerDialog, address, port=None) -> None:
    dialog.host.setText(address.host)
    dialog.port.setValue(port or address.port)
    dialog.name.setText(address.database)
    dialog.user.setText(address.user)


def test_an_unreachable_server_is_said_in_the_dialog(qtbot, server):
    dialog = ServerDialog()
    qtbot.addWidget(dialog)
    fill(dialog, server, port=1)
    dialog.connect_to_server()
    assert dialog.database is None and dialog.result() == 0
    assert "cannot be reached" in dialog.message.text()


def test_a_missing_field_is_named(qtbot):
    dialog = ServerDialog()
    qtbot.addWidget(dialog)
    dialog.connect_to_server()
    assert "the server" in dialog.message.text()


def test_the_window_shows_the_server_database(qtbot, server, database):
    window = MainWindow(database)
    qtbot.addWidget(window)
    menu = QMenu(window)
    action = add_server_actions(window, menu)
    assert action in menu.actions()
    dialog = ServerDialog(window)
    qtbot.addWidget(dialog)
    fill(dialog, server)
    dialog.connect_to_server()
    assert dialog.database is not None and dialog.result() == dialog.DialogCode.Accepted
    from socialneet_desktop.ui.server_dialog import show_server_database

    show_server_database(window, dialog.database)
    assert window.database is dialog.database and database.closed
    window.set_database(None)
    dialog.database.close()


def test_two_windows_see_each_others_saves_and_refuse_stale_ones(qtbot, server):
    windows = []
    for _ in range(2):
        dialog = ServerDialog()
        qtbot.addWidget(dialog)
        fill(dialog, server)
        dialog.connect_to_server()
        window = QMainWindow()
        window.database = dialog.database
        windows.append(window)
    first, second = (w.database for w in windows)
    assert first.engine is not second.engine
    with first.session() as session:
        values = {"name": "Comune di Narni", "kind": "public_body", "municipality_code": "F844"}
        record_id = create_record(session, Organization, values, user="anna").id
    with second.read_session() as session:  # the refresh of the other window
        assert session.get(Organization, record_id).name == "Comune di Narni"
    with second.session() as session:
        update_record(session, Organization, record_id, 1, {"phone": "0744 2"}, user="bruno")
    with pytest.raises(StaleRecord), first.session() as session:
        update_record(session, Organization, record_id, 1, {"phone": "0744 1"}, user="anna")
    with first.read_session() as session:
        assert session.get(Organization, record_id).phone == "0744 2"
    first.close()
    second.close()
