"""File > Import: choose a file and kind, map columns (with a preview), read the report, import.

The file is streamed (read again for the check and for the import, never held whole); the
work runs in a worker thread while the wizard shows that it is busy.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from socialneet_desktop.domain.municipalities import bundled_index
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.importers.conversion import Converter
from socialneet_desktop.importers.mapping import FIELDS, guess_mapping
from socialneet_desktop.importers.pipeline import ImportFailed, ImportPlan, analyse, import_rows
from socialneet_desktop.importers.readers import EncodingProblem, UnreadableFile, read_table
from socialneet_desktop.importers.report import issue_lines, report_to_xlsx, summary_lines
from socialneet_desktop.services.current_user import current_user_name
from socialneet_desktop.services.record_kinds import all_kinds
from socialneet_desktop.ui import file_dialogs
from socialneet_desktop.ui.busy import run_busy
from socialneet_desktop.ui.import_values import default_editor, editor_text, preview_text

PREVIEW_ROWS = 20


def kind_combo() -> QComboBox:
    """What the rows of the file are: every kind with an import label (RecordKind.
    import_label), in import order - records that point to others come after them."""
    combo = QComboBox()
    kinds = sorted((k for k in all_kinds() if k.import_label), key=lambda k: k.import_order)
    for kind in kinds:
        combo.addItem(translate("ImportWizard", kind.import_label), kind.key)
    return combo


def policy_combo() -> QComboBox:
    combo = QComboBox()
    combo.addItem(translate("ImportWizard", "Skip rows already in the database"), "skip")
    combo.addItem(translate("ImportWizard", "Update the records already in the database"), "update")
    combo.addItem(translate("ImportWizard", "Add them anyway"), "add")
    return combo


class ImportWizard(QWizard):
    imported = Signal(str)  # record kind, after a successful import

    def __init__(self, database, parent=None) -> None:
        super().__init__(parent)
        self.database = database
        self.table = None
        self.report = None
        self.setWindowTitle(self.tr("Import from a spreadsheet"))
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.report_page = ReportPage(self)
        for page in (self.file_page, self.mapping_page, self.report_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Import"))

    def kind(self) -> str:
        return self.file_page.kind_combo.currentData()

    def tell_imported(self, summary: str) -> None:
        QMessageBox.information(self, self.tr("Import"), summary)

    def plan(self) -> ImportPlan:
        return ImportPlan(
            self.kind(),
            self.mapping_page.mapping(),
            self.mapping_page.defaults(),
            self.file_page.policy_combo.currentData(),
        )

    def guess_mapping(self, kind: str, headers: list[str]) -> dict[str, str]:
        """The mapping page starts from this guess (the Access wizard splits CamelCase)."""
        return guess_mapping(kind, headers)

    def reader_notes(self) -> list[str]:
        """What the reader could not read, for the report page (none for spreadsheets)."""
        return []


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Choose the file"))
        self.path_edit = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        self.kind_combo = kind_combo()
        self.policy_combo = policy_combo()
        row = QHBoxLayout()
        row.addWidget(self.path_edit)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("File (.xlsx or .csv):"), row)
        form.addRow(self.tr("Import as:"), self.kind_combo)
        form.addRow(self.tr("Duplicates:"), self.policy_combo)

    def browse(self) -> None:
        path = file_dialogs.open_file_name(
            self,
            self.tr("Import from a spreadsheet"),
            "",
            self.tr("Spreadsheets (*.xlsx *.csv *.txt)"),
        )
        if path:
            self.path_edit.setText(path)

    def validatePage(self) -> bool:
        path = Path(self.path_edit.text().strip())
        try:
            try:
                self.wizard_.table = self.read(path, accept_encoding_problems=False)
            except EncodingProblem as problem:
                if not self.read_anyway(problem):
                    return False
                self.wizard_.table = self.read(path, accept_encoding_problems=True)
        except UnreadableFile as problem:
            text = fill(translate("Import", problem.message), problem.path, problem.detail)
            QMessageBox.warning(self, self.tr("Import"), text)
            return False
        return True

    def read(self, path: Path, *, accept_encoding_problems: bool):
        """The file checked from end to end (a large one takes a while: off the GUI thread)."""
        label = fill(self.tr("Reading %1…"), path.name)
        return run_busy(
            self.wizard_,
            label,
            lambda: read_table(path, accept_encoding_problems=accept_encoding_problems),
        )

    def read_anyway(self, problem: EncodingProblem) -> bool:
        text = fill(translate("Import", problem.message), problem.path, problem.detail)
        answer = QMessageBox.question(
            self, self.tr("Damaged accented letters"), text + "\n\n" + self.tr("Read it anyway?")
        )
        return answer == QMessageBox.StandardButton.Yes


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(
            self.tr("Choose the field each column goes to; the preview shows the result.")
        )
        self.columns = QTableWidget(0, 2)
        self.columns.setHorizontalHeaderLabels([self.tr("Column of the file"), self.tr("Field")])
        header = self.columns.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.columns.verticalHeader().hide()
        self.columns.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.columns.verticalHeader().setDefaultSectionSize(28)
        self.defaults_form = QFormLayout()
        self.default_edits: dict[str, QWidget] = {}  # QLineEdit, or QComboBox for choices
        self.preview = QTableWidget()
        self.preview.setWordWrap(False)
        self.preview.verticalHeader().setDefaultSectionSize(24)
        self.preview.horizontalHeader().setMaximumSectionSize(260)
        layout = QVBoxLayout(self)
        layout.addWidget(self.columns)
        layout.addWidget(QLabel(self.tr("Values for fields the file does not have:")))
        layout.addLayout(self.defaults_form)
        layout.addWidget(QLabel(self.tr("Preview of the first 20 rows:")))
        layout.addWidget(self.preview)

    def fields(self):
        return FIELDS[self.wizard_.kind()]

    def initializePage(self) -> None:
        headers = self.wizard_.table.headers
        mapping, defaults = self.initial_choices(headers)
        self.fill_columns(headers, mapping)
        self.fill_defaults(defaults)
        self.refresh()

    def initial_choices(self, headers: list[str]) -> tuple[dict[str, str], dict[str, str]]:
        """The wizard's guess (the Access wizard's page may start from a saved mapping)."""
        return self.wizard_.guess_mapping(self.wizard_.kind(), headers), {"kind": "other"}

    def fill_columns(self, headers: list[str], mapping: dict[str, str]) -> None:
        self.columns.setRowCount(len(headers))
        self.combos: list[QComboBox] = []
        for index, header in enumerate(headers):
            self.columns.setItem(index, 0, QTableWidgetItem(header))
            combo = QComboBox()
            combo.addItem(self.tr("(ignore)"), "")
            for field in self.fields():
                combo.addItem(self.translate_label(field.label), field.name)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(header, ""))))
            combo.currentIndexChanged.connect(self.refresh)
            self.columns.setCellWidget(index, 1, combo)
            self.combos.append(combo)

    def fill_defaults(self, defaults: dict[str, str]) -> None:
        """A value for every required field, and for any other field `defaults` names."""
        while self.defaults_form.rowCount():
            self.defaults_form.removeRow(0)
        self.default_edits = {}
        for field in self.fields():
            if field.required or field.name in defaults:
                kind, text = self.wizard_.kind(), defaults.get(field.name, "")
                edit = default_editor(kind, field, text, self.refresh)
                self.default_edits[field.name] = edit
                self.defaults_form.addRow(self.translate_label(field.label), edit)

    def translate_label(self, label: str) -> str:
        return translate("Import", label)

    def mapping(self) -> dict[str, str]:
        headers = self.wizard_.table.headers
        return {
            h: c.currentData() for h, c in zip(headers, self.combos, strict=True) if c.currentData()
        }

    def defaults(self) -> dict[str, str]:
        texts = {name: editor_text(edit) for name, edit in self.default_edits.items()}
        return {name: text for name, text in texts.items() if text}

    def refresh(self) -> None:
        plan = ImportPlan(self.wizard_.kind(), self.mapping(), self.defaults())
        converter = Converter(plan.kind, bundled_index())
        shown = [f for f in self.fields() if f.type != "province"]
        self.preview.setColumnCount(len(shown))
        self.preview.setHorizontalHeaderLabels([self.translate_label(f.label) for f in shown])
        rows = self.wizard_.table.rows[:PREVIEW_ROWS]
        self.preview.setRowCount(len(rows))
        self.preview.setVerticalHeaderLabels([str(row.number) for row in rows])  # as the report
        for index, row in enumerate(rows):
            values, issues = converter.convert_row(plan.texts(row))
            failed = {issue.field for issue in issues if issue.is_error}
            for column, field in enumerate(shown):
                if field.name in failed:
                    text = "⚠"
                else:
                    text = preview_text(plan.kind, field, values.get(field.name))
                self.preview.setItem(index, column, QTableWidgetItem(text))
        self.preview.resizeColumnsToContents()


class ReportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Report"))
        self.summary = QLabel()
        self.notes_title = QLabel()
        self.notes = QListWidget()
        self.notes.setWordWrap(True)
        self.notes.setSpacing(2)
        self.notes.setAlternatingRowColors(True)
        self.notes.setMaximumHeight(120)
        self.notes.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.notes.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.issues = QTableWidget(0, 1)
        self.issues.setHorizontalHeaderLabels([self.tr("Rows rejected, duplicated or to check")])
        self.issues.horizontalHeader().setStretchLastSection(True)
        self.issues.verticalHeader().hide()  # the lines name their rows
        save = QPushButton(self.tr("Save report as .xlsx…"))
        save.clicked.connect(self.save_report)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.notes_title)
        layout.addWidget(self.notes)
        layout.addWidget(self.issues)
        layout.addWidget(save)

    def initializePage(self) -> None:
        database, table, plan = self.wizard_.database, self.wizard_.table, self.wizard_.plan()

        def dry_run():
            with database.read_session() as session:
                return analyse(session, table, plan)

        label = fill(self.tr("Checking %1 rows…"), QLocale().toString(len(table.rows)))
        try:
            self.wizard_.report = run_busy(self.wizard_, label, dry_run)
        except UnreadableFile as problem:  # changed or gone since it was chosen
            text = fill(translate("Import", problem.message), problem.path, problem.detail)
            QMessageBox.warning(self, self.tr("Import"), text)
            QTimer.singleShot(0, self.wizard_.back)
            return
        self.show_report()

    def show_report(self) -> None:
        report = self.wizard_.report
        self.summary.setText("\n".join(summary_lines(report)))
        self.show_reader_notes(self.wizard_.reader_notes())
        lines = issue_lines(report)
        self.issues.setRowCount(len(lines))
        for index, line in enumerate(lines):
            self.issues.setItem(index, 0, QTableWidgetItem(line))

    def show_reader_notes(self, notes: list[str]) -> None:
        """What the file reader could not read, above the rows (hidden when there is none)."""
        self.notes_title.setText(fill(self.tr("Problems reading the file (%1):"), len(notes)))
        self.notes.clear()
        self.notes.addItems(notes)
        self.notes_title.setVisible(bool(notes))
        self.notes.setVisible(bool(notes))

    def save_report(self) -> None:
        """Never over the open database or the file being imported (ui.save_paths)."""
        from socialneet_desktop.ui.save_paths import ask_save_path

        path = ask_save_path(
            self,
            self.tr("Save report as .xlsx…"),
            "",
            [(self.tr("Excel workbook (*.xlsx)"), ".xlsx")],
            database=self.wizard_.database,
            inputs=(self.wizard_.table.path,) if self.wizard_.table is not None else (),
        )
        if path is None:
            return
        try:
            report_to_xlsx(self.wizard_.report, path, self.wizard_.reader_notes())
        except OSError as error:
            text = fill(self.tr("The report could not be written to %1: %2"), path, error)
            QMessageBox.warning(self, self.tr("Save report as .xlsx…"), text)

    def failure_text(self, error: Exception) -> str:
        """Why nothing was written; a file changed or gone since the check in its words."""
        if isinstance(error, UnreadableFile):
            error = fill(translate("Import", error.message), error.path, error.detail)
        return fill(self.tr("The import failed and nothing was written: %1"), error)

    def validatePage(self) -> bool:
        report = self.wizard_.report
        question = fill(
            self.tr("Import %1 rows, skip %2?"),
            report.to_write(),
            len(report.rows) - report.to_write(),
        )
        if (
            QMessageBox.question(self, self.tr("Import"), question)
            != QMessageBox.StandardButton.Yes
        ):
            return False
        database, table, plan = self.wizard_.database, self.wizard_.table, self.wizard_.plan()
        user = current_user_name()
        label = fill(self.tr("Importing %1 rows…"), QLocale().toString(report.to_write()))
        try:
            self.wizard_.report = run_busy(
                self.wizard_, label, lambda: import_rows(database, table, plan, user=user)
            )
        except ImportFailed as failure:
            QMessageBox.critical(self, self.tr("Import"), self.failure_text(failure.error))
            return False
        self.wizard_.imported.emit(self.wizard_.kind())
        self.wizard_.tell_imported("\n".join(summary_lines(self.wizard_.report)))
        return True
