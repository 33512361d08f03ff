"""The SQLAlchemy engine for a SQLite file, with the pragmas every connection needs."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event

from socialneet_desktop.db.storage import is_network_path

APPLICATION_ID = 0x534E4554  # "SNET": marks a SQLite file as a SocialNEET database
BUSY_TIMEOUT_MS = 5000
WRITE_OPTION = "socialneet_write"


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def create_sqlite_engine(path: Path) -> Engine:
    """An engine whose transactions really are transactions, DDL included.

    pysqlite's own transaction handling skips DDL and SAVEPOINT; following SQLAlchemy's
    documented recipe we turn it off and emit BEGIN ourselves, so a migration or an import
    is committed whole or not at all.
    """
    journal_mode = "DELETE" if is_network_path(path) else "WAL"
    engine = create_engine(sqlite_url(path), connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA journal_mode = {journal_mode}")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        # A writing transaction takes the write lock at once (waiting up to the busy timeout):
        # upgrading a read snapshot later fails at once under WAL when another writer went first.
        immediate = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine
