"""The association's exchange passphrase, asked by the exchange dialogs (issue 21).

Never kept in plain: either typed each time, or remembered in the system's credential store
(Windows Credential Manager, through `keyring`) when the user ticks the box. The first time
on this computer it is typed twice, so that a mistyped one does not seal a package nobody
can open; whether it was confirmed once is all the settings keep.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from socialneet_desktop.i18n import translate
from socialneet_desktop.services.exchange.package import PackageRefused, check_passphrase
from socialneet_desktop.ui.user_settings import user_settings

KEYRING_SERVICE = "SocialNEET Desktop exchange"
KEYRING_USER = "exchange passphrase"
CONFIRMED_KEY = "exchange/passphrase_confirmed"


def _tr(text: str) -> str:
    return translate("ExchangeDialogs", text)


def stored_passphrase() -> str | None:
    """The passphrase remembered in the credential store, None when there is none (or no
    store on this computer)."""
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, KEYRING_USER)
    except Exception:  # noqa: BLE001 - keyring's errors differ by system
        return None


def _remember(passphrase: str) -> bool:
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, KEYRING_USER, passphrase)
    except Exception:  # noqa: BLE001 - keyring's errors differ by system
        return False
    return True


def forget_stored() -> None:
    """After a package refused the stored passphrase: it is asked again, not tried again."""
    try:
        import keyring

        keyring.delete_password(KEYRING_SERVICE, KEYRING_USER)
    except Exception:  # noqa: BLE001 - nothing stored, or no store
        pass


class PassphraseDialog(QDialog):
    def __init__(self, parent: QWidget | None, *, confirm: bool, intro: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("passphrase_dialog")
        self.setWindowTitle(_tr("Exchange passphrase"))
        layout = QVBoxLayout(self)
        text = intro or _tr(
            "The packages are encrypted with the association's exchange passphrase: the same "
            "on every computer that exchanges packages."
        )
        info = QLabel(text, self)
        info.setWordWrap(True)
        layout.addWidget(info)
        form = QFormLayout()
        self.first = self._field("passphrase")
        form.addRow(_tr("&Passphrase:"), self.first)
        self.second = self._field("passphrase_again")
        if confirm:
            form.addRow(_tr("&Again, to confirm:"), self.second)
        else:
            self.second.hide()  # not in the layout: it would show in a corner
        self.confirm = confirm
        layout.addLayout(form)
        self.remember = QCheckBox(_tr("&Remember it on this computer (credential store)"), self)
        self.remember.setObjectName("remember")
        layout.addWidget(self.remember)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a40000")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def _field(self, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def passphrase(self) -> str:
        return self.first.text()

    def accept(self) -> None:
        try:
            check_passphrase(self.first.text())
        except PackageRefused as refused:
            self._refuse(refused.text(), self.first)
            return
        if self.confirm and self.second.text() != self.first.text():
            self._refuse(_tr("The two passphrases differ: type the same one twice."), self.second)
            return
        super().accept()

    def _refuse(self, message: str, field: QLineEdit) -> None:
        self.message.setText(message)
        field.selectAll()
        field.setFocus()


def ask_passphrase(parent: QWidget | None, *, for_sealing: bool, intro: str = "") -> str | None:
    """The passphrase (the stored one, else typed: twice the first time a package is sealed on
    this computer), None when the user cancelled."""
    stored = stored_passphrase()
    if stored:
        return stored
    settings = user_settings()
    confirm = for_sealing and not settings.value(CONFIRMED_KEY, False, type=bool)
    dialog = PassphraseDialog(parent, confirm=confirm, intro=intro)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    passphrase = dialog.passphrase()
    if confirm:
        settings.setValue(CONFIRMED_KEY, True)
    if dialog.remember.isChecked() and not _remember(passphrase):
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(
            parent,
            dialog.windowTitle(),
            _tr("This computer has no credential store: the passphrase will be asked again."),
        )
    return passphrase
