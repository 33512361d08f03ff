"""Setting up the office server, moving a local file onto it, and its portable backup.

- `setup`: as the server's administrator, create the database (when missing), the group
  roles socialneet_staff (enter and edit: read, add, change; records go to the recycle bin,
  never away) and socialneet_manager (also erase on request, retention, restore: every
  privilege on the data, and the tables' owner), run the migrations and grant the rights.
  Each staff member then connects as their own login role, member of one of the two, so
  `created_by` names them.
- `upload`: a SocialNEET file into an empty server database, in one transaction, checked
  table by table (db.server_copy).
- `backup_to_file`: the server database as a SocialNEET SQLite file, from one consistent
  snapshot (REPEATABLE READ), written beside its final name and renamed into place; it opens
  and restores like any other backup.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import text

from socialneet_desktop.db import migrate, server_copy
from socialneet_desktop.db.server import create_server_engine, described, migrate_server
from socialneet_desktop.db.server_url import ServerAddress
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP

STAFF_ROLE = "socialneet_staff"
MANAGER_ROLE = "socialneet_manager"
# Tables whose rows are really deleted in ordinary work: the links replaced when a meeting's
# organisations or people change.
LINK_TABLES = ("meeting_organizations", "meeting_people")

OLDER_FILE = QT_TRANSLATE_NOOP(
    "Server",
    "%1 was written by an older version of SocialNEET Desktop: open it once with this version "
    "(it is upgraded, and a copy of it kept), then upload it.",
)
FILE_EXISTS = QT_TRANSLATE_NOOP(
    "Server", "%1 already exists: the backup of the server is never written over a file."
)


@dataclass(frozen=True)
class SetupDone:
    address: ServerAddress
    created: bool


def setup(admin: ServerAddress, database: str) -> SetupDone:
    """Database, roles, schema and rights on the server `admin` connects to as administrator."""
    created = _create_database(admin, database)
    address = replace(admin, database=database)
    engine = create_server_engine(address)
    try:
        with engine.begin() as connection:
            migrate_server(connection, address)
            for statement in _role_sql() + _grant_sql(database):
                connection.execute(text(statement))
    except BaseException as error:
        raise described(error, address) from error
    finally:
        engine.dispose()
    return SetupDone(address, created)


def _create_database(admin: ServerAddress, database: str) -> bool:
    engine = create_server_engine(admin, database="postgres")
    try:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            exists = connection.scalar(
                text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": database}
            )
            if not exists:
                connection.execute(text(f"CREATE DATABASE \"{database}\" ENCODING 'UTF8'"))
            return not exists
    except BaseException as error:
        raise described(error, admin) from error
    finally:
        engine.dispose()


def _role_sql() -> list[str]:
    return [
        "DO $$BEGIN "
        f"IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN "
        f"CREATE ROLE {role} NOLOGIN; END IF; END$$"
        for role in (STAFF_ROLE, MANAGER_ROLE)
    ] + [
        f"GRANT {STAFF_ROLE} TO {MANAGER_ROLE}",
        # the other desktops' open transactions seen, to wait for them before compacting
        # after an erasure (services.privacy)
        f"GRANT pg_read_all_stats TO {MANAGER_ROLE}",
    ]


OWNED_BY_MANAGERS = (
    "DO $$DECLARE t record; BEGIN FOR t IN SELECT tablename FROM pg_tables "
    "WHERE schemaname = 'public' LOOP "
    f"EXECUTE 'ALTER TABLE ' || quote_ident(t.tablename) || ' OWNER TO {MANAGER_ROLE}'; "
    "END LOOP; END$$"
)


def _grant_sql(database: str) -> list[str]:
    """The rights; the tables owned by socialneet_manager, so that a manager can restore the
    database from a backup (db.server_restore: the audit trail's guards off for that one
    transaction) and compact it after an erasure (VACUUM FULL needs the owner)."""
    links = ", ".join(LINK_TABLES)
    return [
        OWNED_BY_MANAGERS,
        f'GRANT CONNECT, TEMPORARY ON DATABASE "{database}" TO {STAFF_ROLE}',
        f"GRANT USAGE ON SCHEMA public TO {STAFF_ROLE}",
        f"GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO {STAFF_ROLE}",
        f"GRANT DELETE ON {links} TO {STAFF_ROLE}",
        f"REVOKE INSERT, UPDATE ON audit_scrub_permit, erasure_register FROM {STAFF_ROLE}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {STAFF_ROLE}",
        f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {MANAGER_ROLE}",
        f"GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {MANAGER_ROLE}",
    ]


def new_member_sql(user: str, *, manager: bool = False) -> str:
    """What the administrator runs for one staff member (the password typed by them)."""
    role = MANAGER_ROLE if manager else STAFF_ROLE
    return f"CREATE ROLE {user} LOGIN PASSWORD '…' IN ROLE {role};"


def upload(
    path: Path, address: ServerAddress, password: str | None = None
) -> dict[str, server_copy.TableSum]:
    """Copy the SocialNEET file `path` into the empty server database, whole or not at all
    (`password` typed in the window, else the stored one)."""
    from socialneet_desktop.db.database import inspect_existing
    from socialneet_desktop.db.engine import create_sqlite_engine
    from socialneet_desktop.db.refusals import DatabaseRefused

    path = Path(path).expanduser().absolute()
    check = inspect_existing(path)
    if check.revision != migrate.HEAD_REVISION:
        raise DatabaseRefused(path, OLDER_FILE)
    source = create_sqlite_engine(path, read_only=True)
    target = create_server_engine(address, password=password)
    try:
        with target.begin() as connection, source.connect() as reading:
            migrate_server(connection, address)
            filled = server_copy.filled_tables(connection)
            if filled:
                shown = ", ".join(filled[:5])
                raise server_copy.CopyRefused(server_copy.NOT_EMPTY, address.database, shown)
            return server_copy.copy_all(reading, connection)
    except server_copy.CopyRefused:
        raise
    except BaseException as error:
        raise described(error, address) from error
    finally:
        source.dispose()
        target.dispose()


def backup_to_file(server_engine, path: Path) -> dict[str, server_copy.TableSum]:
    """Write the server database to the new SocialNEET file `path` (never over a file)."""
    from socialneet_desktop.db.engine import APPLICATION_ID, create_sqlite_engine
    from socialneet_desktop.db.refusals import DatabaseRefused

    path = Path(path).expanduser().absolute()
    if path.exists():
        raise DatabaseRefused(path, FILE_EXISTS)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    engine = create_sqlite_engine(partial)
    try:
        with (
            engine.begin() as target,
            server_engine.connect().execution_options(isolation_level="REPEATABLE READ") as source,
            source.begin(),
        ):
            target.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            migrate.upgrade_to_head(target)
            sums = server_copy.copy_all(source, target)
        engine.dispose()
        os.replace(partial, path)
        return sums
    finally:
        engine.dispose()
        for leftover in (partial, *(partial.with_name(partial.name + e) for e in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
