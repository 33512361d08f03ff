"""The column mapping page of the Access wizard: the spreadsheet wizard's page, started from
the mapping saved for the table (or one loaded from a file), able to save it to a file to
hand over with the .mdb (the format of the command line's --mapping-file).
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
)

from socialneet_desktop.i18n import fill
from socialneet_desktop.importers.access.mapping_output import write_mapping_file
from socialneet_desktop.importers.access.mapping_store import MappingFileError, load_plan_file
from socialneet_desktop.ui import file_dialogs
from socialneet_desktop.ui.import_wizard import MappingPage
from socialneet_desktop.ui.save_paths import ask_save_path

CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")  # as importers.access.mapping_store splits names


class AccessMappingPage(MappingPage):
    """The spreadsheet wizard's page, started from a saved mapping; saves and loads files."""

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.loaded_from: Path | None = None
        self.saved_note = QLabel()
        self.saved_note.setWordWrap(True)
        self.saved_note.hide()
        self.remember = QCheckBox(
            self.tr("Remember these choices for the next import of this table")
        )
        self.remember.setChecked(True)
        save = QPushButton(self.tr("Save the mapping to a file…"))
        save.clicked.connect(self.save_to_file)
        load = QPushButton(self.tr("Load a mapping from a file…"))
        load.clicked.connect(self.load_from_file)
        row = QHBoxLayout()
        row.addWidget(self.remember)
        row.addStretch()
        row.addWidget(save)
        row.addWidget(load)
        self.layout().insertWidget(0, self.saved_note)
        self.layout().addLayout(row)
        for widget in (self.header_row_label, self.header_row):  # a table's titles are its own
            widget.hide()

    def guesses(self, headers: list[str]) -> dict[str, tuple[str, float]]:
        """The Guess column on the words of CamelCase names ("CompanyName" is "Company
        Name"), as the mapping itself is guessed (mapping_store.guess_access_mapping)."""
        words = {header: CAMEL.sub(" ", header) for header in headers}
        found = super().guesses(list(dict.fromkeys(words.values())))
        return {header: found[spaced] for header, spaced in words.items() if spaced in found}

    def initial_choices(self, headers: list[str]) -> tuple[dict[str, str], dict[str, str]]:
        """The saved (or loaded) mapping when there is one for this kind, else the guess."""
        plan = self.wizard_.saved_plan
        if plan is None or plan.kind != self.wizard_.kind():
            self.saved_note.hide()
            return super().initial_choices(headers)
        self.show_saved_note([column for column in plan.mapping if column not in headers])
        return {c: f for c, f in plan.mapping.items() if c in headers}, plan.defaults

    def show_saved_note(self, missing: list[str]) -> None:
        if self.loaded_from is not None:
            text = fill(self.tr("The mapping read from %1 is applied."), self.loaded_from.name)
        else:
            text = self.tr("The mapping saved for this table is applied.")
        if missing:
            ignored = self.tr("Columns of that mapping this table no longer has, ignored: %1.")
            text += " " + fill(ignored, ", ".join(missing))
        self.saved_note.setText(text)
        self.saved_note.show()

    def save_to_file(self) -> None:
        """Same format as the command line's --mapping-file, to hand over with the .mdb."""
        table = self.wizard_.table
        suggested = table.path.with_name(f"{table.path.stem}.mappings.json")
        path = ask_save_path(
            self,
            self.tr("Save the mapping to a file…"),
            str(suggested),
            [(self.json_filter(), ".json")],
            database=self.wizard_.database,
            inputs=(table.path,),
        )
        if path is None:
            return
        try:  # the mappings an existing mapping file holds are kept
            write_mapping_file(self.wizard_.plan(), table.path, table.table, path)
        except OSError as error:
            text = fill(self.tr("The mapping could not be saved in %1: %2"), path, error)
            QMessageBox.warning(self, self.tr("Import from Access"), text)
            return
        self.saved_note.setText(fill(self.tr("The mapping is saved in %1."), path))
        self.saved_note.show()

    def load_from_file(self) -> None:
        table = self.wizard_.table
        path = file_dialogs.open_file_name(
            self, self.tr("Load a mapping from a file…"), str(table.path.parent), self.json_filter()
        )
        title = self.tr("Import from Access")
        if not path or file_dialogs.refuse_open_database(self, title, path):
            return
        try:
            plan = load_plan_file(Path(path), table.path, table.table)
        except MappingFileError as problem:
            QMessageBox.warning(self, self.tr("Import from Access"), problem.text())
            return
        self.wizard_.use_plan(plan, Path(path))
        self.initializePage()

    def json_filter(self) -> str:
        return self.tr("Mapping files (*.json)")
