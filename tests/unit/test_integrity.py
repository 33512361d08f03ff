"""Integrity checks and the plain words for storage failures."""

from __future__ import annotations

import errno
import sqlite3

import pytest
from sqlalchemy.exc import OperationalError

from socialneet_desktop.cli import run_command
from socialneet_desktop.db import integrity, storage_errors
from tests.unit.test_schema_check import tampered


def test_a_sound_database_passes_both_checks(database):
    assert integrity.quick_check(database.path).ok
    result = integrity.integrity_check(database.path)
    assert result.ok and result.full and result.message == integrity.GOOD


def test_a_damaged_file_fails_with_a_message_that_offers_the_backup(database, capsys):
    database.close()
    data = bytearray(database.path.read_bytes())
    for offset in range(4096, len(data), 4096):  # scribble on every page after the first
        data[offset + 8 : offset + 40] = b"\x07" * 32
    database.path.write_bytes(bytes(data))
    result = integrity.quick_check(database.path)
    assert not result.ok
    assert result.message in (integrity.DAMAGED, integrity.UNREADABLE)
    assert "Restore" in result.message
    assert run_command(["check"], database.path) == 1


def test_a_missing_file_is_not_ok(tmp_path):
    assert integrity.quick_check(tmp_path / "none.sqlite").message == integrity.MISSING


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), storage_errors.DISK_FULL),
        (OSError(errno.EACCES, "Permission denied"), storage_errors.NOT_WRITABLE),
        (OSError(errno.EPERM, "Operation not permitted"), storage_errors.NOT_WRITABLE),
        (OSError(errno.EROFS, "Read-only file system"), storage_errors.READ_ONLY),
        (sqlite3.OperationalError("database or disk is full"), storage_errors.DISK_FULL),
        (
            sqlite3.OperationalError("attempt to write a readonly database"),
            storage_errors.READ_ONLY,
        ),
        (sqlite3.OperationalError("database is locked"), storage_errors.LOCKED),
        (
            OperationalError("INSERT", {}, sqlite3.OperationalError("database is locked")),
            storage_errors.LOCKED,
        ),
        (ValueError("something else"), storage_errors.OTHER),
    ],
)
def test_storage_failures_are_told_plainly_naming_the_path(error, message):
    described = storage_errors.describe(error, "/media/usb/socialneet.sqlite")
    assert described.message == message
    assert "/media/usb/socialneet.sqlite" in str(described)


def _another_programs_file(path):
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE songs (title TEXT)")
    connection.commit()
    connection.close()
    return path


AUDIT_DROPS = tuple(
    f"DROP TRIGGER {name}"
    for name in ("audit_events_no_delete", "audit_events_fixed_columns", "audit_events_scrub_only")
)


@pytest.mark.parametrize("full", [False, True], ids=["quick", "full"])
@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda db, p: p.write_bytes(b"") or p, ["is empty"]),
        (lambda db, p: _another_programs_file(p), ["of another program"]),
        (
            lambda db, p: tampered(db, p, "ALTER TABLE neet_contacts DROP COLUMN notes"),
            ["is not as SocialNEET Desktop left it", "neet_contacts: column notes is missing"],
        ),
        (
            lambda db, p: tampered(db, p, *AUDIT_DROPS),
            [
                "is not as SocialNEET Desktop left it",
                "trigger audit_events_no_delete is missing",
                "trigger audit_events_fixed_columns is missing",
                "trigger audit_events_scrub_only is missing",
            ],
        ),
        (
            lambda db, p: tampered(db, p, "UPDATE alembic_version SET version_num = '9999'"),
            ["written by a newer version"],
        ),
    ],
    ids=["empty", "another-program", "column-dropped", "audit-triggers-dropped", "newer"],
)
def test_check_names_what_is_wrong_and_fails(database, tmp_path, capsys, make, words, full):
    database.close()
    path = make(database.path, tmp_path / "checked.sqlite")
    before = path.read_bytes()
    assert run_command(["check", "--full"] if full else ["check"], path) == 1
    captured = capsys.readouterr()
    assert "in good order" not in captured.out + captured.err
    for word in words:
        assert word in captured.err
    assert path.read_bytes() == before


def test_check_says_good_order_for_a_sound_file(database, capsys):
    database.close()
    assert run_command(["check"], database.path) == 0
    assert "in good order" in capsys.readouterr().out
    result = integrity.examine(database.path, full=True)
    assert result.ok and result.full and result.problems == []
