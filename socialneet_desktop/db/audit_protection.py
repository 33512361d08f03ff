"""The audit trail is append-only in the file itself, not only in the app.

SQLite triggers abort every DELETE of an audit event and every UPDATE, with one exception:
the erasure of a person (services.privacy) may rewrite the `changes` JSON of that person's
events, to remove the erased values. It says so by inserting (table_name, record_id) rows in
`audit_scrub_permit` and deletes them again before its transaction commits, so outside an
erasure the table is always empty. Columns other than `changes` can never be updated.

This is the DDL of migration 0003 and must stay as it is: a change needs a new revision.
"""

from __future__ import annotations

PERMIT_TABLE = "audit_scrub_permit"
REFUSED = "audit events cannot be changed or deleted"


def upgrade_sql() -> list[str]:
    """The permit table and the three triggers guarding audit_events."""
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


def downgrade_sql() -> list[str]:
    return [
        "DROP TRIGGER IF EXISTS audit_events_scrub_only",
        "DROP TRIGGER IF EXISTS audit_events_fixed_columns",
        "DROP TRIGGER IF EXISTS audit_events_no_delete",
        f"DROP TABLE IF EXISTS {PERMIT_TABLE}",
    ]
