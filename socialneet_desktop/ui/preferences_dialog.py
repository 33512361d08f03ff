"""Preferences of this user on this computer: the language, whether the window starts on the
list used last instead of the home page, and whether printing asks where to save (by default a
document opens straight in the PDF viewer)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from socialneet_desktop.i18n import LANGUAGES, translate
from socialneet_desktop.ui.user_settings import (
    always_ask_where_to_save,
    language_choice,
    set_always_ask_where_to_save,
    set_language_choice,
    set_start_on_last_list,
    start_on_last_list,
)


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
        self.start_on_list = QCheckBox(
            self.tr("&Start on the list used last instead of the home page")
        )
        self.start_on_list.setObjectName("start_on_last_list")
        self.start_on_list.setChecked(start_on_last_list())
        self.ask_where = QCheckBox(self.tr("Always &ask where to save a printed document"))
        self.ask_where.setObjectName("always_ask_where_to_save")
        self.ask_where.setChecked(always_ask_where_to_save())
        print_hint = QLabel(
            self.tr(
                "Otherwise a document opens straight in the PDF viewer, to print it or to save "
                "a copy from there."
            )
        )
        print_hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(hint)
        form.addRow(self.start_on_list)
        form.addRow(self.ask_where)
        form.addRow(print_hint)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(12)  # the buttons apart from the hint above them
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.language.setFocus()

    def accept(self) -> None:
        set_language_choice(self.language.currentData())
        set_always_ask_where_to_save(self.ask_where.isChecked())
        set_start_on_last_list(self.start_on_list.isChecked())
        super().accept()
