"""The window's save dialogs: the real QFileDialog is driven (a timer answers each modal window
in turn); only our own message boxes are patched, so nothing blocks."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox

from socialneet_desktop.db.database import open_database
from socialneet_desktop.services.record_kinds import kind_by_key
from socialneet_desktop.ui import file_dialogs
from socialneet_desktop.ui.export_dialogs import export_current_list
from socialneet_desktop.ui.save_paths import ask_save_path
from socialneet_desktop.ui.user_settings import SAVE_FOLDER_KEY, user_settings
from socialneet_desktop.ui.views.record_list import RecordListPage

XLSX = [("Excel workbook (*.xlsx)", ".xlsx")]


@pytest.fixture(autouse=True)
def _own_user_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))


class ModalDriver:
    """Answers the modal windows as they come, one step each; the rest are rejected."""

    def __init__(self, steps) -> None:
        self.steps = list(steps)
        self.seen: list[str] = []
        self._last = None
        # The windows whose step is still running: a file dialog whose accept() asked a
        # question is shown on top again for a moment after the answer, while it closes.
        self._answering: list = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or widget is self._last or not widget.isVisible():
            return
        if any(widget is answering for answering in self._answering):
            return
        self._last = widget
        self.seen.append(type(widget).__name__)
        step = self.steps.pop(0) if self.steps else reject
        # Later, from the event loop: a step that opens a modal window must not block the timer.
        QTimer.singleShot(0, lambda: self._run(step, widget))

    def _run(self, step, widget) -> None:
        self._answering.append(widget)
        try:
            step(widget)
        finally:
            self._answering.remove(widget)

    def stop(self) -> None:
        self.timer.stop()


def choose(path: Path):
    def step(dialog) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.findChild(QLineEdit, "fileNameEdit").setText(str(path))  # as if typed
        dialog.accept()

    return step


def answer(button: QMessageBox.StandardButton):
    def step(box) -> None:
        assert isinstance(box, QMessageBox), type(box)
        box.button(button).click()

    return step


def reject(widget) -> None:
    widget.reject()


@pytest.fixture
def told(monkeypatch):
    """Our own warnings and questions (Qt's own, inside the file dialog, stay real)."""
    calls = {"warning": [], "question": []}

    def warning(_parent, _title, text, *_args, **_kwargs):
        calls["warning"].append(text)
        return QMessageBox.StandardButton.Ok

    def question(_parent, _title, text, *_args, **_kwargs):
        calls["question"].append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return calls


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_export_dialog_refuses_the_open_database(qtbot, tmp_path, told):
    database = open_database(tmp_path / "office.xlsx")  # a database named like a workbook
    try:
        page = RecordListPage(kind_by_key("organizations"), database)
        qtbot.addWidget(page)
        before = _digest(database.path)
        # Qt asks whether to replace the existing file (yes), then ours refuses and reopens.
        driver = ModalDriver([choose(database.path), answer(QMessageBox.StandardButton.Yes)])
        try:
            assert export_current_list(page, page) is None
        finally:
            driver.stop()
        assert driver.seen == ["QFileDialog", "QMessageBox", "QFileDialog"]
        assert len(told["warning"]) == 1 and str(database.path) in told["warning"][0]
        assert "open database" in told["warning"][0]
        assert _digest(database.path) == before
    finally:
        database.close()


def test_qt_asks_before_replacing_and_no_keeps_the_file(qtbot, tmp_path, told):
    existing = tmp_path / "list.xlsx"
    existing.write_bytes(b"last month's list")
    driver = ModalDriver([choose(existing), answer(QMessageBox.StandardButton.No)])
    try:
        assert ask_save_path(None, "Export", str(tmp_path), XLSX) is None
    finally:
        driver.stop()
    # Qt's own question; after No its file dialog is back (and is then cancelled).
    assert driver.seen == ["QFileDialog", "QMessageBox", "QFileDialog"]
    assert existing.read_bytes() == b"last month's list"


def test_a_name_typed_without_suffix_is_asked_about_here(qtbot, tmp_path, told):
    existing = tmp_path / "list.xlsx"
    existing.write_bytes(b"last month's list")
    driver = ModalDriver([choose(tmp_path / "list")])
    try:
        assert ask_save_path(None, "Export", str(tmp_path), XLSX) is None
    finally:
        driver.stop()
    assert told["question"] and str(existing) in told["question"][0]
    assert existing.read_bytes() == b"last month's list"


def test_the_import_report_never_replaces_the_file_being_imported(qtbot, tmp_path, told):
    source = tmp_path / "contacts.xlsx"
    source.write_bytes(b"the spreadsheet being imported")
    driver = ModalDriver([choose(source), answer(QMessageBox.StandardButton.Yes)])
    try:
        assert ask_save_path(None, "Report", "", XLSX, inputs=[source]) is None
    finally:
        driver.stop()
    assert told["warning"] and "being read" in told["warning"][0]
    assert source.read_bytes() == b"the spreadsheet being imported"


def test_the_access_wizard_never_saves_the_mapping_over_the_access_file(
    qtbot, database, tmp_path, monkeypatch, told
):
    import importlib.util
    import shutil

    from tests.conftest import shared_testdata
    from tests.gui.test_access_wizard import change_mapping, open_table

    if not shutil.which("mdb-export") and not importlib.util.find_spec("access_parser"):
        pytest.skip("neither mdbtools nor access-parser is available to read the Access file")
    source = Path(shutil.copy(shared_testdata("access", "nwind.mdb"), tmp_path / "nwind.json"))
    before = _digest(source)  # an Access file with a mapping file's name: the input all the same
    wizard = open_table(qtbot, monkeypatch, database, tmp_path / "store.json", source, "Customers")
    wizard.next()
    change_mapping(wizard)
    answers = iter([(str(source), ""), ("", "")])  # the Access file itself, then Cancel
    monkeypatch.setattr(file_dialogs, "save_file_and_filter", lambda *a, **k: next(answers))
    wizard.mapping_page.save_to_file()
    assert told["warning"] and "being read" in told["warning"][0]
    assert _digest(source) == before
    beside = {p.name for p in tmp_path.iterdir() if not p.name.startswith("test.sqlite")}
    assert beside - {"data-home"} == {"nwind.json"}  # no .damaged copy, no temporary file


def _starts_in() -> list[str]:
    """The folder each real save dialog opens in, as the user sees it."""
    seen: list[str] = []

    def step(dialog) -> None:
        seen.append(dialog.directory().absolutePath())
        dialog.reject()

    driver = ModalDriver([step])
    try:
        ask_save_path(None, "Export", "elenco.xlsx", XLSX)
    finally:
        driver.stop()
    return seen


def test_a_save_dialog_starts_in_documents_then_where_the_user_last_saved(
    qtbot, tmp_path, told, monkeypatch
):
    user_settings().remove(SAVE_FOLDER_KEY)  # as on a first start
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "Documents").mkdir()
    monkeypatch.chdir(tmp_path / "..")  # not the program's working folder
    assert _starts_in() == [str(tmp_path / "Documents")]
    chosen = tmp_path / "reports" / "marzo.xlsx"
    chosen.parent.mkdir()
    driver = ModalDriver([choose(chosen)])
    try:
        assert ask_save_path(None, "Export", "elenco.xlsx", XLSX) == chosen
    finally:
        driver.stop()
    assert _starts_in() == [str(tmp_path / "reports")]
