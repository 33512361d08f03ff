"""The dialogs of Help → Guide (the user guide shipped as HTML) and Help → Keyboard shortcuts
(their actions: ui/help_menu.py, which imports this module when one is chosen).

The shortcuts are read from the window's own menus when the dialog opens, so the list can
never disagree with the menus; the keys of the editors, which no menu holds, are added.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.i18n import translate
from socialneet_desktop.paths import resource

GUIDE = ("guide", "guida.html")
EDITOR_KEYS = (
    ("Enter", QT_TRANSLATE_NOOP("Help", "Open the selected record")),
    ("Tab", QT_TRANSLATE_NOOP("Help", "Next field")),
    ("Shift+Tab", QT_TRANSLATE_NOOP("Help", "Previous field")),
    ("Alt+…", QT_TRANSLATE_NOOP("Help", "The field or button whose letter is underlined")),
    ("Ctrl+S", QT_TRANSLATE_NOOP("Help", "Save the record")),
    ("Esc", QT_TRANSLATE_NOOP("Help", "Close the record (asking first if something is unsaved)")),
)


def guide_path():
    return resource(*GUIDE)


class GuideDialog(QDialog):
    """The guide in the program; a button opens it in the system browser."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Help", "Guide"))
        self.resize(780, 600)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setSource(QUrl.fromLocalFile(str(guide_path())))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.browser_button = QPushButton(translate("Help", "Open in the &browser"), self)
        self.browser_button.setAutoDefault(False)
        buttons.addButton(self.browser_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.browser_button.clicked.connect(self.open_in_browser)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)

    def open_in_browser(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(guide_path())))


def menu_shortcuts(window: QMainWindow) -> list[tuple[str, str]]:
    """(key, "Menu → Command") of every menu command that has a shortcut, in menu order."""
    found: list[tuple[str, str]] = []

    def walk(menu: QMenu, path: list[str]) -> None:
        for action in menu.actions():
            text = action.text().replace("&", "")
            if action.menu() is not None:
                walk(action.menu(), [*path, text])
            elif not action.isSeparator() and not action.shortcut().isEmpty():
                key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                found.append((key, " → ".join([*path, text])))

    for action in window.menuBar().actions():
        if action.menu() is not None:
            walk(action.menu(), [action.text().replace("&", "")])
    return found


class ShortcutsDialog(QDialog):
    """Every shortcut of the menus, then the keys of lists and editors."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(translate("Help", "Keyboard shortcuts"))
        self.resize(620, 520)
        rows = menu_shortcuts(window) + [
            (key, translate("Help", what)) for key, what in EDITOR_KEYS
        ]
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([translate("Help", "Keys"), translate("Help", "Does")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        for number, (key, what) in enumerate(rows):
            self.table.setItem(number, 0, QTableWidgetItem(key))
            self.table.setItem(number, 1, QTableWidgetItem(what))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
