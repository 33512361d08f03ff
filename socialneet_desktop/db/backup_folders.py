"""Where the backups of a database go: the folder chosen in the settings, else `backups`
beside the file (db.backup writes there, db.leftovers cleans there)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from socialneet_desktop.db import sqlite_connect

BACKUP_FOLDER_NAME = "backups"


def default_backup_folder(database_path: Path) -> Path:
    return Path(database_path).absolute().parent / BACKUP_FOLDER_NAME


def configured_backup_folder(database_path: Path) -> Path:
    """The folder chosen in the settings (read-only look), else `backups` beside the file."""
    chosen = ""
    try:
        connection = sqlite_connect.connect(Path(database_path), sqlite_connect.READ_CLOSED)
        try:
            row = connection.execute("SELECT backup_folder FROM app_settings").fetchone()
            chosen = (row[0] or "").strip() if row else ""
        finally:
            connection.close()
    except sqlite3.Error:
        pass
    return Path(chosen).expanduser() if chosen else default_backup_folder(database_path)
