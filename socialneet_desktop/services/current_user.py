"""Who is using the app: the name written in created_by, updated_by and the audit trail."""

from __future__ import annotations

import getpass
import os

USER_VARIABLE = "SOCIALNEET_USER"
UNKNOWN_USER = "?"


def current_user_name() -> str:
    """SOCIALNEET_USER when set, else the operating-system login name; never empty."""
    name = os.environ.get(USER_VARIABLE, "").strip()
    if name:
        return name
    try:
        name = getpass.getuser().strip()
    except Exception:  # noqa: BLE001 - getpass raises OSError, KeyError … when no name is known
        name = ""
    return name or UNKNOWN_USER
