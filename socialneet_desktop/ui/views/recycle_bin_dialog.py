"""View → Recycle bin: the deleted records of every kind, and their restoration; "Restore
an import…" brings back every record an undone import took away (ui/import_batches_dialog)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from socialneet_desktop.db.database import Database
from socialneet_desktop.domain.municipalities import fold
from socialneet_desktop.i18n import translate
from socialneet_desktop.services import recycle_bin
from socialneet_desktop.services.current_user import current_user_name
from socialneet_desktop.services.record_kinds import kind_by_key
from socialneet_desktop.services.records import NotInRecycleBin
from socialneet_desktop.ui.views.history_view import local_time_text

ENTRY_ROLE = Qt.ItemDataRole.UserRole
COLUMN_PADDING = 24  # px between columns: sized to their text alone they touch
MAX_COLUMN_WIDTH = 320


def kind_title(kind_key: str) -> str:
    try:
        return translate("RecordKind", kind_by_key(kind_key).title)
    except KeyError:
        return kind_key


class RecycleBinDialog(QDialog):
    """Newest deletions first; Enter, double-click or Restore bring the selection back."""

    restored = Signal(str, int)

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.setWindowTitle(self.tr("Recycle bin"))
        self.resize(760, 420)
        self.empty_label = QLabel(self.tr("The recycle bin is empty."), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            self.tr("Search the recycle bin (kind, record, who deleted it)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.no_match_label = QLabel(self.tr("No deleted record matches the search."), self)
        self.no_match_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setUniformRowHeights(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setHeaderLabels(
            [self.tr("Kind"), self.tr("Record"), self.tr("Deleted on"), self.tr("Deleted by")]
        )
        self.table.itemDoubleClicked.connect(lambda _item, _column: self.restore_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.installEventFilter(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setAutoDefault(False)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        self.imports_button = QPushButton(self.tr("Restore an &import…"), self)
        self.imports_button.setAutoDefault(False)
        self.imports_button.clicked.connect(self.open_imports)
        buttons.addButton(self.imports_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.no_match_label)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        """Read the bin again (a short read session) and show it."""
        with self.database.read_session() as session:
            entries = recycle_bin.deleted_records(session)
        self.table.clear()
        for entry in entries:
            item = QTreeWidgetItem(
                [
                    kind_title(entry.kind_key),
                    entry.text(translate),
                    local_time_text(entry.deleted_at),
                    entry.deleted_by,
                ]
            )
            item.setData(0, ENTRY_ROLE, (entry.kind_key, entry.record_id))
            self.table.addTopLevelItem(item)
        for column in range(self.table.columnCount()):
            self.table.resizeColumnToContents(column)
            width = self.table.columnWidth(column) + COLUMN_PADDING
            self.table.setColumnWidth(column, min(width, MAX_COLUMN_WIDTH))
        self.search.setVisible(bool(entries))
        self.empty_label.setVisible(not entries)
        self._filter(self.search.text())
        if entries:
            self.table.setFocus()

    def _filter(self, text: str) -> None:
        """Show the rows holding every word of `text` (case and accents ignored)."""
        words = fold(text).split()
        first_shown = None
        for index in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(index)
            row = fold(" ".join(item.text(column) for column in range(item.columnCount())))
            hidden = not all(word in row for word in words)
            item.setHidden(hidden)
            if hidden:
                item.setSelected(False)
            elif first_shown is None:
                first_shown = item
        entries = self.table.topLevelItemCount() > 0
        self.table.setVisible(first_shown is not None)
        self.no_match_label.setVisible(entries and first_shown is None)
        if first_shown is not None and (
            self.table.currentItem() is None or self.table.currentItem().isHidden()
        ):
            self.table.setCurrentItem(first_shown)
        self._update_buttons()

    def selected_records(self) -> list[tuple[str, int]]:
        items = self.table.selectedItems()
        return [item.data(0, ENTRY_ROLE) for item in items if not item.isHidden()]

    def restore_selected(self) -> None:
        """Restore every selected record in one transaction: all of them, or none."""
        chosen = self.selected_records()
        if not chosen:
            return
        user = current_user_name()
        try:
            with self.database.session() as session:
                for kind_key, record_id in chosen:
                    recycle_bin.restore(session, kind_key, record_id, user)
        except NotInRecycleBin as error:
            QMessageBox.warning(self, self.tr("Recycle bin"), translate("Records", error.message))
        else:
            for kind_key, record_id in chosen:
                self.restored.emit(kind_key, record_id)
        self.refresh()

    def open_imports(self) -> None:
        """The imports, to restore a whole one (or undo another); the bin is read again."""
        from socialneet_desktop.ui.import_batches_dialog import ImportBatchesDialog

        dialog = ImportBatchesDialog(self.database, self)
        dialog.changed.connect(lambda: self.restored.emit("", 0))
        dialog.exec()
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Enter on the list restores the selection (instead of closing the dialog)."""
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.restore_selected()
            return True
        return super().eventFilter(watched, event)

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.selected_records()))
