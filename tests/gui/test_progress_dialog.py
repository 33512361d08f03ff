"""File > Progress report (issue 19): the period and the language typed with the keys, an
empty period refused in the dialog naming it (no file asked for), then the Word or PDF file
chosen, written in the chosen language and offered to open."""

from __future__ import annotations

import docx
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from socialneet_desktop.ui import file_dialogs, progress_dialog
from socialneet_desktop.ui.progress_dialog import ProgressReportDialog, progress_report_action
from tests.gui.test_keyboard_entry import focused, opened, press, type_keys
from tests.unit.test_progress_report import with_course_and_people


def filled(database):
    with database.session() as session:
        with_course_and_people(session)
    return database


def type_period(qtbot, start: str, end: str) -> None:
    focused().selectAll()
    type_keys(qtbot, start)
    press(qtbot, Qt.Key.Key_Tab)
    focused().selectAll()
    type_keys(qtbot, end)
    press(qtbot, Qt.Key.Key_Tab)


def test_an_empty_period_is_refused_in_the_dialog_naming_it(qtbot, database):
    dialog = opened(qtbot, ProgressReportDialog(filled(database)))
    assert focused() is dialog.start_edit
    type_period(qtbot, "01/01/2024", "31/12/2024")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.report is None
    assert "Nothing was recorded from 01/01/2024 to 31/12/2024" in dialog.error_label.text()
    assert focused() is dialog.start_edit

    type_period(qtbot, "30/06/2026", "01/01/2026")
    press(qtbot, Qt.Key.Key_Return)
    assert "ends before it starts" in dialog.error_label.text()

    dialog.start_edit.setFocus()
    type_period(qtbot, "01/01/2026", "30/06/2026")
    type_keys(qtbot, "E")  # the language: English
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.language == "en" and dialog.report.start.year == 2026


def drive(qtbot, start: str, end: str, language_key: str):
    """ProgressReportDialog.exec replaced by typing into the shown dialog."""

    def exec_(dialog):
        opened(qtbot, dialog)
        type_period(qtbot, start, end)
        type_keys(qtbot, language_key)
        press(qtbot, Qt.Key.Key_Return)
        return dialog.result()

    return exec_


def test_the_report_is_written_to_the_chosen_file_in_the_chosen_language(
    qtbot, database, monkeypatch, tmp_path
):
    filled(database)
    asked, opened_urls = [], []
    targets = iter([tmp_path / "relazione.docx", tmp_path / "report.pdf"])
    monkeypatch.setattr(
        file_dialogs, "save_file_and_filter", lambda *a, **k: (str(next(targets)), "")
    )
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a: asked.append(a[2]) or QMessageBox.Yes)
    )
    monkeypatch.setattr(
        progress_dialog.QDesktopServices, "openUrl", staticmethod(opened_urls.append)
    )
    monkeypatch.setattr(ProgressReportDialog, "exec", drive(qtbot, "01/01/2026", "30/06/2026", "I"))
    written = progress_report_action(database)
    assert written == tmp_path / "relazione.docx"
    tables = [
        [c.text for c in row.cells] for t in docx.Document(str(written)).tables for row in t.rows
    ]
    assert ["03/02/2026", "Incontro bilaterale"] in [row[:2] for row in tables]  # Italian
    assert asked and str(written) in asked[0] and len(opened_urls) == 1

    monkeypatch.setattr(ProgressReportDialog, "exec", drive(qtbot, "01/01/2026", "30/06/2026", "E"))
    pdf = progress_report_action(database)
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(str(pdf)).pages).split())
    assert "Bilateral meeting" in text and "Annex 1 – List of the organisations met" in text


def test_nothing_is_asked_or_written_when_the_dialog_is_cancelled(qtbot, database, monkeypatch):
    monkeypatch.setattr(ProgressReportDialog, "exec", lambda _self: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(
        file_dialogs,
        "save_file_and_filter",
        lambda *a, **k: (_ for _ in ()).throw(AssertionError("asked")),
    )
    assert progress_report_action(filled(database)) is None
