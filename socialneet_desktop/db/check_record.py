"""When each database last passed SQLite's full quick check, and as what file; and as what
file it was when its exit backup was taken.

Opening a database runs only cheap checks (db.integrity.opening_check); the full quick check,
seconds on a large file, runs when it is due: the file changed since its last good full check
(size, modification time, its WAL), or that check is more than RECHECK_AFTER old (a disk can
damage a file nobody wrote to). The record is a small JSON file in the user's data folder,
not in the database: writing into the file would change what was just checked. A record that
cannot be read counts as none (a full check is due), so losing it costs time, never safety.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from pathlib import Path

RECORD_NAME = "integrity-checks.json"
RECHECK_AFTER = timedelta(days=1)
KEEP_ENTRIES = 50


@dataclass(frozen=True)
class Fingerprint:
    """What changes when anything writes the file: its size and time, and its WAL's."""

    size: int
    mtime_ns: int
    wal_size: int
    wal_mtime_ns: int


def fingerprint(path: Path) -> Fingerprint | None:
    path = Path(path)
    try:
        state = path.stat()
    except OSError:
        return None
    try:
        wal = path.with_name(path.name + "-wal").stat()
        wal_size, wal_mtime = wal.st_size, wal.st_mtime_ns
    except OSError:
        wal_size, wal_mtime = 0, 0
    if wal_size == 0:  # an empty WAL (a reader's) is no write
        wal_mtime = 0
    return Fingerprint(state.st_size, state.st_mtime_ns, wal_size, wal_mtime)


def record_file() -> Path:
    from socialneet_desktop.paths import user_data_folder

    return user_data_folder() / RECORD_NAME


def full_check_due(path: Path, *, now: datetime | None = None) -> bool:
    """True unless the file is as it was at a good full check less than RECHECK_AFTER ago."""
    entry = _read().get(_key(path))
    current = fingerprint(path)
    if not entry or current is None:
        return True
    try:
        checked_at = datetime.fromisoformat(entry["checked_at"])
        same = Fingerprint(**entry["file"]) == current
    except (KeyError, TypeError, ValueError):
        return True
    return not same or (now or datetime.now()) - checked_at > RECHECK_AFTER


def record_good_check(path: Path, before: Fingerprint | None, *, now=None) -> None:
    """Remember a good full check of `path`; `before` is its fingerprint taken before the
    check started, so a write during the check makes the next one due. Best effort."""
    if before is None or fingerprint(path) != before:
        forget(path)
        return
    entries = _read()
    entry = entries.setdefault(_key(path), {})
    entry["checked_at"] = (now or datetime.now()).isoformat(timespec="seconds")
    entry["file"] = asdict(before)
    newest = sorted(entries.items(), key=lambda item: str(item[1].get("checked_at", "")))
    _write(dict(newest[-KEEP_ENTRIES:]))


def record_backed_up(path: Path, state: Fingerprint | None) -> None:
    """The file is, as `state`, what its newest backup holds: closing it after the exit
    backup moved its WAL into it (a new modification time, the same content)."""
    if state is None:
        return
    entries = _read()
    entry = entries.setdefault(_key(path), {})
    entry["backed_up"] = asdict(state)
    _write(entries)


def is_backed_up_as_it_is(path: Path) -> bool:
    """True when the file is as it was recorded by record_backed_up."""
    entry = _read().get(_key(path)) or {}
    try:
        return Fingerprint(**entry["backed_up"]) == fingerprint(path)
    except (KeyError, TypeError):
        return False


def forget(path: Path) -> None:
    """A damaged or replaced file: its next opening checks it whole again."""
    entries = _read()
    if entries.pop(_key(path), None) is not None:
        _write(entries)


def _key(path: Path) -> str:
    return os.path.normcase(str(Path(path).expanduser().absolute()))


def _read() -> dict:
    try:
        entries = json.loads(record_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return entries if isinstance(entries, dict) else {}


def _write(entries: dict) -> None:
    target = record_file()
    staged = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    with contextlib.suppress(OSError):
        target.parent.mkdir(parents=True, exist_ok=True)
        staged.write_text(json.dumps(entries, indent=1), encoding="utf-8")
        os.replace(staged, target)
    with contextlib.suppress(OSError):
        staged.unlink(missing_ok=True)
