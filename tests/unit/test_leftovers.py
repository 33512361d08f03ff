"""What a killed restore or backup leaves is cleaned; the copies kept aside are rotated."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from socialneet_desktop.db import backup, leftovers
from socialneet_desktop.db.models import NeetContact
from socialneet_desktop.services.records import create_record

ROOT = Path(__file__).resolve().parents[2]

# The child restores, but stops just before its staged copy is renamed over the database
# (os.replace waits on stdin), so the parent can look at it and kill it at that exact point.
STALLED_RESTORE = """
import os, sys
from pathlib import Path
from socialneet_desktop.db import backup
target = Path(sys.argv[2]).absolute()
real_replace = os.replace
def stalled(source, destination):
    if Path(destination) == target:
        print(source, flush=True)
        sys.stdin.read()
    real_replace(source, destination)
os.replace = stalled
backup.restore(Path(sys.argv[1]), target)
"""

A_DAY_AGO = time.time() - 2 * 24 * 3600


def add_contacts(database, count: int) -> None:
    with database.session() as session:
        for n in range(count):
            create_record(session, NeetContact, {"last_name": f"Rossi {n}"}, user="t")


def dead_pid() -> int:
    """The number of a process that has just ended."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def made_by_hand(folder: Path, name: str, *, aged: bool = False) -> Path:
    path = folder / name
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 84)
    if aged:
        os.utime(path, (A_DAY_AGO, A_DAY_AGO))
    return path


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX: Windows has no kill -9")
def test_a_killed_restore_leaves_a_copy_that_is_removed_once_its_process_is_gone(
    database, tmp_path
):
    add_contacts(database, 3)
    made = backup.backup_now(database, tmp_path)
    add_contacts(database, 2)
    database.close()
    original = database.path.read_bytes()
    child = subprocess.Popen(
        [sys.executable, "-c", STALLED_RESTORE, str(made), str(database.path)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        staged = Path(child.stdout.readline().strip())
        assert staged.parent == database.path.parent and staged.name.endswith(".tmp")
        assert backup.record_counts(staged)["neet_contacts"] == 3  # a whole copy
        journal = made_by_hand(staged.parent, staged.name + "-journal")

        assert leftovers.clean_leftovers(database.path) == []  # its writer is still alive
        assert staged.exists() and journal.exists()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        child.stdin.close()

    assert sorted(backup.clean_leftovers(database.path)) == sorted([staged, journal])
    assert not staged.exists() and not journal.exists()
    assert database.path.read_bytes() == original  # killed before the rename
    [kept] = database.path.parent.glob("test.before-restore-*.sqlite")
    assert backup.record_counts(kept)["neet_contacts"] == 5


def test_only_our_own_names_of_writers_that_are_gone_are_removed(database, tmp_path):
    database.close()
    here, folder = tmp_path, backup.default_backup_folder(database.path)
    folder.mkdir(exist_ok=True)
    computer, gone, alive = leftovers.this_computer(), dead_pid(), os.getpid()
    removed = [
        made_by_hand(here, f".test~{computer}~{gone}~abcd_123.tmp"),
        made_by_hand(here, f".test~{computer}~{gone}~abcd_123.tmp-journal"),
        made_by_hand(here, f".test.before-restore-20260301-101010~{computer}~{gone}~x1y2z3w4.tmp"),
        made_by_hand(folder, f".socialneet-20260301-101010~{computer}~{gone}~q1w2e3r4.tmp"),
        made_by_hand(folder, ".socialneet-20260301-101010-2~OTHER-PC~77~q1w2e3r4.tmp", aged=True),
        made_by_hand(here, ".test-k3j4h5g6.tmp", aged=True),  # a version without the pid
    ]
    kept = [
        made_by_hand(here, f".test~{computer}~{alive}~abcd_123.tmp"),  # being written
        made_by_hand(folder, ".socialneet-20260301-101010~OTHER-PC~77~q1w2e3r4.tmp"),  # fresh
        made_by_hand(here, ".test-k3j4h5g6.tmp-journal"),  # no pid, fresh
        made_by_hand(here, f".other~{computer}~{gone}~abcd_123.tmp"),  # another database's
        made_by_hand(here, f".test~{computer}~{gone}~abcd_123.tmp.bak"),
        made_by_hand(here, "test.tmp"),
        made_by_hand(here, f".test~{computer}~{10**20}~abcd_123.tmp"),  # no process has it
        made_by_hand(folder, f".notes~{computer}~{gone}~abcd_123.tmp"),
        made_by_hand(folder, "socialneet-20260301-101010.sqlite"),
    ]
    assert sorted(leftovers.clean_leftovers(database.path)) == sorted(removed)
    assert all(path.exists() for path in kept)
    assert database.path.exists()


def test_backup_and_restore_name_their_temporary_files_with_this_process(tmp_path):
    staged = leftovers.temporary_beside(tmp_path / "socialneet-20260301-101010.sqlite")
    match = leftovers.TEMPORARY.match(staged.name)
    assert match and match["stem"] == "socialneet-20260301-101010"
    assert (match["host"], int(match["pid"])) == (leftovers.this_computer(), os.getpid())
    assert leftovers.clean_leftovers(tmp_path / "socialneet.sqlite") == []
    assert staged.exists()


def test_before_restore_copies_are_rotated_keeping_the_newest_three(database, tmp_path):
    made = backup.backup_now(database, tmp_path)
    database.close()
    start = datetime(2026, 3, 2, 8, 0)
    for n in range(5):
        backup.restore(made, database.path, now=start + timedelta(days=n))
    kept = sorted(p.name for p in tmp_path.glob("test.before-restore-*.sqlite"))
    assert kept == [f"test.before-restore-2026030{d}-080000.sqlite" for d in (4, 5, 6)]


def test_before_migration_copies_are_rotated_at_cleaning(database, tmp_path):
    database.close()
    names = [f"test.before-migration-000{n}-2026030{n}-080000.sqlite" for n in range(1, 6)]
    for name in names:
        made_by_hand(tmp_path, name)
    others = [
        made_by_hand(tmp_path, "test.before-migration-notes.sqlite"),
        made_by_hand(tmp_path, "other.before-migration-0001-20260301-080000.sqlite"),
        made_by_hand(tmp_path, "other.before-restore-20260301-080000.sqlite"),
    ]
    removed = leftovers.clean_leftovers(database.path)
    assert sorted(p.name for p in removed) == names[:2]
    assert sorted(p.name for p in tmp_path.glob("test.before-migration-0*")) == names[2:]
    assert all(path.exists() for path in others)
