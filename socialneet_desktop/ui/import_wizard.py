"""File > Import: choose a file and kind, map columns (with a preview), map the values of
coded columns, read the report, import. A "stakeholders met" sheet can be imported as
organisations, people and meetings at once (importers/several.py); the header row is
proposed and can be changed.

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
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from socialneet_desktop.domain.municipalities import bundled_index
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.importers.conversion import Converter
from socialneet_desktop.importers.mapping import FIELDS, SURE, guess_columns, guess_mapping
from socialneet_desktop.importers.pipeline import ImportFailed, ImportPlan, analyse, import_rows
from socialneet_desktop.importers.readers import EncodingProblem, UnreadableFile, read_table
from socialneet_desktop.importers.report import (
    issue_lines,
    report_to_xlsx,
    several_report_to_xlsx,
    summary_lines,
)
from socialneet_desktop.services.current_user import current_user_name
from socialneet_desktop.services.record_kinds import all_kinds, kind_by_key
from socialneet_desktop.ui import file_dialogs
from socialneet_desktop.ui.busy import run_busy
from socialneet_desktop.ui.import_values import default_editor, editor_text, preview_text
from socialneet_desktop.ui.import_values_page import ValuesPage

PREVIEW_ROWS = 20
STAKEHOLDERS_MET = "organizations,contact_people,meetings"
SEVERAL_KINDS = (
    (
        STAKEHOLDERS_MET,
        QT_TRANSLATE_NOOP(
            "ImportWizard", "Stakeholders met: organisations, their people and the meetings"
        ),
    ),
    (
        "contacts,visits",
        QT_TRANSLATE_NOOP("ImportWizard", "Contacts and their visits (one row a visit)"),
    ),
)


def kind_combo() -> QComboBox:
    """What the rows of the file are: every kind with an import label (RecordKind.
    import_label), in import order - records that point to others come after them."""
    combo = QComboBox()
    kinds = sorted((k for k in all_kinds() if k.import_label), key=lambda k: k.import_order)
    for kind in kinds:
        combo.addItem(translate("ImportWizard", kind.import_label), kind.key)
    return combo


def bad_values_combo() -> QComboBox:
    """What a wrong value does in a field the record can do without (an e-mail)."""
    combo = QComboBox()
    combo.addItem(translate("ImportWizard", "Reject the row"), "reject")
    combo.addItem(translate("ImportWizard", "Import the row without that value"), "empty")
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
        self.resize(1000, 680)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.values_page = ValuesPage(self)
        self.report_page = ReportPage(self)
        pages = (self.file_page, self.mapping_page, self.values_page, self.report_page)
        for page in pages:
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Import"))

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        """The values page only when a mapped column holds a field with choices."""
        if self.currentPage() is self.mapping_page and not self.values_page.has_values():
            return self.pageIds()[3]
        return super().nextId()

    def kind(self) -> str:
        """The kind of the rows; with several ("organizations,contact_people,meetings")
        the first (several() and kinds() tell)."""
        return self.kinds()[0]

    def kinds(self) -> list[str]:
        return self.file_page.kind_combo.currentData().split(",")

    def several(self) -> bool:
        return len(self.kinds()) > 1

    def plans(self) -> list[ImportPlan]:
        """One plan a kind: the columns mapped to it ("kind.field"), its values."""
        mapping, defaults = self.mapping_page.mapping(), self.mapping_page.defaults()
        values = self.values_page.values()
        if not self.several():
            plan = self.plan()
            return [plan]
        plans = []
        for kind in self.kinds():
            prefix = kind + "."
            own = {c: f.removeprefix(prefix) for c, f in mapping.items() if f.startswith(prefix)}
            given = {n.removeprefix(prefix): v for n, v in defaults.items() if n.startswith(prefix)}
            plan = ImportPlan(kind, own, given, self.file_page.policy_combo.currentData())
            plan.values = values.get(kind, {})
            plan.bad_values = self.file_page.bad_values_combo.currentData()
            plans.append(plan)
        return plans

    def tell_imported(self, summary: str) -> None:
        QMessageBox.information(self, self.tr("Import"), summary)

    def plan(self) -> ImportPlan:
        plan = ImportPlan(
            self.kind(),
            self.mapping_page.mapping(),
            self.mapping_page.defaults(),
            self.file_page.policy_combo.currentData(),
        )
        plan.values = self.values_page.values().get(plan.kind, {})
        plan.bad_values = self.file_page.bad_values_combo.currentData()
        return plan

    def read_again(self, header_row: int) -> None:
        """The file read with another header row (the mapping page's row picker)."""
        path, accept = self.table.path, bool(self.table.mangled_lines)
        self.table = read_table(path, accept_encoding_problems=accept, header_row=header_row)

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
        self.setSubTitle(self.tr("The spreadsheet to import, and what each of its rows is."))
        self.path_edit = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        self.kind_combo = kind_combo()
        for data, label in SEVERAL_KINDS:
            self.kind_combo.addItem(translate("ImportWizard", label), data)
        self.policy_combo = policy_combo()
        self.bad_values_combo = bad_values_combo()
        row = QHBoxLayout()
        row.addWidget(self.path_edit)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("File (.xlsx or .csv):"), row)
        form.addRow(self.tr("Import as:"), self.kind_combo)
        form.addRow(self.tr("Duplicates:"), self.policy_combo)
        form.addRow(self.tr("A wrong e-mail, phone…:"), self.bad_values_combo)

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
        self.memory: dict[str, dict] = {}  # {kind: what earlier imports mapped}
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(
            self.tr("Choose the field each column goes to; the preview shows the result.")
        )
        self.header_row = QSpinBox()
        self.header_row.setRange(1, 1_000_000)
        self.header_row.setToolTip(self.tr("The row of the file that holds the column titles"))
        self.header_row.editingFinished.connect(self.change_header_row)
        self.skipped = QLabel()
        self.skipped.setWordWrap(True)
        self.columns = QTableWidget(0, 3)
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column of the file"), self.tr("Field"), self.tr("Guess")]
        )
        header = self.columns.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.columns.verticalHeader().hide()
        self.columns.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.columns.verticalHeader().setDefaultSectionSize(28)
        self.defaults_form = QFormLayout()
        self.default_edits: dict[str, QWidget] = {}  # QLineEdit, or QComboBox for choices
        self.preview = QTableWidget()
        self.preview.setWordWrap(False)
        self.preview.verticalHeader().setDefaultSectionSize(24)
        self.preview.horizontalHeader().setMaximumSectionSize(260)
        row_picker = QHBoxLayout()
        self.header_row_label = QLabel(self.tr("Header row:"))
        row_picker.addWidget(self.header_row_label)
        row_picker.addWidget(self.header_row)
        row_picker.addWidget(self.skipped, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row_picker)
        layout.addWidget(self.columns, 3)
        layout.addWidget(QLabel(self.tr("Values for fields the file does not have:")))
        layout.addLayout(self.defaults_form)
        layout.addWidget(QLabel(self.tr("Preview of the first 20 rows:")))
        layout.addWidget(self.preview, 2)

    def fields(self):
        return FIELDS[self.wizard_.kind()]

    def targets(self) -> list[tuple[str, str, str, object]]:
        """What a column can go to: (data, label, kind, field); with several kinds every
        kind's fields as "kind.field", but the references between them (set by the row)."""
        wizard = self.wizard_
        if not getattr(wizard, "several", lambda: False)():
            kind = wizard.kind()
            return [(f.name, self.translate_label(f.label), kind, f) for f in self.fields()]
        from socialneet_desktop.importers.several import REFERENCE_FIELDS

        targets = []
        for kind in wizard.kinds():
            singular = translate("RecordKind", kind_by_key(kind).singular)
            for f in FIELDS[kind]:
                if f.name not in REFERENCE_FIELDS:
                    label = f"{singular}: {self.translate_label(f.label)}"
                    targets.append((f"{kind}.{f.name}", label, kind, f))
        return targets

    def initializePage(self) -> None:
        table = self.wizard_.table
        self.memory = {}  # read again: an import may have been made since
        self.header_row.blockSignals(True)
        self.header_row.setValue(max(1, getattr(table, "header_row", 1)))
        self.header_row.blockSignals(False)
        self.show_skipped(table)
        headers = table.headers
        mapping, defaults = self.initial_choices(headers)
        self.given_defaults = dict(defaults)
        self.fill_columns(headers, mapping)
        self.fill_defaults(defaults)
        self.refresh()

    def show_skipped(self, table) -> None:
        parts = []
        if getattr(table, "skipped_rows", None):
            numbers = ", ".join(str(n) for n in table.skipped_rows)
            parts.append(fill(self.tr("Rows above it, skipped: %1."), numbers))
        if getattr(table, "total_rows", None):
            numbers = ", ".join(str(n) for n in table.total_rows)
            parts.append(fill(self.tr("Total rows under the data, skipped: %1."), numbers))
        guessed = getattr(table, "guessed_header_row", 1)
        if guessed != getattr(table, "header_row", 1):
            parts.append(fill(self.tr("Row %1 looks like the header."), guessed))
        self.skipped.setText(" ".join(parts))

    def change_header_row(self) -> None:
        table = self.wizard_.table
        if not hasattr(self.wizard_, "read_again") or self.header_row.value() == table.header_row:
            return
        try:
            self.wizard_.read_again(self.header_row.value())
        except UnreadableFile as problem:
            text = fill(translate("Import", problem.message), problem.path, problem.detail)
            QMessageBox.warning(self, self.tr("Import"), text)
            self.header_row.setValue(table.header_row)
            return
        self.initializePage()

    def initial_choices(self, headers: list[str]) -> tuple[dict[str, str], dict[str, str]]:
        """The wizard's guess (the Access wizard's page may start from a saved mapping)."""
        wizard = self.wizard_
        if getattr(wizard, "several", lambda: False)():
            from socialneet_desktop.importers.several import several_mapping

            found = several_mapping(wizard.kinds(), headers)
            mapping = {c: f"{k}.{f}" for k, pairs in found.items() for c, f in pairs.items()}
            return mapping, {"organizations.kind": "other"}
        return wizard.guess_mapping(wizard.kind(), headers), {"kind": "other"}

    def guesses(self, headers: list[str]) -> dict[str, tuple[str, float]]:
        """{column: (target, confidence)} as the Guess column shows them."""
        wizard = self.wizard_
        kinds = wizard.kinds() if getattr(wizard, "several", lambda: False)() else [wizard.kind()]
        best: dict[str, tuple[str, float]] = {}
        for kind in kinds:
            for column, guess in guess_columns(kind, headers).items():
                data = f"{kind}.{guess.field}" if len(kinds) > 1 else guess.field
                if column not in best or guess.confidence > best[column][1]:
                    best[column] = (data, guess.confidence)
        return best

    def fill_columns(self, headers: list[str], mapping: dict[str, str]) -> None:
        self.columns.setRowCount(len(headers))
        self.combos: list[QComboBox] = []
        targets = self.targets()
        labels = {data: label for data, label, _kind, _field in targets}
        guesses = self.guesses(headers)
        for index, header in enumerate(headers):
            self.columns.setItem(index, 0, QTableWidgetItem(header))
            combo = QComboBox()
            combo.addItem(self.tr("(ignore)"), "")
            for data, label, _kind, _field in targets:
                combo.addItem(label, data)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(header, ""))))
            combo.currentIndexChanged.connect(self.refresh)
            self.columns.setCellWidget(index, 1, combo)
            self.combos.append(combo)
            guess = self.guess_text(guesses, header, labels, mapping.get(header, ""))
            self.columns.setItem(index, 2, QTableWidgetItem(guess))

    def guess_text(self, guesses, header: str, labels: dict[str, str], chosen: str = "") -> str:
        """ "90%" (also for a weaker guess the page starts from), or for a guess not taken
        "maybe Address (58%)"."""
        if header not in guesses or guesses[header][0] not in labels:
            return ""
        data, confidence = guesses[header]
        percent = QLocale().toString(round(confidence * 100))
        if confidence >= SURE or data == chosen:
            return fill(self.tr("%1%"), percent)
        return fill(self.tr("maybe %1 (%2%)"), labels[data], percent)

    def wanted_defaults(self, mapping: dict[str, str]) -> list[str]:
        """The fields that get a value of their own: the required ones no column gives (a
        link between the kinds of a row aside), and those the page started with (a kind
        for the rows whose cell is empty)."""
        from socialneet_desktop.importers.several import REFERENCE_FIELDS

        several = getattr(self.wizard_, "several", lambda: False)()
        mapped, given = set(mapping.values()), getattr(self, "given_defaults", {})
        return [
            data
            for data, _label, _kind, field in self.targets()
            if data in given
            or (
                field.required
                and data not in mapped
                and not (several and field.name in REFERENCE_FIELDS)
            )
        ]

    def fill_defaults(self, defaults: dict[str, str], *, only_wanted: bool = False) -> None:
        """A value for every required field no column gives, and for any `defaults` names
        (`only_wanted`: `defaults` are only the texts to start from)."""
        while self.defaults_form.rowCount():
            self.defaults_form.removeRow(0)
        self.default_edits = {}
        wanted = set(self.wanted_defaults(self.mapping()))
        if not only_wanted:
            wanted |= set(defaults)
        for data, label, kind, field in self.targets():
            if data in wanted:
                edit = default_editor(kind, field, defaults.get(data, ""), self.refresh)
                self.default_edits[data] = edit
                self.defaults_form.addRow(label, edit)

    def translate_label(self, label: str) -> str:
        return translate("Import", label)

    def remembered(self, kind: str) -> dict:
        """What earlier imports into the database mapped (read once a page: the preview)."""
        values_page = getattr(self.wizard_, "values_page", None)
        if values_page is None:
            return {}
        if kind not in self.memory:
            self.memory.update(values_page.remembered({kind}))
        return self.memory[kind]

    def validatePage(self) -> bool:
        """Leaving the page: the coded columns' values are read (the values page)."""
        values_page = getattr(self.wizard_, "values_page", None)
        return values_page is None or values_page.read_values()

    def mapping(self) -> dict[str, str]:
        headers = self.wizard_.table.headers
        return {
            h: c.currentData() for h, c in zip(headers, self.combos, strict=True) if c.currentData()
        }

    def defaults(self) -> dict[str, str]:
        texts = {name: editor_text(edit) for name, edit in self.default_edits.items()}
        return {name: text for name, text in texts.items() if text}

    def refresh(self) -> None:
        """The first rows as each mapped kind would read them; a required field whose column
        was taken away gets a value of its own (and loses it when a column gives it)."""
        mapping, defaults = self.mapping(), self.defaults()
        if set(self.wanted_defaults(mapping)) != set(self.default_edits):
            texts = {**getattr(self, "given_defaults", {}), **defaults}
            self.fill_defaults(texts, only_wanted=True)
            defaults = self.defaults()
        shown = [t for t in self.targets() if t[3].type != "province"]
        if getattr(self.wizard_, "several", lambda: False)():  # too many fields: the mapped
            used = {*mapping.values(), *defaults}
            shown = [t for t in shown if t[0] in used]
        plans = {}
        for data, _label, kind, _field in shown:
            if kind not in plans:
                prefix = kind + "." if "." in data else ""
                own = {
                    c: f.removeprefix(prefix) for c, f in mapping.items() if f.startswith(prefix)
                }
                given = {
                    n.removeprefix(prefix): v for n, v in defaults.items() if n.startswith(prefix)
                }
                plan = ImportPlan(kind, own, given)
                rows = self.wizard_.table.rows[:PREVIEW_ROWS]
                plan.values = preview_values(kind, own, rows, self.remembered(kind))
                plans[kind] = (plan, Converter(kind, bundled_index()))
        self.preview.setColumnCount(len(shown))
        self.preview.setHorizontalHeaderLabels([label for _d, label, _k, _f in shown])
        rows = self.wizard_.table.rows[:PREVIEW_ROWS]
        self.preview.setRowCount(len(rows))
        self.preview.setVerticalHeaderLabels([str(row.number) for row in rows])  # as the report
        for index, row in enumerate(rows):
            converted = {}
            for kind, (plan, converter) in plans.items():
                values, issues = converter.convert_row(plan.texts(row))
                converted[kind] = (values, {i.field for i in issues if i.is_error})
            for column, (_data, _label, kind, field) in enumerate(shown):
                values, failed = converted[kind]
                if field.name in failed:
                    text = "⚠"
                else:
                    text = preview_text(kind, field, values.get(field.name))
                self.preview.setItem(index, column, QTableWidgetItem(text))
        self.preview.resizeColumnsToContents()


def preview_values(
    kind: str, mapping: dict[str, str], rows, memory: dict | None = None
) -> dict[str, dict[str, str]]:
    """The values of the first rows' coded columns as the values page will propose them:
    as an earlier import mapped them (`memory`, services.import_value_memory), else guessed."""
    from socialneet_desktop.importers.value_mapping import (
        coded_fields,
        distinct_values,
        value_map,
    )
    from socialneet_desktop.services.import_value_memory import values_for

    values = {}
    for name in coded_fields(kind, mapping):
        column = next(c for c, f in mapping.items() if f == name)
        found = distinct_values(kind, rows, column, name)
        values[name] = value_map({v.text: v.guess for v in found if v.guess is not None})
        values[name].update(values_for(memory or {}, column, name))
    return values


class ReportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Report"))
        self.setSubTitle(
            self.tr("What the import will do, row by row. Nothing is written before Import.")
        )
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
        self.save_button = save
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.notes_title)
        layout.addWidget(self.notes)
        layout.addWidget(self.issues)
        layout.addWidget(save)

    def several(self) -> bool:
        return getattr(self.wizard_, "several", lambda: False)()

    def initializePage(self) -> None:
        database, table = self.wizard_.database, self.wizard_.table
        if self.several():
            from socialneet_desktop.importers.several import analyse_several

            plans = self.wizard_.plans()

            def dry_run():
                return analyse_several(database, table, plans)
        else:
            plan = self.wizard_.plan()

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
        if self.several():
            self.summary.setText("\n".join(several_lines(report)))
            lines = [
                f"{translate('RecordKind', kind_by_key(part.kind).title)}: {line}"
                for part in report.reports
                for line in issue_lines(part)
            ]
        else:
            self.summary.setText("\n".join(summary_lines(report)))
            lines = issue_lines(report)
        self.show_reader_notes(self.wizard_.reader_notes())
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
        write = several_report_to_xlsx if self.several() else report_to_xlsx
        try:
            write(self.wizard_.report, path, self.wizard_.reader_notes())
        except OSError as error:
            text = fill(self.tr("The report could not be written to %1: %2"), path, error)
            QMessageBox.warning(self, self.tr("Save report as .xlsx…"), text)

    def failure_text(self, error: Exception) -> str:
        """Why nothing was written; a file changed or gone since the check in its words."""
        if isinstance(error, UnreadableFile):
            error = fill(translate("Import", error.message), error.path, error.detail)
        return fill(self.tr("The import failed and nothing was written: %1"), error)

    def validatePage(self) -> bool:
        if self.several():
            return self.import_several()
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
        lines = summary_lines(self.wizard_.report) + batch_lines(self.wizard_.report.batch_id)
        self.wizard_.tell_imported("\n".join(lines))
        return True

    def import_several(self) -> bool:
        """The records of every kind of the rows, in one transaction, as one batch."""
        from socialneet_desktop.importers.several import import_several

        counts = self.wizard_.report.counts()
        created = sum(c["created"] for c in counts.values())
        question = fill(self.tr("Create %1 records?"), created)
        if (
            QMessageBox.question(self, self.tr("Import"), question)
            != QMessageBox.StandardButton.Yes
        ):
            return False
        database, table, plans = self.wizard_.database, self.wizard_.table, self.wizard_.plans()
        user = current_user_name()
        label = fill(self.tr("Importing %1 records…"), QLocale().toString(created))
        try:
            result = run_busy(
                self.wizard_, label, lambda: import_several(database, table, plans, user=user)
            )
        except ImportFailed as failure:
            QMessageBox.critical(self, self.tr("Import"), self.failure_text(failure.error))
            return False
        self.wizard_.report = result
        for kind in self.wizard_.kinds():
            self.wizard_.imported.emit(kind)
        lines = several_lines(result) + batch_lines(result.batch_id)
        self.wizard_.tell_imported("\n".join(lines))
        return True


def several_lines(result) -> list[str]:
    """ "Stakeholders: 3 created, 2 found already, 0 rejected", one line a kind."""
    line = translate("ImportWizard", "%1: %2 created, %3 found already, %4 rejected")
    return [
        fill(
            line,
            translate("RecordKind", kind_by_key(kind).title),
            c["created"],
            c["found"],
            c["rejected"],
        )
        for kind, c in result.counts().items()
    ]


def batch_lines(batch_id) -> list[str]:
    if batch_id is None:
        return []
    text = translate(
        "ImportWizard", "This is import number %1: File > Undo an import… takes it back."
    )
    return ["", fill(text, batch_id)]
