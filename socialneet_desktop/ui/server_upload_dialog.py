"""File > Upload this database to the office server…: the window's `server upload`.

The file the window shows is copied, whole, into an empty database on the office server
(db.server_admin.upload: one transaction, every table's rows and checksum compared at the
end, a server that holds data refused and left alone). The address is asked as File >
Connect to the office server… asks it; the report lists each table's rows and checksum, and
offers to connect to the server at once. The file itself is never changed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.ui.busy import run_busy
from socialneet_desktop.ui.server_dialog import ServerDialog, show_server_database
from socialneet_desktop.ui.server_words import describe_problem, server_of


class UploadDialog(ServerDialog):
    """The server database to copy the file into; `sums` once the copy is done."""

    def __init__(self, path, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("server_upload_dialog")
        self.path = path
        self.sums = None
        self.address_used = None
        self.password_used = None
        self.setWindowTitle(translate("ServerUpload", "Upload this database to the office server"))
        self.ok_button.setText(translate("ServerUpload", "&Upload"))
        self.intro.setText(
            fill(
                translate(
                    "ServerUpload",
                    "Every record, link, audit event and setting of %1 is copied into an empty "
                    "database on the office server, then each table is compared. The file is "
                    "not changed.",
                ),
                path,
            )
        )
        self.intro.show()
        self.remember.hide()  # the copy remembers nothing; Connect does, when asked

    def connect_to_server(self) -> None:
        """Copy the file; on a refusal say why and stay open (nothing was changed)."""
        from socialneet_desktop.db import server_admin

        address = self.address()
        if address is None:
            self.tell(self.problem)
            return
        password = self.password.text() or None
        label = translate("ServerUpload", "Copying the database to the office server…")
        try:
            self.sums = run_busy(
                self, label, lambda: server_admin.upload(self.path, address, password)
            )
        except Exception as error:  # noqa: BLE001 - described, or raised again as a bug
            self.tell(describe_problem(error))
            return
        self.address_used, self.password_used = address, password
        self.accept()


def upload_with_dialog(window) -> None:
    """Ask for the server, copy the file shown, report the tables, offer to connect."""
    from socialneet_desktop.db.server import open_server
    from socialneet_desktop.db.server_copy import sums_text

    database = getattr(window, "database", None)
    title = translate("ServerUpload", "Upload this database to the office server")
    if database is None or server_of(window) is not None:
        QMessageBox.information(
            window, title, translate("ServerUpload", "Open the database file to upload first.")
        )
        return
    dialog = UploadDialog(database.path, window)
    if dialog.exec() != UploadDialog.DialogCode.Accepted or dialog.sums is None:
        return
    address = dialog.address_used
    report = QMessageBox(window)
    report.setObjectName("server_upload_report")
    report.setIcon(QMessageBox.Icon.Information)
    report.setWindowTitle(title)
    rows = sum(total.rows for total in dialog.sums.values())
    report.setText(
        fill(
            translate(
                "ServerUpload",
                "%1 rows were copied to the database %2 on the office server, and every table "
                "was found equal to the file's (rows and checksum).\n\nConnect to the server "
                "now?",
            ),
            rows,
            address.shown,
        )
    )
    report.setDetailedText("\n".join(sums_text(dialog.sums)))
    report.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    if report.exec() != QMessageBox.StandardButton.Yes:
        return
    try:
        server = open_server(address, password=dialog.password_used)
    except Exception as error:  # noqa: BLE001 - described, or raised again as a bug
        QMessageBox.warning(window, title, describe_problem(error))
        return
    show_server_database(window, server)
