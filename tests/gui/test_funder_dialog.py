"""File > Funder report: a period where nothing is recorded is refused in the dialog, naming
the period, before any file is asked for; the indicator set is chosen there (the association
details' one first) and reaches the workbook."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from socialneet_desktop.services.association_settings import save_settings
from socialneet_desktop.ui import export_dialogs, file_dialogs
from socialneet_desktop.ui.export_dialogs import FunderReportDialog, export_funder_report
from tests.unit.funder_small_db import fill_small


@pytest.fixture
def small(database):
    fill_small(database)  # everything in 2025
    return database


def test_an_empty_period_is_refused_in_the_dialog(qtbot, small):
    dialog = FunderReportDialog(today=date(2026, 6, 30), database=small)
    qtbot.addWidget(dialog)
    dialog.accept()  # 01/01/2026 - 30/06/2026: nothing recorded
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Nothing is recorded from 01/01/2026 to 30/06/2026" in dialog.error_label.text()
    dialog.start_edit.setText("01/01/2025")
    dialog.end_edit.setText("31/12/2025")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_set_of_the_association_details_is_offered_and_written(
    qtbot, small, monkeypatch, tmp_path
):
    with small.session() as session:
        save_settings(session, {"indicator_set": "esf_plus"}, logo=None, version=None, user="t")
    out = tmp_path / "funder.xlsx"
    asked = []

    def run_dialog(self):
        asked.append(self.indicator_set)
        self.start_edit.setText("01/01/2025")
        self.end_edit.setText("31/12/2025")
        self.set_box.setCurrentIndex(self.set_box.findData("eea_youth"))
        self.accept()
        return self.result()

    monkeypatch.setattr(FunderReportDialog, "exec", run_dialog)
    monkeypatch.setattr(file_dialogs, "save_file_and_filter", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.No))
    monkeypatch.setattr(export_dialogs.QDesktopServices, "openUrl", staticmethod(lambda _u: None))
    run = export_funder_report(small, None)
    with qtbot.waitSignal(run.ended, timeout=20000):
        pass
    assert asked == ["esf_plus"] and run.outcome == "finished"
    rows = list(openpyxl.load_workbook(out)["Indicator set"].iter_rows(values_only=True))
    assert rows[0][0] == "EEA and Norway Grants Fund for Youth Employment"


def test_the_association_details_choose_the_set(qtbot, small):
    from socialneet_desktop.db.models import AppSettings
    from socialneet_desktop.ui.editors.settings_editor import SettingsEditor

    editor = SettingsEditor(small)
    qtbot.addWidget(editor)
    box = editor.ui.indicator_set
    assert box.currentData() == "" and box.count() == 3
    editor.ui.association_name.setText("Associazione")
    box.setCurrentIndex(box.findData("esf_plus"))
    editor.accept()
    with small.read_session() as session:
        assert session.get(AppSettings, 1).indicator_set == "esf_plus"
    again = SettingsEditor(small)
    qtbot.addWidget(again)
    assert again.ui.indicator_set.currentData() == "esf_plus"
