"""Where the file sits: network paths, missing folders, owner-only files, read-only folders
and full disks (real SQLite errors; real `socialneet` processes on a small tmpfs)."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from socialneet_desktop.db import storage, storage_errors
from socialneet_desktop.db.database import DatabaseRefused
from socialneet_desktop.db.engine import create_sqlite_engine, read_only_uri
from socialneet_desktop.paths import (
    FOLDER_DOES_NOT_EXIST,
    NOT_A_FOLDER,
    database_path_is_explicit,
    missing_folder_problem,
)
from tests.helpers_cli import run_socialneet

POSIX_ONLY = pytest.mark.skipif(
    sys.platform == "win32", reason="POSIX file modes and mounts: not on Windows"
)


# --- a file on a shared folder ----------------------------------------------------------------


@POSIX_ONLY
def test_a_file_on_a_network_mount_is_refused_read_write_saying_why(tmp_path, monkeypatch):
    monkeypatch.setattr(storage, "_linux_filesystem_type", lambda path: "cifs")
    path = tmp_path / "shared.sqlite"
    with pytest.raises(DatabaseRefused) as refused:
        storage.refuse_network_path(path)
    assert refused.value.path == path
    assert refused.value.message == storage.NETWORK_PATH
    assert "locking" in refused.value.message and "server" in refused.value.message
    assert "copy the file to this computer" in refused.value.message
    assert not path.exists()


@POSIX_ONLY
def test_a_share_opened_in_the_file_manager_is_a_network_path(tmp_path, monkeypatch):
    monkeypatch.setattr(storage, "_linux_filesystem_type", lambda path: "fuse.gvfsd-fuse")
    assert storage.is_network_path(tmp_path / "x.sqlite")


@pytest.mark.parametrize(
    ("written", "plain"),
    [
        ("\\\\?\\C:\\Dati\\x.sqlite", "C:\\Dati\\x.sqlite"),
        ("\\\\?\\UNC\\server\\share\\x.sqlite", "\\\\server\\share\\x.sqlite"),
        ("\\\\server\\share\\x.sqlite", "\\\\server\\share\\x.sqlite"),
    ],
)
def test_windows_long_paths_are_seen_as_what_they_are(written, plain):
    assert storage.without_long_path_prefix(written) == plain


def test_a_local_file_is_not_refused(tmp_path):
    storage.refuse_network_path(tmp_path / "local.sqlite")


@POSIX_ONLY
def test_a_network_file_may_be_read_through_a_read_only_engine(tmp_path, monkeypatch):
    path = tmp_path / "shared.sqlite"
    _small_database(path)
    before = path.read_bytes()
    monkeypatch.setattr(storage, "_linux_filesystem_type", lambda path: "nfs4")
    engine = create_sqlite_engine(path, read_only=True)
    try:
        with engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM t")).scalar() == 3
            with pytest.raises(Exception) as failure:
                connection.execute(text("INSERT INTO t VALUES (4)"))
        assert storage_errors.describe(failure.value, path).message == storage_errors.READ_ONLY
    finally:
        engine.dispose()
    assert path.read_bytes() == before


def test_a_read_write_engine_always_uses_the_write_ahead_log(tmp_path, monkeypatch):
    # network files are refused before an engine is made: no rollback-journal fallback left
    monkeypatch.setattr(storage, "_linux_filesystem_type", lambda path: "cifs")
    engine = create_sqlite_engine(tmp_path / "x.sqlite")
    try:
        with engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        engine.dispose()


def test_a_read_only_engine_never_creates_the_file(tmp_path):
    path = tmp_path / "none.sqlite"
    engine = create_sqlite_engine(path, read_only=True)
    with pytest.raises(Exception) as failure:
        engine.connect()
    engine.dispose()
    assert not path.exists()
    assert storage_errors.describe(failure.value, path).message == storage_errors.CANNOT_OPEN


# --- owner-only files ---------------------------------------------------------------------------


@POSIX_ONLY
def test_a_new_database_and_its_wal_and_shm_are_readable_by_the_owner_only(tmp_path):
    path = tmp_path / "new.sqlite"
    old_mask = os.umask(0o022)  # the usual mask, which made the file 0644 before
    try:
        engine = create_sqlite_engine(path)
        with engine.begin() as connection:
            connection.exec_driver_sql("CREATE TABLE t (x)")
            connection.exec_driver_sql("INSERT INTO t VALUES (1)")
        files = [path, path.with_name("new.sqlite-wal"), path.with_name("new.sqlite-shm")]
        modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in files}
        engine.dispose()
    finally:
        os.umask(old_mask)
    assert modes == {"new.sqlite": 0o600, "new.sqlite-wal": 0o600, "new.sqlite-shm": 0o600}
    existing = tmp_path / "old.sqlite"  # a file that is there keeps the mode it was given
    _small_database(existing)
    existing.chmod(0o640)
    engine = create_sqlite_engine(existing)
    with engine.connect() as connection:
        connection.exec_driver_sql("SELECT 1")
    engine.dispose()
    assert stat.S_IMODE(existing.stat().st_mode) == 0o640


# --- a missing folder ---------------------------------------------------------------------------


def test_a_named_file_in_a_missing_folder_is_a_problem(tmp_path):
    path = tmp_path / "no" / "such" / "folder" / "x.sqlite"
    assert missing_folder_problem(path, explicit=True) == FOLDER_DOES_NOT_EXIST
    assert not (tmp_path / "no").exists()


def test_the_default_location_may_be_created(tmp_path):
    assert missing_folder_problem(tmp_path / "SocialNEET" / "x.sqlite", explicit=False) is None
    assert missing_folder_problem(tmp_path / "x.sqlite", explicit=True) is None


def test_a_file_where_the_folder_should_be_is_a_problem(tmp_path):
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    assert missing_folder_problem(tmp_path / "notes.txt" / "x.sqlite", explicit=True) == (
        NOT_A_FOLDER
    )


def test_the_option_and_the_environment_variable_are_explicit(monkeypatch):
    monkeypatch.delenv("SOCIALNEET_DATABASE", raising=False)
    assert not database_path_is_explicit(None)
    assert database_path_is_explicit("x.sqlite")
    monkeypatch.setenv("SOCIALNEET_DATABASE", "/tmp/y.sqlite")
    assert database_path_is_explicit(None)


def test_socialneet_with_a_database_in_a_missing_folder_refuses_and_creates_nothing(tmp_path):
    path = tmp_path / "no" / "such" / "folder" / "x.sqlite"
    result = _socialneet(tmp_path, path, "info")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert FOLDER_DOES_NOT_EXIST.replace("%1", str(path.parent)) in result.stderr
    assert not (tmp_path / "no").exists()


# --- real SQLite failures, described --------------------------------------------------------


def test_a_real_sqlite_full_during_a_command_is_a_full_disk_of_the_database(tmp_path):
    path = tmp_path / "full.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE t (x)")
    connection.execute("PRAGMA max_page_count = 3")  # SQLite's own SQLITE_FULL, no disk needed
    with pytest.raises(sqlite3.Error) as failure:
        connection.execute("INSERT INTO t VALUES (?)", ("x" * 100_000,))
    connection.close()
    described = storage_errors.failure_of_command(failure.value, path)
    assert described.message == storage_errors.DISK_FULL and described.path == path
    assert "is damaged" not in str(described) and str(path) in str(described)


def test_unable_to_open_in_a_missing_folder_names_the_folder(tmp_path):
    path = tmp_path / "gone" / "x.sqlite"
    with pytest.raises(sqlite3.Error) as failure:
        sqlite3.connect(path)
    described = storage_errors.describe(failure.value, path)
    assert described.message == storage_errors.FOLDER_NOT_THERE
    assert storage_errors.is_storage_failure(failure.value)


def test_a_damaged_file_is_not_explained_as_a_storage_failure(tmp_path):
    path = tmp_path / "junk.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    with pytest.raises(sqlite3.Error) as failure:
        sqlite3.connect(path).execute("SELECT * FROM sqlite_master").fetchall()
    assert storage_errors.failure_of_command(failure.value, path) is None


# --- a small tmpfs: a full disk and a read-only medium ------------------------------------------


@contextlib.contextmanager
def _tmpfs(folder: Path, size: str = "6m"):
    """A small tmpfs mounted on `folder` (root only), unmounted afterwards whatever happens."""
    if sys.platform != "linux" or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a small tmpfs needs Linux and root; not available here")
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0777", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"mount -t tmpfs is not permitted here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def _remount(folder: Path, option: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{option}", str(folder)], check=True)


def _socialneet(tmp_path: Path, database: Path, *arguments: str) -> subprocess.CompletedProcess:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = {
        "LANG": "C",
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": os.environ.get("PYTHONPATH", ""),
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "QT_QPA_PLATFORM": "offscreen",
        "SOCIALNEET_USER": "test",
    }
    return run_socialneet(database, *arguments, env=env)


def _fill_disk(folder: Path, leave: int = 0) -> None:
    """Take all the free space of `folder`'s disk but `leave` bytes."""
    free = shutil.disk_usage(folder).free
    with (folder / "filler").open("wb") as handle, contextlib.suppress(OSError):
        handle.write(b"\0" * max(free - leave, 0))


def _whole(path: Path) -> bool:
    connection = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        return connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        connection.close()


def _count(path: Path, table: str, where: str = "1") -> int:
    connection = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        return connection.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchone()[0]
    finally:
        connection.close()


def _told_plainly(result: subprocess.CompletedProcess, message: str, path: Path) -> None:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert message.replace("%1", str(path)) in result.stderr
    assert "is damaged" not in result.stderr


@POSIX_ONLY
def test_privacy_erase_on_a_nearly_full_disk_erases_and_says_the_compaction_failed(tmp_path):
    source = tmp_path / "source.sqlite"
    demo = _socialneet(tmp_path, source, "demo", "--contacts", "300")
    assert demo.returncode == 0, demo.stderr
    with _tmpfs(tmp_path / "disk", size="12m") as disk:  # room for a daily backup too
        path = disk / "office.sqlite"
        shutil.copyfile(source, path)
        _fill_disk(disk, leave=400 * 1024)  # room for the erasure (its journal: ~250 KB with
        # the search indexes of migration 0015), not for rewriting the 3 MB file
        result = _socialneet(tmp_path, path, "privacy", "erase", "--contact-id", "3",
                             "--reason", "request", "--yes")  # fmt: skip
        assert result.returncode == 1 and "Traceback" not in result.stderr
        assert (
            f"contact 3 were erased, but {path} could not be compacted afterwards: the disk is "
            "full." in result.stderr
        )
        assert "damaged" not in result.stderr  # (the daily backup may say the disk is full too)
        (disk / "filler").unlink()
        assert _whole(path)
        assert _count(path, "neet_contacts", "id = 3 AND anonymised_at IS NOT NULL") == 1
        again = _socialneet(tmp_path, path, "privacy", "erase", "--contact-id", "3",
                            "--reason", "request", "--yes")  # fmt: skip
        assert again.returncode == 2 and "already erased" in again.stderr
        assert _count(path, "neet_contacts") == 300
        assert _whole(path)


@POSIX_ONLY
def test_an_access_request_onto_a_full_disk_says_so_and_leaves_no_file(tmp_path):
    path = tmp_path / "office.sqlite"
    demo = _socialneet(tmp_path, path, "demo", "--contacts", "50")
    assert demo.returncode == 0, demo.stderr
    with _tmpfs(tmp_path / "stick", size="64k") as stick:
        _fill_disk(stick)
        out = stick / "access.xlsx"
        result = _socialneet(tmp_path, path, "privacy", "access-request", "--contact-id", "3",
                             "--out", str(out))  # fmt: skip
        _told_plainly(result, storage_errors.DISK_FULL, out)
        assert sorted(p.name for p in stick.iterdir()) == ["filler"]  # nothing partial left
    assert _whole(path)


@POSIX_ONLY
def test_an_access_request_onto_a_read_only_medium_says_so(tmp_path):
    path = tmp_path / "office.sqlite"
    demo = _socialneet(tmp_path, path, "demo", "--contacts", "50")
    assert demo.returncode == 0, demo.stderr
    with _tmpfs(tmp_path / "cdrom") as cdrom:
        _remount(cdrom, "ro")
        out = cdrom / "access.xlsx"
        result = _socialneet(tmp_path, path, "privacy", "access-request", "--contact-id", "3",
                             "--out", str(out))  # fmt: skip
        _told_plainly(result, storage_errors.READ_ONLY, out)
        assert list(cdrom.iterdir()) == []


@POSIX_ONLY
def test_a_full_disk_during_demo_is_told_and_nothing_is_half_written(tmp_path):
    with _tmpfs(tmp_path / "disk") as disk:
        path = disk / "office.sqlite"
        result = _socialneet(tmp_path, path, "demo", "--contacts", "5000")
        _told_plainly(result, storage_errors.DISK_FULL, path)
        assert _whole(path)
        assert _count(path, "neet_contacts") == 0  # the demo is one transaction: none of it
        info = _socialneet(tmp_path, path, "info")
        assert info.returncode == 0, info.stderr


@POSIX_ONLY
def test_a_full_disk_when_opening_is_not_called_damage(tmp_path):
    source = tmp_path / "source.sqlite"
    assert _socialneet(tmp_path, source, "demo", "--contacts", "300").returncode == 0
    with _tmpfs(tmp_path / "disk") as disk:
        path = disk / "office.sqlite"
        shutil.copyfile(source, path)
        _fill_disk(disk)
        for arguments in (
            ("privacy", "erase", "--contact-id", "3", "--reason", "request", "--yes"),
            ("info",),
        ):
            result = _socialneet(tmp_path, path, *arguments)
            _told_plainly(result, storage_errors.DISK_FULL, path)
        (disk / "filler").unlink()
        assert _whole(path)
        assert _count(path, "neet_contacts", "anonymised_at IS NULL") == 300


@POSIX_ONLY
def test_a_database_on_a_read_only_medium_is_told_plainly(tmp_path):
    with _tmpfs(tmp_path / "cdrom") as cdrom:
        path = cdrom / "office.sqlite"
        assert _socialneet(tmp_path, path, "demo", "--contacts", "50").returncode == 0
        _remount(cdrom, "ro")
        before = path.read_bytes()
        erase = _socialneet(tmp_path, path, "privacy", "erase", "--contact-id", "3",
                            "--reason", "request", "--yes")  # fmt: skip
        assert erase.returncode == 1, erase.stderr
        assert "Traceback" not in erase.stderr and "is damaged" not in erase.stderr
        assert "read-only" in erase.stderr
        info = _socialneet(tmp_path, path, "info")
        assert "Traceback" not in info.stderr and "is damaged" not in info.stderr
        assert path.read_bytes() == before
        assert _whole(path)


@POSIX_ONLY
def test_the_in_use_marker_on_a_read_only_medium_is_a_plain_refusal(tmp_path):
    from socialneet_desktop.db import in_use

    with _tmpfs(tmp_path / "cdrom") as cdrom:
        path = cdrom / "office.sqlite"
        _small_database(path)
        _remount(cdrom, "ro")
        with pytest.raises(storage_errors.StorageError) as refused:
            in_use.claim(path)
        assert refused.value.message == storage_errors.READ_ONLY
        assert refused.value.path == path
        assert [p.name for p in cdrom.iterdir()] == ["office.sqlite"]


def test_a_commands_file_error_names_the_file_and_a_bug_is_not_explained(tmp_path):
    out = tmp_path / "gone" / "out.xlsx"
    with pytest.raises(OSError) as failure:
        out.write_bytes(b"x")
    problem = storage_errors.failure_of_command(failure.value, tmp_path / "db.sqlite")
    assert problem is not None and problem.path == out
    assert problem.message == storage_errors.FOLDER_NOT_THERE
    assert storage_errors.failure_of_command(KeyError("x"), tmp_path / "db.sqlite") is None


def _small_database(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.executescript("CREATE TABLE t (x); INSERT INTO t VALUES (1), (2), (3);")
    connection.close()
