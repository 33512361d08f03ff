"""Preferences of this user on this computer: for now, the language."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from socialneet_desktop.i18n import LANGUAGES, translate
from socialneet_desktop.ui.user_settings import language_choice, set_language_choice


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, label in LANGUAGES.items():
            self.language.addItem(translate("Language", label), code)
        self.language.setCurrentIndex(max(self.language.findData(language_choice()), 0))
        hint = QLabel(self.tr("A new language is used from the next start of the program."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(hint)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(12)  # the buttons apart from the hint above them
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.language.setFocus()

    def accept(self) -> None:
        set_language_choice(self.language.currentData())
        super().accept()
