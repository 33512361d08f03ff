"""search index: an FTS5 trigram index of each listed table's folded text

What a list searches (services.search_index) is found through these indexes: words anywhere
in the searched columns, case and accents ignored, in a time that does not grow with the
table. On a SQLite file: the views, FTS5 indexes and triggers of db.search_ddl (its docstring
says why they have this shape), filled here for the rows already there. On the office server
(PostgreSQL): their twin, db.server_search (the folding function, a generated column and a
trigram index per table; PostgreSQL computes the column for the rows already there).

Revision ID: 0006
Revises: 0005
"""

from alembic import op

from socialneet_desktop.db import server_search
from socialneet_desktop.db.search_ddl import INDEXED_IN_0006, install_sql, uninstall_sql

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _on_server() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def _run_on_server(statements: list[str]) -> None:
    """As written: the folding function's literals are not read for bind parameters."""
    connection = op.get_bind()
    for statement in statements:
        connection.exec_driver_sql(statement)


def upgrade() -> None:
    if _on_server():
        _run_on_server(server_search.create_sql())
        return
    for statement in install_sql(INDEXED_IN_0006):
        op.execute(statement)


def downgrade() -> None:
    if _on_server():
        _run_on_server(server_search.drop_sql())
        return
    for statement in uninstall_sql(INDEXED_IN_0006):
        op.execute(statement)
