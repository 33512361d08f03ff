"""Writing a file the user asked for: refuse what must not be replaced, write whole or not at all.

`check_output` runs before any work: a path that is a folder, in a missing folder, with another
extension, the open database (or its -wal/-shm/-journal), an input of the command, or an existing
file the user did not agree to replace is refused with an `OutputRefused`.

`write_atomically` writes into a temporary file beside the target and renames it over the target
only when the writing went well. Every temporary file or folder is first listed in a small registry
in the user data folder (one entry per file, named after the process); a kill leaves the entry, and
`remove_leftovers`, run at each start, deletes what a process that is gone left behind.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import socket
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.paths import user_data_folder

REGISTRY_FOLDER = "pending-files"
SCRATCH_FOLDER = "temporary"
PART_SUFFIX = ".socialneet-part"
DATABASE_SIBLINGS = ("-wal", "-shm", "-journal")

IS_FOLDER = QT_TRANSLATE_NOOP("Output", "%1 is a folder, not a file.")
NO_FOLDER = QT_TRANSLATE_NOOP("Output", "The folder of %1 does not exist.")
WRONG_SUFFIX = QT_TRANSLATE_NOOP("Output", "%1 does not end in %2.")
IS_DATABASE = QT_TRANSLATE_NOOP(
    "Output", "%1 is the open database or one of its files: it would be destroyed."
)
IS_INPUT = QT_TRANSLATE_NOOP("Output", "%1 is the file being read: it would be destroyed.")
EXISTS = QT_TRANSLATE_NOOP("Output", "%1 already exists.")


class OutputRefused(Exception):
    """The file will not be written; nothing was touched.

    `message` is an English template for QCoreApplication.translate("Output", …) with %1 for the
    path (and %2 for the expected extension). `exists` is set when the only objection is that the
    file is there: the window then asks, the command line wants --overwrite.
    """

    def __init__(self, path: Path, message: str, *, suffix: str = "", exists: bool = False):
        super().__init__(message.replace("%1", str(path)).replace("%2", suffix))
        self.path = path
        self.message = message
        self.suffix = suffix
        self.exists = exists

    def text(self, translate) -> str:
        """The message in the user's language; `translate(context, text)`."""
        words = translate("Output", self.message)
        return words.replace("%1", str(self.path)).replace("%2", self.suffix)


def database_files(database_path: str | os.PathLike[str]) -> tuple[Path, ...]:
    """The database file and the files SQLite keeps beside it."""
    path = Path(database_path)
    return (path, *(path.with_name(path.name + tail) for tail in DATABASE_SIBLINGS))


def check_output(
    path: str | os.PathLike[str],
    suffix: str,
    *,
    protected: Iterable[str | os.PathLike[str]] = (),
    inputs: Iterable[str | os.PathLike[str]] = (),
    overwrite: bool = False,
) -> Path:
    """`path` as a Path if a file may be written there, else OutputRefused.

    `protected` are database files (each with its -wal/-shm/-journal); `inputs` are the files
    the command reads. Both are compared by resolved path and, when they exist, by identity.
    """
    path = Path(path).expanduser()
    if path.is_dir():
        raise OutputRefused(path, IS_FOLDER)
    if not path.absolute().parent.is_dir():
        raise OutputRefused(path, NO_FOLDER)
    if suffix and path.suffix.lower() != suffix.lower():
        raise OutputRefused(path, WRONG_SUFFIX, suffix=suffix)
    guarded = [file for database in protected for file in database_files(database)]
    if any(same_file(path, other) for other in guarded):
        raise OutputRefused(path, IS_DATABASE)
    if any(same_file(path, other) for other in inputs):
        raise OutputRefused(path, IS_INPUT)
    if os.path.lexists(path) and not overwrite:
        raise OutputRefused(path, EXISTS, exists=True)
    return path


def same_file(first: str | os.PathLike[str], second: str | os.PathLike[str]) -> bool:
    """True when both name one file: the same resolved path, or (both existing) the same inode,
    which also catches hard links and a differently spelled path on a case-insensitive disk."""
    one, other = Path(first).expanduser(), Path(second).expanduser()
    if _resolved(one) == _resolved(other):
        return True
    with contextlib.suppress(OSError):
        return os.path.samefile(one, other)
    return False


def _resolved(path: Path) -> str:
    try:
        text = str(path.resolve())
    except OSError:
        text = str(path.absolute())
    return os.path.normcase(text)


@contextlib.contextmanager
def write_atomically(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside `path`; on success it is flushed to disk and renamed over
    `path`, on any exception it is removed and `path` is left as it was."""
    target = Path(path)
    pending = Pending.file_beside(target)
    try:
        yield pending.path
        _flush(pending.path)
        os.replace(pending.path, target)
        _flush_folder(target.absolute().parent)
    except BaseException:
        pending.remove()
        raise
    pending.forget()


def _flush(path: Path) -> None:
    with open(path, "r+b") as stream:
        os.fsync(stream.fileno())


def _flush_folder(folder: Path) -> None:
    """Make the rename itself durable where the system allows opening a folder (POSIX)."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


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
        "started": _start_time(os.getpid()),
        "host": socket.gethostname(),
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
    if record.get("host", socket.gethostname()) != socket.gethostname():
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
    if not _alive(pid):
        return False
    return started is None or _start_time(pid) in (None, started)


def _alive(pid: int) -> bool:
    if sys.platform == "win32":
        return _alive_on_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _alive_on_windows(pid: int) -> bool:
    """os.kill(pid, 0) would terminate the process on Windows: ask the kernel instead."""
    import ctypes

    kernel = ctypes.windll.kernel32
    handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return ctypes.GetLastError() == 5  # access denied: it exists
    try:
        code = ctypes.c_ulong()
        kernel.GetExitCodeProcess(handle, ctypes.byref(code))
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel.CloseHandle(handle)


def _start_time(pid: int) -> str | None:
    """The kernel's start time of `pid` on Linux (tells a reused process number apart)."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return text.rsplit(")", 1)[-1].split()[19]
