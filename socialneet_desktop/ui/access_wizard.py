"""File > Import from Access…: choose the file, a table and its kind, map the columns (with a
preview), read the report of a dry run, import. The mapping and report pages are those of
the spreadsheet wizard; records keep their origin so a second import adds nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.importers.access.errors import AccessFileError
from socialneet_desktop.importers.access.mapping_store import origin_of
from socialneet_desktop.importers.access.readers import choose_reader, protection_warning
from socialneet_desktop.importers.pipeline import ImportPlan
from socialneet_desktop.ui.import_wizard import MappingPage, ReportPage


class AccessWizard(QWizard):
    imported = Signal(str)

    def __init__(self, database, parent=None) -> None:
        super().__init__(parent)
        self.database = database
        self.reader = None
        self.table = None
        self.report = None
        self.setWindowTitle(self.tr("Import from Access"))
        self.file_page = AccessFilePage(self)
        self.tables_page = TablesPage(self)
        self.mapping_page = MappingPage(self)
        self.report_page = ReportPage(self)
        for page in (self.file_page, self.tables_page, self.mapping_page, self.report_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Import"))

    def kind(self) -> str:
        return self.tables_page.kind_combo.currentData()

    def plan(self) -> ImportPlan:
        plan = ImportPlan(
            self.kind(),
            self.mapping_page.mapping(),
            self.mapping_page.defaults(),
            self.tables_page.policy_combo.currentData(),
        )
        plan.origin_source = origin_of(self.table.path, self.table.table)
        plan.origin_key_columns = tuple(self.table.primary_key)
        return plan


class AccessFilePage(QWizardPage):
    def __init__(self, wizard: AccessWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Choose the Access database"))
        self.path_edit = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("File (.mdb or .accdb):"), row)

    def browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import from Access"), "", self.tr("Access databases (*.mdb *.accdb)")
        )
        if path:
            self.path_edit.setText(path)

    def validatePage(self) -> bool:
        try:
            reader = choose_reader(Path(self.path_edit.text().strip()))
            self.wizard_.infos = reader.tables()
        except AccessFileError as problem:
            QMessageBox.warning(self, self.tr("Import from Access"), problem.text())
            return False
        if warning := protection_warning(reader):
            QMessageBox.information(self, self.tr("Import from Access"), warning.text())
        self.wizard_.reader = reader
        return True


class TablesPage(QWizardPage):
    def __init__(self, wizard: AccessWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Tables"))
        self.setSubTitle(self.tr("Choose the table to import and what its rows are."))
        self.tables = QTableWidget(0, 3)
        self.tables.setHorizontalHeaderLabels(
            [self.tr("Table"), self.tr("Rows"), self.tr("Columns")]
        )
        self.tables.horizontalHeader().setStretchLastSection(True)
        self.tables.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.tables.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Stakeholders (organisations)"), "organizations")
        self.kind_combo.addItem(self.tr("Unused resources"), "resources")
        self.kind_combo.addItem(self.tr("NEET contacts"), "contacts")
        self.policy_combo = QComboBox()
        self.policy_combo.addItem(self.tr("Skip rows already in the database"), "skip")
        self.policy_combo.addItem(self.tr("Update the records already in the database"), "update")
        self.policy_combo.addItem(self.tr("Add them anyway"), "add")
        self.tables.itemSelectionChanged.connect(self.show_notes)
        form = QFormLayout()
        form.addRow(self.tr("Import as:"), self.kind_combo)
        form.addRow(self.tr("Duplicates:"), self.policy_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tables)
        layout.addWidget(self.notes)
        layout.addLayout(form)

    def initializePage(self) -> None:
        infos = self.wizard_.infos
        self.tables.setRowCount(len(infos))
        for index, info in enumerate(infos):
            columns = ", ".join(name for name, _type in info.columns)
            for column, text in enumerate((info.name, str(info.row_count), columns)):
                self.tables.setItem(index, column, QTableWidgetItem(text))
        if infos:
            self.tables.selectRow(0)
        else:
            self.notes.setText(
                self.tr("This file holds no user table: there is nothing to import.")
            )

    def selected(self):
        rows = self.tables.selectionModel().selectedRows() if self.tables.selectionModel() else []
        return self.wizard_.infos[rows[0].row()] if rows else None

    def show_notes(self) -> None:
        info = self.selected()
        notes = info.notes if info else []
        self.notes.setText("\n".join(fill(translate("AccessImport", t), *a) for t, a in notes))

    def validatePage(self) -> bool:
        info = self.selected()
        if info is None:
            return False
        try:
            self.wizard_.table = self.wizard_.reader.read(info.name)
        except AccessFileError as problem:
            QMessageBox.warning(self, self.tr("Import from Access"), problem.text())
            return False
        return True
