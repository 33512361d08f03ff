"""The main window of issue 16, item 1: the home page first, the toolbar acting on the list
shown, maximised the first time, the association's details asked at the first start."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from socialneet_desktop.app import Application
from socialneet_desktop.db import models
from socialneet_desktop.services.demo import fill_demo
from socialneet_desktop.services.record_kinds import RECORD_KINDS
from socialneet_desktop.ui.editors.settings_editor import SettingsEditor
from socialneet_desktop.ui.main_window import GEOMETRY_KEY
from socialneet_desktop.ui.user_settings import user_settings

TOOLBAR = ["New", "Save", "Delete", "Print", "Export", "Search"]


def _window(qtbot, database):
    application = Application(database)
    qtbot.addWidget(application.window)
    application.window.show()
    qtbot.waitExposed(application.window)
    return application.window


def test_the_home_page_comes_first_and_the_toolbar_acts_on_the_list(qtbot, database):
    window = _window(qtbot, database)
    assert window.current_list() is None and window.home.isVisible()
    toolbar = window.toolbar.actions_by_name
    assert [action.text() for action in toolbar.values()] == TOOLBAR
    assert toolbar["new"].isEnabled() and not toolbar["delete"].isEnabled()
    qtbot.waitUntil(lambda: window.home.figures is not None, timeout=20000)
    window.navigation.setCurrentRow(0)  # the first kind, although it was the page behind
    assert window.current_list() is window.pages.widget(0) and toolbar["delete"].isEnabled()
    toolbar["search"].trigger()
    assert QApplication.focusWidget() is window.pages.widget(0).search
    window.home_button.click()
    assert window.current_list() is None
    window.close()


def test_new_from_the_toolbar_opens_the_editor_of_the_list_shown(qtbot, database):
    window = _window(qtbot, database)
    staff_row = [kind.key for kind in RECORD_KINDS].index("staff")
    window.navigation.setCurrentRow(staff_row)
    window.toolbar.actions_by_name["new"].trigger()
    editors = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]
    assert [type(editor).__name__ for editor in editors] == ["StaffEditor"]
    editors[0].reject()
    window.close()


def test_delete_from_the_toolbar_moves_the_selected_rows_to_the_recycle_bin(
    qtbot, database, monkeypatch
):
    with database.session() as session:
        session.add_all(
            [models.Staff(first_name=name, last_name="Neri") for name in ("Anna", "Bruno", "Carla")]
        )
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or QMessageBox.Yes
    )
    window = _window(qtbot, database)
    window.navigation.setCurrentRow([kind.key for kind in RECORD_KINDS].index("staff"))
    page = window.current_list()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10000)
    page.table.selectRow(0)
    page.table.selectionModel().select(
        page.model.index(1, 0),
        page.table.selectionModel().SelectionFlag.Select
        | page.table.selectionModel().SelectionFlag.Rows,
    )
    window.toolbar.actions_by_name["delete"].trigger()
    assert asked == ["Move 2 records to the recycle bin? They can be restored from there."]
    with database.read_session() as session:
        gone = session.query(models.Staff).filter(models.Staff.deleted_at.is_not(None)).count()
    assert gone == 2
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    window.close()


def test_the_window_opens_maximised_the_first_time(qtbot, database):
    user_settings().remove(GEOMETRY_KEY)
    window = _window(qtbot, database)
    assert window.isMaximized()
    window.close()


def test_the_first_start_asks_the_association_details(qtbot, tmp_path):
    application = Application()
    qtbot.addWidget(application.window)
    application.window.show()
    qtbot.waitExposed(application.window)
    application.open_first(tmp_path / "nuova.sqlite")
    dialog = application.first_start
    assert isinstance(dialog, SettingsEditor) and dialog.first_start and dialog.isVisible()
    dialog.reject()
    application.window.close()
    application.database.close()


def test_a_file_with_the_details_asks_nothing_at_start(qtbot, tmp_path):
    from socialneet_desktop.db.database import open_database

    path = tmp_path / "ufficio.sqlite"
    database = open_database(path)
    fill_demo(database, contacts=5)
    database.close()
    application = Application()
    qtbot.addWidget(application.window)
    application.window.show()
    application.open_first(path)
    assert application.first_start is None
    application.window.close()
    application.database.close()
