"""Facts about where a database file sits, which decide how it may be opened."""

from __future__ import annotations

import os
import sys
from pathlib import Path

_NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "9p", "fuse.sshfs", "afs"}


def is_network_path(path: Path) -> bool:
    """True for files on a shared folder, where SQLite's WAL mode is unsafe."""
    path = path.resolve()
    if sys.platform == "win32":
        return _is_windows_network_path(path)
    return _linux_filesystem_type(path) in _NETWORK_FILESYSTEMS


def _is_windows_network_path(path: Path) -> bool:
    text = str(path)
    if text.startswith("\\\\"):
        return True
    import ctypes

    drive_remote = 4
    root = os.path.splitdrive(text)[0] + "\\"
    return ctypes.windll.kernel32.GetDriveTypeW(root) == drive_remote


def _linux_filesystem_type(path: Path) -> str:
    """The type of the longest mount point that contains `path` (empty when unknown)."""
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8").splitlines()
    except OSError:
        return ""
    best, best_type = "", ""
    for line in mounts:
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ")
        inside = str(path) == mount_point or str(path).startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) > len(best):
            best, best_type = mount_point, fields[2]
    return best_type
