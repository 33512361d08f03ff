"""The History tab: the audit trail of one record, newest first, one line per field change."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timezone
from typing import Any

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from socialneet_desktop.domain.validation import format_italian_date, format_time
from socialneet_desktop.i18n import translate
from socialneet_desktop.services.audit import ACTION_LABELS, HistoryEntry


def _value(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if value is True:
        return translate("RecordEditor", "Yes")
    if value is False:
        return translate("RecordEditor", "No")
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)


def _when(entry: HistoryEntry) -> str:
    """Stored in UTC; shown in local time as gg/mm/aaaa hh:mm."""
    local = entry.when.replace(tzinfo=timezone.utc).astimezone()
    return f"{format_italian_date(local.date())} {format_time(local.time())}"


def fill_history(
    view: QTreeWidget, entries: list[HistoryEntry], field_label: Callable[[str], str]
) -> None:
    """One row per changed field (one row for an event without fields)."""
    view.clear()
    for entry in entries:
        action = translate("Audit", ACTION_LABELS.get(entry.action, entry.action))
        changes = [
            f"{field_label(change.field)}: {_value(change.old)} → {_value(change.new)}"
            for change in entry.changes
        ] or [""]
        for text in changes:
            view.addTopLevelItem(QTreeWidgetItem([_when(entry), entry.user, action, text]))
    for column in range(3):
        view.resizeColumnToContents(column)
