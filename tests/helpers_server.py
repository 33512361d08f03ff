"""The test server's databases: one migrated template a run, a fresh copy of it per test.

Names carry the process id, so two runs on one server (two developers, a CI and a session)
never share a database.
"""

from __future__ import annotations

import itertools
import os
from dataclasses import replace
from pathlib import Path

from socialneet_desktop.db.server import open_server
from socialneet_desktop.db.server_url import ServerAddress, parse_server_url

_NUMBERS = itertools.count(1)


def admin_execute(address: ServerAddress, *statements: str) -> None:
    """Run statements outside a transaction (CREATE/DROP DATABASE need it), as the URL's
    user on its maintenance database."""
    import psycopg

    with psycopg.connect(_conninfo(address, "postgres"), autocommit=True) as connection:
        for statement in statements:
            connection.execute(statement)


def _conninfo(address: ServerAddress, database: str) -> str:
    return (
        f"host={address.host} port={address.port} user={address.user} dbname={database} "
        "connect_timeout=10"
    )


def make_template(url: str, _folder: Path) -> ServerAddress:
    """A migrated database to copy, named for this run."""
    base = parse_server_url(url)
    address = replace(base, database=f"socialneet_template_{os.getpid()}")
    drop_database(address, address.database)
    admin_execute(address, f'CREATE DATABASE "{address.database}"')
    open_server(address).close()
    return address


def new_database(template: ServerAddress) -> ServerAddress:
    """An empty copy of the template's schema, for one test."""
    name = f"socialneet_test_{os.getpid()}_{next(_NUMBERS)}"
    admin_execute(template, f'CREATE DATABASE "{name}" TEMPLATE "{template.database}"')
    return replace(template, database=name)


def empty_database(template: ServerAddress) -> ServerAddress:
    """A database with no table at all (what `server setup` or `upload` start from)."""
    name = f"socialneet_empty_{os.getpid()}_{next(_NUMBERS)}"
    admin_execute(template, f'CREATE DATABASE "{name}"')
    return replace(template, database=name)


def fresh_database(template: ServerAddress):
    """Yield an open Database on a new copy of the template; drop it afterwards."""
    address = new_database(template)
    database = open_server(address)
    try:
        yield database
    finally:
        database.close()
        database.engine.dispose()
        drop_database(template, address.database)


def drop_database(address: ServerAddress, name: str) -> None:
    admin_execute(address, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
