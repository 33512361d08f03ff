"""The window on a server database (issue 20), against the real test server: its title and
status bar name the database and the server, never a local folder; File > Back up now makes
the server's backup (not the file's); File > Restore from backup… asks, naming the server,
and puts the backup's data back; File > Upload this database to the office server… copies
the file shown and reports every table."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog
from sqlalchemy import select

from socialneet_desktop.db.models import Organization
from socialneet_desktop.db.server import local_folder, open_server
from socialneet_desktop.db.server_backup import backup_folder
from socialneet_desktop.services.records import create_record
from socialneet_desktop.ui.main_window import MainWindow
from socialneet_desktop.ui.server_backup import ServerRestoreDialog
from socialneet_desktop.ui.server_upload_dialog import UploadDialog
from tests.helpers_server import drop_database, empty_database, new_database


@pytest.fixture
def server(postgres_template):
    address = new_database(postgres_template)
    yield address
    drop_database(postgres_template, address.database)


class ModalDriver:
    """Answers the modal windows as they come, one step each (the busy dialogs let be)."""

    def __init__(self, steps) -> None:
        self.steps = list(steps)
        self.seen: list[str] = []
        self.texts: list[str] = []
        self._handled: list = []  # each modal window is answered once, also when it is active again
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or any(widget is seen for seen in self._handled):
            return
        if not widget.isVisible() or isinstance(widget, QProgressDialog):
            return
        self._handled.append(widget)
        self.seen.append(type(widget).__name__)
        self.texts.append(widget.text() if isinstance(widget, QMessageBox) else "")
        step = self.steps.pop(0) if self.steps else (lambda w: w.reject())
        QTimer.singleShot(0, lambda: step(widget))

    def stop(self) -> None:
        self.timer.stop()


def answer(button):
    def step(box) -> None:
        assert isinstance(box, QMessageBox), type(box)
        box.button(button).click()

    return step


def names(database) -> list[str]:
    with database.read_session() as session:
        return sorted(session.scalars(select(Organization.name)))


def add_organization(database, name: str) -> None:
    with database.session() as session:
        values = {"name": name, "kind": "public_body", "municipality_code": "L117"}
        create_record(session, Organization, values, user="anna")


def file_action(window, start: str):
    menu = window.menuBar().actions()[0].menu()
    return next(a for a in menu.actions() if a.text().replace("&", "").startswith(start))


def test_the_window_names_the_server_database_never_a_local_folder(qtbot, server):
    database = open_server(server)
    window = MainWindow(database)
    qtbot.addWidget(window)
    assert f"{server.database} on {server.host}" in window.windowTitle()
    assert window.path_label.text().endswith(server.shown)
    assert str(local_folder(server)) not in window.path_label.text() + window.windowTitle()
    window.set_database(None)
    database.close()


def test_back_up_now_and_restore_on_a_server_database(qtbot, server):
    database = open_server(server)
    add_organization(database, "Comune di Terni")
    window = MainWindow(database)
    qtbot.addWidget(window)
    asked_the_file_way = []
    window.backup_requested.connect(lambda: asked_the_file_way.append("backup"))
    window.restore_requested.connect(lambda: asked_the_file_way.append("restore"))
    driver = ModalDriver([answer(QMessageBox.StandardButton.Ok)])
    file_action(window, "Back up now").trigger()
    driver.stop()
    made = sorted(backup_folder(server).glob("socialneet-*.sqlite"))
    assert len(made) == 1 and str(made[0]) in driver.texts[0]
    add_organization(database, "Aggiunta dopo")
    window.set_database(database)

    def pick_the_backup(dialog) -> None:
        assert isinstance(dialog, ServerRestoreDialog)
        dialog.table.selectRow(0)
        dialog.restore_button.click()

    steps = [pick_the_backup, answer(QMessageBox.StandardButton.Yes)]
    driver = ModalDriver([*steps, answer(QMessageBox.StandardButton.Ok)])
    file_action(window, "Restore from backup").trigger()
    driver.stop()
    assert driver.seen == ["ServerRestoreDialog", "QMessageBox", "QMessageBox"], driver.texts
    assert server.database in driver.texts[1] and server.host in driver.texts[1]
    assert names(database) == ["Comune di Terni"]
    assert asked_the_file_way == []
    window.set_database(None)
    database.close()


def test_upload_this_database_from_the_window(qtbot, postgres_template, database):
    add_organization(database, "Comune di Narni")
    target = empty_database(postgres_template)
    window = MainWindow(database)
    qtbot.addWidget(window)

    def fill_and_upload(dialog) -> None:
        assert isinstance(dialog, UploadDialog)
        dialog.host.setText(target.host)
        dialog.port.setValue(target.port)
        dialog.name.setText(target.database)
        dialog.user.setText(target.user)
        dialog.ok_button.click()

    driver = ModalDriver([fill_and_upload, answer(QMessageBox.StandardButton.Yes)])
    try:
        file_action(window, "Upload this database").trigger()
        driver.stop()
        assert driver.seen == ["UploadDialog", "QMessageBox"]
        assert "every table" in driver.texts[1] and target.shown in driver.texts[1]
        assert window.database.server == target  # connected, as the report offered
        assert names(window.database) == ["Comune di Narni"]
        window.database.close()
        window.set_database(None)
        server = open_server(target)
        assert names(server) == ["Comune di Narni"]
        server.close()
    finally:
        drop_database(postgres_template, target.database)
