"""The audit trail of one record: who changed what, when, one line per field."""

from __future__ import annotations

import contextlib
from datetime import date, datetime, timezone
from functools import cache
from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from socialneet_desktop.domain.cells import Cells
from socialneet_desktop.domain.columns import ColumnSpec
from socialneet_desktop.domain.italian_dates import format_italian_date, format_italian_datetime
from socialneet_desktop.i18n import translate
from socialneet_desktop.services.audit import ACTION_LABELS, HistoryEntry
from socialneet_desktop.services.record_kinds import RECORD_KINDS


def local_time_text(value: datetime | None) -> str:
    """A stored UTC time as the user's local gg/mm/aaaa hh:mm."""
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return format_italian_datetime(value.astimezone())


@cache
def _columns_by_key() -> dict[str, ColumnSpec]:
    return {column.key: column for kind in RECORD_KINDS for column in kind.columns}


def field_title(key: str) -> str:
    """The translated column title of a field, or the field name when no list shows it."""
    column = _columns_by_key().get(key)
    return translate("Columns", column.title) if column else key


def value_text(key: str, value: Any) -> str:
    """An audited value written for people: dates gg/mm/aaaa, Yes/No, labels for codes."""
    if value is None or value == "":
        return ""
    if isinstance(value, list):
        return ", ".join(value_text(key, item) for item in value)
    cells = Cells(translate)
    if isinstance(value, bool):
        return cells.yes_no(value)
    column = _columns_by_key().get(key)
    if isinstance(value, str) and len(value) == 10 and value[4:5] == "-":
        with contextlib.suppress(ValueError):  # an ISO date, as the audit trail writes it
            value = date.fromisoformat(value)
    if isinstance(value, date):
        return format_italian_date(value)
    return cells.text(column, value) if column else str(value)


class HistoryView(QTreeWidget):
    """Newest first, as services.audit.history gives them; read only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setHeaderLabels(
            [
                self.tr("When"),
                self.tr("User"),
                self.tr("Action"),
                self.tr("Field"),
                self.tr("Old value"),
                self.tr("New value"),
            ]
        )

    def show_entries(self, entries: list[HistoryEntry]) -> None:
        self.clear()
        for entry in entries:
            when = local_time_text(entry.when)
            action = translate("Audit", ACTION_LABELS.get(entry.action, entry.action))
            if not entry.changes:
                self.addTopLevelItem(QTreeWidgetItem([when, entry.user, action, "", "", ""]))
            for change in entry.changes:
                cells = [
                    when,
                    entry.user,
                    action,
                    field_title(change.field),
                    value_text(change.field, change.old),
                    value_text(change.field, change.new),
                ]
                item = QTreeWidgetItem(cells)
                item.setToolTip(4, cells[4])
                item.setToolTip(5, cells[5])
                self.addTopLevelItem(item)
        for column in range(self.columnCount()):
            self.resizeColumnToContents(column)
