"""The office server's entries of the main window (issue 20), in one place for it to hook:

- File > Connect to the office server… (ui.server_dialog) and File > Upload this database to
  the office server… (ui.server_upload_dialog): `add_server_actions(window, file_menu)`;
- File > Back up now and Restore from backup… on a server database (ui.server_backup):
  `back_up_or` / `restore_or`, which leave a file's to the application;
- the title and status bar's words for a server database: `where_shown`.

The dialogs are loaded when first used (a file's start-up does not wait for them).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.ui.server_words import server_of


def add_server_actions(window, file_menu) -> QAction:
    """The "Connect to the office server…" and "Upload this database to the office
    server…" entries of `file_menu`; the first is returned."""
    action = QAction(translate("ServerDialog", "Connect to the office &server…"), window)

    def open_dialog() -> None:
        from socialneet_desktop.ui.server_dialog import ServerDialog, show_server_database

        dialog = ServerDialog(window)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.database is not None:
            # the application's own switch when there is one (its checks and exit backup
            # then follow the database shown), else the window alone
            show = getattr(window, "show_opened_database", None)
            show(dialog.database) if show else show_server_database(window, dialog.database)

    def upload() -> None:
        from socialneet_desktop.ui.server_upload_dialog import upload_with_dialog

        upload_with_dialog(window)

    action.triggered.connect(open_dialog)
    file_menu.addAction(action)
    upload_action = QAction(
        translate("ServerDialog", "Upload t&his database to the office server…"), window
    )
    upload_action.setObjectName("server_upload_action")
    upload_action.triggered.connect(upload)
    file_menu.addAction(upload_action)
    return action


def back_up_or(window, otherwise: Callable[[], None]) -> None:
    """File > Back up now: the server's backup (ui.server_backup) on a server database,
    else `otherwise()` (the application's, for a file)."""
    if server_of(window) is None:
        otherwise()
        return
    from socialneet_desktop.ui.server_backup import back_up_server

    back_up_server(window)


def restore_or(window, otherwise: Callable[[], None]) -> None:
    """File > Restore from backup…: the server's restore on a server database, else
    `otherwise()`."""
    if server_of(window) is None:
        otherwise()
        return
    from socialneet_desktop.ui.server_backup import restore_server

    restore_server(window)


def where_shown(database) -> tuple[str, str]:
    """(the window title's name, the status bar's place) of `database`: a file's name and
    path; for a server database "DATABASE on HOST" and its address, never a local folder."""
    address = getattr(database, "server", None)
    if address is None:
        return database.path.name, str(database.path)
    name = fill(translate("ServerDialog", "%1 on %2"), address.database, address.host)
    return name, address.shown
