"""The main window's toolbar: New, Save, Delete, Print, Export, Search, acting on the list
shown (issue 16: no "New" button, only Ctrl+N or the menu).

Save keeps the list's layout (columns shown, widths, sort), as Save does on an Access
datasheet: records themselves are saved in their editors. Delete moves the selected rows to
the recycle bin after asking. Print offers the File > Print menu.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QStyle, QToolBar, QToolButton

from socialneet_desktop.i18n import translate
from socialneet_desktop.ui.print_menu import build_print_menu

if TYPE_CHECKING:
    from socialneet_desktop.ui.main_window import MainWindow

ICONS = {
    "new": QStyle.StandardPixmap.SP_FileIcon,
    "save": QStyle.StandardPixmap.SP_DialogSaveButton,
    "delete": QStyle.StandardPixmap.SP_TrashIcon,
    "print": QStyle.StandardPixmap.SP_FileDialogDetailedView,
    "export": QStyle.StandardPixmap.SP_DialogOpenButton,
    "search": QStyle.StandardPixmap.SP_FileDialogContentsView,
}


class MainToolBar(QToolBar):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(translate("MainToolBar", "Toolbar"), window)
        self.setObjectName("main_toolbar")
        self.setMovable(False)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.window_ = window
        self.actions_by_name: dict[str, QAction] = {}
        self._add(
            "new",
            translate("MainToolBar", "New"),
            window.new_record,
            translate("MainToolBar", "A new record of the list shown (Ctrl+N)"),
        )
        self._add(
            "save",
            translate("MainToolBar", "Save"),
            self.save_layout,
            translate("MainToolBar", "Keep the list's columns, widths and order"),
        )
        self._add(
            "delete",
            translate("MainToolBar", "Delete"),
            self.delete_selected,
            translate("MainToolBar", "Move the selected records to the recycle bin"),
        )
        self._add_print()
        self._add(
            "export",
            translate("MainToolBar", "Export"),
            window.export_list,
            translate("MainToolBar", "The records chosen, or the whole list, to Excel (Ctrl+E)"),
        )
        self._add("search", translate("MainToolBar", "Search"), window.focus_search,
                  translate("MainToolBar", "Search in the list shown (Ctrl+F)"))  # fmt: skip

    def _add(self, name: str, text: str, slot, tip: str) -> QAction:
        action = QAction(self.style().standardIcon(ICONS[name]), text, self)
        action.setObjectName(f"toolbar_{name}")
        action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        self.actions_by_name[name] = action
        return action

    def _add_print(self) -> None:
        menu = QMenu(self)
        build_print_menu(self.window_, menu)
        action = self._add(
            "print",
            translate("MainToolBar", "Print"),
            lambda: None,
            translate("MainToolBar", "Documents of the selected record, registers and lists"),
        )
        action.setMenu(menu)
        button = self.widgetForAction(action)
        if isinstance(button, QToolButton):
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

    def set_list_shown(self, shown: bool) -> None:
        """On the home page only New stays (a new contact); the others need a list."""
        for name, action in self.actions_by_name.items():
            action.setEnabled(shown or name in ("new", "print"))

    def save_layout(self) -> None:
        page = self.window_.current_list()
        if page is not None:
            page.save_layout()
            self.window_.statusBar().showMessage(
                translate("MainToolBar", "The layout of the list is kept."), 4000
            )

    def delete_selected(self) -> None:
        """The rows chosen in the list, as its right-click Delete does (one question, one
        transaction, refused when a row changed elsewhere since it was read)."""
        from socialneet_desktop.ui.views.list_actions import delete_selected, selected_rows

        page = self.window_.current_list()
        if page is None or self.window_.database is None:
            return
        if not selected_rows(page):
            QMessageBox.information(
                self.window_,
                translate("MainToolBar", "Delete"),
                translate("MainToolBar", "Select the records to delete in the list first."),
            )
            return
        delete_selected(page)
