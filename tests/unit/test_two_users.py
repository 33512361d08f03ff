"""Two windows or two users on one file: both work; a stale save and a long lock are refused."""

from __future__ import annotations

import multiprocessing
import sqlite3
import time

import pytest
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from socialneet_desktop.db import storage_errors
from socialneet_desktop.db.database import open_database
from socialneet_desktop.db.models import NeetContact
from socialneet_desktop.services.records import StaleRecord, create_record, update_record


def save_after(path: str, record_id: int, version: int, name: str, start, results) -> None:
    """One user: read at `version`, then save once the other user is ready too."""
    database = open_database(path)
    try:
        start.wait(10)
        with database.session() as session:
            update_record(session, NeetContact, record_id, version, {"first_name": name}, user=name)
        results.put("saved")
    except StaleRecord:
        results.put("refused")
    finally:
        database.close()


def test_two_processes_saving_the_same_record_one_wins_one_is_refused(database):
    with database.session() as session:
        record = create_record(session, NeetContact, {"last_name": "Bianchi"}, user="t")
    context = multiprocessing.get_context("spawn")
    start, results = context.Event(), context.Queue()
    users = [
        context.Process(
            target=save_after,
            args=(str(database.path), record.id, record.version, name, start, results),
        )
        for name in ("anna", "marco")
    ]
    for user in users:
        user.start()
    start.set()
    outcomes = sorted(results.get(timeout=30) for _user in users)
    for user in users:
        user.join(10)
    assert outcomes == ["refused", "saved"]
    with database.read_session() as session:
        saved = session.get(NeetContact, record.id)
        assert saved.version == record.version + 1
        assert saved.first_name in ("anna", "marco")


def test_a_write_waits_then_says_clearly_that_the_file_is_busy(database):
    @event.listens_for(database.engine, "connect")
    def _short_wait(dbapi_connection, _record) -> None:  # the app waits 5 s; the test less
        dbapi_connection.execute("PRAGMA busy_timeout = 300")

    database.engine.dispose()
    other = sqlite3.connect(database.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another user holds the write lock
    started = time.monotonic()
    try:
        with pytest.raises(OperationalError) as failure, database.session() as session:
            create_record(session, NeetContact, {"last_name": "Verdi"}, user="t")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert time.monotonic() - started >= 0.25  # it waited before giving up
    described = storage_errors.describe(failure.value, database.path)
    assert described.is_locked and str(database.path) in str(described)
    with database.session() as session:  # free again: the save goes through
        create_record(session, NeetContact, {"last_name": "Verdi"}, user="t")
