"""The import wizard's page of values: for every coded column ("Tipo ente"), the file's own
words with how many rows have each, mapped to a choice of the field - guessed, changeable,
or left empty (importers/value_mapping.py)."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from socialneet_desktop.i18n import translate
from socialneet_desktop.importers.conversion import vocabulary_of
from socialneet_desktop.importers.mapping import fields_of
from socialneet_desktop.importers.value_mapping import coded_fields, distinct_values, value_map

AS_WRITTEN = None  # the combo's data: read the value as the file has it


class ValuesPage(QWizardPage):
    def __init__(self, wizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Values"))
        self.setSubTitle(
            self.tr(
                "The values of the columns with choices: choose the choice each one means, "
                "or leave it empty."
            )
        )
        self.none = QLabel(self.tr("No column of the file holds a field with choices."))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Value in the file"), self.tr("Rows"), self.tr("Choice")]
        )
        header = self.table.horizontalHeader()
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
            )
        ):
            header.setSectionResizeMode(column, mode)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addWidget(self.none)
        layout.addWidget(self.table)
        self.rows: list[tuple[str, str, str, QComboBox]] = []  # kind, field, text, combo

    def plans_mapping(self) -> dict[str, dict[str, str]]:
        """{kind: {column: field}} of the mapping page."""
        wizard, mapping = self.wizard_, self.wizard_.mapping_page.mapping()
        if not wizard.several():
            return {wizard.kind(): mapping}
        found: dict[str, dict[str, str]] = {kind: {} for kind in wizard.kinds()}
        for column, data in mapping.items():
            kind, _dot, name = data.partition(".")
            found[kind][column] = name
        return found

    def has_values(self) -> bool:
        """Whether a mapped column holds a field with choices (else the page is skipped)."""
        return any(coded_fields(kind, m) for kind, m in self.plans_mapping().items())

    def initializePage(self) -> None:
        self.rows = []
        self.table.setRowCount(0)
        for kind, mapping in self.plans_mapping().items():
            for name in coded_fields(kind, mapping):
                column = next(c for c, f in mapping.items() if f == name)
                for found in distinct_values(kind, self.wizard_.table.rows, column, name):
                    self.add_row(kind, name, found)
        self.none.setVisible(not self.rows)
        self.table.setVisible(bool(self.rows))

    def add_row(self, kind: str, name: str, found) -> None:
        index = self.table.rowCount()
        self.table.insertRow(index)
        label = translate("Import", fields_of(kind)[name].label)
        self.table.setItem(index, 0, QTableWidgetItem(label))
        self.table.setItem(index, 1, QTableWidgetItem(found.text))
        self.table.setItem(index, 2, QTableWidgetItem(QLocale().toString(found.count)))
        combo = QComboBox()
        combo.addItem(self.tr("(as written: rejected if not a choice)"), AS_WRITTEN)
        combo.addItem(self.tr("(leave empty)"), "")
        for term in vocabulary_of(kind, name):
            combo.addItem(translate("Vocabulary", term.label), term.code)
        if found.guess is not None:
            combo.setCurrentIndex(combo.findData(found.guess))
        self.table.setCellWidget(index, 3, combo)
        self.rows.append((kind, name, found.text, combo))

    def values(self) -> dict[str, dict[str, dict[str, str]]]:
        """{kind: {field: {folded text: code}}} of the values given a choice (or none)."""
        chosen: dict[str, dict[str, dict[str, str]]] = {}
        for kind, name, text, combo in self.rows:
            code = combo.currentData()
            if code is not AS_WRITTEN:
                pairs = chosen.setdefault(kind, {}).setdefault(name, {})
                pairs.update(value_map({text: code}))
        return chosen

    def choose(self, text: str, code: str | None) -> None:
        """Map the value `text` to `code` (for tests and scripts driving the page)."""
        for _kind, _name, written, combo in self.rows:
            if written == text:
                combo.setCurrentIndex(combo.findData(code))
