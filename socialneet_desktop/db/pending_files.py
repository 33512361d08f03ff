"""Temporary files and folders that a kill must not leave behind: a registry and its sweep.

Every temporary file or folder is listed in a small registry in the user data folder before it
is created (one entry per file, named after the process, written whole through a rename) and
unlisted once it is renamed or removed. A kill, a crash or a power cut leaves the entry:
`remove_leftovers`, run at each start, deletes what a process that is gone left behind. Entries
of a living process, or of another computer sharing the profile, are left alone.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
from pathlib import Path

from socialneet_desktop.db.this_computer import (
    computer_name,
    process_is_running,
    process_start_time,
)
from socialneet_desktop.paths import user_data_folder

REGISTRY_FOLDER = "pending-files"
SCRATCH_FOLDER = "temporary"
PART_SUFFIX = ".socialneet-part"


class Pending:
    """A temporary file or folder listed in the registry until it is removed or renamed."""

    def __init__(self, path: Path, entry: Path) -> None:
        self.path = path
        self._entry = entry

    @classmethod
    def file_beside(cls, target: Path) -> Pending:
        """An empty temporary file (mode 0600) in the folder of `target`, with a name that says
        whose it is: `.list.xlsx.1a2b3c4d.socialneet-part`."""
        folder = target.absolute().parent
        while True:
            path = folder / f".{target.name}.{secrets.token_hex(4)}{PART_SUFFIX}"
            pending = cls(path, _register(path))
            try:
                os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
                return pending
            except FileExistsError:
                pending.forget()
            except BaseException:
                pending.forget()
                raise

    @classmethod
    def scratch_folder(cls) -> Pending:
        """A private temporary folder in the user data folder (for spooled sheets, say)."""
        parent = user_data_folder() / SCRATCH_FOLDER
        parent.mkdir(parents=True, exist_ok=True)
        path = parent / f"{os.getpid()}-{secrets.token_hex(4)}"
        pending = cls(path, _register(path))
        try:
            path.mkdir(mode=0o700)
        except BaseException:
            pending.forget()
            raise
        return pending

    def remove(self) -> None:
        """Delete the file or folder, then its registry entry."""
        _delete(self.path)
        self.forget()

    def forget(self) -> None:
        """Drop the registry entry (the file was renamed, or is gone)."""
        with contextlib.suppress(OSError):
            self._entry.unlink()


def registry_folder() -> Path:
    return user_data_folder() / REGISTRY_FOLDER


def _register(path: Path) -> Path:
    """Write the entry naming `path` (whole, through a rename) before `path` is created."""
    folder = registry_folder()
    folder.mkdir(parents=True, exist_ok=True)
    name = f"{os.getpid()}-{secrets.token_hex(6)}"
    entry = folder / f"{name}.json"
    draft = folder / f"{name}.new"
    record = {
        "path": str(path.absolute()),
        "pid": os.getpid(),
        "started": process_start_time(os.getpid()),
        "host": computer_name(),
    }
    draft.write_text(json.dumps(record), encoding="utf-8")
    os.replace(draft, entry)
    return entry


def remove_leftovers() -> list[Path]:
    """Delete the temporary files and folders that processes now gone left behind (a kill, a
    crash, a power cut); return what was removed. Never raises: it runs at every start."""
    removed: list[Path] = []
    with contextlib.suppress(OSError):
        for entry in sorted(registry_folder().iterdir()):
            with contextlib.suppress(OSError, ValueError):
                removed.extend(_settle(entry))
    return removed


def _settle(entry: Path) -> list[Path]:
    """Handle one registry entry: nothing while its process lives, else remove what it names."""
    pid = int(entry.name.split("-", 1)[0])
    record = {}
    if entry.suffix == ".json":
        record = json.loads(entry.read_text(encoding="utf-8"))
    elif entry.suffix != ".new":
        return []
    if record.get("host", computer_name()) != computer_name():
        return []
    if _running(pid, record.get("started")):
        return []
    path = Path(record["path"]) if record.get("path") else None
    if path is None or not os.path.lexists(path):
        entry.unlink(missing_ok=True)
        return []
    _delete(path)
    if os.path.lexists(path):  # still held open (a PDF viewer on Windows): try next time
        return []
    entry.unlink(missing_ok=True)
    return [path]


def _delete(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _running(pid: int, started: object) -> bool:
    """Whether process `pid` lives and is the one that wrote the entry (not a reused number)."""
    if not process_is_running(pid):
        return False
    return started is None or process_start_time(pid) in (None, started)
