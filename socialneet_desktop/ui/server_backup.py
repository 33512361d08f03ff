"""File > Back up now and File > Restore from backup… when the window shows a database on the
office server (db.server_backup, db.server_restore); a file's go on as before
(ui.server_menu.back_up_or / restore_or choose, and load this module only for a server).

Restoring is for managers only: it is refused at once for
anyone else, and asked first, naming the server and the database, since every desktop
connected to it sees the backup's data afterwards.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from socialneet_desktop.domain.italian_dates import format_italian_datetime
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.ui.backup_dialogs import RestoreDialog
from socialneet_desktop.ui.busy import run_busy
from socialneet_desktop.ui.server_words import describe_problem, server_of


def _title() -> str:
    return translate("ServerBackup", "Back up now")


def back_up_server(window) -> None:
    """The SocialNEET file (and the dump) of the server database; where they went said."""
    from socialneet_desktop.db.server_backup import back_up

    database = window.database
    label = translate("ServerBackup", "Backing up the office server's database…")
    try:
        made = run_busy(window, label, lambda: back_up(database))
    except Exception as error:  # noqa: BLE001 - told: the connection, the disk, the rights
        _tell_problem(window, _title(), error)
        return
    lines = [fill(translate("ServerBackup", "The backup was saved as %1."), made.file)]
    if made.dump is not None:
        lines.append(
            fill(translate("ServerBackup", "A PostgreSQL dump was saved as %1."), made.dump)
        )
    elif made.dump_problem:
        lines.append(
            fill(
                translate(
                    "ServerBackup",
                    "The PostgreSQL dump could not be made (the SocialNEET backup is complete "
                    "all the same): %1",
                ),
                made.dump_problem,
            )
        )
    QMessageBox.information(window, _title(), "\n\n".join(lines))


def restore_server(window) -> None:
    from socialneet_desktop.db.server_backup import backup_folder
    from socialneet_desktop.db.server_restore import NOT_A_MANAGER, is_manager

    database, address = window.database, server_of(window)
    title = translate("ServerBackup", "Restore the office server")
    with database.engine.connect() as connection:
        manager = is_manager(connection)
    if not manager:
        refused = fill(translate("Server", NOT_A_MANAGER), address.shown, address.user)
        QMessageBox.warning(window, title, refused)
        return
    dialog = ServerRestoreDialog(backup_folder(address), address, window)
    if dialog.exec() != ServerRestoreDialog.DialogCode.Accepted or dialog.chosen() is None:
        return
    restore_chosen(window, dialog.chosen().path)


def restore_chosen(window, path) -> bool:
    """Restore the server from the SocialNEET file `path`; the window shows the result."""
    from socialneet_desktop.db.server_backup import backup_folder
    from socialneet_desktop.db.server_restore import restore_from_file

    database, address = window.database, server_of(window)
    title = translate("ServerBackup", "Restore the office server")
    label = translate("ServerBackup", "Restoring the office server's database…")
    folder = backup_folder(address)
    try:
        run_busy(window, label, lambda: restore_from_file(database.engine, address, path, folder))
    except Exception as error:  # noqa: BLE001 - told; the server kept what it had
        _tell_problem(window, title, error)
        return False
    window.set_database(database)  # every list read again
    QMessageBox.information(
        window,
        title,
        fill(
            translate("ServerBackup", "The database %1 on the server %2 now holds the backup %3."),
            address.database,
            address.host,
            path,
        ),
    )
    return True


class ServerRestoreDialog(RestoreDialog):
    """The backups of the server database kept on this computer; the question names the
    server, since the other desktops see the backup's data too."""

    def __init__(self, folder, address, parent: QWidget | None = None) -> None:
        super().__init__(folder, parent)
        self.address = address
        self.setWindowTitle(translate("ServerBackup", "Restore the office server"))

    def accept(self) -> None:
        entry = self.chosen()
        if entry is None:
            return
        question = fill(
            translate(
                "ServerBackup",
                "Replace everything in the database %1 on the office server %2 with the "
                "backup of %3?\n\nEvery computer connected to it will see the backup's data: "
                "what was entered after the backup is lost, unless it is in a newer backup.",
            ),
            self.address.database,
            self.address.host,
            format_italian_datetime(entry.taken_at),
        )
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            QDialog.accept(self)  # not RestoreDialog's: its question is about a file


def _tell_problem(window, title: str, error: BaseException) -> None:
    QMessageBox.warning(window, title, describe_problem(error))
