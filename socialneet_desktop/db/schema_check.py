"""Is the file's schema the one its revision should have? Tables, columns, indexes, triggers.

The expected schema is not a hand-written list: an in-memory database is migrated to the
file's revision with the migrations shipped in the package, once per revision and process,
and both are read the same way (`read_schema`). So a new migration is covered the day it is
added. That costs Alembic's import and a migration (about 120 ms) on every start, which the
opening sequence avoids otherwise; so `db/schema_snapshot.py` keeps what it gives, with a
digest of the migration scripts it was taken from, and is used while the digest matches
(`python tools/schema_snapshot.py` writes it again; a test fails when it is out of step).

A file with a column dropped or the audit triggers of migration 0003 removed was changed
outside the program: `schema_problems` names each difference in an English sentence
(a `Problem`, which also keeps its template and values for translate("Schema", …)).
"""

from __future__ import annotations

import functools
import hashlib
import re
import sqlite3
from dataclasses import dataclass, field

from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP

TABLE_MISSING = QT_TRANSLATE_NOOP("Schema", "table %1 is missing")
TABLE_EXTRA = QT_TRANSLATE_NOOP("Schema", "table %1 should not be there")
COLUMN_MISSING = QT_TRANSLATE_NOOP("Schema", "table %1: column %2 is missing")
COLUMN_EXTRA = QT_TRANSLATE_NOOP("Schema", "table %1: column %2 should not be there")
COLUMN_CHANGED = QT_TRANSLATE_NOOP("Schema", "table %1: column %2 is %3, it should be %4")
INDEX_MISSING = QT_TRANSLATE_NOOP("Schema", "table %1: index %2 is missing")
INDEX_EXTRA = QT_TRANSLATE_NOOP("Schema", "table %1: index %2 should not be there")
INDEX_CHANGED = QT_TRANSLATE_NOOP("Schema", "table %1: index %2 is %3, it should be %4")
TRIGGER_MISSING = QT_TRANSLATE_NOOP("Schema", "trigger %1 is missing")
TRIGGER_EXTRA = QT_TRANSLATE_NOOP("Schema", "trigger %1 should not be there")
TRIGGER_CHANGED = QT_TRANSLATE_NOOP("Schema", "trigger %1 was changed")
VIEW_MISSING = QT_TRANSLATE_NOOP("Schema", "view %1 is missing")
VIEW_EXTRA = QT_TRANSLATE_NOOP("Schema", "view %1 should not be there")
VIEW_CHANGED = QT_TRANSLATE_NOOP("Schema", "view %1 was changed")
REVISION_UNKNOWN = QT_TRANSLATE_NOOP("Schema", "revision %1 is not known to this version")
UNREADABLE = QT_TRANSLATE_NOOP("Schema", "the schema cannot be read: %1")


class Problem(str):
    """One difference, in English; `template` and `values` let a face translate it."""

    template: str
    values: tuple[str, ...]

    def __new__(cls, template: str, *values: object) -> Problem:
        text = template
        for number in range(len(values), 0, -1):
            text = text.replace(f"%{number}", str(values[number - 1]))
        problem = super().__new__(cls, text)
        problem.template = template
        problem.values = tuple(str(value) for value in values)
        return problem


@dataclass(frozen=True)
class Schema:
    """What `read_schema` sees: columns and indexes by table, trigger and view SQL by name."""

    columns: dict[str, dict[str, str]] = field(default_factory=dict)
    indexes: dict[str, dict[str, str]] = field(default_factory=dict)
    triggers: dict[str, str] = field(default_factory=dict)
    views: dict[str, str] = field(default_factory=dict)


def schema_problems(connection: sqlite3.Connection) -> list[str]:
    """The differences between the file behind `connection` (read-only is enough) and the
    schema of its revision, as English sentences; [] when it is as the program left it."""
    try:
        revision = read_revision(connection)
        actual = read_schema(connection)
    except sqlite3.DatabaseError as error:
        return [Problem(UNREADABLE, error)]
    from socialneet_desktop.db import migrate

    if revision is None:  # never migrated: at most Alembic's empty version table
        actual.columns.pop("alembic_version", None)
        actual.indexes.pop("alembic_version", None)
    elif revision not in migrate.KNOWN_REVISIONS:
        return [Problem(REVISION_UNKNOWN, revision)]
    return compare(expected_schema(revision), actual)


def read_revision(connection: sqlite3.Connection) -> str | None:
    has_table = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if not has_table:
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


NOT_INTERNAL = "m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"  # SQLite's own tables are left out
COLUMNS_SQL = (
    'SELECT m.name, c.name, c.type, c."notnull", c.pk '
    "FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS c "
    f"WHERE m.type = 'table' AND {NOT_INTERNAL} ORDER BY m.name, c.cid"
)
INDEXES_SQL = (
    "SELECT m.name, i.name, i.[unique], i.origin, i.partial, c.name "
    "FROM sqlite_master AS m JOIN pragma_index_list(m.name) AS i "
    "LEFT JOIN pragma_index_info(i.name) AS c "
    f"WHERE m.type = 'table' AND {NOT_INTERNAL} ORDER BY m.name, i.seq, c.seqno"
)


def read_schema(connection: sqlite3.Connection) -> Schema:
    """Three statements, whatever the number of tables: the pragmas are joined to
    sqlite_master as table-valued functions (one statement per table and index took 500
    statements, a good part of the opening's time, on every start)."""
    schema = Schema()
    rows = connection.execute(
        f"SELECT m.type, m.name, m.tbl_name, m.sql FROM sqlite_master AS m WHERE {NOT_INTERNAL}"
    ).fetchall()
    for kind, name, table, sql in rows:
        if kind == "table":
            schema.columns[name] = {}
            schema.indexes[name] = {}
        elif kind == "trigger":
            schema.triggers[name] = f"{table}: {_normalized(sql)}"
        elif kind == "view":
            schema.views[name] = _normalized(sql)
    for table, name, kind, not_null, key in connection.execute(COLUMNS_SQL):
        schema.columns[table][name] = _column_text(kind, not_null, key)
    _read_indexes(connection, schema.indexes)
    return schema


def _column_text(kind: str, not_null: int, key: int) -> str:
    words = [kind.upper() or "ANY"]
    if key:
        words.append("PRIMARY KEY")
    if not_null:
        words.append("NOT NULL")
    return " ".join(words)


def _read_indexes(connection: sqlite3.Connection, indexes: dict[str, dict[str, str]]) -> None:
    """Named indexes by name; the unnamed ones SQLite makes for UNIQUE/PRIMARY KEY
    constraints (their names depend on the order of creation) by their columns."""
    found: dict[tuple[str, str], list] = {}  # (table, index) -> [unique, origin, partial, *columns]
    for table, name, unique, origin, partial, column in connection.execute(INDEXES_SQL):
        found.setdefault((table, name), [unique, origin, partial]).append(str(column))
    for (table, name), (unique, origin, partial, *names) in found.items():
        columns = ", ".join(names)
        text = f"{'UNIQUE ' if unique else ''}({columns}){' WHERE …' if partial else ''}"
        key = name if origin == "c" else f"{origin.upper()} ({columns})"
        indexes[table][key] = text


LONGEST_SQL_KEPT = 400  # longer SQL (the search index's views) is compared by its digest


def _normalized(sql: str | None) -> str:
    text = re.sub(r"\s+", " ", sql or "").strip()
    if len(text) <= LONGEST_SQL_KEPT:
        return text
    return "sha256:" + hashlib.sha256(text.encode()).hexdigest()


def expected_schema(revision: str | None) -> Schema:
    """The schema the migrations give at `revision`: the snapshot's, else migrated now."""
    if revision is None:
        return Schema()
    stored = stored_schemas().get(revision)
    return stored if stored is not None else migrated_schema(revision)


@functools.cache
def stored_schemas() -> dict[str, Schema]:
    """The snapshot, when it was taken from the migration scripts as they are now."""
    try:
        from socialneet_desktop.db import schema_snapshot
    except ImportError:
        return {}
    if sources_digest() != schema_snapshot.SOURCES_DIGEST:
        return {}
    return {revision: Schema(**parts) for revision, parts in schema_snapshot.SCHEMAS.items()}


def sources_digest() -> str:
    """A digest of the migration scripts and of the DDL they take from audit_protection and
    search_ddl."""
    from socialneet_desktop.db import migrate, search_ddl
    from socialneet_desktop.db.audit_protection import upgrade_sql

    digest = hashlib.sha256()
    for script in sorted((migrate.MIGRATIONS_DIR / "versions").glob("*.py")):
        digest.update(script.name.encode() + b"\0")
        digest.update(script.read_bytes().replace(b"\r\n", b"\n") + b"\0")
    digest.update("\n".join(upgrade_sql()).encode())
    for indexed in search_ddl.INDEXED_TABLES:
        digest.update("\n".join(search_ddl.create_sql(indexed)).encode())
    return digest.hexdigest()


@functools.cache
def migrated_schema(revision: str) -> Schema:
    """The schema the migrations give at `revision`, read from an in-memory database."""
    from alembic import command
    from sqlalchemy import create_engine, event

    from socialneet_desktop.db import migrate

    engine = create_engine("sqlite://")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # as db.engine: DDL inside the transaction

    try:
        with engine.begin() as connection:
            command.upgrade(migrate.alembic_config(connection), revision)
            return read_schema(connection.connection.driver_connection)
    finally:
        engine.dispose()


def compare(expected: Schema, actual: Schema) -> list[str]:
    problems: list[str] = []
    problems += _named(expected.columns, actual.columns, TABLE_MISSING, TABLE_EXTRA, None)
    for table in sorted(expected.columns.keys() & actual.columns.keys()):
        problems += _members(table, expected.columns, actual.columns, COLUMN_TEMPLATES)
        problems += _members(table, expected.indexes, actual.indexes, INDEX_TEMPLATES)
    problems += _named(
        expected.triggers, actual.triggers, TRIGGER_MISSING, TRIGGER_EXTRA, TRIGGER_CHANGED
    )
    problems += _named(expected.views, actual.views, VIEW_MISSING, VIEW_EXTRA, VIEW_CHANGED)
    return problems


COLUMN_TEMPLATES = (COLUMN_MISSING, COLUMN_EXTRA, COLUMN_CHANGED)
INDEX_TEMPLATES = (INDEX_MISSING, INDEX_EXTRA, INDEX_CHANGED)


def _named(expected: dict, actual: dict, missing: str, extra: str, changed: str | None):
    problems = [Problem(missing, name) for name in sorted(expected.keys() - actual.keys())]
    problems += [Problem(extra, name) for name in sorted(actual.keys() - expected.keys())]
    if changed:
        for name in sorted(expected.keys() & actual.keys()):
            if expected[name] != actual[name]:
                problems.append(Problem(changed, name))
    return problems


def _members(table: str, expected: dict, actual: dict, templates: tuple[str, str, str]):
    missing, extra, changed = templates
    want, have = expected.get(table, {}), actual.get(table, {})
    problems = [Problem(missing, table, name) for name in sorted(want.keys() - have.keys())]
    problems += [Problem(extra, table, name) for name in sorted(have.keys() - want.keys())]
    for name in sorted(want.keys() & have.keys()):
        if want[name] != have[name]:
            problems.append(Problem(changed, table, name, have[name], want[name]))
    return problems
