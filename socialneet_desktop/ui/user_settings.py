"""Per-user preferences kept by Qt (language, window geometry, list columns)."""

from __future__ import annotations

import json

from PySide6.QtCore import QSettings

LANGUAGE_KEY = "general/language"


def user_settings() -> QSettings:
    """INI-format settings in the user's folder: readable, portable, easy to reset."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "SocialNEET", "SocialNEET"
    )


def language_choice() -> str:
    return str(user_settings().value(LANGUAGE_KEY, "system"))


def set_language_choice(choice: str) -> None:
    settings = user_settings()
    settings.setValue(LANGUAGE_KEY, choice)
    settings.sync()


def list_layout(kind_key: str) -> dict:
    """A list's remembered layout: {"hidden": [keys], "widths": {key: px}, "sort": [key, desc]}."""
    raw = user_settings().value(f"lists/{kind_key}/layout", "")
    try:
        layout = json.loads(str(raw)) if raw else {}
    except ValueError:
        return {}
    return layout if isinstance(layout, dict) else {}


def set_list_layout(kind_key: str, layout: dict) -> None:
    settings = user_settings()
    settings.setValue(f"lists/{kind_key}/layout", json.dumps(layout))
    settings.sync()
