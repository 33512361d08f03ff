"""Where things live: the user's data folder and the files bundled with the app.

Bundled resources are found in three layouts: a PyInstaller bundle (`sys._MEIPASS`),
an installed wheel (`socialneet_desktop/resources`, mapped from the top-level `resources/`)
and a source checkout (`<repo>/resources`).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

from socialneet_desktop import APP_NAME
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP

DATABASE_ENV = "SOCIALNEET_DATABASE"
DATABASE_FILENAME = "socialneet.sqlite"
_PACKAGE_DIR = Path(__file__).resolve().parent

FOLDER_DOES_NOT_EXIST = QT_TRANSLATE_NOOP(
    "Database",
    "The folder %1 does not exist, so the database cannot be opened or created there. Check "
    "the path (or connect the drive it is on), or create the folder first.",
)
NOT_A_FOLDER = QT_TRANSLATE_NOOP(
    "Database", "%1 is a file, not a folder: the database cannot be opened or created in it."
)


def resources_dir() -> Path:
    """The folder holding translations, the municipality list, icons and fonts."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = [
        Path(frozen_root) / "socialneet_desktop" / "resources" if frozen_root else None,
        _PACKAGE_DIR / "resources",
        _PACKAGE_DIR.parent / "resources",
    ]
    for candidate in candidates:
        if candidate is not None and (candidate / "translations").is_dir():
            return candidate
    raise FileNotFoundError("The application's resources folder is missing.")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def user_data_folder() -> Path:
    """%LOCALAPPDATA%\\SocialNEET on Windows, ~/.local/share/SocialNEET on Linux."""
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
