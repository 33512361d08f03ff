"""The passphrase of an encrypted database asked at opening, and File > Encryption, driven by
the keyboard (issue #24). Only the system's file chooser is replaced."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from socialneet_desktop.db import encryption, sqlite_connect
from socialneet_desktop.db.database import open_database
from socialneet_desktop.ui import file_dialogs
from socialneet_desktop.ui.encryption_dialogs import encrypt_database
from socialneet_desktop.ui.opening import try_open
from tests.gui.ui16_driving import ModalDriver

pytest.importorskip("sqlcipher3", reason="the SQLCipher binding (sqlcipher3) is not installed")

SECRET = "una frase lunga abbastanza"
Key = Qt.Key


@pytest.fixture(autouse=True)
def _clean(monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    sqlite_connect.forget_all_keys()
    yield
    sqlite_connect.forget_all_keys()


def _focused(widget):
    return QApplication.focusWidget() or widget.focusWidget() or widget


def _type(widget, text: str) -> None:
    QTest.keyClicks(_focused(widget), text)


def _key(widget, key) -> None:
    QTest.keyClick(_focused(widget), key)


def _encrypted(tmp_path: Path) -> Path:
    path = tmp_path / "portatile.sqlite"
    open_database(path).close()
    encryption.encrypt(path, SECRET)
    sqlite_connect.forget_all_keys()
    return path


def test_a_wrong_passphrase_is_told_and_asked_again_then_the_right_one_opens(qtbot, tmp_path):
    path = _encrypted(tmp_path)
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    seen = {}

    def dialog(widget) -> None:
        texts = " ".join(label.text() for label in widget.findChildren(QLabel))
        seen["texts"] = texts
        _type(widget, "non e questa")
        _key(widget, Key.Key_Return)
        problem = widget.findChild(QLabel, "problem")
        seen["problem"] = problem.isVisible() and problem.text()
        seen["still open"] = widget.isVisible()
        seen["unchanged"] = (path.read_bytes(), path.stat().st_mtime_ns) == before
        _type(widget, SECRET)  # the wrong one is selected: typing replaces it
        _key(widget, Key.Key_Return)

    driver = ModalDriver([dialog])
    try:
        database = try_open(None, path)
    finally:
        driver.stop()
    assert driver.unexpected == []
    assert database is not None
    database.close()
    assert str(path) in seen["texts"] and "Not in use elsewhere" in seen["texts"]
    assert "does not open" in seen["problem"]
    assert seen["still open"] and seen["unchanged"]


def test_cancelling_the_question_opens_nothing_and_writes_nothing(qtbot, tmp_path):
    path = _encrypted(tmp_path)
    before = (
        path.read_bytes(),
        path.stat().st_mtime_ns,
        sorted(p.name for p in tmp_path.iterdir()),
    )
    driver = ModalDriver([lambda widget: _key(widget, Key.Key_Escape)])
    try:
        assert try_open(None, path) is None
    finally:
        driver.stop()
    after = (path.read_bytes(), path.stat().st_mtime_ns, sorted(p.name for p in tmp_path.iterdir()))
    assert after == before


class _Window(QWidget):
    def __init__(self, database) -> None:
        super().__init__()
        self.database = database


def test_file_encrypt_asks_twice_converts_and_saves_the_recovery_sheet(
    qtbot, tmp_path, monkeypatch
):
    path = tmp_path / "ufficio.sqlite"
    window = _Window(open_database(path))
    qtbot.addWidget(window)
    sheet = tmp_path / "foglio.pdf"
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *_a: str(sheet))
    seen = {}

    def choose(widget) -> None:
        _type(widget, SECRET)
        _key(widget, Key.Key_Tab)
        _type(widget, SECRET + "x")
        _key(widget, Key.Key_Return)
        seen["differ"] = widget.findChild(QLabel, "problem").text()
        _key(widget, Key.Key_Backspace)
        _key(widget, Key.Key_Return)

    def told(box) -> None:
        assert isinstance(box, QMessageBox) and "encrypted now" in box.text(), box.text()
        _key(box, Key.Key_Return)

    def closed_around(work) -> None:
        window.database.close()
        work(path)

    driver = ModalDriver([choose, told])
    try:
        encrypt_database(window, closed_around)
    finally:
        driver.stop()
    assert driver.unexpected == []
    assert "differ" in seen["differ"]
    assert sqlite_connect.is_encrypted_file(path)
    assert sheet.read_bytes().startswith(b"%PDF")
    sqlite_connect.forget_all_keys()
    assert sqlite_connect.opens_with(path, SECRET)
