"""Facts about where a database file sits, which decide how it may be opened."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from socialneet_desktop.db.refusals import DatabaseRefused
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP

_NETWORK_FILESYSTEMS = {
    "nfs",
    "nfs4",
    "cifs",
    "smbfs",
    "smb3",
    "9p",
    "afs",
    "ncpfs",
    "davfs",
    "ceph",
    "glusterfs",
    "fuse.sshfs",
    "fuse.gvfsd-fuse",  # a share opened in the desktop's file manager (smb://…)
    "fuse.rclone",
    "fuse.glusterfs",
}


NETWORK_PATH = QT_TRANSLATE_NOOP(
    "Database",
    "%1 is on a shared network folder. SocialNEET Desktop does not change a database there: "
    "SQLite's file locking over shared folders is unreliable, and two computers writing to the "
    "same file can damage it. It can be opened read-only. To work on it together, use the "
    "office server database; to work on it alone, copy the file to this computer and open the "
    "copy.",
)


def refuse_network_path(path: Path) -> None:
    """Raise DatabaseRefused when `path` is on a shared folder (read-only opening is allowed:
    call this before opening read-write only)."""
    if is_network_path(Path(path)):
        raise DatabaseRefused(Path(path), NETWORK_PATH)


def is_network_path(path: Path) -> bool:
    """True for files on a shared folder, where SQLite's locking and WAL mode are unsafe."""
    path = path.resolve()
    if sys.platform == "win32":
        return _is_windows_network_path(path)
    return _linux_filesystem_type(path) in _NETWORK_FILESYSTEMS


def without_long_path_prefix(text: str) -> str:
    r"""`\\?\C:\x` is `C:\x`, `\\?\UNC\server\share` is `\\server\share`."""
    for prefix in ("\\\\?\\", "\\\\.\\"):
        if text.startswith(prefix + "UNC\\"):
            return "\\\\" + text[len(prefix) + 4 :]
        if text.startswith(prefix):
            return text[len(prefix) :]
    return text


def _is_windows_network_path(path: Path) -> bool:
    text = without_long_path_prefix(str(path))
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
