"""The exit backup of a big file, taken by a process of its own once the program has ended.

SQLite has no incremental backup: after one save at a million contacts the exit backup is
a whole 2.8 GB copy (10-15 s). The user must not wait for it, and the window's process must
not stay behind it either (a process still holding the file keeps it open). So a file
bigger than IN_PROCESS_LIMIT is first closed by the window's process as always (its WAL
checkpointed into it: the file is closed cleanly before that process ends), and then a
detached process of the same program (`FLAG`) copies the closed file: the same online
backup in steps into a temporary file, flushed, renamed into place, rotated; a copy that
SQLite's quick check does not find whole is removed. A smaller file is still copied in the
window's process (a fraction of a second), as before.

What may happen meanwhile: the program opened again reads and writes the file while the
copy runs (WAL lets a reader and a writer go on together; a copy the writer restarts too
often finishes in one step from a read snapshot, db.backup.snapshot): the copy is whole
either way. A copy that fails or is stopped (the computer shut down) leaves no backup and
no temporary file for long (db.leftovers), and the file stays "changed since its last
backup": the next exit copies it again. Nothing is ever lost by handing the copy over.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

FLAG = "--finish-exit-backup"
IN_PROCESS_LIMIT = 64 * 1024 * 1024  # bytes: below this the copy takes < 0.3 s in-process
LAST_HANDED: list[subprocess.Popen] = []  # for the benchmark and the tests: the processes


def copy_in_process(path: Path) -> bool:
    """Small enough to copy before the window's process ends."""
    try:
        return Path(path).stat().st_size <= IN_PROCESS_LIMIT
    except OSError:
        return True  # the copy will say what is wrong, where the user can be told


def command(path: Path) -> list[str]:
    """The program itself (the installed bundle, or this Python with the package)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, FLAG, str(Path(path).absolute())]
    return [sys.executable, "-m", "socialneet_desktop", FLAG, str(Path(path).absolute())]


def hand_over(path: Path) -> subprocess.Popen:
    """Start the copy of the (closed) file in a detached, low-priority process."""
    options: dict = {
        "stdin": subprocess.DEVNULL,
        "stdout": subprocess.DEVNULL,
        "stderr": subprocess.DEVNULL,
        "close_fds": True,
    }
    if sys.platform == "win32":
        options["creationflags"] = (
            subprocess.DETACHED_PROCESS
            | subprocess.CREATE_NEW_PROCESS_GROUP
            | subprocess.BELOW_NORMAL_PRIORITY_CLASS
        )
    else:
        options["start_new_session"] = True  # the terminal's Ctrl+C or hang-up spare it
    key = _key_of(path)
    if key is not None:  # an encrypted file: its passphrase through a pipe, never argv/env
        options["stdin"] = subprocess.PIPE
    process = subprocess.Popen(command(path), **options)
    if key is not None:
        try:
            process.stdin.write(key.encode("utf-8") + b"\n")
            process.stdin.close()
        except OSError:
            pass  # the process ended at once: the next exit copies again
    LAST_HANDED.append(process)
    return process


def _key_of(path: Path) -> str | None:
    from socialneet_desktop.db import sqlite_connect

    key = sqlite_connect.known_key(path)
    return key if isinstance(key, str) else None


def _read_key(path: Path) -> None:
    """In the detached process: the passphrase the window's process wrote into the pipe that
    is this process's descriptor 0 (issue #24); nothing there for a plain file (/dev/null).
    Read with os.read: a pipe from the parent, never a console."""
    from socialneet_desktop.db import sqlite_connect

    chunks = []
    try:
        while chunk := os.read(0, 4096):
            chunks.append(chunk)
    except OSError:
        return
    key = b"".join(chunks).decode("utf-8", errors="replace").rstrip("\n")
    if key:
        sqlite_connect.remember_key(path, key)


def finish(path: Path) -> Path | None:
    """In the detached process: the backup and rotation of the closed file at `path`; the
    file, as it is after the copy, recorded as backed up (unless written meanwhile). The
    copy is checked with SQLite's quick check and removed when it is not whole."""
    from socialneet_desktop.db import backup, check_record, integrity
    from socialneet_desktop.db.backup_folders import configured_backup_folder

    path = Path(path).absolute()
    folder = configured_backup_folder(path)
    before = check_record.fingerprint(path)
    made = backup.backup_and_rotate(
        path, None if folder == backup.default_backup_folder(path) else folder
    )
    if not integrity.quick_check(made).ok:
        made.unlink(missing_ok=True)
        return None
    if check_record.fingerprint(path) == before:  # nothing written during the copy
        check_record.record_backed_up(path, before)
    return made


def main(argv: list[str]) -> int:
    """`socialneet-desktop --finish-exit-backup PATH`: no window, no Qt."""
    if hasattr(os, "nice"):
        os.nice(10)  # the office's other work goes first
    if len(argv) != 1:
        return 2
    try:
        _read_key(Path(argv[0]).absolute())
        return 0 if finish(Path(argv[0])) is not None else 1
    except Exception:  # noqa: BLE001 - no console: the next exit copies again
        return 1
