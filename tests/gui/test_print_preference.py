"""Item 9 of issue 16: printing goes straight to the PDF viewer unless the user asks, in
Preferences, to be asked where to save every time."""

from __future__ import annotations

from socialneet_desktop.ui import user_settings
from socialneet_desktop.ui.preferences_dialog import PreferencesDialog


def test_the_preference_is_off_by_default_and_kept_from_the_dialog(qtbot):
    user_settings.user_settings().remove(user_settings.ASK_WHERE_KEY)
    assert user_settings.always_ask_where_to_save() is False
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    box = dialog.findChild(type(dialog.ask_where), "always_ask_where_to_save")
    assert not box.isChecked()
    box.click()
    dialog.accept()
    assert user_settings.always_ask_where_to_save() is True
    again = PreferencesDialog()
    qtbot.addWidget(again)
    assert again.ask_where.isChecked()
    again.ask_where.setChecked(False)
    again.reject()  # cancelled: nothing changes
    assert user_settings.always_ask_where_to_save() is True
    user_settings.set_always_ask_where_to_save(False)
    assert user_settings.always_ask_where_to_save() is False
