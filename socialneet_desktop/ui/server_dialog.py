"""File > Connect to the office server…: the address of the server database, the password
(kept in this computer's credential store when asked, else only while the window is open),
encrypted when the server offers it or required. On success the window shows the server
database instead of its file; a refusal says what to check and changes nothing.

The menu entries are ui.server_menu's."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from socialneet_desktop.db.server_url import DEFAULT_PORT, ServerAddress
from socialneet_desktop.i18n import fill, translate


def show_server_database(window, database) -> None:
    """The window shows `database`; the one it showed is closed."""
    previous = getattr(window, "database", None)
    window.set_database(database)
    if previous is not None:
        previous.close()


class ServerDialog(QDialog):
    """The server's address and the password; `database` is the open one once accepted."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("server_dialog")
        self.setWindowTitle(translate("ServerDialog", "Connect to the office server"))
        self.database = None
        self.host = QLineEdit(objectName="server_host")
        self.port = QSpinBox(objectName="server_port", minimum=1, maximum=65535)
        self.port.setValue(DEFAULT_PORT)
        self.name = QLineEdit("socialneet", objectName="server_database")
        self.user = QLineEdit(objectName="server_user")
        self.password = QLineEdit(objectName="server_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(
            translate("ServerDialog", "Remember the password in this computer's credential store"),
            objectName="server_remember",
        )
        self.encryption = QComboBox(objectName="server_encryption")
        self.encryption.addItem(translate("ServerDialog", "When the server offers it"), "prefer")
        self.encryption.addItem(
            translate("ServerDialog", "Always (refuse a server without it)"), "require"
        )
        self._build()

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(translate("ServerDialog", "&Server (name or address):"), self.host)
        form.addRow(translate("ServerDialog", "&Port:"), self.port)
        form.addRow(translate("ServerDialog", "&Database:"), self.name)
        form.addRow(translate("ServerDialog", "&User (your own):"), self.user)
        form.addRow(translate("ServerDialog", "Pass&word:"), self.password)
        form.addRow("", self.remember)
        form.addRow(translate("ServerDialog", "&Encryption:"), self.encryption)
        hint = QLabel(
            translate(
                "ServerDialog",
                "Leave the password empty when it is saved already (credential store or "
                "pgpass file).",
            )
        )
        hint.setWordWrap(True)
        self.message = QLabel(objectName="server_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a00000")
        self.message.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("ServerDialog", "&Connect"))
        buttons.accepted.connect(self.connect_to_server)
        buttons.rejected.connect(self.reject)
        self.intro = QLabel(objectName="server_intro")  # what a dialog built on this one does
        self.intro.setWordWrap(True)
        self.intro.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def address(self) -> ServerAddress | None:
        """The address typed; None (and the field focused, told why) when one is missing."""
        for field, label in (
            (self.host, translate("ServerDialog", "the server")),
            (self.name, translate("ServerDialog", "the database")),
            (self.user, translate("ServerDialog", "the user")),
        ):
            if not field.text().strip():
                field.setFocus()
                self.problem = fill(translate("ServerDialog", "Write %1 to connect to."), label)
                return None
        return ServerAddress(
            self.user.text().strip(),
            self.host.text().strip(),
            self.port.value(),
            self.name.text().strip(),
            self.encryption.currentData(),
        )

    def connect_to_server(self) -> None:
        """Open the server database; on a refusal say what to check and stay open."""
        from socialneet_desktop.db.server import ServerRefused, open_server
        from socialneet_desktop.db.server_url import store_password

        address = self.address()
        if address is None:
            self.tell(self.problem)
            return
        password = self.password.text() or None
        try:
            self.database = open_server(address, password=password)
        except ServerRefused as refused:
            self.tell(fill(translate("Server", refused.message), refused.shown, refused.detail))
            return
        if password and self.remember.isChecked():
            try:
                store_password(address, password)
            except Exception:  # noqa: BLE001 - keyring's errors differ by system
                self.tell(
                    translate(
                        "ServerDialog",
                        "Connected, but this computer has no credential store to remember the "
                        "password in: it will be asked again (or put it in the pgpass file).",
                    )
                )
        self.accept()

    def show_address(self, address: ServerAddress) -> None:
        """Fill the fields with `address` (the start-up's, refused): the password is next."""
        self.host.setText(address.host)
        self.port.setValue(address.port)
        self.name.setText(address.database)
        self.user.setText(address.user)
        self.encryption.setCurrentIndex(max(0, self.encryption.findData(address.sslmode)))
        self.password.setFocus()

    def tell(self, message: str) -> None:
        """Said inside the dialog, which stays open for the user to correct the address."""
        self.message.setText(message)
        self.message.show()
