"""How the import wizards show values: the preview cells as the lists show them (gg/mm/aaaa,
hh:mm, Sì/No, Italian labels, municipality names), and a value for a field the file lacks
picked from the field's choices instead of typed as an English code."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from socialneet_desktop.domain.cells import DATETIME, MUNICIPALITY, Cells
from socialneet_desktop.domain.columns import BOOL, CODE, DATE, TEXT, TIME, ColumnSpec
from socialneet_desktop.i18n import translate
from socialneet_desktop.importers.conversion import ConversionError, to_code, vocabulary_of
from socialneet_desktop.importers.mapping import ImportField


def preview_text(kind: str, field: ImportField, value: Any) -> str:
    cells = Cells(translate)
    vocabulary = vocabulary_of(kind, field.name)
    if vocabulary is not None and isinstance(value, str):
        return cells.labels(vocabulary.name, value)
    return cells.text(preview_column(field, value), value)


def preview_column(field: ImportField, value: Any) -> ColumnSpec:
    """The column a converted value is shown in, as a list would show it (domain.cells); a
    moment at midnight shows its day only."""
    if isinstance(value, datetime):
        return _column(field, DATE if value.time() == time() else DATETIME)
    if isinstance(value, date):
        return _column(field, DATE)
    if isinstance(value, time):
        return _column(field, TIME)
    if isinstance(value, bool):
        return _column(field, BOOL)
    if field.type == "place":
        return _column(field, CODE, MUNICIPALITY)
    return _column(field, TEXT)


def _column(field: ImportField, kind: str, vocabulary: str = "") -> ColumnSpec:
    return ColumnSpec(field.name, field.label, kind, vocabulary=vocabulary)


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
