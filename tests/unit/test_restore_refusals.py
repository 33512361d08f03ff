"""A restore refuses a damaged or tampered backup, and then nothing has changed anywhere."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command

from socialneet_desktop.cli import run_command
from socialneet_desktop.db import backup, migrate
from socialneet_desktop.db.database import DatabaseRefused
from socialneet_desktop.db.engine import APPLICATION_ID, create_sqlite_engine
from socialneet_desktop.db.models import NeetContact
from socialneet_desktop.services.records import create_record
from tests.unit.test_schema_check import changed_with_sql

AUDIT_TRIGGERS = ("audit_events_no_delete", "audit_events_fixed_columns", "audit_events_scrub_only")


def scribbled(made: Path) -> None:
    data = bytearray(made.read_bytes())
    for offset in range(4096, len(data), 4096):
        data[offset + 8 : offset + 40] = b"\x07" * 32
    made.write_bytes(bytes(data))


def another_program(made: Path) -> None:
    made.unlink()
    changed_with_sql(made, "CREATE TABLE songs (title TEXT)")


SPOILERS = {
    "damaged": (scribbled, ["damaged"]),
    "empty": (lambda made: made.write_bytes(b""), ["is empty"]),
    "another-program": (another_program, ["of another program"]),
    "column-dropped": (
        lambda made: changed_with_sql(made, "ALTER TABLE neet_contacts DROP COLUMN notes"),
        ["not as SocialNEET Desktop wrote it", "table neet_contacts: column notes is missing"],
    ),
    "audit-triggers-dropped": (
        lambda made: changed_with_sql(made, *(f"DROP TRIGGER {t}" for t in AUDIT_TRIGGERS)),
        ["not as SocialNEET Desktop wrote it"]
        + [f"trigger {name} is missing" for name in AUDIT_TRIGGERS],
    ),
}


@pytest.fixture
def spoiled(database, tmp_path, request):
    """(database path, a backup spoiled as the test's parameter says, the expected words)."""
    with database.session() as session:
        create_record(session, NeetContact, {"last_name": "Rossi"}, user="t")
    folder = tmp_path / "chosen"
    folder.mkdir()
    made = backup.backup_now(database, folder)
    with database.session() as session:
        create_record(session, NeetContact, {"last_name": "Bianchi"}, user="t")
    database.close()
    spoil, words = SPOILERS[request.param]
    spoil(made)
    return database.path, made, words


def snapshot_of(*folders: Path) -> dict[Path, bytes]:
    return {
        p: p.read_bytes() for folder in folders for p in sorted(folder.iterdir()) if p.is_file()
    }


@pytest.mark.parametrize("spoiled", list(SPOILERS), indirect=True)
def test_the_command_refuses_and_changes_nothing(spoiled, capsys):
    path, made, words = spoiled
    before = snapshot_of(path.parent, made.parent)
    assert run_command(["restore", str(made), "--yes"], path) == 1
    error = capsys.readouterr().err
    for word in words:
        assert word in error
    assert snapshot_of(path.parent, made.parent) == before  # no copy, no leftover, same bytes
    assert backup.record_counts(path)["neet_contacts"] == 2


@pytest.mark.parametrize("spoiled", list(SPOILERS), indirect=True)
def test_restore_raises_and_changes_nothing(spoiled):
    path, made, _words = spoiled
    before = snapshot_of(path.parent, made.parent)
    with pytest.raises((backup.BackupRejected, DatabaseRefused)):
        backup.restore(made, path)
    assert snapshot_of(path.parent, made.parent) == before


@pytest.mark.parametrize("spoiled", ["column-dropped"], indirect=True)
def test_a_refusal_lists_each_problem_for_the_window(spoiled):
    path, made, _words = spoiled
    with pytest.raises(backup.BackupRejected) as refusal:
        backup.verify_backup(made)
    assert refusal.value.message == backup.CHANGED
    assert refusal.value.problems == ["table neet_contacts: column notes is missing"]


def test_a_sound_backup_of_an_older_revision_is_accepted(tmp_path):
    """A backup is compared with the schema of its own revision (0002 had no audit triggers)."""
    older = tmp_path / "older.sqlite"
    engine = create_sqlite_engine(older)
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        command.upgrade(migrate.alembic_config(connection), "0002")
    engine.dispose()
    backup.verify_backup(older)
    target = tmp_path / "target.sqlite"
    backup.restore(older, target)
    assert backup.record_counts(target)["neet_contacts"] == 0


@pytest.mark.parametrize("spoiled", ["audit-triggers-dropped"], indirect=True)
def test_no_question_is_asked_about_a_backup_that_would_be_refused(spoiled, capsys, monkeypatch):
    path, made, words = spoiled

    def asked(_question):
        raise AssertionError("the user was asked about a backup that is refused")

    monkeypatch.setattr("builtins.input", asked)
    assert run_command(["restore", str(made)], path) == 1
    assert words[-1] in capsys.readouterr().err


@pytest.mark.parametrize("spoiled", ["column-dropped"], indirect=True)
def test_the_list_tells_a_changed_backup_and_does_not_offer_it(spoiled, capsys):
    path, made, _words = spoiled
    sound = backup.backup_now(path, made.parent)
    entries = {entry.path: entry for entry in backup.list_backups(made.parent)}
    assert entries[made].counts is not None and not entries[made].readable
    assert entries[made].problems == ("table neet_contacts: column notes is missing",)
    assert entries[sound].readable and entries[sound].problems == ()
    assert run_command(["restore", "--list", "--folder", str(made.parent)], path) == 0
    [line] = [line for line in capsys.readouterr().out.splitlines() if made.name in line]
    assert "changed" in line


@pytest.mark.parametrize("spoiled", ["audit-triggers-dropped"], indirect=True)
def test_the_window_refuses_it_too_and_says_why(spoiled, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from socialneet_desktop.ui import backup_dialogs

    path, made, _words = spoiled
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: pytest.fail("told it worked"))
    before = snapshot_of(path.parent, made.parent)
    assert backup_dialogs.restore_chosen(made, path, None, lambda: None) is None
    assert len(told) == 1 and "not as SocialNEET Desktop wrote it" in told[0]
    assert snapshot_of(path.parent, made.parent) == before
