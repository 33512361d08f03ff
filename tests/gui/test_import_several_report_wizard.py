"""The wizard's "Save report as .xlsx…" for a several-kinds import ("stakeholders met"):
the button is there and the workbook it writes holds every kind (read back with openpyxl)."""

from __future__ import annotations

from openpyxl import load_workbook

from socialneet_desktop.ui import file_dialogs, save_paths
from socialneet_desktop.ui.import_wizard import STAKEHOLDERS_MET, ImportWizard
from tests.data.imports import make_files


def test_the_several_kinds_report_is_saved_from_the_wizard(qtbot, database, tmp_path, monkeypatch):
    path = make_files.stakeholders_met(tmp_path / "incontri.xlsx")
    saved = tmp_path / "resoconto.xlsx"
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *a, **k: str(path))
    monkeypatch.setattr(save_paths, "ask_save_path", lambda *a, **k: saved)
    wizard = ImportWizard(database)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.browse()
    combo = wizard.file_page.kind_combo
    combo.setCurrentIndex(combo.findData(STAKEHOLDERS_MET))
    wizard.next()
    wizard.next()  # the values page
    wizard.next()
    page = wizard.report_page
    assert wizard.currentPage() is page
    assert page.save_button.isVisibleTo(page)
    page.save_report()
    workbook = load_workbook(saved, read_only=True)
    summary = [row[0] for row in workbook["Summary"].iter_rows(values_only=True) if row]
    kinds = {row[0] for row in workbook["Rows"].iter_rows(min_row=2, values_only=True)}
    workbook.close()
    assert "Meetings: 4 created, 1 found already, 0 rejected" in summary
    assert "Stakeholders: 3 created, 2 found already, 0 rejected" in summary
    assert "Meetings" in kinds
    assert wizard.report.written is False  # a dry run: nothing written
