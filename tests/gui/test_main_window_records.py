"""From the main window to the editors and back: open, create, refresh, recycle bin."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from socialneet_desktop.app import Application
from socialneet_desktop.db.models import Staff
from socialneet_desktop.services.record_kinds import RECORD_KINDS
from socialneet_desktop.ui.editors.staff_editor import StaffEditor
from socialneet_desktop.ui.views.recycle_bin_dialog import RecycleBinDialog


def shown_window(qtbot, database, monkeypatch, opened):
    monkeypatch.setattr(QDialog, "open", lambda dialog: opened.append(dialog))
    application = Application(database)
    qtbot.addWidget(application.window)
    application.window.show()
    qtbot.waitExposed(application.window)
    application.window.activateWindow()
    qtbot.waitUntil(application.window.isActiveWindow)
    return application.window


def staff_row() -> int:
    """The staff's row in the navigation, looked up: new kinds move the rows after them."""
    return [kind.key for kind in RECORD_KINDS].index("staff")


def test_enter_on_a_row_opens_its_editor_and_a_save_refreshes_the_list(
    qtbot, database, monkeypatch
):
    with database.session() as session:
        session.add(Staff(first_name="Anna", last_name="Bianchi"))
    opened: list[QDialog] = []
    window = shown_window(qtbot, database, monkeypatch, opened)
    window.navigation.setCurrentRow(staff_row())
    page = window.pages.currentWidget()
    qtbot.waitUntil(lambda: page.table.model().rowCount() == 1)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert isinstance(opened[-1], StaffEditor)
    editor = opened[-1]
    editor.show()
    qtbot.waitExposed(editor)
    editor.ui.last_name.selectAll()
    qtbot.keyClicks(editor.ui.last_name, "Bianchi-Neri")
    save = editor.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.table.model().index(0, 0).data() == "Bianchi-Neri")
    assert window.counts_label.text().startswith("Staff: 1")


def test_ctrl_n_opens_a_new_record_of_the_current_kind(qtbot, database, monkeypatch):
    opened: list[QDialog] = []
    window = shown_window(qtbot, database, monkeypatch, opened)
    window.navigation.setCurrentRow(staff_row())
    qtbot.keyClick(window.navigation, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(opened[-1], StaffEditor)
    assert opened[-1].record_id is None


def test_the_recycle_bin_opens_from_the_view_menu(qtbot, database, monkeypatch):
    opened: list[QDialog] = []
    window = shown_window(qtbot, database, monkeypatch, opened)
    view_menu = window.menuBar().actions()[2].menu()
    bin_action = next(a for a in view_menu.actions() if "Recycle" in a.text())
    bin_action.trigger()
    assert isinstance(opened[-1], RecycleBinDialog)


def test_the_backup_folder_chosen_in_the_settings_receives_the_backups(
    qtbot, database, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from socialneet_desktop.ui import file_dialogs
    from socialneet_desktop.ui.backup_dialogs import back_up_now
    from socialneet_desktop.ui.editors.settings_editor import SettingsEditor
    from socialneet_desktop.ui.opening import chosen_backup_folder

    stick = tmp_path / "chiavetta"
    stick.mkdir()
    editor = SettingsEditor(database)
    qtbot.addWidget(editor)
    monkeypatch.setattr(file_dialogs, "existing_folder_name", lambda *a, **k: str(stick))
    editor.choose_backup_folder()
    qtbot.keyClicks(editor.ui.association_name, "Associazione Artigiani Terni")
    editor.accept()
    assert chosen_backup_folder(database.path) == stick
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    made = back_up_now(database, None, chosen_backup_folder(database.path))
    assert made.parent == stick and made.exists()
