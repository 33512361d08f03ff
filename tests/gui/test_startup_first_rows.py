"""Issue 15, start-up: what waits for the first rows. The association's details of a file
that exists are looked for once its first rows are painted (a query and its imports, no
longer in front of the user); a list read empty ends the start-up too (its watch fires, so
the deferred checks and that question do not wait for rows that never come)."""

from __future__ import annotations

from socialneet_desktop.app import Application
from socialneet_desktop.db.database import open_database
from socialneet_desktop.db.models import NeetContact
from socialneet_desktop.services.records import create_record
from socialneet_desktop.ui.editors.settings_editor import SettingsEditor
from socialneet_desktop.ui.main_window import MainWindow


def started(qtbot) -> Application:
    application = Application()
    qtbot.addWidget(application.window)
    application.window.show()
    qtbot.waitExposed(application.window)
    return application


def closed(application: Application) -> None:
    if application.first_start is not None:
        application.first_start.reject()
    application.window.close()
    application.deferred.wait()
    application.window.home.wait()
    application.database.close()


def test_the_missing_details_are_asked_once_the_first_rows_are_painted(qtbot, tmp_path):
    path = tmp_path / "ufficio.sqlite"
    database = open_database(path)  # a file without the association's details
    with database.session() as session:
        create_record(session, NeetContact, {"last_name": "Rossi"}, user="t")
    database.close()
    application = started(qtbot)
    application.open_first(path)
    assert application.first_start is None  # not yet: the rows come first
    qtbot.waitUntil(lambda: application.first_start is not None, timeout=20000)
    dialog = application.first_start
    assert isinstance(dialog, SettingsEditor) and dialog.first_start and dialog.isVisible()
    assert application.window.home.recent.count() > 0  # the rows were there before it
    closed(application)


def test_a_list_read_empty_ends_the_start_up(qtbot, tmp_path):
    database = open_database(tmp_path / "vuoto.sqlite")
    window = MainWindow(None)
    qtbot.addWidget(window)
    window.show_list()
    window.show()
    qtbot.waitExposed(window)
    watch = window.first_rows_watch()
    with qtbot.waitSignal(watch.painted, timeout=20000):
        window.set_database(database)
    assert window.current_list().model.rowCount() == 0
    window.close()
    window.home.wait()
    database.close()
