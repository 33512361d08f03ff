"""File > Undo an import…: every import with when, who, which file and what it created;
"Undo this import" moves its records to the recycle bin (those edited since are named and
kept unless the user says otherwise) and puts back the fields it updated; "Restore this
import" brings an undone one back from the recycle bin (services/import_batches.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.services.current_user import current_user_name
from socialneet_desktop.services.record_kinds import kind_by_key

BATCH_ROLE = Qt.ItemDataRole.UserRole


def _batches():
    """services.import_batches, imported when the dialog is used: it loads SQLAlchemy and the
    models, which the window's menus (add_import_actions) must not load before the first
    rows are painted (issue 15)."""
    from socialneet_desktop.services import import_batches

    return import_batches


def add_import_actions(window, menu) -> QAction:
    """The "Undo an import…" entry of `menu`; the window's lists are read again after."""
    action = QAction(translate("ImportBatchesDialog", "&Undo an import…"), window)

    def open_dialog() -> None:
        if getattr(window, "database", None) is None:
            return
        dialog = ImportBatchesDialog(window.database, window)
        reload = getattr(window, "reload_lists", None)
        if reload is not None:
            dialog.changed.connect(lambda: reload(""))
        dialog.exec()

    action.triggered.connect(open_dialog)
    menu.addAction(action)
    return action


def kind_counts(counts: dict) -> str:
    """ "Stakeholders 3, Contact people 4, Meetings 4": what a batch created per kind."""
    parts = []
    for key, numbers in sorted(counts.items(), key=lambda pair: _order(pair[0])):
        try:
            title = translate("RecordKind", kind_by_key(key).title)
        except KeyError:
            title = key
        parts.append(f"{title} {numbers.get('created', 0)}")
    return ", ".join(parts)


def _order(key: str) -> int:
    try:
        return kind_by_key(key).import_order
    except KeyError:
        return 99


class ImportBatchesDialog(QDialog):
    changed = Signal()  # records were moved to the recycle bin or restored

    def __init__(self, database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.setWindowTitle(self.tr("Imports"))
        self.resize(900, 420)
        self.empty = QLabel(self.tr("No import was done in this database."))
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("When"),
                self.tr("Who"),
                self.tr("File"),
                self.tr("Records created"),
                self.tr("State"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self.update_buttons)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.undo_button = QPushButton(self.tr("Undo this import"))
        self.undo_button.clicked.connect(self.undo_selected)
        self.restore_button = QPushButton(self.tr("Restore this import"))
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        from socialneet_desktop.ui.views.history_view import local_time_text  # SQLAlchemy

        with self.database.read_session() as session:
            self.batches = _batches().batches(session)
        self.table.setRowCount(len(self.batches))
        for row, batch in enumerate(self.batches):
            state = self.tr("undone") if batch.undone else ""
            cells = (
                str(batch.batch_id),
                local_time_text(batch.imported_at),
                batch.user,
                batch.source,
                kind_counts(batch.counts),
                state,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(BATCH_ROLE, batch.batch_id)
                self.table.setItem(row, column, item)
        self.empty.setVisible(not self.batches)
        self.table.setVisible(bool(self.batches))
        if self.batches and not self.table.selectedItems():
            self.table.selectRow(0)
        self.update_buttons()

    def selected(self):
        rows = {item.row() for item in self.table.selectedItems()}
        return self.batches[rows.pop()] if rows else None

    def update_buttons(self) -> None:
        batch = self.selected()
        self.undo_button.setEnabled(batch is not None and not batch.undone)
        self.restore_button.setEnabled(batch is not None and batch.undone)

    def undo_selected(self) -> None:
        batch = self.selected()
        if batch is None:
            return
        with self.database.read_session() as session:
            edited = _batches().edited_since(session, batch.batch_id)
        also = self.ask(batch, edited)
        if also is None:
            return
        try:
            with self.database.session() as session:
                result = _batches().undo_batch(
                    session, batch.batch_id, current_user_name(), also_edited=also
                )
        except _batches().BatchProblem as problem:
            text = fill(translate("Import", problem.message), problem.batch_id)
            QMessageBox.warning(self, self.windowTitle(), text)
            self.reload()
            return
        text = fill(
            self.tr("%1 records moved to the recycle bin, %2 put back as they were, %3 kept."),
            result.deleted,
            result.reverted,
            len(result.kept),
        )
        self.changed.emit()
        self.reload()
        QMessageBox.information(self, self.windowTitle(), text)

    def ask(self, batch, edited) -> bool | None:
        """None: cancelled; True: also the records edited since; False: keep them."""
        question = fill(
            self.tr("Move the records import number %1 created to the recycle bin?"),
            batch.batch_id,
        )
        if not edited:
            answer = QMessageBox.question(self, self.windowTitle(), question)
            return False if answer == QMessageBox.StandardButton.Yes else None
        names = ", ".join(self.record_text(record) for record in edited[:10])
        question += "\n\n" + fill(
            self.tr("%1 of them were edited since the import (%2). Yes: those too; No: keep them."),
            len(edited),
            names + (", …" if len(edited) > 10 else ""),
        )
        buttons = (
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel
        )
        answer = QMessageBox.question(self, self.windowTitle(), question, buttons)
        if answer == QMessageBox.StandardButton.Cancel:
            return None
        return answer == QMessageBox.StandardButton.Yes

    def record_text(self, record) -> str:
        from socialneet_desktop.services.record_kinds import all_kinds

        for kind in all_kinds():
            if kind.model.__tablename__ == record.table:
                return f"{translate('RecordKind', kind.singular)} {record.record_id}"
        return f"{record.table} {record.record_id}"

    def restore_selected(self) -> None:
        batch = self.selected()
        if batch is None:
            return
        try:
            with self.database.session() as session:
                restored = _batches().restore_batch(session, batch.batch_id, current_user_name())
        except _batches().BatchProblem as problem:
            text = fill(translate("Import", problem.message), problem.batch_id)
            QMessageBox.warning(self, self.windowTitle(), text)
            self.reload()
            return
        self.changed.emit()
        self.reload()
        text = fill(self.tr("%1 records taken out of the recycle bin."), restored)
        QMessageBox.information(self, self.windowTitle(), text)
