"""The page of one record kind: title, search box, filters, the list and its totals line.

A datasheet as in Access (issue 16 item 6): a right-click on rows opens, deletes, prints,
filters by the selection or excluding it (ui/views/list_actions.py); several rows can be
chosen (Ctrl/Shift+click) to delete or print them at once; the header's right-click menu
shows or hides any column, the kind's optional ones too (a contact's age, phone, number of
visits …); the line under the list counts the rows and adds up the number columns shown,
in one statement off the GUI thread (services/list_totals.py).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from socialneet_desktop.i18n import Counts, fill, translate
from socialneet_desktop.services.list_specs import ListQuery
from socialneet_desktop.services.record_kinds import RecordKind
from socialneet_desktop.ui.models.record_table_model import RecordTableModel
from socialneet_desktop.ui.user_settings import list_layout, set_list_layout
from socialneet_desktop.ui.views import list_actions
from socialneet_desktop.ui.views.list_filters import FilterBar

if TYPE_CHECKING:
    from socialneet_desktop.db.database import Database

# The search starts once the keys already waiting are typed (a paste, keys typed faster than
# the window gets them), not after a pause: a keystroke's older search is interrupted anyway
# (ui.list_loader), and a 40 ms pause was a third of what a keystroke took at 1M contacts.
SEARCH_DELAY_MS = 0
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class RecordListPage(QWidget):
    """A list of the records of one kind; its columns come from the kind's column specs.

    Emits `open_requested(record_id)` on Enter or a double-click on a row, and
    `count_changed(count)` when the records of the list are counted (after its rows).
    """

    open_requested = Signal(int)
    count_changed = Signal(int)
    records_deleted = Signal(int)  # how many were moved to the recycle bin from the list

    def __init__(
        self, kind: RecordKind, database: Database | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName(f"page_{kind.key}")
        self.title_label = self._title()
        self.search = QLineEdit()
        self.search.setObjectName(f"search_{kind.key}")
        self.search.setPlaceholderText(self.tr("Search…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(120)
        self.search_hint = QLabel()
        self.search_hint.setObjectName(f"search_hint_{kind.key}")
        self.search_hint.setVisible(False)
        self.filters = FilterBar(kind.filters)
        self.count_label = QLabel()
        self.count_label.setObjectName(f"totals_{kind.key}")
        self.selections: tuple[tuple[str, object, bool], ...] = ()
        self.total: int | None = None  # the records of the list, once counted
        self.model = RecordTableModel(kind, None, self)
        self.table = self._table()
        self._search_timer = self._single_shot(SEARCH_DELAY_MS, self.apply_search)
        self._save_timer = self._single_shot(400, self.save_layout)
        self._lay_out()
        self._restore_layout()
        self._connect()
        self.set_database(database)

    def _title(self) -> QLabel:
        label = QLabel(translate("RecordKind", self.kind.title))
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        label.setFont(font)
        return label

    def _table(self) -> QTableView:
        table = QTableView()
        table.setObjectName(f"table_{self.kind.key}")
        table.setModel(self.model)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.setWordWrap(False)  # one line per record, as in an Access datasheet
        row_height = table.fontMetrics().height() + 10
        table.verticalHeader().setDefaultSectionSize(row_height)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        return table

    def _single_shot(self, msec: int, slot) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(msec)
        timer.timeout.connect(slot)
        return timer

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.search_hint)
        bar.addWidget(self.filters, 5)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addWidget(self.count_label)

    def _connect(self) -> None:
        self.model.totals_read.connect(self._show_totals)
        self.model.first_page_read.connect(self._keep_plan)
        self.model.count_estimated.connect(self._show_estimate)
        self.table.customContextMenuRequested.connect(
            lambda position: list_actions.show_row_menu(self, position)
        )
        self.search.textChanged.connect(self._search_timer.start)
        self.filters.changed.connect(self.apply_search)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.installEventFilter(self)
        header = self.table.horizontalHeader()
        header.customContextMenuRequested.connect(self._show_column_menu)
        header.sectionResized.connect(self._save_timer.start)
        header.sortIndicatorChanged.connect(self._save_timer.start)

    def set_database(self, database: Database | None) -> None:
        """Rows are read when the page is (next) shown: hidden pages cost nothing. Rows shown
        before the file was opened (show_early_rows) stay when they are still the list's
        first page: the next pages and the count are then read from `database`."""
        self.filters.set_database(database)  # a filter on a record offers the file's
        if database is not None and self.model.adopt(database, self.current_query()):
            self._stale = False
            return
        self.model.database = database
        self._stale = True
        if self.isVisible():
            self.apply_search()

    def early_query(self) -> ListQuery | None:
        """The list's query when it can be read before the file is opened (db.first_page):
        no search, filter or selection."""
        query = self.current_query()
        plain = not query.search.strip() and not query.filters and not query.selections
        return query if plain and not query.ids else None

    def show_early_rows(self, query: ListQuery, rows: list[tuple]) -> None:
        """Show the first page read before the file was opened (ui.first_rows), also when
        the page is not shown yet: its first show keeps them (set_database reads again if
        they are not the file's first page)."""
        self.count_label.setText(self.tr("Counting…"))
        self.total = None
        self.model.show_early_rows(query, rows)
        self._stale = False

    def _keep_plan(self) -> None:
        """After the first page of a list with no search or filter was read: its plan kept
        (in a worker) for the next start to read it before SQLAlchemy loads (db.first_page)."""
        database, query = self.model.database, self.model.query
        if database is None or database.engine.dialect.name != "sqlite":
            return
        if self.early_query() == query:
            from socialneet_desktop.ui.first_rows import keep_plan_later

            model = self.model
            keys, unread = list(model.keys), model.unread_keys()
            keep_plan_later(self.kind.key, keys, query.sort_key, query.descending, unread)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.apply_search()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def current_query(self) -> ListQuery:
        return ListQuery(
            self.search.text(),
            self.filters.values(),
            self.model.query.sort_key,
            self.model.query.descending,
            self.selections,
        )

    def add_selection(self, key: str, value: object, excluding: bool) -> None:
        """Filter by selection (or excluding it), on top of the filters already applied."""
        self.selections = (*self.selections, (key, value, excluding))
        self.apply_search()

    def has_filters(self) -> bool:
        return bool(self.selections or self.filters.values())

    def clear_filters(self) -> None:
        """Every filter off: by selection and the filter bar (the search text stays)."""
        self.selections = ()
        self.filters.clear()
        self.apply_search()

    def apply_search(self) -> None:
        """Start reading the first page for the search text and filters (the debounce calls
        it): the rows, then the count, come in from the model's loader; typing goes on."""
        self._search_timer.stop()
        self._stale = False
        self.count_label.setText(self.tr("Counting…"))
        self.total = None
        self.model.set_query(self.current_query())  # the count follows the first page
        hint = self.model.search_hint()
        self.search_hint.setText(hint)
        self.search_hint.setVisible(bool(hint))

    def update_count(self) -> None:
        """Count the records of the list again (shown when counted)."""
        self.model.read_count()

    def _show_estimate(self, cap: int) -> None:
        """A search matching very many rows: "more than N" until the exact count is read."""
        self.count_label.setText(Counts.tr("more than %Ln record(s)", None, cap))

    def _show_totals(self, totals) -> None:
        """The totals line: the count, then the sum of each number column shown."""
        locale = QLocale()
        count = self.total = totals.count
        parts = [Counts.tr("%Ln record(s)", None, count)]
        for key, value in totals.sums.items():
            title = translate("Columns", self.kind.column_spec(key).title)
            number = (
                locale.toString(value) if isinstance(value, int) else locale.toString(value, "f", 2)
            )
            parts.append(fill(self.tr("%1: %2 in all"), title, number))
        if self.selections:
            parts.append(Counts.tr("%n filter(s) by selection", None, len(self.selections)))
        self.count_label.setText(" · ".join(parts))
        self.count_changed.emit(count)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            key_event: QKeyEvent = event
            if key_event.key() in _ENTER_KEYS and self.table.currentIndex().isValid():
                self._open_row(self.table.currentIndex().row())
                return True
        return super().eventFilter(watched, event)

    def _open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.open_requested.emit(self.model.record_id(row))

    def column_menu(self) -> QMenu:
        """A menu of checkable actions, one per column: ticked means shown."""
        menu = QMenu(self.tr("Columns"), self)
        header = self.table.horizontalHeader()
        optional = len(self.kind.columns)
        for index, column in enumerate(self.model.columns):
            if index == optional:
                menu.addSection(self.tr("More columns"))
            action = QAction(translate("Columns", column.title), menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(index))
            action.setData(column.key)
            action.toggled.connect(lambda shown, i=index: self.set_column_shown(i, shown))
            menu.addAction(action)
        return menu

    def _show_column_menu(self, position: QPoint) -> None:
        menu = self.column_menu()
        menu.exec(self.table.horizontalHeader().mapToGlobal(position))
        menu.deleteLater()

    def set_column_shown(self, index: int, shown: bool) -> None:
        header = self.table.horizontalHeader()
        if not shown and header.count() - header.hiddenSectionCount() <= 1:
            return  # the last visible column stays
        header.setSectionHidden(index, not shown)
        self._shown_changed()
        self.save_layout()

    def _shown_changed(self) -> None:
        """The totals line adds up the number columns shown: count again when they change."""
        header = self.table.horizontalHeader()
        shown = [key for i, key in enumerate(self.model.keys) if not header.isSectionHidden(i)]
        summed = [key for key in shown if self._summed(key)]
        before = [key for key in self.model.shown_keys if self._summed(key)]
        unread = self.model.unread_keys()
        self.model.shown_keys = shown
        if self._stale:
            return
        if any(key in shown for key in unread):  # a column computed per row: read it now
            self.model.reload()
        elif summed != before:
            self.model.read_count()

    def _summed(self, key: str) -> bool:
        spec = self.kind.column_spec(key)
        return spec is not None and spec.kind == "number" and not spec.sql

    def save_layout(self) -> None:
        header = self.table.horizontalHeader()
        keys = self.model.keys
        optional = len(self.kind.columns)
        layout = {
            "hidden": [key for i, key in enumerate(keys[:optional]) if header.isSectionHidden(i)],
            "added": [
                key for i, key in enumerate(keys) if i >= optional and not header.isSectionHidden(i)
            ],
            "widths": {
                key: header.sectionSize(i) for i, key in enumerate(keys) if header.sectionSize(i)
            },
            "sort": [self.model.query.sort_key, self.model.query.descending],
        }
        set_list_layout(self.kind.key, layout)

    def _restore_layout(self) -> None:
        saved = list_layout(self.kind.key)
        char_width = self.table.fontMetrics().averageCharWidth()
        widths, hidden = saved.get("widths", {}), set(saved.get("hidden", []))
        added, optional = set(saved.get("added", [])), len(self.kind.columns)
        for index, column in enumerate(self.model.columns):
            width = widths.get(column.key) or column.width * char_width + 16
            self.table.setColumnWidth(index, int(width))
            shown = column.key in added if index >= optional else column.key not in hidden
            self.table.setColumnHidden(index, not shown)
        self.model.shown_keys = [
            key for i, key in enumerate(self.model.keys) if not self.table.isColumnHidden(i)
        ]
        self._restore_sort(saved.get("sort") or self.kind.default_sort)

    def _restore_sort(self, sort: list | tuple) -> None:
        keys = self.model.keys
        sortable = {column.key for column in self.model.columns if column.sortable}
        known = sort[0] in sortable
        key, descending = (sort[0], bool(sort[1])) if known else self.kind.default_sort
        self.model.query = replace(ListQuery(), sort_key=key, descending=descending)
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.table.horizontalHeader().setSortIndicator(keys.index(key), order)
        self.table.setSortingEnabled(True)
