"""A tab of an editor listing the records linked to the one edited: a contact's visits, an
organisation's meetings and resources (issue 16: links that were hidden).

Each row opens its record in its own editor over this one (Enter, double-click or "Open"); a
tab may offer "New…" (a record linked to this one) and a document to print for the chosen row.
The list follows every save of the editors opened from it. A record not saved yet has no
links: its tabs are disabled until it is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from socialneet_desktop.i18n import translate

# How a row's record is opened: registry.open_editor, set by the registry (which imports the
# editors that import this module: importing it here would make a circle).
OPENER: dict[str, Callable | None] = {"open_editor": None}

# (record id, the texts of its row), read in the editor's session
Rows = Callable[[Session, int], list[tuple[int, tuple[str, ...]]]]


@dataclass(frozen=True)
class RelatedSpec:
    """What a tab lists: `kind_key` records given by `rows` for the edited record's id."""

    name: str  # object name prefix: "<name>_tab", "<name>_table", "<name>_open" …
    title: str  # translated tab title
    headers: tuple[str, ...]  # translated column titles
    kind_key: str
    rows: Rows
    new_label: str = ""  # translated; empty: no "New…" button
    new_editor: Callable[[int, QWidget], QDialog] | None = None  # (edited id, parent)
    print_label: str = ""  # translated; empty: no print button
    print_document: Callable[[QWidget, int], object] | None = None  # (parent, row's id)


class RelatedTab(QWidget):
    """The tab of `spec` in `editor` (a RecordEditor), put before its History tab."""

    def __init__(self, editor, spec: RelatedSpec) -> None:
        super().__init__(editor)
        self.editor, self.spec = editor, spec
        self.ids: list[int] = []
        self.linked_changed: Callable[[], object] | None = None  # the editor's own summary
        self.setObjectName(f"{spec.name}_tab")
        self.table = self._table()
        buttons = QHBoxLayout()
        # No Alt-letter: Enter in the table opens the row, and one letter of "Apri" free beside
        # the tabs of every editor showing related records does not exist.
        self.open_button = self._button("open", translate("RelatedTab", "Open"), self.open_current)
        buttons.addWidget(self.open_button)
        self.new_button = self.print_button = None
        if spec.new_editor is not None:
            self.new_button = self._button("new", spec.new_label, self.new_record)
            buttons.addWidget(self.new_button)
        if spec.print_document is not None:
            self.print_button = self._button("print", spec.print_label, self.print_current)
            buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        tabs = editor.ui.tabs
        tabs.insertTab(tabs.indexOf(editor.ui.history_tab), self, spec.title)

    def _table(self) -> QTableWidget:
        table = QTableWidget(0, len(self.spec.headers), self)
        table.setObjectName(f"{self.spec.name}_table")
        table.setHorizontalHeaderLabels(list(self.spec.headers))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        table.doubleClicked.connect(lambda _index: self.open_current())
        table.activated.connect(lambda _index: self.open_current())  # Enter
        table.itemSelectionChanged.connect(self._enable)
        return table

    def _button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(f"{self.spec.name}_{name}")
        button.setAutoDefault(False)  # Enter in the table opens the row, never saves
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # --- contents ---------------------------------------------------------------------------

    def load(self, session: Session, record_id: int | None) -> None:
        """The linked records of `record_id`; none (and the tab disabled) for a new record."""
        found = self.spec.rows(session, record_id) if record_id is not None else []
        self.ids = [row_id for row_id, _texts in found]
        self.table.setRowCount(len(found))
        for number, (_row_id, texts) in enumerate(found):
            for column, text in enumerate(texts):
                self.table.setItem(number, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        tabs = self.editor.ui.tabs
        tabs.setTabEnabled(tabs.indexOf(self), record_id is not None)
        tabs.setTabText(tabs.indexOf(self), self._title(len(found)))
        self._enable()

    def _title(self, count: int) -> str:
        return f"{self.spec.title} ({count})" if count else self.spec.title

    def refresh(self) -> None:
        """Read the list again (a linked record was saved or deleted from this tab)."""
        if self.linked_changed is not None:
            self.linked_changed()
            return
        with self.editor.database.read_session() as session:
            self.load(session, self.editor.record_id)

    def current_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        number = rows[0].row() if rows else -1
        return self.ids[number] if 0 <= number < len(self.ids) else None

    def _enable(self) -> None:
        chosen = self.current_id() is not None
        self.open_button.setEnabled(chosen)
        if self.print_button is not None:
            self.print_button.setEnabled(chosen)
        if self.new_button is not None:
            self.new_button.setEnabled(self.editor.record_id is not None)

    # --- actions ----------------------------------------------------------------------------

    def open_current(self) -> QDialog | None:
        record_id = self.current_id()
        if record_id is None or OPENER["open_editor"] is None:
            return None
        open_editor = OPENER["open_editor"]
        dialog = open_editor(self.spec.kind_key, self.editor.database, record_id, self.editor)
        return self._show(dialog) if dialog is not None else None

    def new_record(self) -> QDialog | None:
        if self.editor.record_id is None or self.spec.new_editor is None:
            return None
        return self._show(self.spec.new_editor(self.editor.record_id, self.editor))

    def _show(self, dialog: QDialog) -> QDialog:
        dialog.saved.connect(lambda _id: self.refresh())
        dialog.deleted.connect(lambda _id: self.refresh())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def print_current(self) -> object:
        record_id = self.current_id()
        if record_id is None or self.spec.print_document is None:
            return None
        return self.spec.print_document(self.editor, record_id)
