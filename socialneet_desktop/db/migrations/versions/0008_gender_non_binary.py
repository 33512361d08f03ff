"""gender "non_binary", the indicator set of the funder report

The funders' indicators (ESF+ common indicators, EEA and Norway Grants) count female, male and
non-binary participants; the gender list had "other" instead. Records with "other" now have
"non_binary" (the code "other" is no longer offered). The association details get the
indicator set the funder report uses by default (services.indicator_sets; "" is the
report's own indicators only).

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("UPDATE neet_contacts SET gender = 'non_binary' WHERE gender = 'other'")
    with op.batch_alter_table("app_settings", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("indicator_set", sa.String(length=30), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("app_settings", schema=None) as batch_op:
        batch_op.drop_column("indicator_set")
    op.execute("UPDATE neet_contacts SET gender = 'other' WHERE gender = 'non_binary'")
