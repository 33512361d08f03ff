"""Integrity checks and the plain words for storage failures."""

from __future__ import annotations

import errno
import sqlite3

import pytest
from sqlalchemy.exc import OperationalError

from socialneet_desktop.db import integrity, storage_errors
from socialneet_desktop.db.backup_commands import run_backup_command


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
    assert run_backup_command(["check"], database.path) == 1


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
