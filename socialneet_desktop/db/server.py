"""A database on the office server (PostgreSQL), opened through the same code as a file.

`open_server(address)` connects (the password from the credential store or the pgpass file:
db.server_url), refuses a server too old and a schema written by a newer SocialNEET, and runs
the migrations holding a PostgreSQL advisory lock, so two desktops starting together do not
both migrate: the second waits, then finds the schema current. Every connection works in UTC
(datetimes are stored as naive UTC on both engines, models.utc_now) and gives up waiting for a
lock after LOCK_TIMEOUT_MS with a message instead of hanging.

The Database it returns is the same class as a file's; its `path` is a folder of this
computer's data folder named after the server database (where its local backups go), and
`server` is its address.
"""

from __future__ import annotations

import re
import weakref
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError, OperationalError

from socialneet_desktop.db import migrate
from socialneet_desktop.db.database import Database
from socialneet_desktop.db.refusals import DatabaseRefused
from socialneet_desktop.db.server_url import ServerAddress, stored_password
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP

MIGRATION_LOCK_KEY = 0x534E4554  # "SNET", as the SQLite files' application_id
CONNECT_TIMEOUT_S = 10
LOCK_TIMEOUT_MS = 30_000
OLDEST_SERVER = 120000  # PostgreSQL 12: generated columns, EXECUTE FUNCTION in triggers

UNREACHABLE = QT_TRANSLATE_NOOP(
    "Server",
    "The office server %1 cannot be reached. Check that the server computer is switched on "
    "and PostgreSQL is running on it, that the address and the port are right, and that this "
    "computer is on the office network (a firewall may block port %2).",
)
WRONG_PASSWORD = QT_TRANSLATE_NOOP(
    "Server",
    "The office server %1 refused the user %2: check the user name and the password (saved "
    "with 'socialneet server password' in this computer's credential store, or in the "
    "pgpass file).",
)
DATABASE_MISSING = QT_TRANSLATE_NOOP(
    "Server",
    "The office server has no database %1. Check the database's name in the address, or "
    "create it with 'socialneet server setup'.",
)
NO_TLS = QT_TRANSLATE_NOOP(
    "Server",
    "The office server %1 does not offer an encrypted connection, which this address requires "
    "(sslmode=require). Turn on SSL in the server's postgresql.conf, or ask its administrator.",
)
SERVER_TOO_OLD = QT_TRANSLATE_NOOP(
    "Server",
    "The office server %1 runs PostgreSQL %2: SocialNEET Desktop needs PostgreSQL 12 or newer. "
    "Ask the server's administrator to upgrade it.",
)
SCHEMA_TOO_NEW = QT_TRANSLATE_NOOP(
    "Server",
    "The database %1 was upgraded by a newer version of SocialNEET Desktop (schema %2). "
    "Install the same version on this computer before connecting.",
)
NOT_OURS = QT_TRANSLATE_NOOP(
    "Server",
    "The database %1 on the office server holds tables that are not SocialNEET Desktop's. "
    "Connect to the database made by 'socialneet server setup'.",
)
LOCK_TIMED_OUT = QT_TRANSLATE_NOOP(
    "Server",
    "The office server %1 kept this change waiting for more than %2 seconds while another "
    "computer held the same records. Nothing was saved: try again in a moment.",
)
OTHER_PROBLEM = QT_TRANSLATE_NOOP("Server", "The office server %1 could not be used: %2")


class ServerRefused(DatabaseRefused):
    """The server database cannot be used; nothing on it was changed. `message` is an
    English template for translate("Server", …): %1 the address, %2 the detail; `reason` is
    the driver's own words, for a second line."""

    def __init__(
        self, address: ServerAddress | str, message: str, detail: str = "", reason: str = ""
    ) -> None:
        shown = address.shown if isinstance(address, ServerAddress) else address
        super().__init__(Path(shown), message, detail)
        self.reason = reason
        self.args = (message.replace("%1", shown).replace("%2", detail),)
        self.context = "Server"
        self.shown = shown


def local_folder(address: ServerAddress) -> Path:
    """This computer's folder for the server database (its backups), never on the server."""
    from socialneet_desktop.paths import user_data_folder

    name = re.sub(r"[^A-Za-z0-9._-]", "_", f"{address.host}_{address.port}_{address.database}")
    return user_data_folder() / "servers" / name


def create_server_engine(
    address: ServerAddress, *, database: str | None = None, password: str | None = None
) -> Engine:
    """An engine on the server database (or on `database` there, for setup). `password`, typed
    in the window and not remembered, is kept by the engine only; else the stored one."""
    password = password if password is not None else stored_password(address)
    engine = create_engine(
        address.url(password, database),
        pool_pre_ping=True,
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": "SocialNEET Desktop",
            "options": f"-c timezone=UTC -c lock_timeout={LOCK_TIMEOUT_MS}",
        },
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        version = dbapi_connection.info.server_version
        if version < OLDEST_SERVER:
            shown = f"{version // 10000}.{version % 10000}"
            raise ServerRefused(address, SERVER_TOO_OLD, shown)

    return engine


_CONNECTED: list[tuple[weakref.ref, str]] = []  # (server database, its role), newest last


def open_server(address: ServerAddress, *, password: str | None = None) -> Database:
    """The server database, migrated to this version's schema; ServerRefused otherwise.
    `server_role` is the PostgreSQL role connected (the person: see `connected_role`)."""
    engine = create_server_engine(address, password=password)
    try:
        with engine.begin() as connection:
            migrate_server(connection, address)
            role = connection.scalar(text("SELECT current_user"))
    except BaseException as error:
        engine.dispose()
        raise described(error, address) from error
    database = Database(local_folder(address), engine)
    database.server = address
    database.server_role = role
    _CONNECTED.append((weakref.ref(database), role))
    return database


def connected_role() -> str | None:
    """The PostgreSQL role of the newest server database this process has open, or None:
    on the office server the person who writes is the role they connected as (their own
    login, checked by the server's password), not this computer's user name
    (services.current_user)."""
    for reference, role in reversed(_CONNECTED):
        database = reference()
        if database is not None and not database.closed:
            return role
    _CONNECTED.clear()  # every one closed
    return None


def schema_revision(connection: Connection) -> str | None:
    """The schema's revision; None for an empty database. NOT_OURS for someone else's."""
    tables = set(
        connection.scalars(
            text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        )
    )
    if "alembic_version" not in tables:
        return None if not tables else "?"
    return connection.scalar(text("SELECT version_num FROM alembic_version"))


def migrate_server(connection: Connection, address: ServerAddress) -> None:
    """Upgrade inside the caller's transaction, under the advisory lock (held to its end)."""
    if schema_revision(connection) == migrate.HEAD_REVISION:
        return
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
    revision = schema_revision(connection)  # another desktop may have migrated meanwhile
    if revision == "?":
        raise ServerRefused(address, NOT_OURS)
    if revision is not None and revision not in migrate.KNOWN_REVISIONS:
        raise ServerRefused(address, SCHEMA_TOO_NEW, revision)
    if revision == migrate.HEAD_REVISION:
        return
    migrate.upgrade_to_head(connection)


def described(error: BaseException, address: ServerAddress) -> BaseException:
    """A connection or locking failure in words that say what to check."""
    if isinstance(error, ServerRefused):
        return error
    if isinstance(error, DBAPIError) and isinstance(error.orig, ServerRefused):
        return error.orig
    if not isinstance(error, DBAPIError):
        return error
    detail = str(error.orig).strip()
    lowered = detail.lower()
    sqlstate = getattr(error.orig, "sqlstate", None)
    if sqlstate == "3D000" or ("database" in lowered and "does not exist" in lowered):
        return ServerRefused(address.database, DATABASE_MISSING, detail)
    if sqlstate == "28P01" or "password" in lowered:
        return ServerRefused(address, WRONG_PASSWORD, address.user, detail)
    if sqlstate == "55P03" or "lock timeout" in lowered:
        return ServerRefused(address, LOCK_TIMED_OUT, str(LOCK_TIMEOUT_MS // 1000))
    if "ssl" in lowered and ("not support" in lowered or "refused" in lowered):
        return ServerRefused(address, NO_TLS, detail)
    if isinstance(error, OperationalError) and sqlstate is None:
        return ServerRefused(address, UNREACHABLE, str(address.port), detail)
    return ServerRefused(address, OTHER_PROBLEM, detail)
