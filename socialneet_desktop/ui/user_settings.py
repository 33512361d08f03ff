"""Per-user preferences kept by Qt (language, window geometry, list columns)."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

LANGUAGE_KEY = "general/language"
SAVE_FOLDER_KEY = "files/last_save_folder"
ASK_WHERE_KEY = "printing/always_ask_where_to_save"
START_KEY = "general/start_on_last_list"
LAST_LIST_KEY = "main_window/last_list"


def user_settings() -> QSettings:
    """INI-format settings in the user's folder: readable, portable, easy to reset."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "SocialNEET", "SocialNEET"
    )


def language_choice() -> str:
    return str(user_settings().value(LANGUAGE_KEY, "system"))


def set_language_choice(choice: str) -> None:
    _set(LANGUAGE_KEY, choice)


def list_layout(kind_key: str) -> dict:
    """A list's remembered layout: {"hidden": [keys], "widths": {key: px}, "sort": [key, desc]}."""
    raw = user_settings().value(f"lists/{kind_key}/layout", "")
    try:
        layout = json.loads(str(raw)) if raw else {}
    except ValueError:
        return {}
    return layout if isinstance(layout, dict) else {}


def set_list_layout(kind_key: str, layout: dict) -> None:
    _set(f"lists/{kind_key}/layout", json.dumps(layout))


def save_folder() -> Path:
    """Where a save dialog starts: the folder of the last file saved, else Documents."""
    last = Path(str(user_settings().value(SAVE_FOLDER_KEY, "") or ""))
    if str(last) not in ("", ".") and last.is_dir():
        return last
    location = QStandardPaths.StandardLocation.DocumentsLocation
    documents = Path(QStandardPaths.writableLocation(location) or Path.home())
    return documents if documents.is_dir() else Path.home()


def set_save_folder(folder: Path) -> None:
    _set(SAVE_FOLDER_KEY, str(folder))


def _flag(key: str) -> bool:
    """A yes/no preference, no when never set (the INI file keeps it as text)."""
    value = user_settings().value(key, False)
    return value is True or str(value).lower() in ("true", "1")


def _set(key: str, value) -> None:
    settings = user_settings()
    settings.setValue(key, value)
    settings.sync()


def always_ask_where_to_save() -> bool:
    """Printing asks "open or save as…" only when the user chose so in Preferences; by
    default a document goes straight to the system's PDF viewer (issue 16, item 9)."""
    return _flag(ASK_WHERE_KEY)


def set_always_ask_where_to_save(ask: bool) -> None:
    _set(ASK_WHERE_KEY, bool(ask))


def start_on_last_list() -> bool:
    """The window opens on the list used last instead of the home page (Preferences): its
    first rows are painted before the file is even opened (ui.first_rows)."""
    return _flag(START_KEY)


def set_start_on_last_list(start: bool) -> None:
    _set(START_KEY, bool(start))


def last_list() -> str:
    """The key of the kind whose list was shown last ("" if none yet): kept by the window
    when it closes (ui.main_window), with its geometry."""
    return str(user_settings().value(LAST_LIST_KEY, "") or "")
