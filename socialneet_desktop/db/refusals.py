"""The refusal to open a file as a SocialNEET database, shared by the opening checks
(db.database) and the check of a backup before a restore (db.backup)."""

from __future__ import annotations

from pathlib import Path


class DatabaseRefused(Exception):
    """The file cannot be opened as a SocialNEET database; it was not modified.

    `message` is an English template for QCoreApplication.translate("Database", …),
    with %1 standing for the file's path.
    """

    def __init__(self, path: Path, message: str, detail: str = "") -> None:
        super().__init__(message.replace("%1", str(path)))
        self.path = path
        self.message = message
        self.detail = detail
