"""A database named by a URL: the office server (PostgreSQL), besides a file path.

`postgresql+psycopg://user@host:5432/socialneet` (also `postgresql://` and `postgres://`)
names a database on the office server. The password is never part of what the user types
or what the settings keep: it comes from the system's credential store (Windows Credential
Manager through `keyring`, service KEYRING_SERVICE, user name `user@host:port`) or, when the
store has none, libpq reads it from ~/.pgpass or PGPASSFILE itself. TLS is used when the
server offers it (`sslmode=prefer`); `?sslmode=require` refuses a server without it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # SQLAlchemy is loaded only to connect: `check` and `backup` never need it
    from sqlalchemy.engine import URL

KEYRING_SERVICE = "SocialNEET Desktop"
SCHEMES = ("postgresql", "postgres")
DEFAULT_PORT = 5432
SSL_MODES = ("prefer", "require", "verify-ca", "verify-full", "disable", "allow")

PASSWORD_IN_URL = QT_TRANSLATE_NOOP(
    "Server",
    "The address %1 contains a password. The password is never written in the address (it "
    "would stay in the settings and in the command history): save it in the system's "
    "credential store with 'socialneet server password', or in the pgpass file.",
)
NOT_A_SERVER_URL = QT_TRANSLATE_NOOP(
    "Server",
    "%1 is not a valid address of an office server: write it as "
    "postgresql://user@server:5432/socialneet.",
)
NO_USER = QT_TRANSLATE_NOOP(
    "Server",
    "The address %1 names no user: write it as postgresql://user@server:5432/socialneet, "
    "with the user name the server's administrator gave you.",
)
NO_DATABASE = QT_TRANSLATE_NOOP(
    "Server",
    "The address %1 names no database: end it with the database's name, as in "
    "postgresql://user@server:5432/socialneet.",
)
BAD_SSL_MODE = QT_TRANSLATE_NOOP(
    "Server",
    "The address %1 has sslmode=%2: use sslmode=prefer (encrypted when the server offers it) "
    "or sslmode=require (refuse a server without encryption).",
)


class ServerAddressError(ValueError):
    """An address the user typed that cannot name a server database; nothing was opened.

    `message` is an English template for translate("Server", …) with %1 the address as
    typed and %2 the `detail`."""

    def __init__(self, text: str, message: str, detail: str = "") -> None:
        super().__init__(message.replace("%1", text).replace("%2", detail))
        self.text = text
        self.message = message
        self.detail = detail


def is_server_url(text: object) -> bool:
    """True when `text` names a server database rather than a file."""
    if not isinstance(text, str):
        return False
    scheme = text.split("://", 1)[0].split("+", 1)[0].lower() if "://" in text else ""
    return scheme in SCHEMES


@dataclass(frozen=True)
class ServerAddress:
    """A server database as the user named it: never holds a password."""

    user: str
    host: str
    port: int
    database: str
    sslmode: str = "prefer"

    @property
    def shown(self) -> str:
        """The address as messages and the window title show it."""
        return f"postgresql://{self.user}@{self.host}:{self.port}/{self.database}"

    @property
    def keyring_user(self) -> str:
        return f"{self.user}@{self.host}:{self.port}"

    def url(self, password: str | None = None, database: str | None = None) -> URL:
        """The SQLAlchemy URL for psycopg 3; `password` only in memory, never shown."""
        from sqlalchemy.engine import URL

        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            password=password,
            host=self.host,
            port=self.port,
            database=database or self.database,
            query={"sslmode": self.sslmode},
        )


def parse_server_url(text: str) -> ServerAddress:
    """The address in `text`; ServerAddressError naming what is wrong with it."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    text = text.strip()
    try:
        url = make_url(text.replace("postgres://", "postgresql://", 1))
    except ArgumentError as error:
        raise ServerAddressError(text, NOT_A_SERVER_URL) from error
    if url.get_backend_name() != "postgresql" or not url.host:
        raise ServerAddressError(text, NOT_A_SERVER_URL)
    if url.password is not None:
        raise ServerAddressError(_without_password(text), PASSWORD_IN_URL)
    if not url.username:
        raise ServerAddressError(text, NO_USER)
    if not url.database:
        raise ServerAddressError(text, NO_DATABASE)
    sslmode = str(url.query.get("sslmode", "prefer"))
    if sslmode not in SSL_MODES:
        raise ServerAddressError(text, BAD_SSL_MODE, sslmode)
    return ServerAddress(url.username, url.host, url.port or DEFAULT_PORT, url.database, sslmode)


def _without_password(text: str) -> str:
    """`text` with its password replaced by ***, for a message that names the address."""
    head, _, rest = text.partition("://")
    credentials, at, place = rest.rpartition("@")
    user = credentials.split(":", 1)[0]
    return f"{head}://{user}:***{at}{place}"


def stored_password(address: ServerAddress) -> str | None:
    """The password in the system's credential store, or None (libpq then reads the pgpass
    file). A computer without a usable store (a Linux server with no keyring) is not an
    error: the pgpass file is the way there."""
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, address.keyring_user)
    except (KeyringError, RuntimeError):
        return None


def store_password(address: ServerAddress, password: str) -> None:
    """Keep `password` in the system's credential store (raises keyring's KeyringError when
    this computer has none: the caller tells the user to use the pgpass file)."""
    import keyring

    keyring.set_password(KEYRING_SERVICE, address.keyring_user, password)
