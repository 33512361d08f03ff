"""File > Import from Access…: choose the file, a table and its kind, map the columns (with a
preview), read the report of a dry run, import. The mapping and report pages are those of
the spreadsheet wizard; records keep their origin so a second import adds nothing.

The association imports the same file many times while both programs run side by side: the
choices of a successful import are remembered per file name and table (mapping_store), and
can be saved to or loaded from a file to hand over with the .mdb.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.importers.access.errors import AccessFileError
from socialneet_desktop.importers.access.mapping_store import (
    default_store,
    guess_access_mapping,
    load_plan,
    origin_of,
    save_plan,
)
from socialneet_desktop.importers.access.readers import choose_reader, protection_warning
from socialneet_desktop.importers.pipeline import ImportPlan
from socialneet_desktop.ui import file_dialogs
from socialneet_desktop.ui.access_mapping_page import AccessMappingPage
from socialneet_desktop.ui.import_wizard import (
    ReportPage,
    bad_values_combo,
    kind_combo,
    policy_combo,
)


def select_data(combo: QComboBox, data: str) -> None:
    combo.setCurrentIndex(max(0, combo.findData(data)))


class AccessWizard(QWizard):
    imported = Signal(str)

    def __init__(self, database, parent=None, store: Path | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.store = Path(store) if store else default_store()  # tests give their own
        self.reader = None
        self.table = None
        self.report = None
        self.saved_plan: ImportPlan | None = None  # the mapping page starts from it
        self.another_table = False  # asked after an import: go on with the same file
        self.setWindowTitle(self.tr("Import from Access"))
        self.resize(1000, 700)
        self.file_page = AccessFilePage(self)
        self.tables_page = TablesPage(self)
        self.mapping_page = AccessMappingPage(self)
        self.report_page = ReportPage(self)
        for page in (self.file_page, self.tables_page, self.mapping_page, self.report_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Import"))
        self.imported.connect(self.remember_plan)

    def kind(self) -> str:
        return self.tables_page.kind_combo.currentData()

    def tell_imported(self, summary: str) -> None:
        """The summary, and the offer to go on with another table of the same file (an
        Access database is imported table by table: the stakeholders, then their people…)."""
        question = summary + "\n\n" + self.tr("Import another table of this file?")
        answer = QMessageBox.question(self, self.tr("Import from Access"), question)
        self.another_table = answer == QMessageBox.StandardButton.Yes

    def validateCurrentPage(self) -> bool:
        """After an import (Finish validates the report page), stay open for another
        table when the user asked to: the wizard goes back to the tables page."""
        valid = super().validateCurrentPage()
        if not (valid and self.another_table):
            return valid
        self.another_table = False
        QTimer.singleShot(0, self.choose_another_table)
        return False  # Finish does not close the wizard

    def choose_another_table(self) -> None:
        self.restart()  # the file page, the file still chosen: read its tables again
        self.next()

    def plan(self) -> ImportPlan:
        plan = ImportPlan(
            self.kind(),
            self.mapping_page.mapping(),
            self.mapping_page.defaults(),
            self.tables_page.policy_combo.currentData(),
        )
        plan.bad_values = self.tables_page.bad_values_combo.currentData()
        plan.origin_source = origin_of(self.table.path, self.table.table)
        plan.origin_key_columns = tuple(self.table.primary_key)
        return plan

    def guess_mapping(self, kind: str, headers: list[str]) -> dict[str, str]:
        return guess_access_mapping(kind, headers)

    def reader_notes(self) -> list[str]:
        """Dates before 1900, records Access counts but the reader missed: for the report."""
        return [fill(translate("AccessImport", t), *a) for t, a in self.table.problems]

    def use_plan(self, plan: ImportPlan | None, loaded_from: Path | None = None) -> None:
        """Start the mapping page from `plan`, with its kind and duplicates policy chosen."""
        self.saved_plan = plan
        self.mapping_page.loaded_from = loaded_from
        if plan is not None:
            select_data(self.tables_page.kind_combo, plan.kind)
            select_data(self.tables_page.policy_combo, plan.duplicates)

    def remember_plan(self) -> None:
        """After a successful import (never a failed or cancelled one), if the user wants."""
        if not self.mapping_page.remember.isChecked():
            return
        try:
            save_plan(self.plan(), self.table.path, self.table.table, self.store)
        except OSError as error:
            text = self.tr("The choices could not be remembered (%1): %2")
            QMessageBox.warning(self, self.tr("Import from Access"), fill(text, self.store, error))


class AccessFilePage(QWizardPage):
    def __init__(self, wizard: AccessWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Choose the Access database"))
        self.setSubTitle(self.tr("The .mdb or .accdb file the old program opens."))
        self.path_edit = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit)
        row.addWidget(browse)
        self.charset_combo = QComboBox()  # Access 97 files do not say how their text is coded
        for label, charset in (
            (self.tr("Western European (Italian): Windows-1252"), "CP1252"),
            (self.tr("Central European: Windows-1250"), "CP1250"),
            (self.tr("Cyrillic: Windows-1251"), "CP1251"),
            (self.tr("Greek: Windows-1253"), "CP1253"),
            (self.tr("Turkish: Windows-1254"), "CP1254"),
            (self.tr("Baltic: Windows-1257"), "CP1257"),
        ):
            self.charset_combo.addItem(label, charset)
        form = QFormLayout(self)
        form.addRow(self.tr("File (.mdb or .accdb):"), row)
        form.addRow(self.tr("Text of Access 97 files:"), self.charset_combo)
        hint = QLabel(
            self.tr(
                "Only Access 97 (.mdb of Jet 3) files need this: if accented letters come out "
                "wrong in the preview, go back and choose the alphabet the file was written in."
            )
        )
        hint.setWordWrap(True)
        form.addRow("", hint)

    def browse(self) -> None:
        path = file_dialogs.open_file_name(
            self, self.tr("Import from Access"), "", self.tr("Access databases (*.mdb *.accdb)")
        )
        if path:
            self.path_edit.setText(path)

    def validatePage(self) -> bool:
        try:
            text = self.path_edit.text().strip()
            if not text:
                message = self.tr("Choose the Access file to import (Browse…).")
                QMessageBox.warning(self, self.tr("Import from Access"), message)
                return False
            reader = self.open_reader(Path(text))
            self.wizard_.infos = reader.tables()
        except AccessFileError as problem:
            QMessageBox.warning(self, self.tr("Import from Access"), problem.text())
            return False
        if warning := protection_warning(reader):
            QMessageBox.information(self, self.tr("Import from Access"), warning.text())
        self.wizard_.reader = reader
        return True

    def open_reader(self, path: Path):
        """The reader; an Access 97 file left on the default alphabet is read in the one its text
        shows (importers/access/alphabet.py), the list then showing it: the choice stays."""
        from socialneet_desktop.importers.access.alphabet import DEFAULT, open_guessing

        if self.charset_combo.currentData() != DEFAULT:
            return choose_reader(path, charset=self.charset_combo.currentData())
        reader, guessed = open_guessing(choose_reader, path)
        if guessed:
            self.charset_combo.setCurrentIndex(max(0, self.charset_combo.findData(guessed)))
        return reader


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
        self.tables.verticalHeader().hide()
        self.tables.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.tables.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.tables.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.saved_line = QLabel()
        self.saved_line.setWordWrap(True)
        self.saved_line.hide()
        for label in (self.notes, self.saved_line):  # wrapped lines are never cut
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.kind_combo = kind_combo()
        self.policy_combo = policy_combo()
        self.bad_values_combo = bad_values_combo()
        self.tables.itemSelectionChanged.connect(self.show_notes)
        form = QFormLayout()
        form.addRow(self.tr("Import as:"), self.kind_combo)
        form.addRow(self.tr("Duplicates:"), self.policy_combo)
        form.addRow(self.tr("A wrong e-mail, phone…:"), self.bad_values_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tables, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.saved_line)
        layout.addLayout(form)

    def initializePage(self) -> None:
        infos = self.wizard_.infos
        self.tables.setRowCount(len(infos))
        for index, info in enumerate(infos):
            columns = ", ".join(name for name, _type in info.columns)
            if info.linked and not info.columns:  # its rows are elsewhere: the note says where
                columns = fill(self.tr("link to %1"), info.linked_to)
            for column, text in enumerate((info.name, info.rows_text(translate), columns)):
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
        self.show_saved_plan(info)

    def show_saved_plan(self, info) -> None:
        """Preselect the kind and policy of the mapping saved for this table, and say so."""
        plan = None
        if info is not None:  # a linked table's mapping is kept under the file it reads
            path, table = self.wizard_.reader.source_of(info.name)
            plan = load_plan(path, table, self.wizard_.store)
        self.wizard_.use_plan(plan)
        self.saved_line.setVisible(plan is not None)
        if plan is not None:
            text = self.tr(
                "There is a saved mapping for this table: %1 columns as %2, duplicates: %3. "
                "The next page applies it."
            )
            kind, policy = self.kind_combo.currentText(), self.policy_combo.currentText()
            self.saved_line.setText(fill(text, len(plan.mapping), kind, policy.lower()))

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
