"""Help → Guide (F1) and Help → Keyboard shortcuts: the actions, built with the window; their
dialogs (ui/help_dialogs.py, with the widgets they need) are loaded when one is chosen."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from socialneet_desktop.i18n import translate


def add_help_actions(window: QMainWindow, help_menu: QMenu) -> None:
    """Guide (F1) and Keyboard shortcuts, at the top of the Help menu."""
    first = help_menu.actions()[0] if help_menu.actions() else None
    guide = QAction(translate("Help", "&Guide"), window)
    guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    guide.triggered.connect(lambda: _open(window, "GuideDialog"))
    keys = QAction(translate("Help", "&Keyboard shortcuts"), window)
    keys.triggered.connect(lambda: _open(window, "ShortcutsDialog"))
    help_menu.insertActions(first, [guide, keys])
    if first is not None:
        help_menu.insertSeparator(first)


def _open(window: QMainWindow, dialog: str) -> None:
    from socialneet_desktop.ui import help_dialogs

    getattr(help_dialogs, dialog)(window).exec()
