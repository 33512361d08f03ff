"""File > Exchange (issue 21): prepare a package for another computer, receive one, and this
computer's name as the others see it.

A package is written only where the user chose (Qt's save dialog asks before replacing a
file), sealed with the association's passphrase (ui.exchange_passphrase), in a worker with a
"please wait" (services.exchange.export / apply do the work in one transaction). After a
package is received the report says what changed; conflicts open View > Conflicts…, and
records that may be duplicates are offered for the records merge.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from socialneet_desktop.db.database import Database
from socialneet_desktop.i18n import Counts, fill, translate
from socialneet_desktop.services.exchange import devices
from socialneet_desktop.services.exchange.package import WRONG_PASSPHRASE, PackageRefused
from socialneet_desktop.ui.busy import run_busy
from socialneet_desktop.ui.exchange_passphrase import ask_passphrase, forget_stored
from socialneet_desktop.ui.exchange_report import show_report
from socialneet_desktop.ui.save_paths import ask_save_path, file_name
from socialneet_desktop.ui.user_settings import save_folder

SUFFIX = ".snx"
NEW_LAPTOP = ""  # the combo's data for a full package


def _tr(text: str) -> str:
    return translate("ExchangeDialogs", text)


def _filters() -> list[tuple[str, str]]:
    return [(_tr("SocialNEET exchange package (*.snx)"), SUFFIX)]


class PrepareDialog(QDialog):
    """Which computer the package is for: a known one (what it has not had yet) or a new
    laptop (a full copy)."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("prepare_package_dialog")
        self.setWindowTitle(_tr("Prepare a package"))
        with database.read_session() as session:
            known = [(device.uuid, device.name) for device in devices.known_devices(session)]
            this = devices.this_device(session).name
        layout = QVBoxLayout(self)
        info = QLabel(fill(_tr("A package carries what this computer (%1) has and the other has "
                               "not received yet. Take it to the other computer by USB stick "
                               "or e-mail; it is encrypted."), this), self)  # fmt: skip
        info.setWordWrap(True)
        layout.addWidget(info)
        form = QFormLayout()
        self.target = QComboBox(self)
        self.target.setObjectName("target")
        self.target.addItem(_tr("A new laptop (a full copy of this database)"), NEW_LAPTOP)
        for uuid, name in known:
            self.target.addItem(name or uuid, uuid)
        if known:
            self.target.setCurrentIndex(1)
        form.addRow(_tr("&For:"), self.target)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.next_button = QPushButton(_tr("&Choose where to save…"), self)
        self.next_button.setObjectName("choose")
        buttons.addButton(self.next_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def chosen(self) -> tuple[str, str]:
        """(device uuid or NEW_LAPTOP, its name)."""
        return self.target.currentData(), self.target.currentText()


def prepare_package(parent: QWidget | None, database: Database) -> Path | None:
    """The whole of File > Exchange > Prepare a package for…; the file written, or None."""
    dialog = PrepareDialog(database, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    uuid, name = dialog.chosen()
    title = _tr("Prepare a package")
    label = _tr("package") if uuid == NEW_LAPTOP else fill(_tr("package for %1"), name)
    path = ask_save_path(parent, title, file_name(label, SUFFIX), _filters(), database=database)
    if path is None:
        return None
    passphrase = ask_passphrase(parent, for_sealing=True)
    if passphrase is None:
        return None
    try:
        report = run_busy(parent, _tr("Preparing the package…"),
                          lambda: _export(database, path, passphrase, uuid))  # fmt: skip
    except PackageRefused as refused:
        QMessageBox.warning(parent, title, refused.text())
        return None
    except OSError as error:
        QMessageBox.warning(parent, title, fill(_tr("%1 could not be written: %2"), path, error))
        return None
    QMessageBox.information(parent, title, _export_summary(report))
    return path


def _export(database: Database, path: Path, passphrase: str, uuid: str):
    from socialneet_desktop.services.exchange.export import export_package

    with database.session() as session:
        return export_package(
            session,
            path,
            passphrase,
            for_device=uuid or None,
            overwrite=path.exists(),  # the user said Replace in the save dialog
            protected=(database.path,),
        )


def _export_summary(report) -> str:
    changes = Counts.tr("%Ln change(s)", None, report.changes)
    records = Counts.tr("%Ln record(s)", None, report.records)
    if report.full:
        text = _tr("A full package was saved in %1: %2 of %3, for a new laptop.")
        return fill(text, report.path, changes, records)
    text = _tr("The package for %4 was saved in %1: %2 of %3 it has not had yet.")
    return fill(text, report.path, changes, records, report.target)


def receive_package(parent: QWidget | None, database: Database) -> bool:
    """The whole of File > Exchange > Receive a package…; True when one was merged in."""
    from socialneet_desktop.ui import file_dialogs

    title = _tr("Receive a package")
    chosen = file_dialogs.open_file_name(
        parent, title, str(save_folder()), ";;".join(text for text, _ in _filters())
    )
    if not chosen:
        return False
    path = Path(chosen)
    while True:
        passphrase = ask_passphrase(parent, for_sealing=False)
        if passphrase is None:
            return False
        try:
            report = run_busy(parent, _tr("Receiving the package…"),
                              lambda words=passphrase: _import(database, path, words))  # fmt: skip
        except PackageRefused as refused:
            QMessageBox.warning(parent, title, refused.text())
            if refused.message != WRONG_PASSPHRASE:
                return False
            forget_stored()  # a remembered passphrase that does not open it: asked again
            continue
        except OSError as error:
            QMessageBox.warning(parent, title, fill(_tr("%1 could not be read: %2"), path, error))
            return False
        show_report(parent, database, report)
        return True


def _import(database: Database, path: Path, passphrase: str):
    from socialneet_desktop.services.exchange.apply import import_package

    return import_package(database, path, passphrase)


def rename_this_computer(parent: QWidget | None, database: Database) -> str | None:
    """File > Exchange > This computer's name…: the name the others see in their packages."""
    title = _tr("This computer's name")
    with database.read_session() as session:
        current = devices.this_device(session).name
    name = current
    while True:
        name, accepted = QInputDialog.getText(
            parent,
            title,
            _tr("The name the other computers see (e.g. \u201cPortatile Anna\u201d):"),
            QLineEdit.EchoMode.Normal,
            name,
        )
        if not accepted:
            return None
        try:
            with database.session() as session:
                return devices.rename(session, name).name
        except devices.BadDeviceName as bad:
            QMessageBox.warning(parent, title, fill(translate("Exchange", bad.message),
                                                    *bad.fill_args))  # fmt: skip
