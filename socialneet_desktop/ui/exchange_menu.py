"""The window's entries of the exchange (issue 21): File > Exchange (prepare, receive, this
computer's name), View > Conflicts…, Edit > Merge the two selected records….

Kept apart from the dialogs so that building the menus loads nothing more (the window is
built before SQLAlchemy is loaded): each dialog's module is imported when it is used.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox

from socialneet_desktop.i18n import translate


def _tr(text: str) -> str:
    return translate("ExchangeDialogs", text)


def _action(window, menu: QMenu, text: str, slot) -> QAction:
    action = QAction(text, window)
    action.triggered.connect(lambda _checked=False: slot())
    menu.addAction(action)
    return action


def _changed(window) -> None:
    """After a package, a decision or a merge: the lists and the home page read again."""
    reload = getattr(window, "reload_lists", None)
    if reload is not None:
        reload("")


def add_exchange_menu(window, file_menu: QMenu) -> QMenu:
    menu = file_menu.addMenu(_tr("E&xchange"))
    menu.setObjectName("exchange_menu")
    _action(window, menu, _tr("&Prepare a package for…"), lambda: prepare(window))
    _action(window, menu, _tr("&Receive a package…"), lambda: receive(window))
    menu.addSeparator()
    _action(window, menu, _tr("This computer's &name…"), lambda: rename(window))
    return menu


def prepare(window) -> None:
    from socialneet_desktop.ui.exchange_dialogs import prepare_package

    if window.database is not None:
        prepare_package(window, window.database)


def receive(window) -> None:
    from socialneet_desktop.ui.exchange_dialogs import receive_package

    if window.database is not None and receive_package(window, window.database):
        _changed(window)


def rename(window) -> None:
    from socialneet_desktop.ui.exchange_dialogs import rename_this_computer

    if window.database is not None:
        rename_this_computer(window, window.database)


def add_conflicts_action(window, view_menu: QMenu) -> QAction:
    return _action(window, view_menu, _tr("&Conflicts…"), lambda: review_conflicts(window))


def review_conflicts(window) -> None:
    from socialneet_desktop.ui.conflicts_dialog import ConflictsDialog

    if window.database is not None:
        ConflictsDialog(window.database, window).exec()
        _changed(window)


def add_merge_action(window, edit_menu: QMenu) -> QAction:
    text = _tr("&Merge the two selected records…")
    return _action(window, edit_menu, text, lambda: merge_selected(window))


def merge_selected(window) -> None:
    """Edit > Merge the two selected records…: those of the list shown."""
    page = window.current_list() if window.database is not None else None
    if page is not None:
        merge_rows(page)
    else:
        _choose_two(window)


def merge_rows(page) -> bool:
    """The two rows chosen in `page` (a RecordListPage) merged: the upper one is kept by
    default (the dialog says which; field by field the user chooses). Also the list's
    right-click menu."""
    from socialneet_desktop.services.exchange.record_merge import RecordRef
    from socialneet_desktop.ui.export_dialogs import chosen_ids
    from socialneet_desktop.ui.record_merge_dialog import merge_two

    ids, database = chosen_ids(page), page.model.database
    if len(ids) != 2 or database is None:
        _choose_two(page)
        return False
    kind = page.kind.key
    if not merge_two(page, database, RecordRef(kind, ids[0]), RecordRef(kind, ids[1])):
        return False
    page.records_deleted.emit(1)  # the window reads its lists again
    page.model.reload()
    return True


def _choose_two(parent) -> None:
    QMessageBox.information(parent, _tr("Merge two records"), _tr(
        "Choose two rows of the same list (Ctrl+click), the two records that are the same "
        "person or organisation, then merge them."))  # fmt: skip
