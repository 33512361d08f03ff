"""Making a written file and its rename survive a power cut: flushed to the disk itself."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def flush_file(path: Path) -> None:
    """The file's bytes on the disk, not only in the system's cache."""
    with open(path, "r+b") as stream:
        os.fsync(stream.fileno())


def flush_folder(folder: Path) -> None:
    """Make a rename in `folder` durable where the system allows opening a folder (POSIX)."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)
