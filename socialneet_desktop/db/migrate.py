"""Run the Alembic migrations shipped inside the package, from code.

Alembic is imported only when a file actually needs migrating: it costs a fifth of a
second at start-up. The revision list below is checked against the migration scripts
by a test, so it cannot drift.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
KNOWN_REVISIONS = (
    "0001",
    "0002",
    "0003",
    "0004",
    "0005",
    "0006",
    "0007",
    "0008",
    "0009",
    "0010",
    "0011",
    "0012",
    "0013",
    "0014",
    "0015",
)  # oldest first: head last
HEAD_REVISION = KNOWN_REVISIONS[-1]


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_revisions() -> list[str]:
    """The revisions of the migration scripts, oldest first (for the drift test)."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    return [script.revision for script in reversed(list(scripts.walk_revisions()))]


def upgrade_to_head(connection: Connection) -> None:
    """Upgrade inside the caller's transaction: all revisions land, or none."""
    from alembic import command

    command.upgrade(alembic_config(connection), "head")
