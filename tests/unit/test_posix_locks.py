"""While the window has a database open, every check it runs on that file leaves the process's
POSIX lock on it in place (closing any descriptor of a file drops all of a process's fcntl
locks on it; another process would then delete the live WAL). Read from /proc/locks."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QFileSystemModel, QMessageBox

from socialneet_desktop.app import Application
from socialneet_desktop.db import backup, integrity
from socialneet_desktop.db.database import open_database
from socialneet_desktop.ui import backup_dialogs
from socialneet_desktop.ui.opening import try_open

PROC_LOCKS = Path("/proc/locks")


def held_locks(path: Path) -> list[str]:
    """The POSIX locks this process holds on `path`, as /proc/locks lists them."""
    inode, pid = path.stat().st_ino, str(os.getpid())
    held = []
    for line in PROC_LOCKS.read_text(encoding="ascii").splitlines():
        fields = line.split()
        if "->" in fields:  # a request waiting for a lock, not a lock held
            continue
        # "1: POSIX  ADVISORY  READ 4242 fe:00:2146677 1073741826 1073742335"
        if fields[1] == "POSIX" and fields[4] == pid and fields[5].split(":")[-1] == str(inode):
            held.append(line)
    return held


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    if not sys.platform.startswith("linux") or not PROC_LOCKS.exists():
        pytest.skip("the probe reads /proc/locks, which only Linux has")
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(
        backup_dialogs.RestoreDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected
    )
    path = tmp_path / "ufficio.sqlite"
    open_database(path).close()
    application = Application()
    qtbot.addWidget(application.window)
    application.open_first(path)  # as at start-up: checks, daily backup, the lists read
    yield application
    if application.database is not None:
        application.database.close()


def test_every_check_on_the_open_file_keeps_the_lock(window, tmp_path):
    path = window.database.path
    assert held_locks(path), "the open database holds a POSIX lock to begin with"
    checks = {
        "the opening sequence again (File > Open of the same file)": lambda: window.switch_to(path),
        "the window's opening of the same path": lambda: _open_and_close(path),
        "the quick integrity check": lambda: integrity.quick_check(path),
        "the full integrity check": lambda: integrity.integrity_check(path),
        "the backup folder from the settings": lambda: backup.configured_backup_folder(path),
        "File > Back up now": lambda: window.back_up(),
        "File > Restore from backup…, then Cancel": lambda: window.restore(),
        "File > Open database…, listing the folder, then Cancel": lambda: _list_and_cancel(
            window.choose_existing, path
        ),
        "File > New database…, listing the folder, then Cancel": lambda: _list_and_cancel(
            window.choose_new, path
        ),
        "the restore dialog's list of backups": lambda: backup.list_backups(
            backup.default_backup_folder(path)
        ),
    }
    for name, check in checks.items():  # once lost, a lock stays lost: the first one counts
        check()
        window.database.record_counts()  # the window goes on reading
        assert held_locks(path), f"the process lost its lock on the open file after {name}"


def _open_and_close(path: Path) -> None:
    database = try_open(None, path)
    assert database is not None
    database.close()


def _list_and_cancel(show_dialog, path: Path) -> None:
    """Show the file dialog, wait until it has the icon and type of every file of the folder
    (that is when Qt's default would have read them), then press Cancel."""
    listed = []

    def cancel_once_listed() -> None:
        dialog = QApplication.activeModalWidget()
        model = dialog.findChild(QFileSystemModel) if isinstance(dialog, QFileDialog) else None
        if model is not None:
            root = model.index(str(path.parent))
            names = {model.index(row, 0, root).data() for row in range(model.rowCount(root))}
            if path.name in names and model.type(model.index(str(path))):
                listed.append(sorted(names))
                dialog.reject()
                return
        QTimer.singleShot(20, cancel_once_listed)

    QTimer.singleShot(0, cancel_once_listed)
    show_dialog()
    assert listed, "the dialog was cancelled once it had listed the folder"
