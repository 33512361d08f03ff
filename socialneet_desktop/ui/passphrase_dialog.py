"""The question of an encrypted database's passphrase at opening (issue #24): the file and who
has it in use are shown; a wrong passphrase is said as such and asked again, the file is
only read; "remember on this computer" keeps it in this user's credential store.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from socialneet_desktop.i18n import fill, translate


def _tr(text: str) -> str:
    return translate("Passphrase", text)


def in_use_text(path: Path) -> str:
    """Who has the file open (its "in use" marker), in words; '' when nobody does."""
    from socialneet_desktop.db import in_use

    try:
        holders = in_use.holders(path)
    except Exception:  # noqa: BLE001 - a marker that cannot be read: nothing to show
        return ""
    if not holders:
        return _tr("Not in use elsewhere.")
    names = ", ".join(f"{h.user} ({h.computer})" for h in holders)
    return fill(_tr("In use by: %1"), names)


class PassphraseDialog(QDialog):
    """Asks until the passphrase opens `path` or the user cancels; `for_backup`: the
    passphrase of a backup to restore, which may be an older one."""

    def __init__(self, path: Path, parent: QWidget | None = None, for_backup=False) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.setWindowTitle(_tr("Encrypted database"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        intro = _tr("The backup %1 is encrypted.") if for_backup else _tr("%1 is encrypted.")
        heading = QLabel(fill(intro, self.path.name))
        heading.setStyleSheet("font-weight: bold")
        layout.addWidget(heading)
        where = QLabel(str(self.path))
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setWordWrap(True)
        layout.addWidget(where)
        if not for_backup:
            layout.addWidget(QLabel(in_use_text(self.path)))
        layout.addSpacing(10)
        label = QLabel(_tr("&Passphrase:"))
        self.entry = QLineEdit(self)
        self.entry.setEchoMode(QLineEdit.EchoMode.Password)
        self.entry.setObjectName("passphrase")
        label.setBuddy(self.entry)
        layout.addWidget(label)
        layout.addWidget(self.entry)
        self.problem = QLabel("")
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        self.remember = QCheckBox(_tr("&Remember on this computer (for this Windows user)"))
        self.remember.setVisible(not for_backup)
        layout.addWidget(self.remember)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("&Open"))
        buttons.accepted.connect(self.try_passphrase)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.entry.setFocus()

    def try_passphrase(self) -> None:
        from socialneet_desktop.db import passphrase

        given = self.entry.text()
        if given and passphrase.unlock(self.path, given):
            if self.remember.isChecked():
                passphrase.remember(self.path, given)
            self.accept()
            return
        self.problem.setText(
            _tr("This passphrase does not open the file. Try again (the file was not changed).")
        )
        self.problem.show()
        self.entry.selectAll()
        self.entry.setFocus()


def ask_passphrase(parent: QWidget | None, path: Path, *, for_backup: bool = False) -> bool:
    """True once the file's passphrase is known to this process (from the credential store,
    silently, or asked); False when the user cancelled."""
    from socialneet_desktop.db import passphrase

    if not for_backup and passphrase.unlock_from_store(path):
        return True
    dialog = PassphraseDialog(path, parent, for_backup=for_backup)
    return dialog.exec() == QDialog.DialogCode.Accepted
