"""The import wizard's page of values: for every coded column ("Tipo ente"), the file's own
words with how many rows have each, mapped to a choice of the field - guessed, changeable,
or left empty (importers/value_mapping.py). A value an earlier import into this database
mapped is offered as it was mapped then (services/import_value_memory.py), and said so."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from socialneet_desktop.domain.municipalities import fold
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.importers.conversion import vocabulary_of
from socialneet_desktop.importers.mapping import fields_of
from socialneet_desktop.importers.readers import UnreadableFile
from socialneet_desktop.importers.value_mapping import coded_fields, distinct_values, value_map
from socialneet_desktop.services.import_value_memory import remembered, values_for
from socialneet_desktop.ui.busy import run_busy

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
        self.memory_note = QLabel()
        self.memory_note.setWordWrap(True)
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
        layout.addWidget(self.memory_note)
        layout.addWidget(self.table)
        self.rows: list[tuple[str, str, str, QComboBox]] = []  # kind, field, text, combo
        self.found: list | None = None  # (kind, field, column, [ValueCount]) once read
        self.memory: dict[str, dict] = {}  # {kind: what earlier imports mapped}

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
        """Whether a value of a coded column is not exactly one of its choices (else the
        page is skipped); before the values are read, whether a coded column is mapped."""
        if self.found is None:
            return any(coded_fields(kind, m) for kind, m in self.plans_mapping().items())
        return any(not _exact(k, n, v.text) for k, n, _c, values in self.found for v in values)

    def read_values(self) -> bool:
        """Read the coded columns' values (the whole file, off the GUI thread) when leaving
        the mapping page; False, having said why, when the file changed since."""
        self.found = None
        wanted = [
            (kind, name, next(c for c, f in mapping.items() if f == name))
            for kind, mapping in self.plans_mapping().items()
            for name in coded_fields(kind, mapping)
        ]
        rows = self.wizard_.table.rows

        def count():  # the whole file is read: off the GUI thread
            return [(k, n, c, distinct_values(k, rows, c, n)) for k, n, c in wanted]

        if not wanted:
            self.found = []
            return True
        self.memory = self.remembered({kind for kind, _name, _column in wanted})
        label = fill(self.tr("Reading the values of %1 rows…"), QLocale().toString(len(rows)))
        try:
            self.found = run_busy(self.wizard_, label, count)
        except UnreadableFile as problem:  # changed or gone since it was chosen
            text = fill(translate("Import", problem.message), problem.path, problem.detail)
            QMessageBox.warning(self, self.tr("Import"), text)
            return False
        return True

    def remembered(self, kinds: set[str]) -> dict[str, dict]:
        """What earlier imports into this database mapped, per kind."""
        with self.wizard_.database.read_session() as session:
            return {kind: remembered(session, kind) for kind in kinds}

    def initializePage(self) -> None:
        self.rows = []
        self.table.setRowCount(0)
        reused = 0
        for kind, name, column, values in self.found or []:
            earlier = values_for(self.memory.get(kind, {}), column, name)
            for value in values:
                reused += self.add_row(kind, name, value, earlier)
        self.none.setVisible(not self.rows)
        self.table.setVisible(bool(self.rows))
        text = self.tr(
            "%1 values are chosen as an earlier import into this database chose them (in "
            "italics): change any that is wrong."
        )
        self.memory_note.setText(fill(text, reused))
        self.memory_note.setVisible(reused > 0)

    def add_row(self, kind: str, name: str, found, earlier: dict[str, str] | None = None) -> bool:
        """A row of the table; True when its choice is the one an earlier import made."""
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
        chosen = (earlier or {}).get(fold(found.text), found.guess)
        reused = fold(found.text) in (earlier or {}) and combo.findData(chosen) >= 0
        if chosen is not None:
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
        if reused:
            combo.setToolTip(self.tr("As an earlier import into this database chose it"))
            font = combo.font()
            font.setItalic(True)
            combo.setFont(font)
        self.table.setCellWidget(index, 3, combo)
        self.rows.append((kind, name, found.text, combo))
        return reused

    def values(self) -> dict[str, dict[str, dict[str, str]]]:
        """{kind: {field: {folded text: code}}} of the values given a choice (or none); the
        page skipped (every value exactly a choice), none is needed."""
        chosen: dict[str, dict[str, dict[str, str]]] = {}
        if not self.has_values():
            return chosen
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


def _exact(kind: str, name: str, text: str) -> bool:
    """The text is a choice's code or label as it stands (no mapping needed)."""
    from socialneet_desktop.importers.conversion import ConversionError, to_code

    try:
        return bool(to_code(kind, name, text))
    except ConversionError:
        return False
