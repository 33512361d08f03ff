"""Issue 15, the exit backup of a big file: the window's process closes the file cleanly (its
WAL checkpointed) and hands the copy to a detached process of the program, which makes a
whole, checked backup with the last save in it and records the file as backed up; a small
file is still copied in the window's process. Real files, a real child process; no time is
measured. The limit is lowered so that a small demo file counts as big."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from socialneet_desktop import app as app_module
from socialneet_desktop.app import Application
from socialneet_desktop.db import backup, exit_backup
from socialneet_desktop.db.database import open_database
from socialneet_desktop.db.models import NeetContact
from socialneet_desktop.services.demo import fill_demo
from socialneet_desktop.services.records import create_record


@pytest.fixture
def quiet(monkeypatch):
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda *a: None)


def _demo(path: Path) -> Path:
    database = open_database(path)
    try:
        fill_demo(database, contacts=30, seed=5)
    finally:
        database.close()
    return path


def _open_and_save(qtbot, path: Path) -> Application:
    application = Application()
    qtbot.addWidget(application.window)
    application.open_first(path)
    qtbot.waitUntil(lambda: application.deferred.last_outcome is not None, timeout=30_000)
    with application.database.session() as session:
        create_record(session, NeetContact, {"last_name": "Salvato prima di uscire"}, user="t")
    return application


def _contacts(path: Path) -> int:
    return backup.record_counts(path)["neet_contacts"]


def test_a_big_files_exit_backup_is_made_by_a_detached_process(qtbot, tmp_path, monkeypatch, quiet):
    monkeypatch.setattr(exit_backup, "IN_PROCESS_LIMIT", 0)
    path = _demo(tmp_path / "ufficio.sqlite")
    application = _open_and_save(qtbot, path)
    folder = tmp_path / "backups"
    before = set(folder.iterdir())
    exit_backup.LAST_HANDED.clear()
    app_module.close(application)
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0, "closed with frames left in the WAL"
    (process,) = exit_backup.LAST_HANDED
    assert process.wait(timeout=300) == 0
    exit_backup.LAST_HANDED.clear()
    (made,) = set(folder.iterdir()) - before
    backup.verify_backup(made)
    assert _contacts(made) == _contacts(path) == 31, "the last save is in the backup"
    assert not backup.changed_since_last_backup(path), "the file was recorded as backed up"
    application.window.close()


def test_a_small_files_exit_backup_is_still_made_before_the_process_ends(qtbot, tmp_path, quiet):
    path = _demo(tmp_path / "ufficio.sqlite")
    application = _open_and_save(qtbot, path)
    folder = tmp_path / "backups"
    before = set(folder.iterdir())
    exit_backup.LAST_HANDED.clear()
    app_module.close(application)
    assert exit_backup.LAST_HANDED == []
    (made,) = set(folder.iterdir()) - before
    assert _contacts(made) == 31
    application.window.close()


def test_the_detached_process_loads_no_qt_and_copies_a_closed_file(tmp_path):
    path = _demo(tmp_path / "sede.sqlite")
    probe = (
        "import sys, runpy\n"
        "sys.argv = ['socialneet_desktop', '--finish-exit-backup', sys.argv[1]]\n"
        "try:\n"
        "    runpy.run_module('socialneet_desktop', run_name='__main__')\n"
        "except SystemExit as end:\n"
        "    print(end.code, any(m.startswith('PySide6') for m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(path)], capture_output=True, text=True, timeout=300
    )
    assert done.stdout.split() == ["0", "False"], done.stderr
    (made,) = (tmp_path / "backups").iterdir()
    backup.verify_backup(made)
    assert _contacts(made) == 30
    connection = sqlite3.connect(made)
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        connection.close()
