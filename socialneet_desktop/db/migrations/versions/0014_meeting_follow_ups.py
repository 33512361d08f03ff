"""meeting follow-ups (issue 15): the home page's follow-ups due read by their date

The home page lists the six meetings whose follow-up falls from a month ago onwards, the
earliest first. With no index on follow_up_date SQLite read every live meeting through an
index on deleted_at and sorted them: 0.4 s at 100,000 meetings, in the first step of the
home page (the one meant to take milliseconds). Sorting the meetings list by "Follow-up"
uses it too. Plain index: the same on SQLite and PostgreSQL.

Revision ID: 0014
Revises: 0013
"""

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

TABLE = "stakeholder_meetings"
NAME = "ix_stakeholder_meetings_follow_up_date"


def upgrade() -> None:
    op.create_index(NAME, TABLE, ["follow_up_date"])


def downgrade() -> None:
    op.drop_index(NAME, table_name=TABLE)
