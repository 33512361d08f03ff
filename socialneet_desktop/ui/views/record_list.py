"""The page of one record kind: its title and its list."""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from socialneet_desktop.i18n import translate
from socialneet_desktop.services.record_kinds import RecordKind


class RecordListPage(QWidget):
    """A list of the records of one kind; its columns come from the kind's column specs."""

    def __init__(self, kind: RecordKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName(f"page_{kind.key}")
        self.title_label = QLabel(translate("RecordKind", kind.title))
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title_label.setFont(font)
        self.table = QTableView()
        self.table.setObjectName(f"table_{kind.key}")
        self.table.setModel(self._empty_model())
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self._size_columns()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.table)

    def _empty_model(self) -> QStandardItemModel:
        model = QStandardItemModel(0, len(self.kind.columns), self)
        titles = [translate("Columns", column.title) for column in self.kind.columns]
        model.setHorizontalHeaderLabels(titles)
        return model

    def _size_columns(self) -> None:
        char_width = self.table.fontMetrics().averageCharWidth()
        for index, column in enumerate(self.kind.columns):
            self.table.setColumnWidth(index, column.width * char_width + 16)
