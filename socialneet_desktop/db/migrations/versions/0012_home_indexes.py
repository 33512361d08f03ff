"""home page indexes (issue 15): the home page's figures read through indexes, not scans

At a million contacts (2.5 million visits) the home page's lists and counts scanned whole
tables: the next appointments (visits by next_appointment), the people seen per month (the
visits of the last twelve months, each one's contact), this month's new contacts and
resources (created_at) and the records changed last (updated_at, newest first). The young
people reached by an activity (services.targets) keep their plan by the activity's index: read
by the month index or an (activity, date, contact) one, in date order, their contacts are
looked up out of order (1.3 s at 1M by the activity, 5-13 s by those). Each index
starts with deleted_at (every query asks deleted_at IS NULL): without ANALYZE's statistics
SQLite otherwise picks the index on deleted_at alone and sorts or scans every live row. Plain
indexes: the same statements on SQLite and PostgreSQL.

Revision ID: 0012
Revises: 0011
"""

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

INDEXES = (
    (
        "ix_meeting_point_visits_next_appointment",
        "meeting_point_visits",
        ["deleted_at", "next_appointment"],
    ),
    (
        "ix_meeting_point_visits_month_people",
        "meeting_point_visits",
        ["deleted_at", "visit_date", "contact_id"],
    ),
    ("ix_neet_contacts_created_at", "neet_contacts", ["deleted_at", "created_at"]),
    ("ix_unused_resources_created_at", "unused_resources", ["deleted_at", "created_at"]),
    ("ix_neet_contacts_updated_at", "neet_contacts", ["deleted_at", "updated_at", "id"]),
    (
        "ix_stakeholder_meetings_updated_at",
        "stakeholder_meetings",
        ["deleted_at", "updated_at", "id"],
    ),
    ("ix_organizations_updated_at", "organizations", ["deleted_at", "updated_at", "id"]),
    ("ix_unused_resources_updated_at", "unused_resources", ["deleted_at", "updated_at", "id"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
