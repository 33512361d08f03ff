"""The slow part of opening, run by the window off the GUI thread once its first rows show:
SQLite's full quick check of the file when it is due (db.check_record), then the daily
backup. The check comes first so that a backup is only ever taken of a file just found whole
(or checked whole less than a day ago and not written since).

Both run on their own read-only connections: the window keeps working meanwhile (SQLite's
WAL lets a reader and the writer go on together). `cancelled()` stops either between pages,
when the window closes; a stopped check records nothing, a stopped backup leaves nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from socialneet_desktop.db import backup, check_record, integrity
from socialneet_desktop.db.opening import chosen_backup_folder, damaged
from socialneet_desktop.db.storage_errors import StorageError


@dataclass
class Deferred:
    """What the deferred work found: a damaged file (db.opening.DamagedDatabase, for the
    window to tell at once), the daily backup made, or the problem that stopped it."""

    damaged: Exception | None = None
    checked: bool = False  # the full quick check ran (it was due) and found the file whole
    daily_backup: Path | None = None
    backup_problem: StorageError | None = None


def run_deferred(
    path: Path, read_only: bool, cancelled: Callable[[], bool] = lambda: False
) -> Deferred:
    """The full check when due, then (read-write only) the daily backup. Raises
    integrity.CheckCancelled or backup.BackupCancelled when `cancelled()` turned true."""
    path = Path(path)
    outcome = Deferred()
    if check_record.full_check_due(path):
        before = check_record.fingerprint(path)
        result = integrity.quick_check(path, cancelled=cancelled)
        if result.ok:
            problems = integrity.schema_problems_of(path)
            if problems:
                result = integrity.IntegrityResult(path, False, integrity.SCHEMA_CHANGED, problems)
        if not result.ok:
            outcome.damaged = damaged(result)
            return outcome
        check_record.record_good_check(path, before)
        outcome.checked = True
    if read_only or cancelled():
        return outcome
    try:
        outcome.daily_backup = backup.maybe_daily_backup(
            path, chosen_backup_folder(path), cancelled=cancelled
        )
    except StorageError as error:
        outcome.backup_problem = error
    return outcome
