"""audit trail protected by triggers

Audit events cannot be deleted, and only an erasure on request (services.privacy) may
rewrite their `changes`, while it holds a row in audit_scrub_permit.

Revision ID: 0003
Revises: 0002
"""

from alembic import op

from socialneet_desktop.db.audit_protection import downgrade_sql, upgrade_sql

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for statement in upgrade_sql():
        op.execute(statement)


def downgrade() -> None:
    for statement in downgrade_sql():
        op.execute(statement)
