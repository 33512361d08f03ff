"""Alembic environment: always run from code, on a connection the caller already opened."""

from alembic import context

from socialneet_desktop.db.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Migrations run from socialneet_desktop.db.migrate, never from the CLI.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
