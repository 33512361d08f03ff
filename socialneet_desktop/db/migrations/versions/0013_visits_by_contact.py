"""visits by contact (issue 15): a contact's visits read by (contact_id, deleted_at, visit_date)

Migration 0012's (deleted_at, visit_date, contact_id) covers every column a contact's visit
count and last visit need, so SQLite (no statistics) preferred it to the index on contact_id
alone for those per-row sub-queries: it read every live visit for each contact of a list's
page (7 s a page at 100,000 contacts, the contacts list's "Visite" and "Ultima visita"
columns). This index replaces the one on contact_id: it still serves the foreign key, and
with two equalities and the visit date it covers a contact's count, last visit and visits in
date order. Plain index: the same on SQLite and PostgreSQL.

Revision ID: 0013
Revises: 0012
"""

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

TABLE = "meeting_point_visits"
OLD = "ix_meeting_point_visits_contact_id"
NEW = "ix_meeting_point_visits_contact_live"


def upgrade() -> None:
    op.create_index(NEW, TABLE, ["contact_id", "deleted_at", "visit_date"])
    op.drop_index(OLD, table_name=TABLE)


def downgrade() -> None:
    op.create_index(OLD, TABLE, ["contact_id"])
    op.drop_index(NEW, table_name=TABLE)
