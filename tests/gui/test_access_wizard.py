"""The Access wizard driven page by page with Northwind's customers; screenshots of the
report pages are saved to tmp_path (ACCESS_WIZARD_SHOTS=folder keeps them elsewhere)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWizard

from socialneet_desktop.ui.access_wizard import AccessWizard
from tests.conftest import shared_testdata

pytestmark = pytest.mark.skipif(
    not shutil.which("mdb-export"), reason="mdbtools (mdb-export) is not on PATH"
)


def shot(wizard, folder: Path, name: str) -> None:
    wizard.resize(1000, 700)
    wizard.grab().save(str(folder / f"{name}.png"))


def test_wizard_imports_customers_once(qtbot, database, tmp_path, monkeypatch):
    shots = Path(os.environ.get("ACCESS_WIZARD_SHOTS", tmp_path))
    source = shared_testdata("access", "nwind.mdb")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.Yes)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    wizard = AccessWizard(database)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.browse()
    wizard.next()
    assert wizard.currentPage() is wizard.tables_page
    names = [wizard.tables_page.tables.item(r, 0).text() for r in range(9)]
    row = names.index("Customers")
    assert wizard.tables_page.tables.item(row, 1).text() == "91"
    wizard.tables_page.tables.selectRow(row)
    shot(wizard, shots, "1_tables")
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    combos = dict(zip(wizard.table.headers, wizard.mapping_page.combos, strict=True))
    for column, field in {"CompanyName": "name", "Address": "address"}.items():
        combos[column].setCurrentIndex(combos[column].findData(field))
    combos["City"].setCurrentIndex(0)  # foreign cities: not Italian municipalities
    wizard.mapping_page.default_edits["kind"].setText("enterprise")
    shot(wizard, shots, "2_mapping")
    wizard.next()
    assert wizard.currentPage() is wizard.report_page
    assert len(wizard.report.accepted) + len(wizard.report.rejected) == 91
    shot(wizard, shots, "3_dry_run_report")
    accepted = len(wizard.report.accepted)
    with qtbot.waitSignal(wizard.imported):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert database.record_counts()["organizations"] == accepted > 0
    # the same table again: every row is a duplicate of its origin
    again = AccessWizard(database)
    qtbot.addWidget(again)
    again.show()
    again.file_page.browse()
    again.next()
    again.tables_page.tables.selectRow(row)
    again.next()
    again.mapping_page.default_edits["kind"].setText("enterprise")
    combos = dict(zip(again.table.headers, again.mapping_page.combos, strict=True))
    combos["CompanyName"].setCurrentIndex(combos["CompanyName"].findData("name"))
    combos["City"].setCurrentIndex(0)
    again.next()
    assert len(again.report.accepted) == 0
    shot(again, shots, "4_second_import_report")


def test_wizard_refuses_a_non_access_file(qtbot, database, tmp_path, monkeypatch):
    fake = tmp_path / "fake.accdb"
    fake.write_text("hello", encoding="utf-8")
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    wizard = AccessWizard(database)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(fake))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert "is not a Microsoft Access database" in warned[0]
