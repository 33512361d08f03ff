"""Opening a database file: refuse what is not ours, migrate what is older, create what is new.

Every check before the migration reads the file without writing to it, so a refused file
is left byte-for-byte as it was.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from socialneet_desktop.db import migrate
from socialneet_desktop.db.engine import APPLICATION_ID, WRITE_OPTION, create_sqlite_engine
from socialneet_desktop.db.integrity import read_only_uri
from socialneet_desktop.db.models import RECORD_CLASSES
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP

SQLITE_HEADER = b"SQLite format 3\x00"
ACCESS_SIGNATURES = (b"Standard Jet DB", b"Standard ACE DB")


class DatabaseRefused(Exception):
    """The file cannot be opened as a SocialNEET database; it was not modified.

    `message` is an English template for QCoreApplication.translate("Database", …),
    with %1 standing for the file's path.
    """

    def __init__(self, path: Path, message: str, detail: str = "") -> None:
        super().__init__(message.replace("%1", str(path)))
        self.path = path
        self.message = message
        self.detail = detail


@dataclass(frozen=True)
class FileCheck:
    """What a read-only look at an existing file found."""

    revision: str | None


class Database:
    """An open database: the engine, and a factory of short-lived sessions."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
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
        self.engine.dispose()


def open_database(path: Path) -> Database:
    """Open `path`, creating it when it does not exist; raise DatabaseRefused otherwise."""
    path = Path(path).expanduser().absolute()
    if not path.exists():
        return _create(path)
    check = inspect_existing(path)
    engine = create_sqlite_engine(path)
    if check.revision != migrate.HEAD_REVISION:
        backup_before_migration(path, check.revision)
        with engine.begin() as connection:
            migrate.upgrade_to_head(connection)
    return Database(path, engine)


def inspect_existing(path: Path) -> FileCheck:
    """Read-only checks of an existing file; raises DatabaseRefused when it is not usable."""
    if path.is_dir():
        raise DatabaseRefused(path, QT_TRANSLATE_NOOP("Database", "%1 is a folder, not a file."))
    _check_header(path)
    try:
        application_id, revision = _read_identity(path)
    except sqlite3.DatabaseError as error:
        raise DatabaseRefused(
            path,
            QT_TRANSLATE_NOOP(
                "Database", "%1 is damaged and cannot be read as a database. It was not modified."
            ),
            str(error),
        ) from error
    if application_id != APPLICATION_ID:
        raise DatabaseRefused(
            path,
            QT_TRANSLATE_NOOP(
                "Database",
                "%1 is a SQLite database of another program, not a SocialNEET database. "
                "It was not opened and not modified.",
            ),
        )
    if revision is not None and revision not in migrate.KNOWN_REVISIONS:
        raise DatabaseRefused(
            path,
            QT_TRANSLATE_NOOP(
                "Database",
                "%1 was written by a newer version of SocialNEET Desktop. "
                "Install the latest version to open it. The file was not modified.",
            ),
            revision,
        )
    return FileCheck(revision=revision)


def _check_header(path: Path) -> None:
    with path.open("rb") as handle:
        header = handle.read(100)
    if not header:
        raise DatabaseRefused(
            path, QT_TRANSLATE_NOOP("Database", "%1 is empty: it is not a SocialNEET database.")
        )
    if any(signature in header[:32] for signature in ACCESS_SIGNATURES):
        raise DatabaseRefused(
            path,
            QT_TRANSLATE_NOOP(
                "Database",
                "%1 is a Microsoft Access file. Use File > Import from Access to bring its "
                "data over. The file was not modified.",
            ),
        )
    if not header.startswith(SQLITE_HEADER) or len(header) < 100:
        raise DatabaseRefused(
            path,
            QT_TRANSLATE_NOOP(
                "Database", "%1 is not a SocialNEET database (it is not a SQLite file)."
            ),
        )


def _read_identity(path: Path) -> tuple[int, str | None]:
    connection = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        has_version_table = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()
        revision = None
        if has_version_table:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        return application_id, revision
    finally:
        connection.close()


def backup_before_migration(path: Path, revision: str | None) -> Path:
    """A consistent copy, taken with SQLite's backup API, kept beside the file; written
    under a temporary name and renamed, so a crash never leaves half a copy."""
    from socialneet_desktop.db.backup import snapshot

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-migration-{revision or 'none'}-{stamp}.sqlite")
    snapshot(read_only_uri(path), target)
    return target


def _create(path: Path) -> Database:
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_sqlite_engine(path)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            migrate.upgrade_to_head(connection)
    except Exception:
        engine.dispose()
        for leftover in (
            path,
            path.with_name(path.name + "-wal"),
            path.with_name(path.name + "-shm"),
        ):
            leftover.unlink(missing_ok=True)
        raise
    return Database(path, engine)
