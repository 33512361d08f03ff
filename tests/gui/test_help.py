"""Help → Guide and Help → Keyboard shortcuts, from the real window's menus."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog

from socialneet_desktop.app import Application
from socialneet_desktop.i18n import install_translators
from socialneet_desktop.ui import help_dialogs
from socialneet_desktop.ui.help_dialogs import GuideDialog, ShortcutsDialog, menu_shortcuts


def _window(qtbot, database):
    application = Application(database)
    qtbot.addWidget(application.window)
    application.window.show()
    qtbot.waitExposed(application.window)
    return application.window


def _help_actions(window) -> dict[str, object]:
    help_menu = window.menuBar().actions()[-1].menu()
    return {action.text(): action for action in help_menu.actions() if not action.isSeparator()}


def test_the_help_menu_opens_the_guide_and_the_shortcuts(qtbot, database, monkeypatch):
    shown = []
    monkeypatch.setattr(QDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    window = _window(qtbot, database)
    actions = _help_actions(window)
    assert {"&Guide", "&Keyboard shortcuts"} <= set(actions)
    actions["&Guide"].trigger()
    actions["&Keyboard shortcuts"].trigger()
    assert [type(dialog) for dialog in shown] == [GuideDialog, ShortcutsDialog]
    assert actions["&Guide"].shortcut().toString() == "F1"


def test_the_guide_is_the_shipped_italian_guide(qtbot):
    assert help_dialogs.guide_path().is_file()
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "SocialNEET Desktop – Guida" in text
    for section in ("Il lavoro di ogni giorno", "Stampare", "Backup", "Dati personali"):
        assert section in text


def test_the_shortcuts_are_those_of_the_menus_in_italian(qtbot, database):
    install_translators(QApplication.instance(), "it")
    try:
        window = _window(qtbot, database)
        shortcuts = dict(menu_shortcuts(window))
        assert shortcuts["Ctrl+N"] == "File → Nuova scheda…"
        assert shortcuts["Ctrl+F"] == "Modifica → Trova…"
        assert shortcuts["Ctrl+5"] == "Visualizza → Contatti NEET"  # after Bisogni (issue 23)
        dialog = ShortcutsDialog(window)
        qtbot.addWidget(dialog)
        rows = [
            (dialog.table.item(row, 0).text(), dialog.table.item(row, 1).text())
            for row in range(dialog.table.rowCount())
        ]
        assert ("Ctrl+E", "File → Esporta l'elenco in Excel…") in rows
        assert ("Ctrl+S", "Salvare la scheda") in rows
    finally:
        install_translators(QApplication.instance(), "en")
