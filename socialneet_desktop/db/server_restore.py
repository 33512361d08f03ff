"""Restoring the office server's database from a SocialNEET file (a backup made by File >
Back up now on the server, `server backup`, or any SocialNEET file), manager role only.

Everything on the server is replaced by the file's rows, in one transaction: the server's
tables are emptied (the audit trail's guards are switched off for that transaction only, by
the tables' owner: `server setup` makes socialneet_manager the owner, so any manager can),
the file's rows are copied and checked table by table as an upload is (db.server_copy), and
the guards are back before the commit. Any failure rolls everything back: the server keeps
what it had. Other desktops wait for the transaction (their lock timeout tells them if it
takes too long) and then read the restored data.

A file of an older revision is copied to a temporary file beside this computer's backups,
migrated there and copied from it; the file chosen is never changed.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from sqlalchemy import Connection, Engine, text

from socialneet_desktop.db import migrate, server_copy
from socialneet_desktop.db.server import ServerRefused, described
from socialneet_desktop.db.server_admin import MANAGER_ROLE
from socialneet_desktop.db.server_url import ServerAddress
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP

AUDIT_TABLE = "audit_events"

NOT_A_MANAGER = QT_TRANSLATE_NOOP(
    "Server",
    "%1: only a manager (a member of socialneet_manager) can restore the office server's "
    "database, and the user %2 is not one. Nothing was changed.",
)
NOT_THE_OWNER = QT_TRANSLATE_NOOP(
    "Server",
    "%1: the tables of the database are not owned by socialneet_manager, so a manager "
    "cannot replace them. Run 'socialneet server setup' again as the server's administrator "
    "(it hands them over), then restore. Nothing was changed.",
)
NO_FILE = QT_TRANSLATE_NOOP(
    "Server", "%1 does not exist or is not a file: choose a SocialNEET backup. Nothing was changed."
)
NEWER_FILE = QT_TRANSLATE_NOOP(
    "Server",
    "%1 was written by a newer version of SocialNEET Desktop (schema %2): install it on this "
    "computer before restoring from it. Nothing was changed.",
)


def refusal_context(message: str) -> str:
    """The translation context of a file's refusal (DatabaseRefused): "Server" for those of
    the server's modules, "Database" for the opening's."""
    from socialneet_desktop.db.server_admin import FILE_EXISTS, OLDER_FILE

    own = (OLDER_FILE, FILE_EXISTS, NEWER_FILE, NO_FILE)
    return "Server" if message in own else "Database"


def is_manager(connection: Connection) -> bool:
    """The connected role is a superuser or has the rights of socialneet_manager."""
    return bool(
        connection.scalar(
            text(
                "SELECT r.rolsuper OR EXISTS (SELECT 1 FROM pg_roles m WHERE m.rolname = :role "
                "AND pg_has_role(current_user, m.oid, 'USAGE')) "
                "FROM pg_roles r WHERE r.rolname = current_user"
            ),
            {"role": MANAGER_ROLE},
        )
    )


def _owns_every_table(connection: Connection) -> bool:
    names = [table.name for table in server_copy.tables()]
    owned = connection.scalar(
        text(
            "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() "
            "AND tablename = ANY(:names) AND pg_has_role(current_user, tableowner, 'USAGE')"
        ),
        {"names": names},
    )
    return owned == len(names)


def restore_from_file(
    engine: Engine, address: ServerAddress, path: Path, work_folder: Path
) -> dict[str, server_copy.TableSum]:
    """Replace the server database's rows by those of the SocialNEET file `path`."""
    from socialneet_desktop.db.database import inspect_existing
    from socialneet_desktop.db.refusals import DatabaseRefused

    path = Path(path).expanduser().absolute()
    if not path.is_file():
        raise DatabaseRefused(path, NO_FILE)
    revision = inspect_existing(path).revision
    if revision not in migrate.KNOWN_REVISIONS:
        raise DatabaseRefused(path, NEWER_FILE, str(revision))
    if revision == migrate.HEAD_REVISION:
        return _restore(engine, address, path)
    work_folder.mkdir(parents=True, exist_ok=True)
    upgraded = work_folder / f".restore-{os.getpid()}.sqlite"
    try:
        shutil.copyfile(path, upgraded)
        _upgrade(upgraded)
        return _restore(engine, address, upgraded)
    finally:
        for leftover in (
            upgraded,
            *(upgraded.with_name(upgraded.name + e) for e in ("-wal", "-shm")),
        ):
            leftover.unlink(missing_ok=True)


def _upgrade(path: Path) -> None:
    from socialneet_desktop.db.engine import create_sqlite_engine

    engine = create_sqlite_engine(path)
    try:
        with engine.begin() as connection:
            migrate.upgrade_to_head(connection)
    finally:
        engine.dispose()


def _restore(engine: Engine, address: ServerAddress, path: Path):
    from socialneet_desktop.db.engine import create_sqlite_engine

    source = create_sqlite_engine(path, read_only=True)
    try:
        with engine.begin() as target, source.connect() as reading:
            if not is_manager(target):
                raise ServerRefused(address, NOT_A_MANAGER, address.user)
            if not _owns_every_table(target):
                raise ServerRefused(address, NOT_THE_OWNER)
            _empty_the_server(target)
            sums = server_copy.copy_all(reading, target)
            target.exec_driver_sql(f"ALTER TABLE {AUDIT_TABLE} ENABLE TRIGGER USER")
            return sums
    except (ServerRefused, server_copy.CopyRefused):
        raise
    except BaseException as error:
        raise described(error, address) from error
    finally:
        source.dispose()


def _empty_the_server(connection: Connection) -> None:
    """Every table of the data model emptied, the audit trail's guards off until the copy
    is in (the ALTER holds the table for the transaction: nobody writes meanwhile)."""
    connection.exec_driver_sql(f"ALTER TABLE {AUDIT_TABLE} DISABLE TRIGGER USER")
    names = ", ".join(table.name for table in server_copy.tables())
    connection.exec_driver_sql(f"TRUNCATE {names} RESTART IDENTITY")
