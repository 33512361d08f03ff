"""Run the Alembic migrations shipped inside the package, from code."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    return script_directory().get_current_head()


def known_revisions() -> set[str]:
    return {script.revision for script in script_directory().walk_revisions()}


def upgrade_to_head(connection: Connection) -> None:
    """Upgrade inside the caller's transaction: all revisions land, or none."""
    command.upgrade(alembic_config(connection), "head")
