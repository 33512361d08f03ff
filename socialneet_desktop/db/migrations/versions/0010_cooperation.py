"""the cooperation between organisations (issue #22)

Questionnaire answers and their ties, agreements and their parties, map positions.

Revision ID: 0010
Revises: 0009
"""

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
