"""The Access wizard driven page by page with Northwind's customers, as a user would: choose
the table, change the mapping, import, and find the choices again next time. Page grabs go
to tmp_path; ACCESS_WIZARD_SHOTS=folder keeps them there, taken in Italian as the app runs.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from socialneet_desktop.cli import run_command
from socialneet_desktop.i18n import install_translators
from socialneet_desktop.importers.pipeline import ImportFailed
from socialneet_desktop.ui import file_dialogs
from socialneet_desktop.ui.access_wizard import AccessWizard
from tests.conftest import shared_testdata
from tests.unit.test_access_readers import READERS, only_reader


@pytest.fixture(autouse=True, params=READERS)
def reader(request, monkeypatch) -> str:
    """Each test once per reader this machine has (access-parser also without mdbtools)."""
    only_reader(monkeypatch, request.param)
    return request.param


CHANGED = {"CompanyName": "name", "Address": "address", "Phone": "phone", "City": ""}


@pytest.fixture
def shots(qapp, tmp_path):
    """The folder for page grabs; with ACCESS_WIZARD_SHOTS set, the wizard speaks Italian."""
    folder = os.environ.get("ACCESS_WIZARD_SHOTS")
    if not folder:
        yield tmp_path
        return
    locale = QLocale()
    install_translators(qapp, "it")
    yield Path(folder)
    install_translators(qapp, "en")
    QLocale.setDefault(locale)


@pytest.fixture
def messages(monkeypatch):
    """Message boxes answered Yes and recorded, so nothing blocks."""
    shown = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.Yes)
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda _p, _t, text: shown.append(text))
    return shown


def shot(wizard, folder: Path, name: str) -> None:
    QApplication.processEvents()  # the layout after the last change, as a user sees it
    wizard.grab().save(str(folder / f"{name}.png"))


def choose_file(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *a, **k: str(path))


def open_table(qtbot, monkeypatch, database, store, source, table) -> AccessWizard:
    """A new wizard on `table` of `source`, showing the tables page."""
    choose_file(monkeypatch, source)
    wizard = AccessWizard(database, store=store)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.browse()
    wizard.next()
    tables = wizard.tables_page.tables
    names = [tables.item(row, 0).text() for row in range(tables.rowCount())]
    tables.selectRow(names.index(table))
    return wizard


def customers(qtbot, monkeypatch, database, store) -> AccessWizard:
    source = shared_testdata("access", "nwind.mdb")
    return open_table(qtbot, monkeypatch, database, store, source, "Customers")


def combos(wizard) -> dict:
    return dict(zip(wizard.table.headers, wizard.mapping_page.combos, strict=True))


def change_mapping(wizard) -> None:
    """What the user changes on the mapping page: columns, a default, the policy."""
    for column, field in CHANGED.items():
        combo = combos(wizard)[column]
        combo.setCurrentIndex(combo.findData(field))
    kind = wizard.mapping_page.default_edits["kind"]  # a list of the kinds, not a code to type
    kind.setCurrentIndex(kind.findData("enterprise"))


def choices(wizard) -> tuple:
    """What a user checks: kind, policy, the field of every column, the default values."""
    fields = {column: combo.currentData() for column, combo in combos(wizard).items()}
    return (
        wizard.kind(),
        wizard.tables_page.policy_combo.currentData(),
        fields,
        (wizard.mapping_page.defaults()),
    )


def finish(qtbot, wizard) -> None:
    with qtbot.waitSignal(wizard.imported):
        wizard.button(QWizard.WizardButton.FinishButton).click()


def test_choices_are_remembered_and_a_second_import_adds_nothing(
    qtbot, database, tmp_path, monkeypatch, messages, shots
):
    store = tmp_path / "access_mappings.json"
    wizard = customers(qtbot, monkeypatch, database, store)
    assert wizard.tables_page.tables.item(wizard.tables_page.tables.currentRow(), 1).text() == "91"
    assert not wizard.tables_page.saved_line.isVisible()
    policy = wizard.tables_page.policy_combo
    policy.setCurrentIndex(policy.findData("update"))
    shot(wizard, shots, "1_tables")
    wizard.next()
    assert combos(wizard)["CompanyName"].currentData() == "name"  # CamelCase guessed
    change_mapping(wizard)
    assert wizard.mapping_page.remember.isChecked()
    shot(wizard, shots, "2_mapping")
    wizard.next()
    assert len(wizard.report.accepted) + len(wizard.report.rejected) == 91
    shot(wizard, shots, "3_dry_run_report")
    first = choices(wizard)
    accepted = len(wizard.report.accepted)
    finish(qtbot, wizard)
    counts = database.record_counts()
    assert counts["organizations"] == accepted > 0
    again = customers(qtbot, monkeypatch, database, store)
    assert again.tables_page.saved_line.isVisible()
    shot(again, shots, "4_tables_with_saved_mapping")
    again.next()
    assert choices(again) == first
    assert again.mapping_page.saved_note.isVisible()
    shot(again, shots, "5_mapping_from_saved")
    again.next()
    assert len(again.report.duplicates) == accepted
    shot(again, shots, "6_second_import_report")
    finish(qtbot, again)
    assert database.record_counts() == counts


def test_saved_policy_and_missing_columns(qtbot, database, tmp_path, monkeypatch, messages):
    store = tmp_path / "access_mappings.json"
    saved = {"CompanyName": "name", "Fax": "notes", "Telefax": "phone"}
    entry = {"kind": "organizations", "mapping": saved, "defaults": {"kind": "school"}}
    entry["duplicates"] = "update"
    store.write_text(json.dumps({"nwind.mdb / Customers": entry}), encoding="utf-8")
    wizard = customers(qtbot, monkeypatch, database, store)
    assert wizard.tables_page.policy_combo.currentData() == "update"
    wizard.next()
    kind, policy, fields, defaults = choices(wizard)
    assert {c: f for c, f in fields.items() if f} == {"CompanyName": "name", "Fax": "notes"}
    assert defaults == {"kind": "school"}
    assert "Telefax" in wizard.mapping_page.saved_note.text()


def test_failed_or_refused_import_remembers_nothing(
    qtbot, database, tmp_path, monkeypatch, messages
):
    store = tmp_path / "access_mappings.json"
    wizard = customers(qtbot, monkeypatch, database, store)
    wizard.next()
    change_mapping(wizard)
    wizard.next()

    def fail(_database, _table, plan, user):
        raise ImportFailed(wizard.report, OSError("disk full"))

    monkeypatch.setattr("socialneet_desktop.ui.import_wizard.import_rows", fail)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.currentPage() is wizard.report_page
    assert "disk full" in messages[-1]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.No)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    wizard.reject()
    assert not store.exists()
    assert database.record_counts()["organizations"] == 0


def test_mapping_file_round_trip(qtbot, database, tmp_path, monkeypatch, messages):
    handed = tmp_path / "handed over.json"
    monkeypatch.setattr(file_dialogs, "save_file_and_filter", lambda *a, **k: (str(handed), ""))
    wizard = customers(qtbot, monkeypatch, database, tmp_path / "mine.json")
    wizard.tables_page.policy_combo.setCurrentIndex(1)
    wizard.next()
    change_mapping(wizard)
    wizard.mapping_page.save_to_file()
    assert str(handed) in wizard.mapping_page.saved_note.text()
    fresh = customers(qtbot, monkeypatch, database, tmp_path / "theirs.json")
    fresh.next()
    assert choices(fresh) != choices(wizard)
    choose_file(monkeypatch, handed)
    fresh.mapping_page.load_from_file()
    assert choices(fresh) == choices(wizard)
    assert handed.name in fresh.mapping_page.saved_note.text()
    assert not (tmp_path / "theirs.json").exists()
    # the command line reads the same file
    source = str(shared_testdata("access", "nwind.mdb"))
    arguments = ["import", "access", source, "--table", "Customers", "--dry-run"]
    assert run_command([*arguments, "--mapping-file", str(handed)], database) == 0


def test_a_damaged_mapping_file_is_named_and_changes_nothing(
    qtbot, database, tmp_path, monkeypatch, messages
):
    broken = tmp_path / "broken mapping.json"
    broken.write_text('{"nwind.mdb / Customers": {"kind": ', encoding="utf-8")
    wizard = customers(qtbot, monkeypatch, database, tmp_path / "store.json")
    wizard.next()
    before = choices(wizard)
    choose_file(monkeypatch, broken)
    wizard.mapping_page.load_from_file()
    assert "broken mapping.json" in messages[-1]
    assert choices(wizard) == before
    assert broken.read_text(encoding="utf-8") == '{"nwind.mdb / Customers": {"kind": '


def test_report_shows_dates_before_1900(qtbot, database, tmp_path, monkeypatch, messages, shots):
    source = shared_testdata("access", "oldDatesV2007.accdb")
    wizard = open_table(qtbot, monkeypatch, database, tmp_path / "s.json", source, "Table1")
    wizard.tables_page.kind_combo.setCurrentIndex(
        wizard.tables_page.kind_combo.findData("resources")
    )
    wizard.next()
    combo = combos(wizard)["DateField"]
    combo.setCurrentIndex(combo.findData("surveyed_on"))
    wizard.next()
    notes = wizard.report_page.notes
    assert notes.isVisible() and notes.count() == 4
    assert all("1900" in notes.item(row).text() for row in range(4))
    shot(wizard, shots, "7_report_dates_before_1900")
    workbook = tmp_path / "report.xlsx"
    monkeypatch.setattr(file_dialogs, "save_file_and_filter", lambda *a, **k: (str(workbook), ""))
    wizard.report_page.save_report()
    sheet = load_workbook(workbook).worksheets[-1]
    assert [row[0] for row in sheet.iter_rows(values_only=True)] == [
        notes.item(row).text() for row in range(4)
    ]


def test_wizard_refuses_a_non_access_file(qtbot, database, tmp_path, monkeypatch):
    fake = tmp_path / "fake.accdb"
    fake.write_text("hello", encoding="utf-8")
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    wizard = AccessWizard(database, store=tmp_path / "store.json")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(fake))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert "is not a Microsoft Access database" in warned[0]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("", "Choose the Access file"), ("missing.mdb", "does not exist"), (".", "is not a")],
)
def test_wizard_says_what_is_wrong_with_the_file_name(
    qtbot, database, tmp_path, monkeypatch, typed, expected
):
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    wizard = AccessWizard(database, store=tmp_path / "store.json")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(tmp_path / typed) if typed else "")
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert expected in warned[0]


def test_the_chosen_alphabet_reaches_the_access_97_reader(
    qtbot, database, tmp_path, monkeypatch, messages, reader
):
    source = shared_testdata("access", "testV1997.mdb")
    choose_file(monkeypatch, source)
    wizard = AccessWizard(database, store=tmp_path / "store.json")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.browse()
    combo = wizard.file_page.charset_combo
    assert combo.currentData() == "CP1252"  # Italian files: the default
    combo.setCurrentIndex(combo.findData("CP1250"))
    wizard.next()
    assert wizard.currentPage() is wizard.tables_page
    assert wizard.reader.name == reader and wizard.reader.charset == "CP1250"


def test_another_table_of_the_same_file_without_starting_again(
    qtbot, database, tmp_path, monkeypatch
):
    answers = []  # the "Import N rows?" and "another table?" questions, in turn
    replies = iter([QMessageBox.Yes, QMessageBox.Yes, QMessageBox.Yes, QMessageBox.No])
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text: answers.append(text) or next(replies)
    )
    source = shared_testdata("access", "nwind.mdb")
    wizard = open_table(qtbot, monkeypatch, database, tmp_path / "store.json", source, "Employees")
    select_kind(wizard, "staff")
    wizard.next()
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert "Import another table of this file?" in answers[1]
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.tables_page)
    assert wizard.isVisible()
    tables = wizard.tables_page.tables
    names = [tables.item(row, 0).text() for row in range(tables.rowCount())]
    tables.selectRow(names.index("Shippers"))
    select_kind(wizard, "organizations")
    wizard.next()
    combos = dict(zip(wizard.table.headers, wizard.mapping_page.combos, strict=True))
    combos["Phone"].setCurrentIndex(0)  # American numbers: not Italian phones
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert not wizard.isVisible()  # "No": the wizard closes
    counts = database.record_counts()
    assert (counts["staff"], counts["organizations"]) == (9, 3)


def select_kind(wizard, kind: str) -> None:
    combo = wizard.tables_page.kind_combo
    combo.setCurrentIndex(combo.findData(kind))
