"""Temporary copies a killed backup, restore or snapshot left behind, and the rotation of the
copies kept before a restore or a migration.

Every copy is written to `.<stem>~<computer>~<pid>~<random>.tmp` beside its target (SQLite
may add `-journal`) and renamed into place. A leftover is removed when its name is exactly
that for one of the database's own names, and its writer is surely gone: on this computer,
when process <pid> no longer runs; written by another computer (a shared backup folder),
when untouched for a day. Names of older versions (`.<stem>-<random>.tmp`, no pid) go when
untouched for an hour. Of the `before-restore` and `before-migration` copies beside the
database the newest KEEP_COPIES of each kind are kept.
"""

from __future__ import annotations

import os
import re
import tempfile
import time
from pathlib import Path

from socialneet_desktop.db.backup_folders import configured_backup_folder, default_backup_folder
from socialneet_desktop.db.this_computer import computer_name, process_is_running

KEEP_COPIES = 3
ELSEWHERE_AFTER_S = 24 * 3600  # another computer's leftover: untouched for a day
UNNAMED_AFTER_S = 3600  # a leftover of a version that did not put its pid in the name
STAMP = r"\d{8}-\d{6}"
TEMPORARY = re.compile(
    r"^\.(?P<stem>.+)~(?P<host>[A-Za-z0-9-]*)~(?P<pid>\d+)~[a-z0-9_]{8}\.tmp(?:-journal)?$"
)
UNNAMED_TEMPORARY = re.compile(r"^\.(?P<stem>.+)-[a-z0-9_]{8}\.tmp(?:-journal)?$")
BACKUP_STEM = re.compile(rf"^socialneet-{STAMP}(?:-\d+)?$")
SIBLINGS = ("-wal", "-shm", "-journal")


def this_computer() -> str:
    return re.sub(r"[^A-Za-z0-9-]", "", computer_name())[:40]


def temporary_beside(target: Path) -> Path:
    """A new empty file beside `target`, named so that `clean_leftovers` knows its writer."""
    prefix = f".{target.stem}~{this_computer()}~{os.getpid()}~"
    handle, name = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=target.parent)
    os.close(handle)
    return Path(name)


def clean_leftovers(database_path: Path) -> list[Path]:
    """Remove the temporary copies left beside `database_path` and in its backup folders,
    and rotate its before-restore/before-migration copies; return what was removed. It
    never raises: a file that cannot be removed stays for the next time."""
    database_path = Path(database_path).absolute()
    removed = _sweep(database_path.parent, _own_stems(database_path.stem).match)
    folders = {default_backup_folder(database_path), configured_backup_folder(database_path)}
    for folder in sorted(folders):
        removed += _sweep(folder, BACKUP_STEM.match)
    return removed + rotate_copies(database_path)


def rotate_copies(database_path: Path, keep: int = KEEP_COPIES) -> list[Path]:
    """Keep the newest `keep` before-restore and `keep` before-migration copies of the file."""
    database_path = Path(database_path).absolute()
    stem = re.escape(database_path.stem)
    removed: list[Path] = []
    for kind in (rf"before-restore-({STAMP})", rf"before-migration-.+-({STAMP})"):
        pattern = re.compile(rf"^{stem}\.{kind}\.sqlite$")
        copies = _stamped(database_path.parent, pattern)
        for copy in copies[keep:]:
            removed += _remove(copy, *(copy.with_name(copy.name + s) for s in SIBLINGS))
    return removed


def _own_stems(stem: str) -> re.Pattern:
    """The stems of the database's own temporary copies: the file itself, its copies."""
    stem = re.escape(stem)
    return re.compile(rf"^{stem}(?:\.before-restore-{STAMP}|\.before-migration-.+-{STAMP})?$")


def _sweep(folder: Path, own_stem) -> list[Path]:
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    removed: list[Path] = []
    for path in entries:
        try:
            abandoned = _abandoned(path, own_stem)
        except (OSError, ValueError, OverflowError):  # a pid no process can have: left alone
            abandoned = False
        if abandoned:
            removed += _remove(path)
    return removed


def _abandoned(path: Path, own_stem) -> bool:
    match = TEMPORARY.match(path.name)
    if match and own_stem(match["stem"]):
        if match["host"] == this_computer():
            return not _alive(int(match["pid"]))
        return _untouched_for(path, ELSEWHERE_AFTER_S)
    match = UNNAMED_TEMPORARY.match(path.name)
    if match and own_stem(match["stem"]):
        return _untouched_for(path, UNNAMED_AFTER_S)
    return False


def _untouched_for(path: Path, seconds: float) -> bool:
    try:
        return time.time() - path.stat().st_mtime > seconds
    except OSError:
        return False


def _alive(pid: int) -> bool:
    return pid == os.getpid() or process_is_running(pid)


def _stamped(folder: Path, pattern: re.Pattern) -> list[Path]:
    """The files of `folder` whose name matches `pattern`, newest stamp first."""
    try:
        found = [(m.group(1), p) for p in folder.iterdir() if (m := pattern.match(p.name))]
    except OSError:
        return []
    return [path for _stamp, path in sorted(found, reverse=True)]


def _remove(*paths: Path) -> list[Path]:
    removed = []
    for path in paths:
        try:
            if path.is_file():
                path.unlink()
                removed.append(path)
        except OSError:
            pass
    return removed
