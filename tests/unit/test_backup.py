"""Backups: taken with the backup API, listed with counts, rotated, restored whole."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timedelta

import pytest

from socialneet_desktop.cli import run_command
from socialneet_desktop.db import backup
from socialneet_desktop.db.database import DatabaseRefused, open_database
from socialneet_desktop.db.models import NeetContact
from socialneet_desktop.db.storage_errors import FOLDER_MISSING, StorageError
from socialneet_desktop.services.records import create_record


def add_contacts(database, count: int) -> None:
    with database.session() as session:
        for n in range(count):
            create_record(session, NeetContact, {"last_name": f"Rossi {n}"}, user="t")


def test_backup_and_restore_round_trip_keeps_the_counts(database, tmp_path):
    add_contacts(database, 3)
    before = database.record_counts()
    made = backup.backup_now(database)
    assert made.parent == tmp_path / "backups"
    assert backup.NAME_PATTERN.match(made.name)
    add_contacts(database, 2)
    [entry] = backup.list_backups(made.parent)
    assert entry.counts == before and entry.size > 0
    database.close()

    result = backup.restore(made, database.path)

    restored = open_database(database.path)
    try:
        assert restored.record_counts() == before
    finally:
        restored.close()
    assert result.previous_copy.name.startswith("test.before-restore-")
    assert backup.record_counts(result.previous_copy)["neet_contacts"] == 5


def test_a_chosen_folder_that_is_missing_is_refused_clearly(database, tmp_path):
    with pytest.raises(StorageError) as refusal:
        backup.backup_now(database, tmp_path / "usb-stick")
    assert refusal.value.message == FOLDER_MISSING
    assert "usb-stick" in str(refusal.value)


def test_rotation_keeps_seven_days_and_eight_weeks_and_the_newest(tmp_path):
    start = datetime(2026, 1, 1, 9, 0)
    for day in range(120):
        for hour in (9, 18):
            when = start + timedelta(days=day, hours=hour - 9)
            (tmp_path / f"socialneet-{when:%Y%m%d-%H%M%S}.sqlite").write_bytes(b"x")
    (tmp_path / "notes.txt").write_text("not a backup")

    backup.rotate(tmp_path)

    kept = sorted(p.name for p in tmp_path.glob("socialneet-*"))
    newest = start + timedelta(days=119, hours=9)
    assert f"socialneet-{newest:%Y%m%d-%H%M%S}.sqlite" in kept
    days = {name[11:19] for name in kept}
    last_week_days = {f"{start + timedelta(days=d):%Y%m%d}" for d in range(113, 120)}
    assert last_week_days <= days
    weeks = {datetime.strptime(d, "%Y%m%d").isocalendar()[:2] for d in days}
    assert len(weeks) == 8
    assert len(kept) <= 7 + 8 and len(kept) == len(days)  # one backup (the newest) per day
    assert (tmp_path / "notes.txt").exists()


def test_daily_backup_is_taken_once_a_day(database):
    morning = datetime(2026, 3, 2, 8, 0)
    first = backup.maybe_daily_backup(database, now=morning)
    assert first is not None
    assert backup.maybe_daily_backup(database, now=morning + timedelta(hours=3)) is None
    assert backup.maybe_daily_backup(database, now=morning + timedelta(days=1)) is not None


def test_two_backups_in_the_same_second_both_survive(database, tmp_path):
    when = datetime(2026, 3, 2, 8, 0)
    first = backup.backup_now(database, tmp_path, now=when)
    second = backup.backup_now(database, tmp_path, now=when)
    assert first != second and first.exists() and second.exists()


def test_a_damaged_backup_is_refused_and_nothing_changes(database, tmp_path):
    add_contacts(database, 1)
    made = backup.backup_now(database, tmp_path)
    data = bytearray(made.read_bytes())
    data[len(data) // 2 :] = b"\xff" * (len(data) - len(data) // 2)
    made.write_bytes(bytes(data))
    database.close()
    original = database.path.read_bytes()
    with pytest.raises((backup.BackupRejected, DatabaseRefused)):
        backup.restore(made, database.path)
    assert database.path.read_bytes() == original
    assert not list(database.path.parent.glob("*before-restore*"))


def test_restore_replaces_a_file_left_with_a_wal(tmp_path):
    path = tmp_path / "live.sqlite"
    database = open_database(path)
    made = backup.backup_now(database, tmp_path)
    add_contacts(database, 4)  # these live in the -wal file until a checkpoint
    database.close()
    backup.restore(made, path)
    assert not path.with_name(path.name + "-wal").exists()
    assert backup.record_counts(path)["neet_contacts"] == 0


def test_cli_backup_list_restore_and_check(database, tmp_path, capsys):
    add_contacts(database, 2)
    database.close()
    assert run_command(["backup"], database.path) == 0
    assert run_command(["restore", "--list"], database.path) == 0
    listing = capsys.readouterr().out
    assert "socialneet-" in listing
    made = backup.list_backups(backup.default_backup_folder(database.path))[0].path
    assert run_command(["restore", made.name, "--yes"], database.path) == 0
    assert run_command(["check", "--full"], database.path) == 0
    assert run_command(["restore"], database.path) == 2
    assert run_command(["restore", "nothing.sqlite", "--yes"], database.path) == 2
    assert run_command(["check", "--bogus"], database.path) == 2
    missing = str(tmp_path / "absent")
    assert run_command(["backup", "--folder", missing], database.path) == 1


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="needs POSIX permissions")
def test_a_folder_that_cannot_be_written_is_named(database, tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(StorageError) as refusal:
            backup.backup_now(database, locked)
    finally:
        locked.chmod(0o700)
    assert str(locked) in str(refusal.value)


def test_backups_are_plain_rollback_journal_files(database, tmp_path):
    made = backup.backup_now(database, tmp_path)
    connection = sqlite3.connect(made)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    connection.close()


def test_restore_dialog_lists_backups_and_restores_the_chosen_one(database, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from socialneet_desktop.ui import backup_dialogs

    monkeypatch.setattr(QMessageBox, "information", lambda *a: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    add_contacts(database, 2)
    made = backup_dialogs.back_up_now(database, None)
    add_contacts(database, 1)
    dialog = backup_dialogs.RestoreDialog(made.parent)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == backup.list_backups(made.parent)[0].taken_at.strftime(
        "%d/%m/%Y %H:%M"
    )
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    used = backup_dialogs.restore_chosen(dialog.chosen().path, database.path, None, database.close)
    assert used == made
    assert backup.record_counts(database.path)["neet_contacts"] == 2


def test_a_backup_of_an_older_revision_still_shows_its_counts(tmp_path):
    """A copy made before the young person's path (migration 0007) has no such tables: its
    counts are read all the same, none of the later kinds (it was 'cannot be read')."""
    import sqlite3

    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE neet_contacts (id INTEGER, deleted_at DATETIME)")
        connection.executemany("INSERT INTO neet_contacts VALUES (?, NULL)", [(1,), (2,)])
    connection.close()
    counts = backup.record_counts(path)
    assert counts is not None
    assert counts["neet_contacts"] == 2
    assert counts["training_courses"] == 0 and counts["outcomes"] == 0
