"""The "Hours" tab of the placement editor: the weekly hours log, one row a week from the
placement's start to its end (services/placement_weeks), hours and notes typed in the cells
and the total under the table.

Keyboard first: typing in a cell starts editing it, Enter writes it and goes to the week
below, so the hours of a whole placement are typed as a column of numbers. The log follows
the placement's dates as they are typed; it is written with the placement, in its session.
"""

from __future__ import annotations

import contextlib
import copy
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from socialneet_desktop.domain.italian_dates import date_text
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.domain.validation import Problem
from socialneet_desktop.i18n import Counts, fill
from socialneet_desktop.services import placement_weeks as weeks
from socialneet_desktop.services.kinds.placement_hours import MAX_HOURS_IN_A_WEEK

WEEK, HOURS, NOTES = range(3)
BAD_HOURS = QT_TRANSLATE_NOOP(
    "Validation", "Hours: the week of %1 has '%2', not a number of hours from 0 to %3."
)


def parse_hours(text: str) -> float | None:
    """ "7,5" or "7.5" -> 7.5; "" -> None; ValueError for anything else or out of range."""
    text = text.strip().replace(",", ".")
    if not text:
        return None
    hours = float(text)
    if not 0 <= hours <= MAX_HOURS_IN_A_WEEK:
        raise ValueError(text)
    return round(hours, 2)


class HoursTable(QTableWidget):
    """Enter writes the cell and moves down a week (not to the dialog's default button)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != (
            QAbstractItemView.State.EditingState
        ):
            row = self.currentRow()
            if row + 1 < self.rowCount():
                self.setCurrentCell(row + 1, self.currentColumn())
            event.accept()
            return
        super().keyPressEvent(event)


class HoursLog(QWidget):
    """The table of the weeks and the total; `lines` are what is saved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hours_tab")
        self.lines: list[weeks.WeekLine] = []
        self.saved: list[weeks.WeekLine] = []  # as read, to tell what changed
        self.table = HoursTable(0, 3, self)
        self.table.setObjectName("hours_table")
        self.table.setHorizontalHeaderLabels([self.tr("Week"), self.tr("Hours"), self.tr("Notes")])
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setTabKeyNavigation(False)
        self.table.itemChanged.connect(self._edited)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("hours_total")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.total_label)
        self._filling = False

    # --- contents ---------------------------------------------------------------------------

    def load(self, session: Session, placement_id: int | None, start, end) -> None:
        saved = weeks.saved_hours(session, placement_id) if placement_id is not None else []
        self.lines = weeks.log_lines(saved, start, end, date.today())
        self.saved = copy.deepcopy(self.lines)
        self.show_lines()

    def follow_dates(self, start: date | None, end: date | None) -> None:
        """The weeks of new dates, keeping what was typed for each week (and every saved
        week, shown outside the period until its hours are cleared)."""
        kept = {line.week_start: line for line in self.lines}
        period = weeks.weeks_between(start, end, date.today())
        lines = {week: kept.get(week) or weeks.WeekLine(week) for week in period}
        for week, line in kept.items():
            if week not in lines and (line.record_id is not None and not line.binned):
                lines[week] = line
        for week, line in lines.items():
            line.in_period = week in period
        self.lines = [lines[week] for week in sorted(lines)]
        self.show_lines()

    def show_lines(self) -> None:
        self._filling = True
        self.table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            week = QTableWidgetItem(self._week_text(line))
            week.setFlags(week.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, WEEK, week)
            self.table.setItem(row, HOURS, QTableWidgetItem(weeks.hours_text(line.hours)))
            self.table.setItem(row, NOTES, QTableWidgetItem(line.notes))
        self.table.resizeColumnToContents(WEEK)
        self._filling = False
        self.show_total()

    def _week_text(self, line: weeks.WeekLine) -> str:
        text = f"{date_text(line.week_start)} – {date_text(line.week_end)}"
        return text if line.in_period else fill(self.tr("%1 (outside the dates)"), text)

    def _edited(self, item: QTableWidgetItem) -> None:
        if self._filling or item.row() >= len(self.lines):
            return
        line = self.lines[item.row()]
        if item.column() == NOTES:
            line.notes = item.text().strip()[:300]
        elif item.column() == HOURS:
            with contextlib.suppress(ValueError):  # else kept as typed: problems() names it
                line.hours = parse_hours(item.text())
        self.show_total()

    def show_total(self) -> None:
        total = weeks.total_hours(self.valid_lines())
        with_hours = sum(1 for line in self.valid_lines() if line.hours is not None)
        text = Counts.tr("Total: %1 hours in %Ln week(s) recorded", None, with_hours)
        self.total_label.setText(fill(text, weeks.hours_text(total) or "0"))

    def valid_lines(self) -> list[weeks.WeekLine]:
        return [line for row, line in enumerate(self.lines) if self._cell_ok(row)]

    def _cell_ok(self, row: int) -> bool:
        try:
            parse_hours(self.table.item(row, HOURS).text())
        except ValueError:
            return False
        return True

    def total(self) -> float:
        return weeks.total_hours(self.lines)

    # --- saving -----------------------------------------------------------------------------

    def problems(self) -> list[Problem]:
        """A cell whose text is no number of hours (named by its week): the save is refused."""
        found = []
        for row, line in enumerate(self.lines):
            if not self._cell_ok(row):
                text = self.table.item(row, HOURS).text()
                args = (date_text(line.week_start), text, str(MAX_HOURS_IN_A_WEEK))
                found.append(Problem("hours_log", BAD_HOURS, args))
        return found

    def first_bad_cell(self) -> int | None:
        return next((row for row in range(len(self.lines)) if not self._cell_ok(row)), None)

    def is_dirty(self) -> bool:
        def key(lines):
            kept = [line for line in lines if line.hours is not None or line.notes]
            return [(line.week_start, line.hours, line.notes) for line in kept]

        return key(self.lines) != key(self.saved) or bool(self.problems())

    def save(self, session: Session, placement_id: int, user: str) -> None:
        """Write in the caller's session, on copies: the lines learn their rows in
        `committed`, once the session is (a failed save leaves them as they were)."""
        self._written = copy.deepcopy(self.lines)
        weeks.save_lines(session, placement_id, self._written, user)

    def committed(self) -> None:
        self.lines = self._written
        self.saved = copy.deepcopy(self.lines)
        self.show_lines()
