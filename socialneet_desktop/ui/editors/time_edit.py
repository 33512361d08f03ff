"""A time of day typed as an office worker types it: "10", "1000", "10:00", "10.00", "930".

A QTimeEdit splits hours and minutes into sections: in an empty one "1000" showed "—1000"
and was thrown away, and Tab went from the hours to the minutes instead of the next field.
This is one plain line edit (one Tab stop) that lets only digits, ":" and "." in; the text is
read by domain.validation.parse_time_text and written in full ("09:30") on leaving. A time
that cannot be ("25:00") stays as typed, so the form names it beside the field.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QRegularExpression, QTime
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from socialneet_desktop.domain.validation import TIME_CHARACTERS, format_time, parse_time_text


class TimeEdit(QLineEdit):
    """Empty means "no time"; `time_value()` is None then, and for a text that is no time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("hh:mm"))
        self.setMaxLength(5)
        self.setClearButtonEnabled(True)
        pattern = QRegularExpression(TIME_CHARACTERS.pattern)
        self.setValidator(QRegularExpressionValidator(pattern, self))
        self.editingFinished.connect(self._tidy)

    def time_value(self) -> time | None:
        try:
            return parse_time_text(self.text())
        except ValueError:
            return None

    def is_valid(self) -> bool:
        """True when empty or a time of day."""
        try:
            parse_time_text(self.text())
        except ValueError:
            return False
        return True

    def set_time_value(self, value: time | None) -> None:
        self.setText(format_time(value) if value is not None else "")

    def setTime(self, value: QTime) -> None:  # noqa: N802 - the QTimeEdit call scripts use
        self.set_time_value(value.toPython() if value.isValid() else None)

    def _tidy(self) -> None:
        value = self.time_value()
        if value is not None and format_time(value) != self.text():
            self.setText(format_time(value))
