"""View > Needs and resources… (issue 23): the main window adds it with one line; the
matrix and what it needs (networkx, the workbook) load only when it is chosen."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from socialneet_desktop.i18n import translate


def add_matching_action(window, view_menu: QMenu) -> QAction:
    action = QAction(translate("MatchingMatrix", "&Needs and resources…"), window)
    action.triggered.connect(lambda _checked=False: open_matrix(window))
    view_menu.addAction(action)
    return action


def open_matrix(window) -> None:
    from socialneet_desktop.ui.views.matching_matrix import MatchingMatrix

    if window.database is not None:
        MatchingMatrix(window.database, window).exec()
        window.reload_lists("")  # needs and resources change status
