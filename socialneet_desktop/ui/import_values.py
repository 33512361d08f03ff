"""How the import wizards show values: the preview cells as the lists show them (gg/mm/aaaa,
hh:mm, Sì/No, Italian labels, municipality names), and a value for a field the file lacks
picked from the field's choices instead of typed as an English code."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from socialneet_desktop.domain.municipalities import bundled_index
from socialneet_desktop.i18n import translate
from socialneet_desktop.importers.conversion import ConversionError, to_code, vocabulary_of
from socialneet_desktop.importers.mapping import ImportField


def preview_text(kind: str, field: ImportField, value: Any) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M" if value.time() != time() else "%d/%m/%Y")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, bool):
        return translate("ImportWizard", "Yes") if value else translate("ImportWizard", "No")
    if field.type == "place":
        return bundled_index().display(str(value))
    vocabulary = vocabulary_of(kind, field.name)
    if vocabulary is not None:
        codes = str(value).split(",")
        return ", ".join(translate("Vocabulary", vocabulary.label_for(code)) for code in codes)
    return str(value)


def default_editor(
    kind: str, field: ImportField, text: str, changed: Callable[[], None]
) -> QWidget:
    """A list of the choices for a choice field, else a line to type in."""
    vocabulary = vocabulary_of(kind, field.name) if field.type == "choice" else None
    if vocabulary is None:
        edit = QLineEdit(text)
        edit.textChanged.connect(changed)
        return edit
    combo = QComboBox()
    combo.addItem("", "")
    for term in vocabulary:
        combo.addItem(translate("Vocabulary", term.label), term.code)
    try:
        code = to_code(kind, field.name, text)
    except ConversionError:
        code = ""
    combo.setCurrentIndex(max(0, combo.findData(code)))
    combo.currentIndexChanged.connect(changed)
    return combo


def editor_text(editor: QWidget) -> str:
    if isinstance(editor, QComboBox):
        return editor.currentData() or ""
    return editor.text().strip()
