"""Fields that fields.py does not read: linked records, decimals, times, a date with a time.

Editors list these in `typed_names`; `TypedFieldsMixin` reads and writes them, so they still
take part in validation beside the field, unsaved-changes checks and history labels.
"""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDoubleSpinBox, QLabel, QTimeEdit, QWidget
from sqlalchemy.orm import Session

from socialneet_desktop.db.models import RecordMixin
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.domain.validation import Problem, check_date_text
from socialneet_desktop.ui.editors.base import typed_text
from socialneet_desktop.ui.editors.fields import read_value, write_value
from socialneet_desktop.ui.editors.widgets import OptionalDateEdit, RecordPicker

NOT_IN_LIST = QT_TRANSLATE_NOOP("Validation", "Choose a name from the list, or clear the field.")


def read_typed(widget: QWidget, partner: QTimeEdit | None = None) -> Any:
    if isinstance(widget, RecordPicker):
        return widget.record_id()
    if isinstance(widget, QDoubleSpinBox):
        empty = widget.specialValueText() and widget.value() == widget.minimum()
        return None if empty else round(widget.value(), widget.decimals())
    if isinstance(widget, QTimeEdit):
        value = widget.time()
        return None if value == widget.minimumTime() else value.toPython()
    if isinstance(widget, OptionalDateEdit) and partner is not None:
        day = widget.date_value()
        if day is None:
            return None if widget.is_valid() else widget.text()
        return datetime.combine(day, read_typed(partner) or time(0, 0))
    return read_value(widget)


def write_typed(widget: QWidget, value: Any, partner: QTimeEdit | None = None) -> None:
    if isinstance(widget, RecordPicker):
        widget.set_record_id(value)
    elif isinstance(widget, QDoubleSpinBox):
        widget.setValue(widget.minimum() if value is None else float(value))
    elif isinstance(widget, QTimeEdit):
        widget.setTime(QTime(value) if isinstance(value, time) else widget.minimumTime())
    elif isinstance(widget, OptionalDateEdit) and partner is not None:
        widget.set_date_value(value.date() if isinstance(value, datetime) else None)
        write_typed(partner, value.time() if isinstance(value, datetime) else None)
    else:
        write_value(widget, value.date() if isinstance(value, datetime) else value)


def swap_in(ui: object, name: str, widget: QWidget) -> QWidget:
    """Put `widget` where the Designer placeholder `ui.<name>` is: layout, buddy, tab order."""
    old: QWidget = getattr(ui, name)
    old.parentWidget().layout().replaceWidget(old, widget)
    for label in old.window().findChildren(QLabel):
        if label.buddy() is old:
            label.setBuddy(widget)
    QWidget.setTabOrder(old, widget)
    old.hide()
    old.setParent(None)
    old.deleteLater()
    widget.setObjectName(name)
    setattr(ui, name, widget)
    return widget


class TypedFieldsMixin:
    """For a RecordEditor subclass: `typed_names` are read and written here, not by fields.py;
    `partners` pairs a date field with the QTimeEdit that completes it (a datetime column)."""

    typed_names: tuple[str, ...] = ()
    partners: dict[str, str] = {}

    def partner(self, name: str) -> QTimeEdit | None:
        return getattr(self.ui, self.partners[name]) if name in self.partners else None

    def load(self) -> None:
        typed = {name: self.fields.pop(name) for name in self.typed_names}
        try:
            super().load()
        finally:
            self.fields.update(typed)
        self.snapshot = self.collect_values()

    def load_extra(self, session: Session, record: RecordMixin | None) -> None:
        values = self.defaults()
        for name in self.typed_names:
            value = getattr(record, name) if record is not None else values.get(name)
            write_typed(getattr(self.ui, name), value, self.partner(name))

    def collect_values(self) -> dict[str, Any]:
        fields = self.fields.items()
        return {name: typed_text(read_typed(w, self.partner(name))) for name, w in fields}

    def problems(self, values: dict[str, Any]) -> list[Problem]:
        found = super().problems(values)
        for name in self.typed_names:
            widget = self.fields[name]
            if isinstance(widget, RecordPicker) and not widget.is_valid():
                found.append(Problem(name, NOT_IN_LIST))
            elif isinstance(values.get(name), str) and (
                bad := check_date_text(values[name], field=name)
            ):
                found.append(bad)
        return found
