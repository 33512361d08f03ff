"""search index of the path lists (issue 15): follow-ups, mentoring meetings, enrolments

These lists searched with LIKE through their join to the contact: every row looked up its
contact among the million to read the name, 60-160 ms of database time a keystroke at
1,000,000 contacts. On a SQLite file they get the index the visits have (db.search_ddl's
INDEXED_IN_0015: the contact's name and the row's own text, kept current when the contact
or the course is renamed), filled here for the rows already there. The office server keeps
searching them with LIKE (db.server_search.SERVER_INDEXED): nothing changes there.

Revision ID: 0015
Revises: 0014
"""

from alembic import op

from socialneet_desktop.db.search_ddl import INDEXED_IN_0015, install_sql, uninstall_sql

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def _on_server() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    if _on_server():
        return
    for statement in install_sql(INDEXED_IN_0015):
        op.execute(statement)


def downgrade() -> None:
    if _on_server():
        return
    for statement in uninstall_sql(INDEXED_IN_0015):
        op.execute(statement)
