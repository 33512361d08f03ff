"""Where things live: the user's data folder and the files bundled with the app.

Bundled resources are found by domain.resources (three layouts: a PyInstaller bundle, an
installed wheel, a source checkout); `resource` and `resources_dir` are offered here too.
"""

from __future__ import annotations

import os
from pathlib import Path

from socialneet_desktop import APP_NAME
from socialneet_desktop.domain.resources import resource as resource
from socialneet_desktop.domain.resources import resources_dir as resources_dir
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP

DATABASE_ENV = "SOCIALNEET_DATABASE"
DATABASE_FILENAME = "socialneet.sqlite"

FOLDER_DOES_NOT_EXIST = QT_TRANSLATE_NOOP(
    "Database",
    "The folder %1 does not exist, so the database cannot be opened or created there. Check "
    "the path (or connect the drive it is on), or create the folder first.",
)
NOT_A_FOLDER = QT_TRANSLATE_NOOP(
    "Database", "%1 is a file, not a folder: the database cannot be opened or created in it."
)


def user_data_folder() -> Path:
    """%LOCALAPPDATA%\\SocialNEET on Windows, ~/.local/share/SocialNEET on Linux.
    (platformdirs is imported here: a window started on a chosen file does not need it
    before its first rows.)"""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=False))


def default_database_path() -> Path:
    return user_data_folder() / DATABASE_FILENAME


def chosen_database_path(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """The command-line option wins over the environment variable, which wins over the default."""
    if cli_value:
        return Path(cli_value).expanduser()
    from_env = os.environ.get(DATABASE_ENV, "").strip()
    if from_env:
        return Path(from_env).expanduser()
    return default_database_path()


def database_path_is_explicit(cli_value: str | os.PathLike[str] | None = None) -> bool:
    """True when the user named the file (option or environment variable), not the default."""
    return bool(cli_value) or bool(os.environ.get(DATABASE_ENV, "").strip())


def missing_folder_problem(path: Path, explicit: bool) -> str | None:
    """Why the folder of `path` cannot hold the database: a template for translate("Database",
    …) with %1 standing for the folder, or None when it can.

    A file the user named must be in a folder that exists: a typing error must not silently
    create folders and an empty database. The default location (the user data folder) is
    created on the first start: for it, and for a folder that exists, the answer is None.
    """
    folder = Path(path).expanduser().absolute().parent
    if folder.is_dir():
        return None
    if folder.exists():
        return NOT_A_FOLDER
    return FOLDER_DOES_NOT_EXIST if explicit else None


def database_folder(path: Path) -> Path:
    """The folder of `path`, as missing_folder_problem names it (for %1)."""
    return Path(path).expanduser().absolute().parent
