"""View > Cooperation map… (issue 22; M its letter, C is the conflicts'): the main window
adds it with one line; the map and what it needs (networkx, reportlab) load only when it is
chosen. The map is a window of its own beside the main one, so an organisation opened from
it is edited while it stays open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from socialneet_desktop.i18n import translate


def add_cooperation_map_action(window, view_menu: QMenu) -> QAction:
    action = QAction(translate("CooperationMap", "Cooperation &map…"), window)
    action.triggered.connect(lambda _checked=False: open_cooperation_map(window))
    view_menu.addAction(action)
    return action


def open_cooperation_map(window):
    from socialneet_desktop.ui.views.cooperation_map import CooperationMapWindow

    if window.database is None:
        return None
    shown = CooperationMapWindow(window.database, window.opener, window)
    shown.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    shown.show()
    return shown
