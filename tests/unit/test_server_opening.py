"""Opening a database on the office server (issue 20): the connection problems said in words
that name what to check, a newer or foreign schema refused untouched, the migration run once
under an advisory lock when two desktops start together. Against the real test server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace

import pytest
from sqlalchemy import text

from socialneet_desktop.db import migrate
from socialneet_desktop.db.server import (
    DATABASE_MISSING,
    NOT_OURS,
    SCHEMA_TOO_NEW,
    UNREACHABLE,
    WRONG_PASSWORD,
    ServerRefused,
    open_server,
)
from tests.helpers_server import admin_execute, drop_database, empty_database

WORKER_TIMEOUT_S = 180


@pytest.fixture
def empty(postgres_template):
    address = empty_database(postgres_template)
    yield address
    drop_database(postgres_template, address.database)


def refusal(address) -> ServerRefused:
    with pytest.raises(ServerRefused) as refused:
        open_server(address).close()
    return refused.value


def test_a_server_not_listening_is_unreachable(postgres_template):
    refused = refusal(replace(postgres_template, port=1))
    assert refused.message == UNREACHABLE
    assert "port 1" in str(refused) and "switched on" in str(refused)


def test_a_missing_database_is_named(postgres_template):
    refused = refusal(replace(postgres_template, database="no_such_socialneet"))
    assert refused.message == DATABASE_MISSING
    assert "no_such_socialneet" in str(refused)


def test_a_wrong_password_names_the_user(postgres_template):
    role = f"socialneet_test_role_{os.getpid()}"
    admin_execute(postgres_template, f"DROP ROLE IF EXISTS {role}")
    admin_execute(postgres_template, f"CREATE ROLE {role} LOGIN PASSWORD 'right-one'")
    try:
        refused = refusal(replace(postgres_template, user=role))  # not in the pgpass file
    finally:
        admin_execute(postgres_template, f"DROP ROLE IF EXISTS {role}")
    assert refused.message == WRONG_PASSWORD
    assert role in str(refused)


def test_a_newer_schema_is_refused_and_left_alone(empty):
    database = open_server(empty)
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    database.close()
    refused = refusal(empty)
    assert refused.message == SCHEMA_TOO_NEW and "9999" in str(refused)
    database = _raw(empty)
    with database.connect() as connection:
        assert connection.scalar(text("SELECT version_num FROM alembic_version")) == "9999"
    database.dispose()


def test_someone_elses_tables_are_refused(empty):
    engine = _raw(empty)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (id integer primary key)"))
    engine.dispose()
    assert refusal(empty).message == NOT_OURS


def _raw(address):
    from socialneet_desktop.db.server import create_server_engine

    return create_server_engine(address)


WORKER = """
import json, sys
from socialneet_desktop.db.server import open_server
from socialneet_desktop.db.server_url import parse_server_url
database = open_server(parse_server_url(sys.argv[1]))
print(json.dumps(database.record_counts()))
database.close()
"""


def test_two_desktops_starting_together_migrate_once(empty):
    url = f"postgresql://{empty.user}@{empty.host}:{empty.port}/{empty.database}"
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, url], stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        for _ in range(2)
    ]
    results = []
    for worker in workers:
        try:
            out, err = worker.communicate(timeout=WORKER_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            worker.kill()
            pytest.fail(f"a desktop opening the server hung for {WORKER_TIMEOUT_S} s")
        assert worker.returncode == 0, err.decode()
        results.append(json.loads(out))
    assert results[0] == results[1] and set(results[0].values()) == {0}
    engine = _raw(empty)
    with engine.connect() as connection:
        revision = connection.scalar(text("SELECT version_num FROM alembic_version"))
        rows = connection.scalar(text("SELECT count(*) FROM alembic_version"))
    engine.dispose()
    assert (revision, rows) == (migrate.HEAD_REVISION, 1)
