"""The rows of one record kind, fetched from SQL a page at a time as the view scrolls.

Every read (a page, the record count) runs in the model's ListLoader, off the GUI thread:
a new query (a keystroke, a filter, a sort) starts over at once, the reads of the older one
are interrupted and what they would still bring is dropped, so the window never waits for
the database and never shows an older query's rows."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from socialneet_desktop.domain.cells import Cells
from socialneet_desktop.domain.columns import ColumnSpec
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.services.list_specs import PAGE_SIZE, ListQuery
from socialneet_desktop.services.record_kinds import RecordKind
from socialneet_desktop.ui.list_loader import ListLoader

if TYPE_CHECKING:
    from socialneet_desktop.db.database import Database

_Index = QModelIndex | QPersistentModelIndex
_ANSWERED = frozenset((Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole))
COUNT_CAP = 10_000  # a list's first count stops there: "more than 10,000", then exact


def _list_queries():
    """The SQL side, imported on first use so the window can show before SQLAlchemy loads."""
    from socialneet_desktop.services import list_queries

    return list_queries


def _list_totals():
    from socialneet_desktop.services import list_totals

    return list_totals


def display_text(column: ColumnSpec, value: object) -> str:
    """The text a cell shows: domain.cells, as in the exports and on paper."""
    return Cells(translate).text(column, value)


class RecordTableModel(QAbstractTableModel):
    """Caches the rows fetched so far; a new query (search, filter, sort) starts again.

    Each read is in its own short read session: no session stays open between pages.
    `first_page_read` is emitted when the first page of a query is in (also when it is
    empty), `count_read(count)` when its record count is known.
    """

    first_page_read = Signal()
    count_read = Signal(int)
    count_estimated = Signal(int)  # more than this many: the exact count_read follows
    totals_read = Signal(object)  # services.list_totals.Totals, with the count

    # The columns are the kind's, then its optional ones (shown when the user adds them);
    # `shown_keys` are those the view shows: the totals line sums the numbers among them.

    def __init__(
        self, kind: RecordKind, database: Database | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.database = database
        self.query = ListQuery()
        self.loader = ListLoader(self)
        self.count_cap = COUNT_CAP  # the first count stops there (read_count)
        self.loader.failed.connect(self._read_failed)
        self._rows: list[tuple] = []
        self._exhausted = True
        self._fetching = False
        self._early = False  # the rows shown were read before the database was opened
        self.columns = (*kind.columns, *kind.optional_columns)
        self.keys = [column.key for column in self.columns]
        self.shown_keys: list[str] = [column.key for column in kind.columns]
        self._width = len(self.columns)

    def unread_keys(self) -> tuple[str, ...]:
        """The columns computed per row the view hides: not read (RecordKind.unread_keys)."""
        return self.kind.unread_keys(self.keys, self.shown_keys)

    def set_database(self, database: Database | None) -> None:
        self.database = database
        self.set_query(self.query)

    def set_query(self, query: ListQuery) -> None:
        """Forget the cached rows and start reading the first page of `query`."""
        self.loader.new_generation()
        self.beginResetModel()
        self.query = query
        self._rows = []
        self._exhausted = self.database is None
        self._fetching = self._early = False
        self.endResetModel()
        if self.canFetchMore():
            self.fetchMore()

    def reload(self) -> None:
        self.set_query(self.query)

    def show_early_rows(self, query: ListQuery, rows: list[tuple]) -> None:
        """Show `rows`, read before the database was opened (db.first_page, issue 15), as
        the first page of `query`; nothing more is read until `adopt` gives the database."""
        self.loader.new_generation()
        self.beginResetModel()
        self.query, self._rows = query, list(rows)
        self._exhausted, self._fetching, self._early = True, False, True
        self.endResetModel()

    def adopt(self, database: Database, query: ListQuery) -> bool:
        """The database of the rows shown early: when they are the first page of `query`
        they stay (no flicker), the next pages and the count are read from `database`, and
        True is returned; otherwise nothing changes (False). The first page is read again
        from `database` behind them: the file the opening opened may differ from the one
        read early (a backup put in its place, a write from another computer meanwhile),
        and then its rows replace them."""
        if not self._early or query != self.query:
            return False
        self._early, self.database = False, database
        self._exhausted = len(self._rows) < PAGE_SIZE
        self.first_page_read.emit()
        self.read_count()
        kind_key, keys, unread = self.kind.key, self.keys, self.unread_keys()
        self.loader.read(
            database,
            lambda session: _list_queries().fetch_page(
                session, kind_key, query, 0, keys=keys, unread=unread
            ),
            self._first_page_checked,
        )
        return True

    def _first_page_checked(self, page: list[tuple]) -> None:
        if page != self._rows[:PAGE_SIZE]:  # read again as a new query: rows, then count
            self.set_query(self.query)

    def loading(self) -> bool:
        """True while a read of the current query is under way."""
        return self.loader.busy()

    def search_hint(self) -> str:
        """What the list says beside the search box when the search text was cut, else ""."""
        from socialneet_desktop.services.search_words import search_hint

        hint = search_hint(self.query.search)
        return fill(translate("Search", hint[0]), hint[1]) if hint else ""

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._width

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._fetching

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        """Read the next page in the loader's worker; the rows come in when it is read."""
        if parent.isValid() or not self.canFetchMore() or self.database is None:
            return
        self._fetching = True
        kind_key, query, offset = self.kind.key, self.query, len(self._rows)
        keys, unread = self.keys, self.unread_keys()
        if offset == 0:  # with the count when the search's first look counted the rows
            self.loader.read(
                self.database,
                lambda session: _list_queries().first_page(session, kind_key, query, keys, unread),
                lambda first: self._page_read(0, first.rows, first.count),
            )
            return
        self.loader.read(
            self.database,
            lambda session: _list_queries().fetch_page(
                session, kind_key, query, offset, keys=keys, unread=unread
            ),
            lambda page: self._page_read(offset, page),
        )

    def _page_read(self, offset: int, page: list[tuple], count: int | None = None) -> None:
        """A page is in; after the first, the count: `count` when it came with the page
        (list_queries.first_page), else read next."""
        self._fetching = False
        self._exhausted = len(page) < PAGE_SIZE
        if page:
            self.beginInsertRows(QModelIndex(), offset, offset + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        if offset == 0:
            self.first_page_read.emit()
            if count is None:
                self.read_count()
            else:
                self._count_read(count)

    def read_count(self) -> None:
        """Count the rows of the current query in the loader's worker: `count_read` tells.
        The first count stops after `count_cap` rows (milliseconds): when more match,
        `count_estimated(count_cap)` says "more than" at once and the exact count follows."""
        if self.database is None:
            self._count_read(0)
            return
        kind_key, query, cap = self.kind.key, self.query, self.count_cap
        self.loader.read(
            self.database,
            lambda session: _list_queries().count_rows(session, kind_key, query, cap),
            lambda count: self._count_at_most_read(count, cap),
        )

    def _count_at_most_read(self, count: int, cap: int) -> None:
        if count <= cap:
            self._count_read(count)
            return
        self.count_estimated.emit(cap)
        kind_key, query = self.kind.key, self.query
        self.loader.read(
            self.database,
            lambda session: _list_queries().count_rows(session, kind_key, query),
            self._count_read,
        )

    def _count_read(self, count: int) -> None:
        """The count is shown at once; the sums of the number columns shown, if any, are read
        next (the totals line then says them too)."""
        from socialneet_desktop.services.list_specs import Totals

        self.count_read.emit(count)
        self.totals_read.emit(Totals(count))
        kind_key, query, shown = self.kind.key, self.query, list(self.shown_keys)
        if self.database is None or not any(self._summed(key) for key in shown):
            return
        self.loader.read(
            self.database,
            lambda session: _list_totals().list_sums(session, kind_key, query, shown),
            lambda sums: self.totals_read.emit(Totals(count, sums)),
        )

    def _summed(self, key: str) -> bool:
        spec = self.kind.column_spec(key)
        return spec is not None and spec.kind == "number" and not spec.sql

    def _read_failed(self, error: BaseException) -> None:
        """A read of the current query failed: told as an error of the GUI thread, as when
        the rows were read there (the list shows what it had)."""
        self._fetching = False
        self._exhausted = True
        raise error

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # the role first: a paint asks each cell for about seven roles, two are answered
        if role not in _ANSWERED or not index.isValid():
            return None
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return value
        return display_text(self.columns[index.column()], value)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("Columns", self.columns[section].title)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is done by SQL: the query changes and the rows are read again."""
        if not 0 <= column < self._width or not self.columns[column].sortable:
            return  # a value computed per row is not sorted by (ColumnSpec.sortable)
        descending = order == Qt.SortOrder.DescendingOrder
        spec = self.columns[column]
        if (spec.key, descending) != (self.query.sort_key, self.query.descending):
            self.set_query(replace(self.query, sort_key=spec.key, descending=descending))

    def record_id(self, row: int) -> int:
        return self._rows[row][self._width]

    def record_version(self, row: int) -> int:
        return self._rows[row][self._width + 1]
