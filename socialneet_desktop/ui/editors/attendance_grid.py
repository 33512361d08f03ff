"""The attendance grid of a course: one row a person, one column a session, typed with keys.

Space toggles present / absent (an empty cell becomes present), J (or G, giustificato) marks
an absence justified, Delete or Backspace clears the cell (not recorded), the arrows move;
digits type the hours of the cell (present, for that many hours; Enter keeps them). The last
column is each person's rate (hours present over the hours of the sessions held so far), the
last row the people present at each session and the course's rate; a person under the
course's minimum is named in words beside the rate ("below the minimum"), not by the colour alone.

The edits stay in the grid until the course is saved (services.attendance.save_cells, in the
course's transaction); a grid read again (after a save elsewhere) keeps the edits not saved.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from socialneet_desktop.domain.italian_dates import format_time
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.services.attendance import (
    ABSENT,
    JUSTIFIED,
    PRESENT,
    Cell,
    Grid,
    Key,
    Rate,
)

FLAG_COLOUR = QColor("#f8d7da")
CELL_COLOURS = {PRESENT: QColor("#d4edda"), ABSENT: QColor("#fff3cd"), JUSTIFIED: QColor("#e2e3e5")}
NUMBER_KEYS = set("0123456789,.")


def _number(value: float) -> str:
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def percent_text(rate: Rate) -> str:
    return "—" if rate.percent is None else f"{_number(rate.percent)} %"


class AttendanceGrid(QTableWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendance_grid")
        self.grid: Grid | None = None
        self.edits: dict[Key, Cell] = {}
        self.today = date.today()
        self.setTabKeyNavigation(False)  # Tab leaves the grid; the arrows move inside it
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.itemChanged.connect(self._hours_typed)

    # --- contents ---------------------------------------------------------------------------

    def set_grid(self, grid: Grid | None, *, keep_edits: bool = False) -> None:
        """Show `grid` as read; with `keep_edits`, the edits not saved stay on top of it."""
        self.grid = grid
        if not keep_edits:
            self.edits = {}
        elif grid is not None:
            self.edits = {key: cell for key, cell in self.edits.items() if self._differs(key, cell)}
        self.redraw()

    def _differs(self, key: Key, cell: Cell) -> bool:
        shown = self.grid.cell(*key)
        return (shown.presence, shown.hours) != (cell.presence, cell.hours)

    def merged(self) -> Grid | None:
        """The grid with the edits applied (what the rates are computed on)."""
        if self.grid is None:
            return None
        cells = dict(self.grid.cells)
        for key, cell in self.edits.items():
            cells[key] = cell
        return replace(self.grid, cells=cells)

    def cell_value(self, row: int, column: int) -> Cell:
        key = self._key(row, column)
        return self.edits.get(key) or self.grid.cell(*key)

    def _key(self, row: int, column: int) -> Key:
        return self.grid.people[row].enrolment_id, self.grid.sessions[column].id

    def is_dirty(self) -> bool:
        return bool(self.edits)

    def redraw(self) -> None:
        self.blockSignals(True)
        current = (self.currentRow(), self.currentColumn())
        grid = self.merged()
        people = grid.people if grid else []
        sessions = grid.sessions if grid else []
        self.setRowCount(len(people) + 1 if grid else 0)
        self.setColumnCount(len(sessions) + 1 if grid else 0)
        if grid is not None:
            self._headers(grid)
            for row in range(len(people)):
                for column in range(len(sessions)):
                    self.setItem(row, column, self._cell_item(grid, row, column))
                self.setItem(row, len(sessions), self._rate_item(grid, row))
            self._totals(grid)
        if current[0] >= 0:
            self.setCurrentCell(*current)
        self.blockSignals(False)
        self.resizeColumnsToContents()

    def _headers(self, grid: Grid) -> None:
        """Columns by the session's day (its times and topic in the tooltip), rows by name;
        a person below the minimum has a mark beside the name too, seen without scrolling."""
        titles = [f"{column.day:%d/%m}" for column in grid.sessions]
        self.setHorizontalHeaderLabels([*titles, translate("AttendanceGrid", "Rate")])
        for number, column in enumerate(grid.sessions):
            times = "–".join(format_time(t) for t in (column.start, column.end) if t)
            tip = " ".join(part for part in (f"{column.day:%d/%m/%Y}", times, column.topic) if part)
            self.horizontalHeaderItem(number).setToolTip(tip)
        flagged = [grid.flagged(person.enrolment_id, self.today) for person in grid.people]
        names = [
            f"⚠ {p.name}" if flag else p.name for p, flag in zip(grid.people, flagged, strict=True)
        ]
        self.setVerticalHeaderLabels([*names, translate("AttendanceGrid", "Present")])
        below = translate("AttendanceGrid", "below the minimum")
        for row, flag in enumerate(flagged):
            self.verticalHeaderItem(row).setToolTip(below if flag else "")

    def _cell_item(self, grid: Grid, row: int, column: int) -> QTableWidgetItem:
        key = self._key(row, column)
        cell = grid.cell(*key)
        session = grid.sessions[column]
        item = QTableWidgetItem(self._cell_text(cell, session.length))
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        if cell.presence in CELL_COLOURS:
            item.setBackground(QBrush(CELL_COLOURS[cell.presence]))
        item.setToolTip(self._cell_tip(cell))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        return item

    @staticmethod
    def _cell_text(cell: Cell, length: float | None) -> str:
        letters = {
            PRESENT: translate("AttendanceGrid", "P"),
            ABSENT: translate("AttendanceGrid", "A"),
            JUSTIFIED: translate("AttendanceGrid", "J"),
        }
        text = letters.get(cell.presence, "")
        if cell.presence == PRESENT and cell.hours is not None and cell.hours != length:
            text += f" {_number(cell.hours)}"
        return text

    @staticmethod
    def _cell_tip(cell: Cell) -> str:
        words = {
            PRESENT: translate("AttendanceGrid", "Present"),
            ABSENT: translate("AttendanceGrid", "Absent"),
            JUSTIFIED: translate("AttendanceGrid", "Absent, justified"),
        }
        return words.get(cell.presence, translate("AttendanceGrid", "Not recorded"))

    def _rate_item(self, grid: Grid, row: int) -> QTableWidgetItem:
        person = grid.people[row]
        rate = grid.person_rate(person.enrolment_id, self.today)
        text = percent_text(rate)
        if rate.below(grid.minimum_percent):
            text += " – " + translate("AttendanceGrid", "below the minimum")
        item = self._fixed_item(text)
        item.setToolTip(
            fill(
                translate("AttendanceGrid", "%1 hours present of %2 held; minimum %3 %"),
                _number(rate.present),
                _number(rate.held),
                str(grid.minimum_percent),
            )
        )
        if rate.below(grid.minimum_percent):
            item.setBackground(QBrush(FLAG_COLOUR))
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
        return item

    def _totals(self, grid: Grid) -> None:
        last = len(grid.people)
        for number, column in enumerate(grid.sessions):
            counts = grid.session_counts(column.id)
            recorded = sum(counts.values())
            text = f"{counts[PRESENT]}/{len(grid.people)}" if recorded else ""
            self.setItem(last, number, self._fixed_item(text))
        course = percent_text(grid.course_rate(self.today))
        self.setItem(last, len(grid.sessions), self._fixed_item(course))

    @staticmethod
    def _fixed_item(text: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        return item

    # --- keys -------------------------------------------------------------------------------

    def _on_a_cell(self) -> bool:
        grid = self.grid
        row, column = self.currentRow(), self.currentColumn()
        return grid is not None and 0 <= row < len(grid.people) and 0 <= column < len(grid.sessions)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key, text = event.key(), event.text()
        if not self._on_a_cell():
            super().keyPressEvent(event)
        elif key == Qt.Key.Key_Space:
            now = self.cell_value(self.currentRow(), self.currentColumn()).presence
            self.set_presence(ABSENT if now == PRESENT else PRESENT)
        elif key in (Qt.Key.Key_J, Qt.Key.Key_G):  # J(ustified), G(iustificato) in Italian
            self.set_presence(JUSTIFIED)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_presence("")
        elif text and text in NUMBER_KEYS:
            self._edit_hours(text)
        elif (
            text
            and text.isprintable()
            and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        ):
            event.accept()  # another letter does nothing (it never types into a cell)
        else:
            super().keyPressEvent(event)

    def set_presence(self, presence: str, hours: float | None = None) -> None:
        """The current cell becomes `presence` ("" = not recorded), hours kept for present."""
        row, column = self.currentRow(), self.currentColumn()
        before = self.cell_value(row, column)
        if presence == PRESENT and hours is None and before.presence == PRESENT:
            hours = before.hours
        cell = Cell(presence, hours if presence == PRESENT else None)
        self._store(self._key(row, column), cell)

    def _store(self, key: Key, cell: Cell) -> None:
        if self._differs(key, cell):
            self.edits[key] = cell
        else:
            self.edits.pop(key, None)
        self.redraw()
        self.changed.emit()

    def _edit_hours(self, first: str) -> None:
        """Type the hours in the cell itself (Enter keeps them, Esc drops them)."""
        item = self.currentItem()
        self.blockSignals(True)  # a change of flags is no hours typed
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.blockSignals(False)
        self.editItem(item)
        for editor in self.viewport().findChildren(QLineEdit):  # the cell's, now open
            if editor.isVisible():
                editor.setText(first)

    def _hours_typed(self, item: QTableWidgetItem) -> None:
        """After the cell's editor is done with its item (the grid is drawn anew)."""
        row, column, text = item.row(), item.column(), item.text()
        QTimer.singleShot(0, lambda: self._apply_hours(row, column, text))

    def _apply_hours(self, row: int, column: int, typed: str) -> None:
        text = typed.strip().replace(",", ".")
        try:
            hours = float(text)
        except ValueError:
            hours = -1.0
        if hours < 0 or hours > 24:
            self.redraw()  # not hours: the cell shows what it held
            self.setToolTip(translate("AttendanceGrid", "Hours: type a number from 0 to 24."))
            return
        self.setToolTip("")
        self.setCurrentCell(row, column)
        self.set_presence(PRESENT, round(hours, 2))
