"""import origin: where an imported record came from (file + table, Access primary key)

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 10:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TABLES = (
    "organizations",
    "neet_contacts",
    "unused_resources",
    "staff",
    "contact_people",
    "stakeholder_meetings",
    "meeting_point_visits",
)


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("origin_source", sa.String(length=300), nullable=True))
            batch_op.add_column(sa.Column("origin_key", sa.String(length=100), nullable=True))
            batch_op.create_index(
                f"ix_{table}_origin", ["origin_source", "origin_key"], unique=False
            )


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(f"ix_{table}_origin")
            batch_op.drop_column("origin_key")
            batch_op.drop_column("origin_source")
