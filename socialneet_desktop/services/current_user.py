"""Who is using the app: the name written in created_by, updated_by and the audit trail.

On a database of the office server it is the PostgreSQL role the person connected as (their
own login: db.server.connected_role), so the records and the audit trail name the person,
whichever computer they sat at; on a file, SOCIALNEET_USER or the operating-system login.
"""

from __future__ import annotations

import getpass
import os
import sys

USER_VARIABLE = "SOCIALNEET_USER"
UNKNOWN_USER = "?"
SERVER_MODULE = "socialneet_desktop.db.server"


def current_user_name() -> str:
    """The server role when a server database is open, else SOCIALNEET_USER when set, else
    the operating-system login name; never empty."""
    role = _server_role()
    if role:
        return role
    name = os.environ.get(USER_VARIABLE, "").strip()
    if name:
        return name
    try:
        name = getpass.getuser().strip()
    except Exception:  # noqa: BLE001 - getpass raises OSError, KeyError … when no name is known
        name = ""
    return name or UNKNOWN_USER


def _server_role() -> str | None:
    """db.server's connected role; not imported when no server database was ever opened (it
    loads SQLAlchemy, which a file's start-up must not wait for)."""
    server = sys.modules.get(SERVER_MODULE)
    return server.connected_role() if server is not None else None
