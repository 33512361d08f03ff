"""The files bundled with the program (translations, the municipality list, icons, fonts).

They are found in three layouts: a PyInstaller bundle (`sys._MEIPASS`), an installed wheel
(`socialneet_desktop/resources`, mapped from the top-level `resources/`) and a source checkout
(`<repo>/resources`). In domain/ because the municipality list is read here;
socialneet_desktop.paths offers the same functions to the other layers.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


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
