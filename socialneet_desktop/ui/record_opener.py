"""Opening editors from the main window, and refreshing the lists after they save.

The editors are imported on first use: they load SQLAlchemy, which the window must not
wait for at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from socialneet_desktop.db.database import Database


class RecordOpener(QObject):
    """One entry point for New, Open (Enter / double-click), Settings and the recycle bin."""

    records_changed = Signal(str)  # kind key, or "" when any kind may have changed

    def __init__(self, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.parent_widget = parent_widget
        self.database: Database | None = None

    def open_record(self, kind_key: str, record_id: int | None) -> None:
        from socialneet_desktop.ui.editors.registry import open_editor

        if self.database is None:
            return
        editor = open_editor(kind_key, self.database, record_id, self.parent_widget)
        if editor is None:
            QMessageBox.information(
                self.parent_widget,
                self.tr("Not available yet"),
                self.tr("Records of this kind cannot be edited in this version yet."),
            )
            return
        editor.saved.connect(lambda _id: self.records_changed.emit(kind_key))
        editor.deleted.connect(lambda _id: self.records_changed.emit(kind_key))
        editor.open_existing.connect(self.open_record)
        # Editors opened from this one (a visit from its contact) save too: refresh all.
        editor.finished.connect(lambda _result: self.records_changed.emit(""))
        editor.open()

    def open_settings(self) -> None:
        from socialneet_desktop.ui.editors.registry import open_settings

        if self.database is not None:
            open_settings(self.database, self.parent_widget).open()

    def open_recycle_bin(self) -> None:
        from socialneet_desktop.ui.views.recycle_bin_dialog import RecycleBinDialog

        if self.database is None:
            return
        dialog = RecycleBinDialog(self.database, self.parent_widget)
        dialog.restored.connect(lambda kind_key, _id: self.records_changed.emit(kind_key))
        dialog.open()
