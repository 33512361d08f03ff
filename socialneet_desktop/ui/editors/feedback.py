"""Problems shown beside their fields: a red message under the field, a red border."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QBoxLayout, QFormLayout, QLabel, QWidget

from socialneet_desktop.domain.validation import Problem
from socialneet_desktop.i18n import translate
from socialneet_desktop.ui.editors.widgets import (
    ERROR_COLOUR,
    INVALID_STYLE,
    FieldError,
    mark_invalid,
)

ERROR_STYLE = f"color: {ERROR_COLOUR}; font-size: small;"
WARNING_STYLE = "color: #9a6700; font-size: small;"


def _render(problem: Problem) -> str:
    return problem.render(translate)


class FieldFeedback:
    """One FieldError under each field of `fields`; problems of other fields go to `general`."""

    def __init__(self, fields: dict[str, QWidget], general: QLabel) -> None:
        self.fields = fields
        self.general = general
        self.errors: dict[str, FieldError] = {}
        for name, widget in fields.items():
            self.errors[name] = self._attach(widget)
        general.setWordWrap(True)
        general.setVisible(False)
        general.window().setStyleSheet(INVALID_STYLE)

    def _attach(self, widget: QWidget) -> FieldError:
        label = FieldError(widget.parentWidget())
        layout = widget.parentWidget().layout() if widget.parentWidget() else None
        if isinstance(layout, QFormLayout) and layout.indexOf(widget) >= 0:
            row, _role = layout.getWidgetPosition(widget)
            layout.insertRow(row + 1, QWidget(), label)
            self._hide_row(layout, label)
        elif isinstance(layout, QBoxLayout) and layout.indexOf(widget) >= 0:
            layout.insertWidget(layout.indexOf(widget) + 1, label)
        return label

    @staticmethod
    def _hide_row(layout: QFormLayout, label: FieldError) -> None:
        row, _role = layout.getWidgetPosition(label)
        layout.setRowVisible(row, bool(label.text()))

    def _set(self, name: str, text: str, style: str | None = None) -> None:
        label = self.errors[name]
        label.setText(text)
        if style is not None:
            label.setStyleSheet(style)
        layout = label.parentWidget().layout()
        if isinstance(layout, QFormLayout) and layout.indexOf(label) >= 0:
            self._hide_row(layout, label)

    def clear(self) -> None:
        for name, widget in self.fields.items():
            self._set(name, "")
            mark_invalid(widget, False)
        self.general.clear()
        self.general.setVisible(False)

    def showing(self) -> list[str]:
        """The fields with a message under them now."""
        return [name for name, label in self.errors.items() if label.text()]

    def show_field(self, name: str, problems: Sequence[Problem]) -> None:
        """Show (or clear) the message of the field `name` alone, from all the problems."""
        found = [problem for problem in problems if problem.field == name]
        has_error = any(problem.is_error for problem in found)
        text = "\n".join(_render(problem) for problem in found)
        self._set(name, text, ERROR_STYLE if has_error else WARNING_STYLE)
        mark_invalid(self.fields[name], has_error)

    def show(self, problems: Sequence[Problem]) -> QWidget | None:
        """Show every problem; return the first field with an error (to focus), if any."""
        self.clear()
        messages: dict[str, list[Problem]] = {}
        for problem in problems:
            messages.setdefault(problem.field, []).append(problem)
        general = []
        for name, found in messages.items():
            text = "\n".join(_render(problem) for problem in found)
            has_error = any(problem.is_error for problem in found)
            if name not in self.fields:
                general.append(text)
                continue
            self._set(name, text, ERROR_STYLE if has_error else WARNING_STYLE)
            mark_invalid(self.fields[name], has_error)
        self.general.setText("\n".join(general))
        self.general.setVisible(bool(general))
        wrong = {problem.field for problem in problems if problem.is_error}
        return next((widget for name, widget in self.fields.items() if name in wrong), None)
