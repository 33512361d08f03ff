"""Issue 15: the window may start on the list used last instead of the home page (Preferences),
so that a user who works in a list sees its first rows at once; the home page is then built
only when it is first shown. The choice is typed in the Preferences dialog (Alt+S, Enter)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from socialneet_desktop.ui import user_settings
from socialneet_desktop.ui.main_window import MainWindow
from socialneet_desktop.ui.preferences_dialog import PreferencesDialog


def test_the_start_preference_is_off_by_default_and_typed_in_the_dialog(qtbot):
    user_settings.user_settings().remove(user_settings.START_KEY)
    assert user_settings.start_on_last_list() is False
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert not dialog.start_on_list.isChecked()
    # the underlined S (Qt clicks the box a moment later: animateClick)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.start_on_list.isChecked)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # OK
    assert user_settings.start_on_last_list() is True
    again = PreferencesDialog()
    qtbot.addWidget(again)
    assert again.start_on_list.isChecked()
    again.start_on_list.setChecked(False)
    again.reject()  # cancelled: nothing changes
    assert user_settings.start_on_last_list() is True
    user_settings.set_start_on_last_list(False)


def test_the_window_starts_on_the_list_used_last_and_builds_the_home_page_when_shown(qtbot):
    first = MainWindow(start_list=None)  # the default: the home page
    qtbot.addWidget(first)
    assert first.current_list() is None and first._home is not None
    first.show_kind("visits")
    first.close()  # the list shown last is kept with the window's geometry
    assert user_settings.last_list() == "visits"

    window = MainWindow(start_list=user_settings.last_list())
    qtbot.addWidget(window)
    assert window.current_list().kind.key == "visits"
    assert window._home is None, "the home page was built for a start on a list"
    window.show_home()
    assert window._home is not None and window.current_list() is None
    window.close()


def test_an_unknown_or_empty_last_list_starts_on_the_first_list(qtbot):
    for start in ("", "no_such_kind"):
        window = MainWindow(start_list=start)
        qtbot.addWidget(window)
        assert window.current_list() is window.pages.currentWidget()
        assert window.navigation.currentRow() == 0
        window.close()
