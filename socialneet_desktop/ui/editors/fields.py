"""Reading and writing a form's fields by column name, whatever widget shows them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from socialneet_desktop.domain.vocabularies import Vocabulary
from socialneet_desktop.i18n import translate
from socialneet_desktop.ui.editors.widgets import MunicipalityPicker, OptionalDateEdit

EMPTY_DATE = QDate(1900, 1, 1)  # a QDateEdit at its minimum shows "—": no date


def fill_vocabulary(combo: QComboBox, vocabulary: Vocabulary, *, allow_empty: bool) -> None:
    """Translated labels, with the stable code as item data ("" for the empty choice)."""
    combo.clear()
    if allow_empty:
        combo.addItem("—", "")
    for term in vocabulary:
        combo.addItem(translate("Vocabulary", term.label), term.code)


def fill_checklist(view: QListWidget, vocabulary: Vocabulary) -> None:
    """Several codes of a vocabulary, each a checkable item (stored comma-separated)."""
    view.clear()
    for term in vocabulary:
        item = QListWidgetItem(translate("Vocabulary", term.label), view)
        item.setData(Qt.ItemDataRole.UserRole, term.code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)


def _checked_items(view: QListWidget) -> list[QListWidgetItem]:
    items = [view.item(row) for row in range(view.count())]
    return [item for item in items if item.checkState() == Qt.CheckState.Checked]


def make_optional(edit: QDateEdit) -> None:
    """A date that may be left empty: its minimum stands for "no date" and shows "—"."""
    edit.setMinimumDate(EMPTY_DATE)
    edit.setSpecialValueText("—")
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)


def read_value(widget: QWidget) -> Any:
    """The value of a field as the model stores it: text stripped, codes, dates or None."""
    if isinstance(widget, MunicipalityPicker):
        return widget.code() if widget.is_valid() else widget.display_text().strip()
    if isinstance(widget, OptionalDateEdit):
        return widget.date_value() if widget.is_valid() else widget.text()
    if isinstance(widget, QLineEdit):
        return widget.text().strip()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText().strip()
    if isinstance(widget, QComboBox):
        data = widget.currentData()
        return data if isinstance(data, str) else ""
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QDateEdit):
        value = widget.date()
        return None if value == widget.minimumDate() else value.toPython()
    if isinstance(widget, QSpinBox):
        empty = widget.specialValueText() and widget.value() == widget.minimum()
        return None if empty else widget.value()
    if isinstance(widget, QListWidget):
        return ",".join(item.data(Qt.ItemDataRole.UserRole) for item in _checked_items(widget))
    raise TypeError(f"no value for {type(widget).__name__}")


def write_value(widget: QWidget, value: Any) -> None:
    """Show a stored value; None and "" leave the field empty."""
    if isinstance(widget, MunicipalityPicker):
        widget.set_code(value or "")
    elif isinstance(widget, OptionalDateEdit):
        widget.set_date_value(value)
    elif isinstance(widget, QLineEdit):
        widget.setText(value or "")
        widget.setCursorPosition(0)
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value or "")
    elif isinstance(widget, QComboBox):
        _select_code(widget, value or "")
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QDateEdit):
        widget.setDate(QDate(value) if isinstance(value, date) else widget.minimumDate())
    elif isinstance(widget, QSpinBox):
        widget.setValue(widget.minimum() if value is None else int(value))
    elif isinstance(widget, QListWidget):
        codes = {code.strip() for code in (value or "").split(",")}
        for row in range(widget.count()):
            item = widget.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    else:
        raise TypeError(f"cannot show a value in {type(widget).__name__}")


def _select_code(combo: QComboBox, code: str) -> None:
    row = combo.findData(code)
    if row < 0 and code:  # a code the vocabulary no longer has is kept, shown as it is
        combo.addItem(code, code)
        row = combo.count() - 1
    combo.setCurrentIndex(max(row, 0))


def on_change(widget: QWidget, slot: Callable[[], None]) -> None:
    """Call `slot` whenever the user may have changed the field."""
    if isinstance(widget, MunicipalityPicker | OptionalDateEdit):
        widget.line_edit.textChanged.connect(lambda *_: slot())
    elif isinstance(widget, QLineEdit | QPlainTextEdit):
        widget.textChanged.connect(lambda *_: slot())
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(lambda *_: slot())
    elif isinstance(widget, QCheckBox):
        widget.toggled.connect(lambda *_: slot())
    elif isinstance(widget, QDateEdit):
        widget.dateChanged.connect(lambda *_: slot())
    elif isinstance(widget, QSpinBox):
        widget.valueChanged.connect(lambda *_: slot())
    elif isinstance(widget, QListWidget):
        widget.itemChanged.connect(lambda *_: slot())


def label_text(widget: QWidget) -> str:
    """The text of the label whose buddy is `widget`, without "&" and ":" ("" if none)."""
    window = widget.window()
    for label in window.findChildren(QLabel):
        if label.buddy() is widget:
            return label.text().replace("&", "").rstrip(": ")
    if isinstance(widget, QCheckBox):
        return widget.text().replace("&", "")
    return ""
