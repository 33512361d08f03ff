"""A date field that may stay empty, typed as gg/mm/aaaa or chosen from a calendar.

Only digits and the separators / . - get in as the date is typed: a letter is refused at
the key, not at saving.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)

from socialneet_desktop.domain.validation import (
    DATE_CHARACTERS,
    format_italian_date,
    keypad_date_text,
    parse_date_text,
)

__all__ = ["OptionalDateEdit", "parse_date_text"]


class OptionalDateEdit(QWidget):
    """Empty means "no date". F4 or Alt+Down opens the calendar, Ctrl+; writes today.

    `changed()` is emitted on user edits only (typing, calendar, clearing), never by
    `set_date_value`."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line_edit = QLineEdit(self)
        self.line_edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.line_edit.setClearButtonEnabled(True)
        self.line_edit.setMaxLength(10)
        pattern = QRegularExpression(DATE_CHARACTERS.pattern)
        self.line_edit.setValidator(QRegularExpressionValidator(pattern, self.line_edit))
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText("…")
        self.calendar_button.setToolTip(self.tr("Choose from the calendar (F4)"))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line_edit)
        layout.addWidget(self.calendar_button)
        self.setFocusProxy(self.line_edit)
        self.setFocusPolicy(self.line_edit.focusPolicy())  # else setTabOrder ignores it
        self.calendar = QCalendarWidget(self)
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        self.calendar.setGridVisible(True)
        self.calendar.activated.connect(self._picked)
        self.calendar.clicked.connect(self._picked)
        self.calendar_button.clicked.connect(self.show_calendar)
        self.line_edit.textEdited.connect(self._edited)
        self.line_edit.editingFinished.connect(self._tidy)
        for keys in ("F4", "Alt+Down"):
            self._shortcut(keys).activated.connect(self.show_calendar)
        self._shortcut("Ctrl+;").activated.connect(lambda: self._user_sets(date.today()))

    def _shortcut(self, keys: str) -> QShortcut:
        shortcut = QShortcut(QKeySequence(keys), self.line_edit)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        return shortcut

    def date_value(self) -> date | None:
        """The date, or None when empty or not a valid date (see is_valid)."""
        try:
            return parse_date_text(self.line_edit.text())
        except ValueError:
            return None

    def set_date_value(self, value: date | None) -> None:
        self.line_edit.setText(format_italian_date(value) if value else "")

    def is_valid(self) -> bool:
        """True when empty or a real date (29/02/2023 is not)."""
        try:
            parse_date_text(self.line_edit.text())
        except ValueError:
            return False
        return True

    def text(self) -> str:
        return self.line_edit.text()

    def clear(self) -> None:
        self.line_edit.clear()

    def show_calendar(self) -> None:
        value = self.date_value() or date.today()
        self.calendar.setSelectedDate(QDate(value.year, value.month, value.day))
        self.calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        self.calendar.show()
        self.calendar.setFocus()

    def _picked(self, value: QDate) -> None:
        self.calendar.hide()
        self._user_sets(date(value.year(), value.month(), value.day()))
        self.line_edit.setFocus()

    def _user_sets(self, value: date) -> None:
        self.set_date_value(value)
        self.changed.emit()

    def _edited(self, _text: str) -> None:
        self.changed.emit()

    def _tidy(self) -> None:
        """Write a valid date in full on leaving: "1/2/2024" -> "01/02/2024"; a keypad date
        gets its slashes even when no such day exists ("31022020" -> "31/02/2020")."""
        value = self.date_value()
        text = format_italian_date(value) if value is not None else keypad_date_text(self.text())
        if text != self.text():
            self.line_edit.setText(text)
