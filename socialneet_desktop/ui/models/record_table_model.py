"""The rows of one record kind, fetched from SQL a page at a time as the view scrolls."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from socialneet_desktop.domain.cells import Cells
from socialneet_desktop.domain.columns import ColumnSpec
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.services.list_specs import PAGE_SIZE, ListQuery
from socialneet_desktop.services.record_kinds import RecordKind

if TYPE_CHECKING:
    from socialneet_desktop.db.database import Database

_Index = QModelIndex | QPersistentModelIndex


def _list_queries():
    """The SQL side, imported on first use so the window can show before SQLAlchemy loads."""
    from socialneet_desktop.services import list_queries

    return list_queries


def display_text(column: ColumnSpec, value: object) -> str:
    """The text a cell shows: domain.cells, as in the exports and on paper."""
    return Cells(translate).text(column, value)


class RecordTableModel(QAbstractTableModel):
    """Caches the rows fetched so far; a new query (search, filter, sort) starts again.

    Each page is read in its own short read session: no session stays open between pages.
    """

    def __init__(
        self, kind: RecordKind, database: Database | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.database = database
        self.query = ListQuery()
        self._rows: list[tuple] = []
        self._exhausted = True
        self._width = len(kind.columns)

    def set_database(self, database: Database | None) -> None:
        self.database = database
        self.set_query(self.query)

    def set_query(self, query: ListQuery) -> None:
        """Forget the cached rows and read the first page of `query`."""
        self.beginResetModel()
        self.query = query
        self._rows = []
        self._exhausted = self.database is None
        self.endResetModel()
        if self.canFetchMore():
            self.fetchMore()

    def reload(self) -> None:
        self.set_query(self.query)

    def total_count(self) -> int:
        """All rows of the current query (not only those fetched): one COUNT(*)."""
        if self.database is None:
            return 0
        with self.database.read_session() as session:
            return _list_queries().count_rows(session, self.kind.key, self.query)

    def search_hint(self) -> str:
        """What the list says beside the search box when the search text was cut, else ""."""
        if not self.query.search.strip():
            return ""  # nothing to cut: no need to load the SQL side for it
        hint = _list_queries().search_hint(self.query.search)
        return fill(translate("Search", hint[0]), hint[1]) if hint else ""

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._width

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or self.database is None:
            return
        with self.database.read_session() as session:
            page = _list_queries().fetch_page(session, self.kind.key, self.query, len(self._rows))
        self._exhausted = len(page) < PAGE_SIZE
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(self.kind.columns[index.column()], value)
        if role == Qt.ItemDataRole.UserRole:
            return value
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("Columns", self.kind.columns[section].title)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is done by SQL: the query changes and the rows are read again."""
        if not 0 <= column < self._width:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        key = self.kind.columns[column].key
        if (key, descending) != (self.query.sort_key, self.query.descending):
            self.set_query(ListQuery(self.query.search, self.query.filters, key, descending))

    def record_id(self, row: int) -> int:
        return self._rows[row][self._width]

    def record_version(self, row: int) -> int:
        return self._rows[row][self._width + 1]
