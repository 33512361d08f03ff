"""pseudonym key per database, disclosure thresholds of the funder workbook

Person codes were an HMAC with a key fixed in the source, so anyone holding the program and a
backup could map every code of a funder workbook back to a name. Each database now gets its
own random secret (generation 1 here, for existing and new databases alike); the association
details get the small-count threshold (default 3) and the k of k-anonymity (default 5).

Revision ID: 0004
Revises: 0003
"""

import secrets
from datetime import datetime, timezone

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    keys = op.create_table(
        "pseudonym_keys",
        sa.Column("generation", sa.Integer(), nullable=False),
        sa.Column("secret", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("generation", name=op.f("pk_pseudonym_keys")),
    )
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    op.bulk_insert(keys, [{"generation": 1, "secret": secrets.token_bytes(32), "created_at": now}])
    with op.batch_alter_table("app_settings", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("small_count_threshold", sa.Integer(), nullable=False, server_default="3")
        )
        batch_op.add_column(
            sa.Column("k_anonymity", sa.Integer(), nullable=False, server_default="5")
        )


def downgrade() -> None:
    with op.batch_alter_table("app_settings", schema=None) as batch_op:
        batch_op.drop_column("k_anonymity")
        batch_op.drop_column("small_count_threshold")
    op.drop_table("pseudonym_keys")
