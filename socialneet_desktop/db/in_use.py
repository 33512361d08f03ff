"""The "in use" marker beside an open database file, like Access's .laccdb.

While a program has `x.sqlite` open read-write, `x.sqlite.in-use` beside it names who holds
it. SQLite's locks keep the data safe between programs of ONE computer; a second computer
(a file on a shared folder) cannot rely on them, so it reads the marker and is told who has
the file and since when, and may open it read-only.

The marker is one JSON file listing every holder (`{"holders": [{computer, user, pid, since,
token}, …]}`): each claim adds its own entry with a random token and its release removes only
that entry, so two programs on the same computer (or two opens in one process) can both hold
the file and the first to close does not take the other's claim away; the file is removed
with the last entry. Entries of this computer whose process is gone are stale and dropped.
Every change is read-modify-write under a short exclusive `.lock` file and lands by
writing a temporary file and renaming it, so a reader never sees half a marker.

Nothing here opens the database file itself: on POSIX, closing any descriptor of a file
drops all of the process's SQLite locks on it.
"""

from __future__ import annotations

import contextlib
import getpass
import glob
import json
import os
import re
import secrets
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from socialneet_desktop.db import storage_errors
from socialneet_desktop.db.this_computer import computer_name, process_is_running
from socialneet_desktop.domain.italian_dates import format_italian_date, format_time
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP

SUFFIX = ".in-use"
MARKER_MODE = 0o644  # read by the other computers' users of a shared folder
LOCK_STALE_SECONDS = 10.0  # a .lock older than this was left by a killed process
LOCK_POLL_SECONDS = 0.02

IN_USE_TODAY = QT_TRANSLATE_NOOP(
    "Database", "%1 is in use by %2 on %3 since %4. It can be opened read-only."
)
IN_USE_EARLIER = QT_TRANSLATE_NOOP(
    "Database", "%1 is in use by %2 on %3 since %4 at %5. It can be opened read-only."
)


class InUseElsewhere(Exception):
    """Another computer holds the file read-write.

    `message` is an English template for translate("Database", …) to be filled with
    `arguments` (the path, the user, the computer, then the time, or the date and time when
    the claim is not from today).
    """

    def __init__(self, path: Path, computer: str, user: str, since: datetime) -> None:
        self.path = Path(path)
        self.computer = computer
        self.user = user
        self.since = since
        local = since.astimezone() if since.tzinfo else since
        clock = format_time(local)
        if local.date() == date.today():
            self.message = IN_USE_TODAY
            self.arguments: tuple[object, ...] = (self.path, user, computer, clock)
        else:
            day = format_italian_date(local)
            self.message = IN_USE_EARLIER
            self.arguments = (self.path, user, computer, day, clock)
        text = self.message
        for number in range(len(self.arguments), 0, -1):
            text = text.replace(f"%{number}", str(self.arguments[number - 1]))
        super().__init__(text)


@dataclass(frozen=True)
class Holder:
    computer: str
    user: str
    pid: int
    since: str
    token: str

    def as_json(self) -> dict:
        return {
            "computer": self.computer,
            "user": self.user,
            "pid": self.pid,
            "since": self.since,
            "token": self.token,
        }


class InUseMarker:
    """This program's claim on a database file; `release()` gives it back (idempotent)."""

    def __init__(self, path: Path, holder: Holder) -> None:
        self.path = Path(path)
        self.holder = holder
        self.released = False

    @property
    def marker_path(self) -> Path:
        return marker_path(self.path)

    def release(self) -> None:
        """Remove this claim; the marker goes with the last one. Never raises for the
        medium: a marker that cannot be removed is stale by the next start."""
        if self.released or os.getpid() != self.holder.pid:
            return  # a forked child must not take its parent's claim away
        self.released = True
        try:
            with _locked(self.path):
                holders = [h for h in _read(self.path) if h.token != self.holder.token]
                _write(self.path, _alive(holders))
        except (OSError, storage_errors.StorageError):
            pass


def marker_path(path: Path) -> Path:
    path = Path(path)
    return path.with_name(path.name + SUFFIX)


def claim(path: Path, take_over: bool = False) -> InUseMarker:
    """Mark `path` as held by this program.

    Raises InUseElsewhere when another computer holds it (unless `take_over`: the user said
    that computer no longer uses it), storage_errors.StorageError when the folder cannot be
    written (then the file cannot be opened read-write either).
    """
    path = Path(path).absolute()
    me = Holder(
        computer=computer_name(),
        user=user_name(),
        pid=os.getpid(),
        since=datetime.now().astimezone().isoformat(timespec="seconds"),
        token=secrets.token_hex(8),
    )
    try:
        with _locked(path):
            holders = _alive(_read(path))
            others = [h for h in holders if not _here(h)]
            if others and not take_over:
                first = min(others, key=lambda h: h.since)
                raise InUseElsewhere(path, first.computer, first.user, _parse(first.since))
            if take_over:
                holders = [h for h in holders if _here(h)]
            _write(path, [*holders, me])
            _remove_dead_temporaries(path)
    except OSError as error:
        raise storage_errors.describe(error, path) from error
    return InUseMarker(path, me)


def holders(path: Path) -> list[Holder]:
    """Who the marker of `path` names (stale entries included); empty without a marker."""
    return _read(Path(path).absolute())


def user_name() -> str:
    try:
        return getpass.getuser().strip() or "?"
    except Exception:  # noqa: BLE001 - getpass raises OSError, KeyError … when no name is known
        return "?"


def _here(holder: Holder) -> bool:
    return holder.computer.casefold() == computer_name().casefold()


def _alive(entries: list[Holder]) -> list[Holder]:
    """Entries of other computers (unknowable) and of this computer's running processes."""
    return [h for h in entries if not _here(h) or process_is_running(h.pid)]


def _parse(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return datetime.now()


def _read(path: Path) -> list[Holder]:
    """The marker's entries; a missing, half-written or foreign marker counts as none."""
    try:
        data = json.loads(marker_path(path).read_text(encoding="utf-8"))
        entries = data["holders"]
        return [
            Holder(
                computer=str(e["computer"]),
                user=str(e.get("user", "?")),
                pid=int(e.get("pid", 0)),
                since=str(e.get("since", "")),
                token=str(e.get("token", "")),
            )
            for e in entries
        ]
    except FileNotFoundError:
        return []
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return []


def _write(path: Path, entries: list[Holder]) -> None:
    """Replace the marker by one naming `entries` (removed when there are none)."""
    target = marker_path(path)
    if not entries:
        target.unlink(missing_ok=True)
        return
    data = {"program": "SocialNEET Desktop", "holders": [h.as_json() for h in entries]}
    temporary = target.with_name(
        f"{_temporary_prefix(target)}{os.getpid()}.{secrets.token_hex(4)}.tmp"
    )
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, MARKER_MODE)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=1)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _temporary_prefix(target: Path) -> str:
    computer = re.sub(r"[^A-Za-z0-9-]", "_", computer_name())
    return f".{target.name}.{computer}."


def _remove_dead_temporaries(path: Path) -> None:
    """Temporary markers of this computer's processes killed between write and rename."""
    target = marker_path(path)
    prefix = _temporary_prefix(target)
    for leftover in target.parent.glob(glob.escape(prefix) + "*.tmp"):
        pid = leftover.name[len(prefix) :].split(".", 1)[0]
        if pid.isdigit() and not process_is_running(int(pid)):
            leftover.unlink(missing_ok=True)


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Exclusive for the few milliseconds of a read-modify-write of the marker.

    An O_EXCL file rather than an OS lock: it works the same on a shared folder, and a
    killed process's leftover is recognised by its age.
    """
    lock = marker_path(path).with_name(marker_path(path).name + ".lock")
    started = time.monotonic()
    while True:
        try:
            os.close(os.open(lock, os.O_WRONLY | os.O_CREAT | os.O_EXCL, MARKER_MODE))
            break
        except FileExistsError:
            # Old by its date, or waited on too long (another computer's clock may be ahead).
            waited = time.monotonic() - started > LOCK_STALE_SECONDS
            if waited or _older_than(lock, LOCK_STALE_SECONDS):
                lock.unlink(missing_ok=True)
                started = time.monotonic()
            else:
                time.sleep(LOCK_POLL_SECONDS)
    try:
        yield
    finally:
        lock.unlink(missing_ok=True)


def _older_than(path: Path, seconds: float) -> bool:
    try:
        return time.time() - path.stat().st_mtime > seconds
    except FileNotFoundError:
        return False
