"""ui.file_dialogs is the only way to a file dialog: Qt's static QFileDialog functions (and a
QFileDialog built elsewhere) list a folder with an icon provider that reads every file, which
drops the open database's POSIX locks (tests/unit/test_posix_locks.py). The new entry points are
driven with the real dialog."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

import socialneet_desktop
from socialneet_desktop.ui import file_dialogs

PACKAGE = Path(socialneet_desktop.__file__).parent
UNSAFE = re.compile(r"QFileDialog\s*\.\s*get\w+|QFileDialog\s*\(")
qt_own_dialog = pytest.mark.skipif(
    sys.platform == "win32",
    reason="on Windows ui.file_dialogs shows the native dialog, which a test cannot drive",
)


def test_no_file_dialog_outside_file_dialogs():
    found = []
    for source in sorted(PACKAGE.rglob("*.py")):
        if source == PACKAGE / "ui" / "file_dialogs.py":
            continue
        for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
            if UNSAFE.search(line):
                found.append(f"{source.relative_to(PACKAGE)}:{number}: {line.strip()}")
    assert not found, "file dialogs not made by ui.file_dialogs:\n" + "\n".join(found)


@pytest.fixture
def answer_dialog():
    """Calls `step(dialog)` on the next QFileDialog shown, from the event loop."""
    timers = []

    def arm(step) -> None:
        timer = QTimer()
        timer.setInterval(20)

        def tick() -> None:
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, QFileDialog) and dialog.isVisible():
                timer.stop()
                step(dialog)

        timer.timeout.connect(tick)
        timer.start()
        timers.append(timer)

    yield arm
    for timer in timers:  # a test that failed before its dialog leaves none to answer the next
        timer.stop()


def _name_only_icons(dialog: QFileDialog) -> bool:
    return isinstance(dialog.iconProvider(), file_dialogs.NameOnlyIconProvider)


@qt_own_dialog
def test_save_file_and_filter_returns_the_filter_chosen(qtbot, tmp_path, answer_dialog):
    filters = "Excel workbook (*.xlsx);;PDF (*.pdf)"

    def step(dialog: QFileDialog) -> None:
        assert _name_only_icons(dialog) and dialog.windowTitle() == "Save"
        dialog.selectNameFilter("PDF (*.pdf)")
        dialog.findChild(QLineEdit, "fileNameEdit").setText(str(tmp_path / "dati"))
        dialog.accept()

    answer_dialog(step)
    chosen = file_dialogs.save_file_and_filter(None, "Save", str(tmp_path / "x.xlsx"), filters)
    assert chosen == (str(tmp_path / "dati"), "PDF (*.pdf)")


@qt_own_dialog
def test_save_file_and_filter_cancelled(qtbot, tmp_path, answer_dialog):
    answer_dialog(QFileDialog.reject)
    chosen = file_dialogs.save_file_and_filter(None, "Save", str(tmp_path), "PDF (*.pdf)")
    assert chosen == ("", "")


@qt_own_dialog
def test_existing_folder_name_returns_a_folder_and_lists_no_files(qtbot, tmp_path, answer_dialog):
    (tmp_path / "chiavetta").mkdir()
    (tmp_path / "ufficio.sqlite").write_bytes(b"")

    def step(dialog: QFileDialog) -> None:
        assert _name_only_icons(dialog)
        assert dialog.fileMode() == QFileDialog.FileMode.Directory
        assert dialog.testOption(QFileDialog.Option.ShowDirsOnly)
        dialog.findChild(QLineEdit, "fileNameEdit").setText("chiavetta")
        dialog.accept()

    answer_dialog(step)
    chosen = file_dialogs.existing_folder_name(None, "Backup folder", str(tmp_path))
    assert Path(chosen) == tmp_path / "chiavetta"


def test_the_dialog_speaks_italian_in_every_label(qtbot, qapp, tmp_path):
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QLabel

    from socialneet_desktop.i18n import install_translators
    from socialneet_desktop.ui.file_dialogs import safe_file_dialog

    locale = QLocale()  # install_translators sets the Italian locale as the default
    install_translators(qapp, "it")
    try:
        dialog = safe_file_dialog(None, "Esporta", str(tmp_path), "Excel (*.xlsx)")
        qtbot.addWidget(dialog)
        labels = sorted(label.text() for label in dialog.findChildren(QLabel) if label.text())
    finally:
        install_translators(qapp, "en")
        QLocale.setDefault(locale)
    assert labels == ["&Cerca in:", "&Nome del file:", "File di &tipo:"]
