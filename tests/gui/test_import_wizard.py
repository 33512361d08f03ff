"""The import wizard driven page by page with the 5x1000 register."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWizard

from socialneet_desktop.ui import file_dialogs
from socialneet_desktop.ui.import_wizard import ImportWizard
from tests.conftest import shared_testdata


def test_wizard_imports_the_register(qtbot, database, tmp_path, monkeypatch):
    source = shared_testdata("registers", "5x1000_ade_beneficiari_SAMPLE.csv")
    report_path = tmp_path / "report.xlsx"
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *a, **k: str(source))
    monkeypatch.setattr(
        file_dialogs, "save_file_and_filter", lambda *a, **k: (str(report_path), "")
    )
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or QMessageBox.Yes
    )
    monkeypatch.setattr(QMessageBox, "information", lambda *a: QMessageBox.Ok)
    wizard = ImportWizard(database)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.browse()
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    assert wizard.mapping_page.mapping()["Denominazione"] == "name"
    assert wizard.mapping_page.preview.rowCount() == 20
    assert wizard.mapping_page.default_edits["kind"].currentData() == "other"
    preview = wizard.mapping_page.preview
    headers = [preview.horizontalHeaderItem(c).text() for c in range(preview.columnCount())]
    assert preview.item(0, headers.index("Kind of organisation")).text() == "Other"  # a label
    wizard.next()
    assert wizard.currentPage() is wizard.report_page
    report = wizard.report
    assert (len(report.accepted), len(report.rejected)) == (62, 1)
    wizard.report_page.save_report()
    assert report_path.exists()
    with qtbot.waitSignal(wizard.imported):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert asked == ["Import 62 rows, skip 1?"]
    assert database.record_counts()["organizations"] == 62
