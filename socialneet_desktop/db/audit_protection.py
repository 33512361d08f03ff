"""The audit trail is append-only in the file itself, not only in the app.

SQLite triggers abort every DELETE of an audit event and every UPDATE, with one exception:
the erasure of a person (services.privacy) may rewrite the `changes` JSON of that person's
events, to remove the erased values. It says so by inserting (table_name, record_id) rows in
`audit_scrub_permit` and deletes them again before its transaction commits, so outside an
erasure the table is always empty. Columns other than `changes` can never be updated.

This is the DDL of migration 0003 and must stay as it is: a change needs a new revision.
On PostgreSQL (the office server) the same guards are PL/pgSQL trigger functions, plus a
TRUNCATE guard (TRUNCATE skips row triggers there). Migration 0003 calls upgrade_sql()
without arguments, so the dialect is read from the migration's own connection: the script,
and with it the schema snapshot's digest, stay as they were.
"""

from __future__ import annotations

import sys

PERMIT_TABLE = "audit_scrub_permit"
REFUSED = "audit events cannot be changed or deleted"


def upgrade_sql(dialect: str | None = None) -> list[str]:
    """The permit table and the triggers guarding audit_events, for `dialect` (by default
    that of the migration running, SQLite outside one)."""
    if (dialect or migrating_dialect()) == "postgresql":
        return _postgresql_upgrade_sql()
    return [
        f"CREATE TABLE {PERMIT_TABLE} ("
        "table_name VARCHAR(40) NOT NULL, record_id INTEGER NOT NULL, "
        f"CONSTRAINT pk_{PERMIT_TABLE} PRIMARY KEY (table_name, record_id))",
        "CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events "
        f"BEGIN SELECT RAISE(ABORT, '{REFUSED}'); END",
        "CREATE TRIGGER audit_events_fixed_columns BEFORE UPDATE OF "
        "id, occurred_at, user_name, table_name, record_id, record_uuid, action "
        f"ON audit_events BEGIN SELECT RAISE(ABORT, '{REFUSED}'); END",
        "CREATE TRIGGER audit_events_scrub_only BEFORE UPDATE OF changes ON audit_events "
        f"WHEN NOT EXISTS (SELECT 1 FROM {PERMIT_TABLE} AS permit "
        "WHERE permit.table_name = OLD.table_name AND permit.record_id = OLD.record_id) "
        f"BEGIN SELECT RAISE(ABORT, '{REFUSED}'); END",
    ]


def downgrade_sql(dialect: str | None = None) -> list[str]:
    if (dialect or migrating_dialect()) == "postgresql":
        return _postgresql_downgrade_sql()
    return [
        "DROP TRIGGER IF EXISTS audit_events_scrub_only",
        "DROP TRIGGER IF EXISTS audit_events_fixed_columns",
        "DROP TRIGGER IF EXISTS audit_events_no_delete",
        f"DROP TABLE IF EXISTS {PERMIT_TABLE}",
    ]


_FIXED_COLUMNS = "id, occurred_at, user_name, table_name, record_id, record_uuid, action"
_PG_TRIGGERS = (
    "audit_events_no_delete",
    "audit_events_no_truncate",
    "audit_events_fixed_columns",
    "audit_events_scrub_only",
)


def migrating_dialect() -> str:
    """The dialect of the Alembic migration running in this thread; "sqlite" outside one.
    Without Alembic loaded no migration can be running: `check` (schema_check's digest)
    must not load Alembic and SQLAlchemy to learn that."""
    if "alembic" not in sys.modules:
        return "sqlite"
    from alembic import op

    try:
        return op.get_bind().dialect.name
    except (NameError, AttributeError):  # no migration running: Alembic has no proxy
        return "sqlite"


def _postgresql_upgrade_sql() -> list[str]:
    refuse = f"BEGIN RAISE EXCEPTION '{REFUSED}' USING ERRCODE = 'restrict_violation'; END"
    scrub = (
        "BEGIN IF NOT EXISTS (SELECT 1 FROM "
        f"{PERMIT_TABLE} AS permit WHERE permit.table_name = OLD.table_name "
        "AND permit.record_id = OLD.record_id) THEN "
        f"RAISE EXCEPTION '{REFUSED}' USING ERRCODE = 'restrict_violation'; END IF; "
        "RETURN NEW; END"
    )
    return [
        f"CREATE TABLE {PERMIT_TABLE} ("
        "table_name VARCHAR(40) NOT NULL, record_id INTEGER NOT NULL, "
        f"CONSTRAINT pk_{PERMIT_TABLE} PRIMARY KEY (table_name, record_id))",
        f"CREATE FUNCTION audit_events_refuse() RETURNS trigger LANGUAGE plpgsql AS $${refuse}$$",
        "CREATE FUNCTION audit_events_scrub_check() RETURNS trigger LANGUAGE plpgsql "
        f"AS $${scrub}$$",
        "CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events "
        "FOR EACH ROW EXECUTE FUNCTION audit_events_refuse()",
        "CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events "
        "FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse()",
        f"CREATE TRIGGER audit_events_fixed_columns BEFORE UPDATE OF {_FIXED_COLUMNS} "
        "ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_refuse()",
        "CREATE TRIGGER audit_events_scrub_only BEFORE UPDATE OF changes ON audit_events "
        "FOR EACH ROW EXECUTE FUNCTION audit_events_scrub_check()",
    ]


def _postgresql_downgrade_sql() -> list[str]:
    return [
        *(f"DROP TRIGGER IF EXISTS {name} ON audit_events" for name in reversed(_PG_TRIGGERS)),
        "DROP FUNCTION IF EXISTS audit_events_scrub_check()",
        "DROP FUNCTION IF EXISTS audit_events_refuse()",
        f"DROP TABLE IF EXISTS {PERMIT_TABLE}",
    ]
