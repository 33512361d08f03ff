"""Long work in a QThread: a job runs off the GUI thread and reports through signals.

The job receives `report(done, total)` and `is_cancelled()`; it checks the flag between row
batches and stops by raising. Widgets are touched only by the slots connected to the signals,
which Qt runs in the GUI thread (queued connections).

Reads are interrupted, not waited for: every job run by a Worker runs inside
`Reads.running()` (db.reads, the one mechanism, re-exported here for the window).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from socialneet_desktop.db.reads import (  # noqa: F401 - re-exported for the window
    RETRY_MS,
    Reads,
    ReadsStopped,
    interrupt_stopped_again,
    reads_running,
    stop_every_read,
    wait_every_read,
)

Job = Callable[[Callable[[int, int], None], Callable[[], bool]], object]


def wait_interrupting(wait: Callable[[int], bool], msecs: int = -1) -> bool:
    """Call `wait(RETRY_MS)` until it is true, repeating the interrupts of stopped reads
    between calls: a stop that came just as a statement began (PostgreSQL's cancel reaches
    a server not running it yet) is caught by the next. False once `msecs` (-1: never)
    have passed."""
    deadline = None if msecs < 0 else time.monotonic() + msecs / 1000
    while not wait(RETRY_MS):
        interrupt_stopped_again()
        if deadline is not None and time.monotonic() >= deadline:
            return False
    return True


def wait_stopped(thread: QThread | None) -> None:
    """Wait for `thread` to end, repeating the interrupts of stopped reads meanwhile."""
    if thread is not None:
        wait_interrupting(thread.wait)


class Worker(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, job: Job) -> None:
        super().__init__()  # no parent: it is moved to its own thread
        self._job = job
        self._cancel = threading.Event()
        self.reads = Reads(on_stop=self._cancel.set)
        self.outcome: str | None = None  # "finished", "failed" or "cancelled", once ended

    def cancel(self) -> None:
        """Thread-safe: the job sees it at its next check; a read running now is interrupted."""
        self.reads.stop()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    @Slot()
    def run(self) -> None:
        try:
            with self.reads.running():
                result = self._job(self.progress.emit, self.is_cancelled)
        except Exception as error:  # noqa: BLE001 - reported to the GUI thread
            if self.is_cancelled():
                self._end("cancelled")
            else:
                self._end("failed", str(error) or type(error).__name__)
            return
        if self.is_cancelled():
            self._end("cancelled")
        else:
            self._end("finished", result)

    def _end(self, outcome: str, *value) -> None:
        self.outcome = outcome
        getattr(self, outcome).emit(*value)


def start_worker(worker: Worker, parent: QObject | None = None) -> QThread:
    """Run `worker.run` in a new thread that quits when the job ends.

    The thread keeps the worker: a caller that drops its own reference (a local variable)
    must not free a worker its thread is still running, and Qt's deleteLater would delete,
    in the worker's thread, an object Python owns and frees again later. Both crashed.
    The worker goes with the thread (its parent's child, or the caller's reference)."""
    thread = QThread(parent)
    thread.worker = worker
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    for signal in (worker.finished, worker.failed, worker.cancelled):
        signal.connect(thread.quit, Qt.ConnectionType.DirectConnection)  # thread-safe
    thread.start()
    return thread
