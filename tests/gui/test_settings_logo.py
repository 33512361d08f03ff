"""Settings > Choose the logo: a file that cannot be read or is far too big for a logo gets a
message naming it, and the logo stays as it was."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from socialneet_desktop.ui import file_dialogs
from socialneet_desktop.ui.editors.settings_editor import LOGO_LIMIT, SettingsEditor


@pytest.fixture
def told(monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_: said.append(text))
    return said


def _choose(qtbot, database, monkeypatch, path) -> SettingsEditor:
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *_args: str(path))
    editor = SettingsEditor(database)
    qtbot.addWidget(editor)
    editor.choose_logo()
    return editor


def test_a_logo_that_cannot_be_read_is_a_message(qtbot, database, monkeypatch, tmp_path, told):
    gone = tmp_path / "logo.png"  # chosen, then removed before it was read
    editor = _choose(qtbot, database, monkeypatch, gone)
    assert len(told) == 1 and str(gone) in told[0] and "cannot be read" in told[0]
    assert editor.logo is None


def test_a_logo_far_too_big_is_refused(qtbot, database, monkeypatch, tmp_path, told):
    huge = tmp_path / "scan.bmp"
    with huge.open("wb") as file:
        file.write(b"BM")
        file.truncate(LOGO_LIMIT + 1)  # sparse: no disk needed
    editor = _choose(qtbot, database, monkeypatch, huge)
    assert len(told) == 1 and str(huge) in told[0] and "larger than 5 MB" in told[0]
    assert editor.logo is None
