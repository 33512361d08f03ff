"""Issue 15, start-up: the schema check of the opening reads the file's schema in a constant
number of statements (it took one per table and per index: 500 at the current revision)."""

from __future__ import annotations

import sqlite3

from socialneet_desktop.db import schema_check
from socialneet_desktop.db.database import open_database


def statements_of_read_schema(connection: sqlite3.Connection):
    statements: list[str] = []
    connection.set_trace_callback(statements.append)
    try:
        schema = schema_check.read_schema(connection)
    finally:
        connection.set_trace_callback(None)
    return schema, [sql for sql in statements if not sql.startswith("--")]  # not SQLite's own


def test_the_schema_is_read_in_three_statements_whatever_the_number_of_tables(tmp_path):
    path = tmp_path / "ufficio.sqlite"
    open_database(path).close()
    connection = sqlite3.connect(path)
    try:
        schema, statements = statements_of_read_schema(connection)
        tables = connection.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'")
        many = tables.fetchone()[0]
    finally:
        connection.close()
    assert len(statements) == 3, statements[:5]
    assert many > 20 and len(schema.columns) == many  # alembic_version is a table too
    revision = schema_check.read_revision(sqlite3.connect(path))
    assert schema_check.compare(schema_check.expected_schema(revision), schema) == []


def test_every_kind_of_index_reads_as_it_did_one_statement_per_index(tmp_path):
    connection = sqlite3.connect(":memory:")
    connection.executescript(
        """
        CREATE TABLE t (a INTEGER PRIMARY KEY, b TEXT UNIQUE, c TEXT, UNIQUE (b, c));
        CREATE TABLE k (x TEXT PRIMARY KEY, y TEXT);
        CREATE INDEX t_lower ON t (lower(c));
        CREATE INDEX t_some ON t (c, b) WHERE c IS NOT NULL;
        CREATE TABLE bare (x);
        """
    )
    schema, statements = statements_of_read_schema(connection)
    assert len(statements) == 3, statements
    assert schema.indexes == {
        "t": {
            "t_some": "(c, b) WHERE …",
            "t_lower": "(None)",  # an expression has no column name
            "U (b, c)": "UNIQUE (b, c)",
            "U (b)": "UNIQUE (b)",
        },
        "k": {"PK (x)": "UNIQUE (x)"},
        "bare": {},
    }
    assert schema.columns["t"] == {
        "a": "INTEGER PRIMARY KEY",
        "b": "TEXT",
        "c": "TEXT",
    }
    assert schema.columns["bare"] == {"x": "ANY"}
