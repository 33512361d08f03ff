"""The SQLAlchemy engine for a SQLite file, with the pragmas every connection needs."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event

from socialneet_desktop.db import sqlite_connect
from socialneet_desktop.db.sqlite_connect import read_only_uri as read_only_uri

APPLICATION_ID = 0x534E4554  # "SNET": marks a SQLite file as a SocialNEET database
BUSY_TIMEOUT_MS = 5000
WRITE_OPTION = "socialneet_write"
OWNER_ONLY = 0o600


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def create_sqlite_engine(path: Path, read_only: bool = False) -> Engine:
    """An engine whose transactions really are transactions, DDL included.

    pysqlite's own transaction handling skips DDL and SAVEPOINT; following SQLAlchemy's
    documented recipe we turn it off and emit BEGIN ourselves, so a migration or an import
    is committed whole or not at all.

    Always WAL: a file on a shared folder is refused read-write before an engine is made
    (storage.refuse_network_path). A `read_only` engine opens the file with SQLite's
    `mode=ro`, never changes its journal mode and never creates it.

    Every connection comes from db.sqlite_connect: plain, or SQLCipher with `PRAGMA key`
    first when this process knows the file's key (issue #24).
    """
    path = Path(path)
    timeout = BUSY_TIMEOUT_MS / 1000
    if read_only:
        engine = create_engine(
            sqlite_url(path),
            creator=lambda: sqlite_connect.connect(path, sqlite_connect.READ_SHARED, timeout),
        )
    else:

        def _connect():
            create_owner_only(path)
            # what SQLAlchemy's pysqlite dialect passes for a file when it connects itself
            return sqlite_connect.connect(
                path, sqlite_connect.READ_WRITE, timeout, check_same_thread=False
            )

        engine = create_engine(sqlite_url(path), creator=_connect)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not read_only:
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        # A writing transaction takes the write lock at once (waiting up to the busy timeout):
        # upgrading a read snapshot later fails at once under WAL when another writer went first.
        immediate = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def create_owner_only(path: Path) -> None:
    """Create `path` empty, readable and writable by its owner only, when it is not there.

    SQLite gives the -wal and -shm files the mode of the database file, so they are 0600
    too. An empty file is a valid empty SQLite database. An existing file is left alone.
    """
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, OWNER_ONLY)
    except FileExistsError:
        return
    except OSError:
        return  # a missing or read-only folder: SQLite's own open reports it
    os.close(descriptor)
