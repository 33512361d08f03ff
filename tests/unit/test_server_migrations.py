"""The migrations up and down on both engines (issue 20): on the office server migration 0006
creates the search index's PostgreSQL twin (db.server_search) itself, and takes it away on
downgrade; every revision goes down to nothing and up again to the same schema. Each test runs
on a SQLite file and on a fresh PostgreSQL database (skipped, saying why, without one)."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from socialneet_desktop.db import migrate
from socialneet_desktop.db.models import NeetContact
from socialneet_desktop.db.search_ddl import INDEXED_TABLES
from socialneet_desktop.db.server_search import (
    FOLD_FUNCTION,
    FOLDED_COLUMN,
    SERVER_INDEXED,
    index_name,
)
from socialneet_desktop.services.list_queries import count_rows
from socialneet_desktop.services.list_specs import ListQuery
from socialneet_desktop.services.records import create_record


def schema(connection) -> dict[str, tuple]:
    """Every table with its columns, indexes and foreign keys, as the engine reports them."""
    inspector = inspect(connection)
    shape = {}
    for table in sorted(inspector.get_table_names()):
        columns = tuple(column["name"] for column in inspector.get_columns(table))
        indexes = tuple(sorted(index["name"] for index in inspector.get_indexes(table)))
        keys = inspector.get_foreign_keys(table)
        keys = tuple(sorted(str(key["referred_table"]) for key in keys))
        shape[table] = (columns, indexes, keys)
    return shape


def search_objects(connection) -> set[str]:
    """What the search index is made of on this engine (empty when it is not there)."""
    if connection.dialect.name == "sqlite":
        names = connection.scalars(text("SELECT name FROM sqlite_master")).all()
        return {name for name in names if "_search" in name}
    found = set(
        connection.scalars(
            text("SELECT table_name FROM information_schema.columns WHERE column_name = :c"),
            {"c": FOLDED_COLUMN},
        )
    )
    found |= set(
        connection.scalars(
            text("SELECT indexname FROM pg_indexes WHERE indexname LIKE 'ix_%_search_trgm'")
        )
    )
    found |= set(
        connection.scalars(
            text("SELECT proname FROM pg_proc WHERE proname = :f"), {"f": FOLD_FUNCTION}
        )
    )
    return found


def expected_search_objects(dialect: str) -> set[str]:
    if dialect == "sqlite":
        return {indexed.index for indexed in INDEXED_TABLES}
    return (
        {indexed.table for indexed in SERVER_INDEXED}
        | {index_name(indexed) for indexed in SERVER_INDEXED}
        | {FOLD_FUNCTION}
    )


def add_contact(database, last_name: str) -> int:
    with database.session() as session:
        values = {"first_name": "Niccolò", "last_name": last_name, "gender": "male"}
        return create_record(session, NeetContact, values, user="anna").id


def found(database, words: str) -> int:
    with database.read_session() as session:
        return count_rows(session, "contacts", ListQuery(words))


def test_migration_0006_takes_its_index_away_and_puts_it_back_filled(engine_database):
    add_contact(engine_database, "Lavagnòli")
    with engine_database.engine.begin() as connection:
        dialect = connection.dialect.name
        present = search_objects(connection)
        assert expected_search_objects(dialect) <= present
        config = migrate.alembic_config(connection)
        command.downgrade(config, "0005")
        assert not search_objects(connection)
        command.upgrade(config, "head")
        assert search_objects(connection) == present
    assert found(engine_database, "lavagnoli") == 1  # the row already there is indexed
    add_contact(engine_database, "Bianchi")
    assert found(engine_database, "bianc") == 1  # and the rows written afterwards


def test_every_migration_goes_down_to_nothing_and_up_to_the_same_schema(engine_database):
    with engine_database.engine.begin() as connection:
        before = schema(connection)
        config = migrate.alembic_config(connection)
        command.downgrade(config, "base")
        assert set(schema(connection)) <= {"alembic_version"}
        command.upgrade(config, "head")
        assert schema(connection) == before
        revision = connection.scalar(text("SELECT version_num FROM alembic_version"))
    assert revision == migrate.HEAD_REVISION
    add_contact(engine_database, "Rossi")
    assert found(engine_database, "rossi") == 1
