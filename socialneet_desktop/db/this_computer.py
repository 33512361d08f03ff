"""This computer and its processes: whose are a marker, a registry entry or a temporary file,
and is the process that wrote it still running?"""

from __future__ import annotations

import os
import platform
import sys
from pathlib import Path


def computer_name() -> str:
    """The name Windows shows for this computer (the host name elsewhere)."""
    return os.environ.get("COMPUTERNAME") or platform.node() or "?"


def process_is_running(pid: int) -> bool:
    """Whether process `pid` runs on this computer; a killed child not yet reaped does not."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _running_on_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return not _is_zombie(pid)


def process_start_time(pid: int) -> str | None:
    """The kernel's start time of `pid` on Linux (tells a reused process number apart)."""
    stat = _linux_stat(pid)
    return stat.rsplit(")", 1)[-1].split()[19] if stat else None


def _is_zombie(pid: int) -> bool:
    stat = _linux_stat(pid)
    return bool(stat) and stat.rpartition(")")[2].split()[:1] == ["Z"]


def _linux_stat(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return ""


def _running_on_windows(pid: int) -> bool:
    """os.kill(pid, 0) would terminate the process on Windows: ask the kernel instead."""
    import ctypes

    query_limited_information, still_active, access_denied = 0x1000, 259, 5
    kernel = ctypes.windll.kernel32
    handle = kernel.OpenProcess(query_limited_information, False, pid)
    if not handle:
        return ctypes.GetLastError() == access_denied  # another user's process exists
    try:
        code = ctypes.c_ulong()
        if not kernel.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == still_active
    finally:
        kernel.CloseHandle(handle)
