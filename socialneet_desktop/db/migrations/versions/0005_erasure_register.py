"""erasure register: which records were erased, when, by whom and why (no personal data)

An erasure (services.privacy) also has to reach every backup and copy of the file, and a
restore of an older backup must erase again what was erased since. The register keeps the
uuid of each erased record for that; `copies_pending` says the copies a backup folder that
could not be reached (a USB stick not plugged in) still hold were not scrubbed yet.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "erasure_register",
        sa.Column("record_uuid", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("erased_at", sa.DateTime(), nullable=False),
        sa.Column("erased_by", sa.String(length=80), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("copies_pending", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("record_uuid", name=op.f("pk_erasure_register")),
    )


def downgrade() -> None:
    op.drop_table("erasure_register")
