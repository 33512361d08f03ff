"""File > Export to Excel and File > Funder report, driven through real widgets; the file
dialog, message boxes and the desktop opener are patched so nothing blocks."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton

from socialneet_desktop.exports.excel import HEADER_ROW
from socialneet_desktop.services.demo import fill_demo
from socialneet_desktop.services.list_specs import ListQuery
from socialneet_desktop.services.record_kinds import kind_by_key
from socialneet_desktop.ui import export_dialogs, file_dialogs
from socialneet_desktop.ui.export_dialogs import (
    FunderReportDialog,
    export_current_list,
    export_funder_report,
)
from socialneet_desktop.ui.views.record_list import RecordListPage

YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


@pytest.fixture
def demo(database):
    fill_demo(database, contacts=60, seed=2, today=date(2026, 6, 30))
    return database


@pytest.fixture
def dialogs(monkeypatch, tmp_path):
    """Answers for the modal dialogs, and what was opened."""
    state = {"path": tmp_path / "out.xlsx", "question": [NO], "warning": YES, "opened": []}

    def save_name(*_args, **_kwargs):
        return str(state["path"]), "Excel workbook (*.xlsx)"

    def question(*_args, **_kwargs):
        return state["question"].pop(0) if state["question"] else NO

    monkeypatch.setattr(file_dialogs, "save_file_and_filter", save_name)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: state["warning"]))
    monkeypatch.setattr(
        export_dialogs.QDesktopServices, "openUrl", staticmethod(state["opened"].append)
    )
    return state


def _run(qtbot, start):
    run = start()
    assert run is not None
    with qtbot.waitSignal(run.ended, timeout=20000):
        pass  # the worker's end is handled in this (GUI) thread, only once waiting starts
    return run


def test_exports_the_rows_the_list_shows_and_offers_to_open_them(qtbot, demo, dialogs):
    page = RecordListPage(kind_by_key("contacts"), demo)
    qtbot.addWidget(page)
    page.model.set_query(ListQuery(filters={"gender": "female"}))
    dialogs["question"] = [NO, YES]  # pseudonymous; then yes, open it
    run = _run(qtbot, lambda: export_current_list(page, page))
    assert run.outcome == "finished"
    sheet = openpyxl.load_workbook(dialogs["path"]).worksheets[0]
    rows = list(sheet.iter_rows(min_row=HEADER_ROW + 1, values_only=True))
    assert rows and {row[1] for row in rows} == {"Female"}
    assert sheet.cell(HEADER_ROW, 1).value == "Person code"
    assert [url.toLocalFile() for url in dialogs["opened"]] == [str(dialogs["path"])]


def test_identifiable_needs_a_confirmation(qtbot, demo, dialogs):
    page = RecordListPage(kind_by_key("contacts"), demo)
    qtbot.addWidget(page)
    dialogs["question"], dialogs["warning"] = [YES, NO], NO  # yes to names, but not confirmed
    _run(qtbot, lambda: export_current_list(page, page))
    titles = [c.value for c in openpyxl.load_workbook(dialogs["path"]).worksheets[0][HEADER_ROW]]
    assert "Last name" not in titles
    dialogs["question"], dialogs["warning"] = [YES, NO], YES
    _run(qtbot, lambda: export_current_list(page, page))
    titles = [c.value for c in openpyxl.load_workbook(dialogs["path"]).worksheets[0][HEADER_ROW]]
    assert "Last name" in titles


def test_cancel_leaves_no_file(qtbot, demo, dialogs, monkeypatch):
    page = RecordListPage(kind_by_key("visits"), demo)
    qtbot.addWidget(page)
    original = export_dialogs.ExportRun.__init__

    def cancel_at_once(self, *args):
        original(self, *args)
        self.worker.cancel()  # as the progress dialog's Cancel button does

    monkeypatch.setattr(export_dialogs.ExportRun, "__init__", cancel_at_once)
    run = _run(qtbot, lambda: export_current_list(page, page))
    assert run.outcome == "cancelled"
    assert list(dialogs["path"].parent.glob("*.xlsx*")) == []


def test_the_progress_dialog_cancel_button_stops_the_worker(qtbot, demo, dialogs):
    page = RecordListPage(kind_by_key("visits"), demo)
    qtbot.addWidget(page)
    run = export_current_list(page, page)
    with qtbot.waitSignal(run.ended, timeout=20000):
        run.dialog.findChild(QPushButton).click()  # the dialog's Cancel button
        assert run.worker.is_cancelled()
    assert run.outcome in ("cancelled", "finished")  # it may have finished first


def test_funder_dialog_refuses_bad_dates_naming_the_field(qtbot, dialogs):
    dialog = FunderReportDialog(today=date(2026, 6, 30))
    qtbot.addWidget(dialog)
    assert dialog.start_edit.text() == "01/01/2026" and dialog.end_edit.text() == "30/06/2026"
    dialog.start_edit.clear()
    qtbot.keyClicks(dialog.start_edit, "31/02/2026")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.text().startswith("From")
    dialog.start_edit.setText("01/07/2026")
    dialog.accept()
    assert dialog.error_label.text().startswith("To")
    dialog.start_edit.setText("01/01/2026")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (dialog.start, dialog.end) == (date(2026, 1, 1), date(2026, 6, 30))


def test_identifiable_checkbox_asks_for_confirmation(qtbot, dialogs):
    dialog = FunderReportDialog()
    qtbot.addWidget(dialog)
    dialogs["warning"] = NO
    dialog.identifiable_box.click()
    assert not dialog.identifiable
    dialogs["warning"] = YES
    dialog.identifiable_box.click()
    assert dialog.identifiable


def test_funder_report_runs_in_the_worker(qtbot, demo, dialogs, monkeypatch):
    monkeypatch.setattr(FunderReportDialog, "exec", lambda self: self.accept() or self.result())
    dialogs["question"] = [NO]  # do not open it
    run = _run(qtbot, lambda: export_funder_report(demo, None))
    assert run.outcome == "finished"
    workbook = openpyxl.load_workbook(dialogs["path"])
    assert workbook.sheetnames[0] == "Summary" and "Manifest" in workbook.sheetnames
    assert dialogs["opened"] == []
