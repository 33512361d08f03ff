"""The association's details (one row of app_settings), read and saved for the settings
dialog and the privacy review."""

from __future__ import annotations

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from socialneet_desktop.db.models import AppSettings

SETTINGS_ID = 1
DEFAULT_RETENTION_MONTHS = 24


def current_settings(session: Session) -> AppSettings | None:
    return session.get(AppSettings, SETTINGS_ID)


def retention_months(session: Session) -> int:
    """The months after which a contact is due for review; 24 when not set."""
    settings = current_settings(session)
    return (
        settings.retention_months
        if settings and settings.retention_months
        else (DEFAULT_RETENTION_MONTHS)
    )


def save_settings(
    session: Session, values: dict, *, logo: bytes | None, version: int | None, user: str
) -> None:
    """Writes the details; raises StaleDataError when someone saved them since `version`."""
    row = current_settings(session)
    if row is None:
        row = AppSettings(id=SETTINGS_ID)
        session.add(row)
    elif row.version != version:
        raise StaleDataError("settings changed")
    for name, value in values.items():
        setattr(row, name, value)
    row.logo = logo
    row.updated_by = user
