"""Fields that fields.py does not read: linked records, decimals, times, a date with a time.

Editors list these in `typed_names`; `TypedFieldsMixin` reads and writes them, so they still
take part in validation beside the field, unsaved-changes checks and history labels.

`swap_in` puts a widget where a Designer placeholder was, in its place in the Tab chain too:
a compound widget (a line edit inside) takes the Tab focus policy of its focus proxy first,
because QWidget.setTabOrder ignores a widget whose own policy is NoFocus (that left the birth
date at the end of the chain, after the buttons).
"""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox, QLabel, QWidget
from sqlalchemy.orm import Session

from socialneet_desktop.db.models import RecordMixin
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.domain.validation import Problem, check_date_text, check_time_text
from socialneet_desktop.ui.editors.base import typed_text
from socialneet_desktop.ui.editors.fields import label_text, read_value, write_value
from socialneet_desktop.ui.editors.widgets import OptionalDateEdit, RecordPicker, TimeEdit

NOT_IN_LIST = QT_TRANSLATE_NOOP("Validation", "Choose a name from the list, or clear the field.")


def read_typed(widget: QWidget, partner: TimeEdit | None = None) -> Any:
    """The value saved; a time or date that is no time or date is its text (see problems)."""
    if isinstance(widget, RecordPicker):
        return widget.record_id()
    if isinstance(widget, QDoubleSpinBox):
        empty = widget.specialValueText() and widget.value() == widget.minimum()
        return None if empty else round(widget.value(), widget.decimals())
    if isinstance(widget, TimeEdit):
        return widget.time_value() if widget.is_valid() else widget.text()
    if isinstance(widget, OptionalDateEdit) and partner is not None:
        day = widget.date_value()
        if day is None:
            return None if widget.is_valid() else widget.text()
        return datetime.combine(day, partner.time_value() or time(0, 0))
    return read_value(widget)


def write_typed(widget: QWidget, value: Any, partner: TimeEdit | None = None) -> None:
    if isinstance(widget, RecordPicker):
        widget.set_record_id(value)
    elif isinstance(widget, QDoubleSpinBox):
        widget.setValue(widget.minimum() if value is None else float(value))
    elif isinstance(widget, TimeEdit):
        widget.set_time_value(value if isinstance(value, time) else None)
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
    proxy = widget.focusProxy()
    if proxy is not None and widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
        widget.setFocusPolicy(proxy.focusPolicy())
    QWidget.setTabOrder(old, widget)  # then old leaves the chain: widget is in its place
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

    def partner(self, name: str) -> TimeEdit | None:
        return getattr(self.ui, self.partners[name]) if name in self.partners else None

    def live_widgets(self) -> dict[str, list[QWidget]]:
        """A date's partner time is checked with the date (its problem shows there)."""
        widgets = super().live_widgets()
        for name in self.partners:
            widgets[name].append(self.partner(name))
        return widgets

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
        """The record's rules see no time that is not one (its text is named beside it)."""
        bad_times = {
            name: value
            for name, value in values.items()
            if isinstance(self.fields[name], TimeEdit) and isinstance(value, str)
        }
        found = super().problems(values | dict.fromkeys(bad_times))
        found += self.time_problems(bad_times)
        for name in self.typed_names:
            widget = self.fields[name]
            if isinstance(widget, RecordPicker) and not widget.is_valid():
                found.append(Problem(name, NOT_IN_LIST))
            elif isinstance(widget, OptionalDateEdit) and isinstance(values.get(name), str):
                found += [bad] if (bad := check_date_text(values[name], field=name)) else []
        return found

    def time_problems(self, bad_times: dict[str, str]) -> list[Problem]:
        """Times typed that are none; a date's partner time is named beside the date."""
        found = [
            check_time_text(text, field=name, label=self.field_label(name))
            for name, text in bad_times.items()
        ]
        for name, partner_name in self.partners.items():
            partner = self.partner(name)
            if partner is not None and not partner.is_valid():
                label = label_text(partner) or partner_name
                found.append(check_time_text(partner.text(), field=name, label=label))
        return [problem for problem in found if problem is not None]
