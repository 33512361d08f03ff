"""The window's side of the deferred opening (db.after_opening): SQLite's full check and the
daily backup in a worker thread once the first rows are painted, a damage found by it told
at once; and the backup on exit, taken only when the file changed since its last backup.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QThread, QTimer, Signal

from socialneet_desktop.ui.workers import Worker, start_worker

if TYPE_CHECKING:
    from socialneet_desktop.db.database import Database

FALLBACK_MS = 3000  # an empty first list paints no rows: start the deferred work anyway


class DeferredOpening(QObject):
    """Runs db.after_opening.run_deferred for one open database at a time."""

    damaged = Signal(object)  # db.opening.DamagedDatabase, found by the full check

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker: Worker | None = None
        self._thread: QThread | None = None
        self._waiting_for: object | None = None
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.setInterval(FALLBACK_MS)
        self._fallback.timeout.connect(lambda: self._pending())
        self._pending = lambda: None
        self.last_outcome = None  # the last finished run's db.after_opening.Deferred
        if parent is not None:  # a thread must not outlive the window that owns it
            parent.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Close:
            self.stop()
        return False

    def start_after_first_rows(self, database: Database, watch) -> None:
        """Start once `watch` (ui.first_rows.FirstRowsWatch) fires, or after FALLBACK_MS."""
        token = object()
        self._waiting_for = token

        def go() -> None:
            if self._waiting_for is token:
                self._waiting_for = None
                self._fallback.stop()
                self.start(database)

        watch.painted.connect(go)
        self._pending = go
        self._fallback.start()

    def start(self, database: Database) -> None:
        from socialneet_desktop.db.after_opening import run_deferred

        self.stop()
        if getattr(database, "server", None) is not None:
            return  # the office server checks itself; its backups are File > Back up now's
        path, read_only = database.path, database.read_only
        self._worker = Worker(lambda _report, cancelled: run_deferred(path, read_only, cancelled))
        self._worker.finished.connect(self._finished)
        self._worker.failed.connect(self._failed)
        self._thread = start_worker(self._worker, self)

    def running(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    def stop(self) -> None:
        """Stop a run (between pages of the check or steps of the backup) and wait for it;
        one still waiting for the first rows never starts."""
        self._waiting_for = None
        self._fallback.stop()
        if self._worker is not None and self.running():
            self._worker.cancel()
            self._thread.wait()
        self._worker, self._thread = None, None

    def wait(self, msecs: int = -1) -> bool:
        """For tests and the exit: True once no run is going on."""
        if self._thread is None:
            return True
        return self._thread.wait() if msecs < 0 else self._thread.wait(msecs)

    def _finished(self, outcome) -> None:
        self.last_outcome = outcome
        if outcome.damaged is not None:
            self.damaged.emit(outcome.damaged)
        elif outcome.backup_problem is not None:
            from socialneet_desktop.ui.opening import warn_storage

            warn_storage(self.parent(), outcome.backup_problem)

    def _failed(self, message: str) -> None:
        import sys

        print(f"socialneet-desktop: check after opening: {message}", file=sys.stderr)


def close_with_exit_backup(database: Database) -> bool:
    """The exit backup (ui.opening.backup_on_exit: copy, rotation, pending erasures) unless
    nothing was written to the file since its newest backup, then the file closed; True when
    a backup was taken or handed over. The window is already gone: the user does not wait.

    Every read still running is interrupted and waited for first, so that closing the
    engine closes every connection and SQLite moves the WAL into the file: the file is
    closed cleanly before the process ends. A file bigger than db.exit_backup's limit is
    closed first and copied by a detached process of its own (db.exit_backup), so the
    process ends at once instead of after a copy of gigabytes.
    Closing moves the WAL into the file (a newer modification time, the same content): the
    file as closed is recorded as backed up, so the next close does not copy it again."""
    from socialneet_desktop.db import backup, check_record, exit_backup
    from socialneet_desktop.ui.opening import backup_on_exit, chosen_backup_folder
    from socialneet_desktop.ui.workers import stop_every_read, wait_every_read

    stop_every_read()
    wait_every_read()
    if getattr(database, "server", None) is not None:  # no file here to copy (issue 20)
        database.close()
        return False
    path = database.path
    due = not database.read_only and backup.changed_since_last_backup(
        database, chosen_backup_folder(path)
    )
    if due and not exit_backup.copy_in_process(path):
        _hand_over(database)
        return True
    before = check_record.fingerprint(path)
    if due:
        backup_on_exit(database)
    unchanged = check_record.fingerprint(path) == before  # nothing written during the copy
    database.close()
    if due and unchanged:
        check_record.record_backed_up(path, check_record.fingerprint(path))
    return due


def _hand_over(database: Database) -> None:
    """Pending erasures carried into the copies now (the backup folder may be reachable),
    the file closed, then the copy handed to a detached process (db.exit_backup)."""
    from socialneet_desktop.db import exit_backup
    from socialneet_desktop.ui.privacy_dialogs import scrub_pending

    scrub_pending(None, database)
    database.close()
    try:
        exit_backup.hand_over(database.path)
    except OSError:  # the program cannot be started again: the copy is made here
        with contextlib.suppress(Exception):  # as in the detached process: no one to tell
            exit_backup.finish(database.path)
