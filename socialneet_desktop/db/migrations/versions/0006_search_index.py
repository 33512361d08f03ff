"""search index: an FTS5 trigram index of each listed table's folded text

What a list searches (services.search_index) is found through these indexes: words anywhere
in the searched columns, case and accents ignored, in a time that does not grow with the
table. The views, indexes and triggers come from db.search_ddl (its docstring says why they
have this shape); the indexes are filled here for the rows already there.

Revision ID: 0006
Revises: 0005
"""

from alembic import op

from socialneet_desktop.db.search_ddl import INDEXED_TABLES, create_sql, drop_sql, fill_sql

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for indexed in INDEXED_TABLES:
        for statement in create_sql(indexed):
            op.execute(statement)
        op.execute(fill_sql(indexed))


def downgrade() -> None:
    for indexed in reversed(INDEXED_TABLES):
        for statement in drop_sql(indexed):
            op.execute(statement)
