"""Issue 15, start-up and close: the opening's check is constant, the full check runs after
the first rows and still reports a damaged file at once, backups are per database and taken
at exit only when the file changed, `--quit-after-first-rows` prints one line, and the lean
commands load only what they use. Real files, real processes; no durations asserted."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from socialneet_desktop import app as app_module
from socialneet_desktop.app import Application
from socialneet_desktop.db import after_opening, backup, check_record, integrity
from socialneet_desktop.db.database import open_database
from socialneet_desktop.db.engine import APPLICATION_ID
from socialneet_desktop.db.models import AppSettings, NeetContact
from socialneet_desktop.services.demo import fill_demo
from socialneet_desktop.services.records import create_record

ROOT = Path(__file__).resolve().parent.parent.parent


def demo_file(path: Path, contacts: int = 300) -> Path:
    database = open_database(path)
    try:
        fill_demo(database, contacts=contacts, seed=3)
    finally:
        database.close()
    return path


def wreck_pages_of(path: Path, table: str) -> None:
    """Garbage over the first page of `table`'s b-tree, past its 100-byte file header: the
    header, the schema and the small tables still read; SQLite's full check fails."""
    connection = sqlite3.connect(path)
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,))
    root = root.fetchone()[0]
    connection.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\x07" * 64)


def child_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")])),
        QT_QPA_PLATFORM="offscreen",
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        LANG="C.UTF-8",
        LC_ALL="C.UTF-8",
    )
    env.update(extra)
    return env


@pytest.fixture
def boxes(monkeypatch) -> list[str]:
    """Message boxes answered at once (No to a question); their texts, in order."""
    texts: list[str] = []
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda parent, title, text, *a: texts.append(text))

    def question(parent, title, text, *args):
        texts.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    return texts


# --- the check at opening and after it ---------------------------------------------------


def test_the_opening_check_passes_a_file_whose_big_table_is_damaged_the_full_one_does_not(
    tmp_path,
):
    path = demo_file(tmp_path / "ufficio.sqlite")
    wreck_pages_of(path, "neet_contacts")
    assert integrity.opening_check(path).ok, "the guard tables are whole"
    assert not integrity.quick_check(path).ok
    outcome = after_opening.run_deferred(path, read_only=False)
    assert outcome.damaged is not None and not outcome.damaged.result.ok
    assert outcome.daily_backup is None, "no backup is taken of a damaged file"
    assert not (tmp_path / "backups").exists() or not list((tmp_path / "backups").iterdir())


def test_a_damaged_guard_table_is_refused_at_opening(tmp_path):
    path = demo_file(tmp_path / "ufficio.sqlite", contacts=20)
    wreck_pages_of(path, "erasure_register")
    assert not integrity.opening_check(path).ok


def test_the_window_opens_the_file_then_reports_the_damage_its_worker_finds(qtbot, tmp_path, boxes):
    path = demo_file(tmp_path / "ufficio.sqlite")
    made = backup.backup_now(path)
    wreck_pages_of(path, "neet_contacts")
    application = Application()
    qtbot.addWidget(application.window)
    application.open_first(path)
    assert application.database is not None, "the opening does not wait for the full check"
    qtbot.waitUntil(lambda: application.deferred.last_outcome is not None, timeout=30_000)
    qtbot.waitUntil(lambda: application.database is None, timeout=10_000)
    assert any(str(path) in text and "is damaged" in text for text in boxes), boxes
    assert any("Restore the newest backup" in text for text in boxes), "the backup is offered"
    assert made.exists() and "is damaged" in application.window.path_label.text()


def test_a_good_full_check_is_recorded_and_a_change_makes_the_next_one_due(tmp_path):
    path = demo_file(tmp_path / "ufficio.sqlite", contacts=20)
    assert check_record.full_check_due(path)
    outcome = after_opening.run_deferred(path, read_only=True)
    assert outcome.checked and outcome.damaged is None
    assert not check_record.full_check_due(path)
    assert check_record.full_check_due(path, now=datetime.now() + timedelta(days=2))
    database = open_database(path)
    with database.session() as session:
        create_record(session, NeetContact, {"last_name": "Nuovo"}, user="t")
    database.close()
    assert check_record.full_check_due(path), "written since the good check"
    entry = json.loads(check_record.record_file().read_text())[check_record._key(path)]
    assert set(entry) == {"checked_at", "file"}


def test_a_stopped_check_says_nothing_and_records_nothing(tmp_path):
    path = demo_file(tmp_path / "ufficio.sqlite", contacts=50)
    with pytest.raises(integrity.CheckCancelled):
        after_opening.run_deferred(path, read_only=False, cancelled=lambda: True)
    assert check_record.full_check_due(path)
    assert not (tmp_path / "backups").exists()


def test_the_light_inspection_knows_the_application_id(tmp_path):
    from socialneet_desktop.db import database_files

    assert database_files.APPLICATION_ID == APPLICATION_ID
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    result = integrity.examine(other)
    assert not result.ok and result.message == database_files.OTHER_PROGRAM


# --- backups: per database, in steps, at exit only when changed -------------------------


def test_already_backed_up_today_looks_at_this_databases_backups(tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    first = demo_file(tmp_path / "sede.sqlite", contacts=10)
    second = demo_file(tmp_path / "sportello.sqlite", contacts=10)
    now = datetime(2026, 3, 2, 9, 0)
    taken = backup.maybe_daily_backup(first, stick, now=now)
    assert taken is not None
    assert backup.maybe_daily_backup(first, stick, now=now + timedelta(hours=1)) is None
    other = backup.maybe_daily_backup(second, stick, now=now + timedelta(hours=2))
    assert other is not None, "the other database's backup does not count for this one"
    assert backup.identity_of(taken) == backup.identity_of(first)
    assert backup.identity_of(other) == backup.identity_of(second) != backup.identity_of(first)


def test_the_rotation_leaves_another_databases_backups_alone(tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    first = demo_file(tmp_path / "sede.sqlite", contacts=5)
    second = demo_file(tmp_path / "sportello.sqlite", contacts=5)
    start = datetime(2026, 1, 5, 9, 0)
    old = [backup.backup_now(first, stick, now=start + timedelta(days=n)) for n in range(3)]
    for day in range(20):
        backup.backup_and_rotate(second, stick, now=start + timedelta(days=30 + day))
    assert all(path.exists() for path in old)
    mine = backup.backups_of(stick, backup.identity_of(second))
    assert len(mine) < 20, "the second database's own backups were rotated"


def test_a_stopped_backup_leaves_nothing_in_the_folder(tmp_path):
    path = demo_file(tmp_path / "ufficio.sqlite", contacts=300)
    folder = tmp_path / "copie"
    folder.mkdir()
    with pytest.raises(backup.BackupCancelled):
        backup.backup_now(path, folder, cancelled=lambda: True)
    assert list(folder.iterdir()) == []


def test_a_backup_in_steps_is_a_whole_checked_copy(tmp_path, monkeypatch):
    monkeypatch.setattr(backup, "STEP_PAGES", 3)
    path = demo_file(tmp_path / "ufficio.sqlite", contacts=200)
    made = backup.backup_now(path)
    backup.verify_backup(made)
    assert backup.record_counts(made) == backup.record_counts(path)


def test_no_exit_backup_when_nothing_changed_since_the_last_one(qtbot, tmp_path, boxes):
    path = demo_file(tmp_path / "ufficio.sqlite", contacts=30)
    folder = tmp_path / "backups"
    application = Application()
    qtbot.addWidget(application.window)
    application.open_first(path)
    qtbot.waitUntil(lambda: application.deferred.last_outcome is not None, timeout=30_000)
    assert application.deferred.last_outcome.daily_backup is not None
    before = sorted(folder.iterdir())
    app_module.close(application)
    assert sorted(folder.iterdir()) == before, "nothing was written: no backup at exit"
    assert backup.changed_since_last_backup(path) is False


def test_an_exit_backup_when_the_file_was_written(qtbot, tmp_path, boxes):
    path = demo_file(tmp_path / "ufficio.sqlite", contacts=30)
    folder = tmp_path / "backups"
    application = Application()
    qtbot.addWidget(application.window)
    application.open_first(path)
    qtbot.waitUntil(lambda: application.deferred.last_outcome is not None, timeout=30_000)
    before = set(folder.iterdir())
    with application.database.session() as session:
        create_record(session, NeetContact, {"last_name": "Dopo il backup"}, user="t")
    assert backup.changed_since_last_backup(path)
    app_module.close(application)
    added = set(folder.iterdir()) - before
    assert len(added) == 1
    (made,) = added
    backup.verify_backup(made)
    assert backup.record_counts(made)["neet_contacts"] == 31


def test_a_file_closed_after_its_exit_backup_is_not_copied_again(qtbot, tmp_path, boxes):
    """Closing moves the WAL into the file after the exit backup: a newer file, the same
    content, so the next session that writes nothing takes no backup at exit."""
    path = demo_file(tmp_path / "ufficio.sqlite", contacts=30)
    folder = tmp_path / "backups"
    for write in (True, False):
        application = Application()
        qtbot.addWidget(application.window)
        application.open_first(path)
        done = application.deferred
        qtbot.waitUntil(lambda done=done: done.last_outcome is not None, timeout=30_000)
        if write:
            with application.database.session() as session:
                create_record(session, NeetContact, {"last_name": "Scritto"}, user="t")
        before = set(folder.iterdir())
        app_module.close(application)
        assert (set(folder.iterdir()) != before) is write, f"write={write}"
        application.window.close()


def test_a_setting_saved_counts_as_a_change(tmp_path):
    path = demo_file(tmp_path / "ufficio.sqlite", contacts=5)
    written = datetime.now().timestamp() - 60
    os.utime(path, (written, written))  # last written a minute before its backup
    backup.backup_now(path)
    assert not backup.changed_since_last_backup(path)
    database = open_database(path)
    with database.session() as session:
        session.get(AppSettings, 1).association_name = "Altra"
    database.close()
    assert backup.changed_since_last_backup(path)


# --- the quit flag and the lean commands, in processes of their own ----------------------


@pytest.mark.parametrize("how", ["flag", "environment", "home", "home-complete"])
def test_quit_after_first_rows_prints_one_line_and_exits_0(tmp_path, how):
    """The list's first rows (the flag or the variable set to 1), the home page's lists or
    the home page with its counts too (the variable set to home or home-complete)."""
    path = demo_file(tmp_path / "ufficio.sqlite", contacts=50)
    arguments = ["--database", str(path)]
    extra = {}
    if how == "flag":
        arguments.append("--quit-after-first-rows")
    else:
        extra["SOCIALNEET_QUIT_AFTER_FIRST_ROWS"] = "1" if how == "environment" else how
    result = subprocess.run(
        [sys.executable, "-m", "socialneet_desktop.app", *arguments],
        capture_output=True,
        text=True,
        env=child_env(tmp_path, **extra),
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1, result.stdout
    assert float(lines[0]) > 0


LOADED = """
import json, sys
from socialneet_desktop.cli import main
code = main(sys.argv[1:])
names = ("PySide6.QtWidgets", "PySide6.QtGui", "openpyxl", "reportlab", "sqlalchemy")
print(json.dumps({"code": code, "loaded": [n for n in names if n in sys.modules]}))
"""


@pytest.mark.parametrize(
    ("command", "may_load"),
    [
        (["check"], set()),
        (["check", "--full"], set()),
        (["backup"], set()),
        (["restore", "--list"], set()),
        (["info"], {"sqlalchemy"}),  # it opens the database as the window does
    ],
)
def test_lean_commands_load_only_what_they_use(tmp_path, command, may_load):
    path = demo_file(tmp_path / "ufficio.sqlite", contacts=10)
    result = subprocess.run(
        [sys.executable, "-c", LOADED, "--database", str(path), *command],
        capture_output=True,
        text=True,
        env=child_env(tmp_path),
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.splitlines()[-1])
    assert report["code"] == 0, result.stdout + result.stderr
    assert set(report["loaded"]) <= may_load, report


def test_the_early_check_reports_a_damaged_file(tmp_path):
    path = demo_file(tmp_path / "ufficio.sqlite")
    wreck_pages_of(path, "neet_contacts")
    result = subprocess.run(
        [sys.executable, "-m", "socialneet_desktop.cli", "--database", str(path), "check"],
        capture_output=True,
        text=True,
        env=child_env(tmp_path),
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    assert result.returncode == 1
    assert "is damaged" in result.stderr or "cannot be read" in result.stderr
