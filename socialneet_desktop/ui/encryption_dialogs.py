"""File > Encryption (issue #24): Encrypt this database…, Change the passphrase…, Decrypt…, and
the choice "Encrypt (recommended for laptops)" for a new database.

The conversions (db.encryption) need the file closed in this process: the application's
`with_file_closed(work)` closes it, runs `work(path)` and opens it again. When encryption is
switched on, the recovery sheet (printing.recovery_sheet) is offered at once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from socialneet_desktop.i18n import fill, translate


def _tr(text: str) -> str:
    return translate("EncryptionDialogs", text)


def _secret_entry(parent: QWidget, name: str) -> QLineEdit:
    entry = QLineEdit(parent)
    entry.setEchoMode(QLineEdit.EchoMode.Password)
    entry.setObjectName(name)
    entry.setMinimumWidth(280)
    return entry


class PassphraseChoice(QDialog):
    """A new passphrase typed twice (and, to change it, the current one), checked here."""

    def __init__(self, path: Path, parent=None, *, current: bool = False, new_file=False) -> None:
        from socialneet_desktop.db.encryption import MIN_PASSPHRASE

        super().__init__(parent)
        self.path = Path(path)
        self.setWindowTitle(_tr("Change the passphrase") if current else _tr("Encrypt"))
        layout = QVBoxLayout(self)
        if current:
            intro = _tr("Give the current passphrase of %1, then the new one twice.")
        elif new_file:
            intro = _tr(
                "The new database %1 will be encrypted: choose its passphrase. Without it "
                "nobody can open the file or its backups."
            )
        else:
            intro = _tr(
                "%1 and its backups will be encrypted: a lost laptop or USB stick shows "
                "nothing of them. Without the passphrase nobody can open them, the "
                "association included."
            )
        text = QLabel(fill(intro, self.path.name))
        text.setWordWrap(True)
        text.setMinimumWidth(480)
        layout.setSpacing(8)
        layout.addWidget(text)
        layout.addSpacing(6)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.current = _secret_entry(self, "current") if current else None
        if self.current is not None:
            form.addRow(_tr("&Current passphrase:"), self.current)
        self.first = _secret_entry(self, "passphrase")
        self.second = _secret_entry(self, "again")
        form.addRow(_tr("&New passphrase:") if current else _tr("&Passphrase:"), self.first)
        form.addRow(_tr("&Repeat it:"), self.second)
        layout.addLayout(form)
        hint = QLabel(
            fill(_tr("At least %1 characters; a sentence is easy to remember."), MIN_PASSPHRASE)
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addSpacing(4)
        self.problem = QLabel("")
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        self.remember = QCheckBox(_tr("Re&member it on this computer (for this Windows user)"))
        layout.addWidget(self.remember)
        self.sheet = QCheckBox(_tr("Save a recovery &sheet to print (PDF)"))
        self.sheet.setChecked(True)
        layout.addWidget(self.sheet)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        if current:
            ok.setText(_tr("&Change"))
        elif not new_file:
            ok.setText(_tr("&Encrypt"))
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.current or self.first).setFocus()

    def chosen(self) -> str:
        return self.first.text()

    def check(self) -> None:
        from socialneet_desktop.db import encryption, sqlite_connect

        problem = None
        if self.current is not None and not sqlite_connect.opens_with(
            self.path, self.current.text()
        ):
            problem = _tr("The current passphrase is not right.")
        elif self.first.text() != self.second.text():
            problem = _tr("The two passphrases differ.")
        elif (template := encryption.passphrase_problem(self.first.text())) is not None:
            problem = fill(translate("Encryption", template), encryption.MIN_PASSPHRASE)
        if problem is None:
            self.accept()
            return
        self.problem.setText(problem)
        self.problem.show()


def add_encryption_menu(window, with_file_closed) -> QMenu:
    """The File menu's Encryption submenu, before the exchange's (or at the end)."""
    file_menu = window.menuBar().actions()[0].menu()
    menu = QMenu(_tr("Encr&yption"), file_menu)
    menu.setObjectName("encryption_menu")
    encrypt = QAction(_tr("&Encrypt this database…"), menu)
    change = QAction(_tr("&Change the passphrase…"), menu)
    decrypt = QAction(_tr("&Decrypt…"), menu)
    encrypt.triggered.connect(lambda _c=False: encrypt_database(window, with_file_closed))
    change.triggered.connect(lambda _c=False: change_passphrase(window, with_file_closed))
    decrypt.triggered.connect(lambda _c=False: decrypt_database(window, with_file_closed))
    for action in (encrypt, change, decrypt):
        menu.addAction(action)
    menu.aboutToShow.connect(lambda: _enable(window, encrypt, change, decrypt))
    before = next(
        (a for a in file_menu.actions() if a.menu() and a.menu().objectName() == "exchange_menu"),
        None,
    )
    if before is None:
        file_menu.addMenu(menu)
    else:
        file_menu.insertMenu(before, menu)
    return menu


def _file_of(window) -> Path | None:
    database = getattr(window, "database", None)
    if database is None or getattr(database, "read_only", False):
        return None
    path = getattr(database, "path", None)
    return Path(path) if path is not None and Path(path).is_file() else None


def _enable(window, encrypt: QAction, change: QAction, decrypt: QAction) -> None:
    from socialneet_desktop.db import sqlite_connect

    path = _file_of(window)
    encrypted = path is not None and sqlite_connect.is_encrypted_file(path)
    encrypt.setEnabled(path is not None and not encrypted and sqlite_connect.encryption_available())
    change.setEnabled(encrypted)
    decrypt.setEnabled(encrypted)


def _busy(work):
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return work()
    finally:
        QGuiApplication.restoreOverrideCursor()


def _run_closed(window, with_file_closed, work) -> tuple[object, str | None]:
    """`work(path)` with the file closed; (its result, None) or (None, the words of why not)."""
    from socialneet_desktop.db import encryption
    from socialneet_desktop.db.storage_errors import StorageError

    outcome: dict = {}

    def closed(path: Path) -> None:
        try:
            outcome["result"] = _busy(lambda: work(path))
        except encryption.ConversionFailed as failed:
            text = fill(translate("Encryption", failed.message), failed.path, failed.detail)
            outcome["problem"] = text
        except (StorageError, OSError) as error:
            outcome["problem"] = str(error)

    with_file_closed(closed)
    return outcome.get("result"), outcome.get("problem")


def _tell(window, title: str, text: str, result) -> None:
    if result is not None and result.unreachable:
        folders = ", ".join(str(folder) for folder in result.unreachable)
        text += "\n\n" + fill(
            _tr("The backup folder %1 cannot be reached now: its backups stay as they were."),
            folders,
        )
    if result is not None and result.failed:
        names = ", ".join(path.name for path, _why in result.failed)
        text += "\n\n" + fill(_tr("These backups could not be converted: %1"), names)
    QMessageBox.information(window, title, text)


def encrypt_database(window, with_file_closed) -> None:
    from socialneet_desktop.db import encryption, passphrase

    path = _file_of(window)
    if path is None:
        return
    dialog = PassphraseChoice(path, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    chosen = dialog.chosen()
    result, problem = _run_closed(window, with_file_closed, lambda p: encryption.encrypt(p, chosen))
    title = _tr("Encrypt this database")
    if problem is not None:
        QMessageBox.warning(window, title, problem)
        return
    if dialog.remember.isChecked():
        passphrase.remember(path, chosen)
    _tell(window, title, fill(_tr("%1 and its backups are encrypted now."), path.name), result)
    if dialog.sheet.isChecked():
        save_recovery_sheet(window, path, chosen)


def change_passphrase(window, with_file_closed) -> None:
    from socialneet_desktop.db import encryption, passphrase

    path = _file_of(window)
    if path is None:
        return
    dialog = PassphraseChoice(path, window, current=True)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    old, new = dialog.current.text(), dialog.chosen()
    result, problem = _run_closed(
        window,
        with_file_closed,
        lambda p: _backup_then(p, lambda: encryption.change_passphrase(p, old, new)),
    )
    title = _tr("Change the passphrase")
    if problem is not None:
        QMessageBox.warning(window, title, problem)
        return
    if dialog.remember.isChecked() or passphrase.remembered(path) is not None:
        passphrase.remember(path, new)
    _tell(window, title, _tr("The passphrase was changed, for the backups too."), result)
    if dialog.sheet.isChecked():
        save_recovery_sheet(window, path, new)


def _backup_then(path: Path, work):
    """A backup first (under the old passphrase), then the re-key."""
    from socialneet_desktop.db.encryption import backup_first

    backup_first(path)
    return work()


def decrypt_database(window, with_file_closed) -> None:
    from socialneet_desktop.db import encryption, passphrase, sqlite_connect

    path = _file_of(window)
    key = sqlite_connect.known_key(path) if path is not None else None
    if not isinstance(key, str):
        return
    title = _tr("Decrypt")
    question = fill(
        _tr(
            "%1 and its backups will be readable again by anyone who has the file, e.g. on a "
            "lost laptop. Decrypt them?"
        ),
        path.name,
    )
    if QMessageBox.question(window, title, question) != QMessageBox.StandardButton.Yes:
        return
    result, problem = _run_closed(window, with_file_closed, lambda p: encryption.decrypt(p, key))
    if problem is not None:
        QMessageBox.warning(window, title, problem)
        return
    passphrase.forget(path)
    _tell(
        window, title, fill(_tr("%1 and its backups are no longer encrypted."), path.name), result
    )


def save_recovery_sheet(parent, database_path: Path, chosen: str) -> Path | None:
    """Ask where to save the recovery sheet, and write it."""
    from socialneet_desktop.printing.recovery_sheet import write_recovery_sheet
    from socialneet_desktop.ui.file_dialogs import save_file_name

    suggested = str(Path.home() / f"{Path(database_path).stem}-recovery-sheet.pdf")
    out = save_file_name(parent, _tr("Save the recovery sheet"), suggested, "PDF (*.pdf)")
    if not out:
        return None
    try:
        return write_recovery_sheet(Path(out), database_path, chosen)
    except OSError as error:
        QMessageBox.warning(parent, _tr("Save the recovery sheet"), str(error))
        return None


def ask_new_encryption(parent, path: Path) -> bool | None:
    """For a new database: the tick "Encrypt (recommended for laptops)" and its passphrase.
    True: the passphrase is known to this process and the file will be created encrypted;
    False: plain; None: cancelled."""
    from socialneet_desktop.db import passphrase, sqlite_connect

    if not sqlite_connect.encryption_available():
        return False
    box = QMessageBox(parent)
    box.setWindowTitle(_tr("New database"))
    box.setText(fill(_tr("A new database will be created: %1"), Path(path).name))
    tick = QCheckBox(_tr("&Encrypt (recommended for laptops)"))
    tick.setChecked(True)
    box.setCheckBox(tick)
    box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    if box.exec() != QMessageBox.StandardButton.Ok:
        return None
    if not tick.isChecked():
        return False
    dialog = PassphraseChoice(path, parent, new_file=True)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    sqlite_connect.remember_key(path, dialog.chosen())
    if dialog.remember.isChecked():
        passphrase.remember(path, dialog.chosen())
    if dialog.sheet.isChecked():
        save_recovery_sheet(parent, path, dialog.chosen())
    return True
