"""The window started on the office server (issue 20): `--database` and SOCIALNEET_DATABASE take
a server's address, not only a file's; File > Connect… goes through the application's own
switch, so the checks and the exit backup follow the database shown; a server database has no
file to check or copy at the exit."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QApplication

from socialneet_desktop import app as app_module
from socialneet_desktop.app import Application, chosen_server_url
from socialneet_desktop.db.server import open_server
from socialneet_desktop.ui.deferred_opening import close_with_exit_backup
from socialneet_desktop.ui.server_dialog import ServerDialog
from tests.conftest import ROOT
from tests.helpers_server import drop_database, new_database

START_TIMEOUT_S = 180  # a safety stop for a process that hangs, not a speed requirement


@pytest.fixture
def server(postgres_template):
    address = new_database(postgres_template)
    yield address
    drop_database(postgres_template, address.database)


def _url(address) -> str:
    return f"postgresql+psycopg://{address.user}@{address.host}:{address.port}/{address.database}"


def test_the_address_is_taken_from_the_option_then_the_environment(monkeypatch) -> None:
    monkeypatch.setenv("SOCIALNEET_DATABASE", "postgresql://anna@server/socialneet")
    assert chosen_server_url(None) == "postgresql://anna@server/socialneet"
    assert chosen_server_url("C:/Dati/socialneet.sqlite") is None  # a file given wins
    monkeypatch.setenv("SOCIALNEET_DATABASE", "/home/anna/socialneet.sqlite")
    assert chosen_server_url(None) is None
    assert chosen_server_url("postgresql+psycopg://anna@server/x") == (
        "postgresql+psycopg://anna@server/x"
    )


def test_the_window_starts_on_a_server_and_paints_its_rows(server, tmp_path) -> None:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    environment["PYTHONPATH"] = str(ROOT)
    environment["SOCIALNEET_DATABASE"] = _url(server)
    finished = subprocess.run(
        [sys.executable, "-m", "socialneet_desktop.app", "--quit-after-first-rows"],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=START_TIMEOUT_S,
    )
    assert finished.returncode == 0, finished.stderr
    assert float(finished.stdout.strip().splitlines()[-1]) > 0  # the seconds to the first rows
    assert not list(tmp_path.rglob("*.sqlite")), "no local file was created for a server"


def test_a_refused_address_opens_the_connection_dialog_filled_in(
    server, qtbot, monkeypatch
) -> None:
    application = Application()
    qtbot.addWidget(application.window)
    seen = {}

    def answer(dialog: ServerDialog) -> int:
        seen["host"], seen["database"] = dialog.host.text(), dialog.name.text()
        seen["message"] = dialog.message.text()
        return 0  # Cancel

    monkeypatch.setattr(ServerDialog, "exec", answer)
    exits = []  # the application's exit code (a real exit would end later tests' loops)
    monkeypatch.setattr(app_module.QCoreApplication, "exit", staticmethod(exits.append))
    missing = replace(server, database=server.database + "_missing")
    application.open_server_first(_url(missing))
    assert exits == [1]  # Cancel quits the start-up
    assert seen["host"] == server.host
    assert seen["database"] == missing.database
    assert missing.database in seen["message"] or seen["message"]  # told why, in the dialog
    assert application.database is None


def test_connect_goes_through_the_application_and_the_exit_has_no_file_to_copy(
    server, qtbot
) -> None:
    application = Application()
    qtbot.addWidget(application.window)
    database = open_server(server)
    application.window.show_opened_database(database)  # what File > Connect… calls
    QApplication.processEvents()
    assert application.database is database
    assert application.window.database is database
    assert not application.deferred.running()  # no SQLite check of a server
    assert close_with_exit_backup(database) is False
    assert database.closed
