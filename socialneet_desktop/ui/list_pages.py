"""The stack of the lists' pages, each page built the first time it is needed (issue 15).

Building every kind's page up front (its table, filter bar, saved layout) cost a sixth of
the start-up for lists nobody may open in the session. The stack holds an empty placeholder
per kind, so its count and indexes are those of the navigation and Ctrl+1…9; `widget(i)`,
`currentWidget()` and `setCurrentIndex(i)` build the page when it is first asked for, with
the database the stack was given (read when shown, as every list is).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QStackedWidget, QWidget

if TYPE_CHECKING:
    from socialneet_desktop.db.database import Database
    from socialneet_desktop.services.record_kinds import RecordKind
    from socialneet_desktop.ui.views.record_list import RecordListPage


class ListPages(QStackedWidget):
    """One page per kind of `kinds`, made by `build(kind)` when first asked for."""

    def __init__(
        self,
        kinds: Sequence[RecordKind],
        build: Callable[[RecordKind], RecordListPage],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kinds = tuple(kinds)
        self._build = build
        self._built: dict[int, RecordListPage] = {}
        self.database: Database | None = None
        for _kind in self.kinds:
            self.addWidget(QWidget())

    def page(self, index: int) -> RecordListPage:
        """The page of the kind at `index`, built now if it was not yet."""
        page = self._built.get(index)
        if page is not None:
            return page
        page = self._build(self.kinds[index])
        page.set_database(self.database)
        placeholder = super().widget(index)
        current = super().currentIndex() == index
        self.blockSignals(True)  # the stack's own index changes here are not the user's
        try:
            self.insertWidget(index, page)
            self.removeWidget(placeholder)
            if current:
                super().setCurrentIndex(index)
        finally:
            self.blockSignals(False)
        placeholder.deleteLater()
        self._built[index] = page
        return page

    def widget(self, index: int) -> QWidget | None:  # type: ignore[override]
        if 0 <= index < len(self.kinds):
            return self.page(index)
        return super().widget(index)

    def currentWidget(self) -> RecordListPage | None:  # type: ignore[override]
        index = super().currentIndex()
        return self.page(index) if 0 <= index < len(self.kinds) else None

    def setCurrentIndex(self, index: int) -> None:  # type: ignore[override]
        if 0 <= index < len(self.kinds):
            self.page(index)
        super().setCurrentIndex(index)

    def built_pages(self) -> list[RecordListPage]:
        """The pages built so far, in the navigation's order."""
        return [self._built[index] for index in sorted(self._built)]

    def set_database(self, database: Database | None) -> None:
        """`database` for the pages built and for those built later."""
        self.database = database
        for page in self.built_pages():
            page.set_database(database)
