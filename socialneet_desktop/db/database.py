"""An open database, the registry of the files this process has open, and the read-only
checks of a file before it is opened (the sequence itself is in db.opening).

Every check before the migration reads the file without writing to it, so a refused file
is left byte-for-byte as it was.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from socialneet_desktop.db.backup import snapshot
from socialneet_desktop.db.database_files import check_identity
from socialneet_desktop.db.engine import WRITE_OPTION
from socialneet_desktop.db.integrity import read_only_uri
from socialneet_desktop.db.models import RECORD_CLASSES
from socialneet_desktop.db.refusals import DatabaseRefused as DatabaseRefused


@dataclass(frozen=True)
class FileCheck:
    """What a read-only look at an existing file found."""

    revision: str | None


class Database:
    """An open database: the engine, and a factory of short-lived sessions.

    Opened by db.opening, a Database is one handle on a file open in this process (see
    `_OpenFile`); each holder closes its own handle once, and the file is closed with the last.
    """

    def __init__(
        self,
        path: Path,
        engine: Engine,
        on_close: Callable[[Database], None] | None = None,
        *,
        read_only: bool = False,
    ) -> None:
        self.path = path
        self.engine = engine
        self.read_only = read_only  # opened with SQLite's mode=ro: every write is refused
        self.closed = False
        self._on_close = on_close
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(
            engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False
        )

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One session per user action that may write: committed whole, or rolled back."""
        with self._write_sessions() as session, session.begin():
            yield session

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        """A session that only reads (lists, exports): it never blocks a writer."""
        with self._sessions() as session, session.begin():
            yield session

    def record_counts(self) -> dict[str, int]:
        """Records not in the recycle bin, by table name."""
        with self.read_session() as session:
            return {
                cls.__tablename__: session.scalar(
                    select(func.count()).select_from(cls).where(cls.deleted_at.is_(None))
                )
                for cls in RECORD_CLASSES
            }

    def close(self) -> None:
        """Close this handle; a second call does nothing. With the last handle the file is
        closed (engine disposed, in-use marker released). As SQLAlchemy's engines do, a
        closed handle that is used again connects again: the window empties itself first."""
        if self.closed:
            return
        self.closed = True
        if self._on_close is None:
            self.engine.dispose()
        else:
            self._on_close(self)


class _OpenFile:
    """A file open in this process: one engine, the in-use marker, the handles given out."""

    def __init__(self, key: str, path: Path, engine: Engine, marker, read_only: bool) -> None:
        self.key = key
        self.path = path
        self.engine = engine
        self.marker = marker
        self.read_only = read_only
        self.handles: list[Database] = []

    def new_handle(self) -> Database:
        handle = Database(self.path, self.engine, self._release, read_only=self.read_only)
        self.handles.append(handle)
        return handle

    def _release(self, handle: Database) -> None:
        with _REGISTRY_LOCK:
            self.handles.remove(handle)
            if self.handles:
                return
            _OPEN_FILES.pop(self.key, None)
        self.engine.dispose()
        if self.marker is not None:
            self.marker.release()


_OPEN_FILES: dict[str, _OpenFile] = {}
_REGISTRY_LOCK = threading.RLock()
if hasattr(os, "register_at_fork"):  # a forked child must not use its parent's connections
    os.register_at_fork(after_in_child=_OPEN_FILES.clear)


def registry_key(path: Path) -> str:
    """One key per file, however the path was written (relative, via a link, in capitals)."""
    return os.path.normcase(str(Path(path).resolve()))


def is_open(path: Path) -> bool:
    """True while this process has `path` open through db.opening."""
    return registry_key(path) in _OPEN_FILES


def belongs_to_open_database(path: Path) -> bool:
    """True for an open database or its -wal/-shm/-journal: files this process must never
    read with plain file I/O (closing the descriptor would drop SQLite's locks)."""
    name = Path(path).name
    for suffix in ("-wal", "-shm", "-journal"):
        if name.endswith(suffix):
            return is_open(Path(path).with_name(name[: -len(suffix)]))
    return is_open(path)


def another_handle(path: Path) -> Database | None:
    """A new handle on `path` if this process has it open, else None.

    A second open shares the open file rather than closing it first: its other holder (the
    window's lists, an export running in a worker, a command run in-process) keeps working,
    and neither a check nor a second connection pool touches the file again."""
    with _REGISTRY_LOCK:
        open_file = _OPEN_FILES.get(registry_key(path))
        return open_file.new_handle() if open_file is not None else None


def register(path: Path, engine: Engine, marker=None, *, read_only: bool = False) -> Database:
    """Record `path` as open with `engine` (and its in-use marker); the first handle on it."""
    with _REGISTRY_LOCK:
        key = registry_key(path)
        open_file = _OPEN_FILES.get(key)
        duplicate = open_file is not None  # another thread opened it meanwhile: share that
        if not duplicate:
            open_file = _OPEN_FILES[key] = _OpenFile(key, path, engine, marker, read_only)
        handle = open_file.new_handle()
    if duplicate:
        engine.dispose()
        if marker is not None:
            marker.release()
    return handle


def close_everywhere(path: Path) -> None:
    """Close every handle this process has on `path` (before its file is replaced)."""
    with _REGISTRY_LOCK:
        open_file = _OPEN_FILES.get(registry_key(path))
        handles = list(open_file.handles) if open_file is not None else []
    for handle in handles:
        handle.close()


def open_database(path: Path) -> Database:
    """Open `path`, creating it when it does not exist; raise DatabaseRefused otherwise.

    The opening sequence without the integrity check, the daily backup and the cleaning of
    leftovers (tests, tools); the window, the command and the self-test use db.opening.
    """
    from socialneet_desktop.db.opening import open_file

    return open_file(path, checked=False).database


def inspect_existing(path: Path) -> FileCheck:
    """Read-only checks of an existing file; raises DatabaseRefused when it is not usable.

    The header is read with plain file I/O only when this process does not have the file
    open: closing that descriptor would drop every POSIX lock of the process on the file,
    SQLite's too. An open file was checked when it was opened; SQLite reads it safely.
    """
    return FileCheck(revision=check_identity(path, read_header=not is_open(path)))


def backup_before_migration(path: Path, revision: str | None) -> Path:
    """A consistent copy, taken with SQLite's backup API, kept beside the file; written
    under a temporary name and renamed, so a crash never leaves half a copy."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-migration-{revision or 'none'}-{stamp}.sqlite")
    snapshot(read_only_uri(path), target)
    return target
