"""The Sessions tab of the course editor: one row a session (date, start, end, topic), typed
straight into the table; the empty last row takes a new one. Kept in memory until the course
is saved, then written in the course's transaction (created, changed, or moved to the recycle
bin when its row was removed).

Tab walks date, start, end, topic, then the next row, as the paper register is read, and
leaves the table after the last cell; Delete on a chosen row (or the Remove button) takes the
session away.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)
from sqlalchemy.orm import Session

from socialneet_desktop.db.models import CourseSession
from socialneet_desktop.domain.italian_dates import date_text, time_text
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP, without_illegal_characters
from socialneet_desktop.domain.validation import parse_date_text, parse_time_text
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.services.course_sessions import sessions_of_course
from socialneet_desktop.services.records import create_record, delete_record, update_record

NAMES = ("session_date", "start_time", "end_time", "topic")


@dataclass
class SessionRow:
    values: dict[str, Any]
    record_id: int | None = None
    version: int = 0
    original: dict[str, Any] = field(default_factory=dict)


class SessionsTable(QTableWidget):
    """The sessions of one course, as rows of texts; `rows()` reads them back as values."""

    def __init__(self, remove_button: QPushButton, error_label: QLabel) -> None:
        super().__init__(0, len(NAMES))
        self.setObjectName("sessions_table")
        self.setHorizontalHeaderLabels(
            [
                translate("CourseEditor", "Date"),
                translate("CourseEditor", "Start"),
                translate("CourseEditor", "End"),
                translate("CourseEditor", "Topic"),
            ]
        )
        self.horizontalHeader().setStretchLastSection(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.error_label = error_label
        self.stored: list[SessionRow] = []
        self.removed: list[SessionRow] = []
        self.by_row: list[SessionRow | None] = []
        remove_button.clicked.connect(self.remove_current)
        self.itemChanged.connect(self._edited)

    # --- contents ---------------------------------------------------------------------------

    def load(self, session: Session, course_id: int | None) -> None:
        self.stored, self.removed = [], []
        for record in sessions_of_course(session, course_id) if course_id else []:
            values = {name: getattr(record, name) for name in NAMES}
            values["topic"] = values["topic"] or ""
            self.stored.append(SessionRow(values, record.id, record.version, dict(values)))
        self._show_rows(list(self.stored))

    def _show_rows(self, rows: list[SessionRow | None]) -> None:
        self.blockSignals(True)
        self.setRowCount(0)
        self.by_row = []
        for row in rows:
            self._append(row)
        self._append(None)  # the row a new session is typed in
        self.blockSignals(False)
        self.resizeColumnsToContents()

    def _append(self, row: SessionRow | None) -> None:
        number = self.rowCount()
        self.insertRow(number)
        self.by_row.append(row)
        values = row.values if row is not None else {}
        texts = (
            date_text(values.get("session_date")),
            time_text(values.get("start_time")),
            time_text(values.get("end_time")),
            values.get("topic") or "",
        )
        for column, text in enumerate(texts):
            self.setItem(number, column, QTableWidgetItem(text))

    def _edited(self, item: QTableWidgetItem) -> None:
        """A text typed in the last row makes it a session: a new empty row follows."""
        if item.row() == self.rowCount() - 1 and item.text().strip():
            self.blockSignals(True)
            self._append(None)
            self.blockSignals(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Delete and self.state() != self.State.EditingState:
            self.remove_current()
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt override
        """Tab walks the cells, and leaves the table after the last one (Shift+Tab before
        the first), so the table is never a trap for the keyboard."""
        row, column = self.currentRow(), self.currentColumn()
        last = (self.rowCount() - 1, self.columnCount() - 1)
        at_the_end = (row, column) == last if forward else (row, column) in ((0, 0), (-1, -1))
        if at_the_end or self.rowCount() == 0:
            return QWidget.focusNextPrevChild(self, forward)
        return super().focusNextPrevChild(forward)

    def remove_current(self) -> None:
        number = self.currentRow()
        if not 0 <= number < self.rowCount() - 1:
            return
        row = self.by_row.pop(number)
        if row is not None and row.record_id is not None:
            self.removed.append(row)
        self.removeRow(number)

    # --- reading back -----------------------------------------------------------------------

    def _texts(self, number: int) -> list[str]:
        return [
            without_illegal_characters(
                self.item(number, c).text() if self.item(number, c) else ""
            ).strip()
            for c in range(len(NAMES))
        ]

    def parsed(self) -> tuple[list[tuple[SessionRow | None, dict]], str, tuple[int, int]]:
        """(row, values) of every filled row; the first problem's message ("" if none) and
        its (row, column)."""
        found = []
        for number in range(self.rowCount()):
            texts = self._texts(number)
            if not any(texts):
                continue
            values, problem, column = _values(texts)
            if problem:
                message = fill(translate("CourseEditor", problem[0]), str(number + 1), *problem[1:])
                return found, message, (number, column)
            found.append((self.by_row[number], values))
        return found, "", (-1, -1)

    def check(self) -> bool:
        """Show the first problem under the table (and put the cursor there); True if none."""
        _rows, message, (number, column) = self.parsed()
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
        if message:
            self.setCurrentCell(number, column)
        return not message

    def is_dirty(self) -> bool:
        rows, message, _where = self.parsed()
        if message or self.removed:
            return True
        return any(row is None or row.values != values for row, values in rows) or len(rows) != len(
            self.stored
        )

    # --- saving -----------------------------------------------------------------------------

    def save(self, session: Session, course_id: int, user: str) -> None:
        """Write the differences in the caller's session (the editor reloads after commit)."""
        rows, _message, _where = self.parsed()
        for row in self.removed:
            delete_record(session, CourseSession, row.record_id, row.version, user=user)
        for row, values in rows:
            if row is None:
                create_record(session, CourseSession, values | {"course_id": course_id}, user=user)
            elif row.values != values:
                update_record(session, CourseSession, row.record_id, row.version, values, user=user)


BAD_DATE = QT_TRANSLATE_NOOP(
    "CourseEditor", "Session in row %1: the date is missing or is not one (dd/mm/yyyy)."
)
BAD_TIME = QT_TRANSLATE_NOOP("CourseEditor", "Session in row %1: %2 is not a time (hh:mm).")
BAD_ORDER = QT_TRANSLATE_NOOP("CourseEditor", "Session in row %1: the end must be after the start.")


def _values(texts: list[str]) -> tuple[dict, tuple[str, ...], int]:
    """The values of one row's texts, or the problem (message, its %2) and its column."""
    day_text, start_text, end_text, topic = texts
    try:
        day = parse_date_text(day_text)
    except ValueError:
        day = None
    if day is None:
        return {}, (BAD_DATE,), 0
    times = []
    for column, text in ((1, start_text), (2, end_text)):
        try:
            times.append(parse_time_text(text))
        except ValueError:
            return {}, (BAD_TIME, text), column
    start, end = times
    if start is not None and end is not None and end <= start:
        return {}, (BAD_ORDER,), 2
    values = {"session_date": day, "start_time": start, "end_time": end, "topic": topic}
    return values, (), 0
