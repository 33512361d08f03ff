"""A list's reads (pages, the record count) off the GUI thread, the newest query winning.

Each read runs in a worker thread of the loader's own pool, in its own read session. A new
query (a keystroke, a filter, a sort) starts a new generation: the reads of older
generations still running are interrupted (ui.workers.Reads: SQLite's `interrupt`, which
SQLite allows from another thread, or PostgreSQL's cancel) and whatever they
still deliver is dropped, so an older, slower query can never overwrite a newer one.
Results come back to the GUI thread through a queued signal; the worker never touches a
widget.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from socialneet_desktop.ui.workers import Reads, wait_interrupting

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from socialneet_desktop.db.database import Database

Work = Callable[["Session"], Any]


class _Read(QRunnable):
    """One read: `work(session)` in a read session of its own, interruptible meanwhile
    (ui.workers.Reads: the one mechanism every reading worker uses)."""

    def __init__(self, loader: ListLoader, generation: int, database: Database, work: Work, done):
        super().__init__()
        self.loader, self.generation, self.database = loader, generation, database
        self.work, self.done = work, done
        self.reads = Reads()

    def run(self) -> None:
        result, error = None, None
        try:
            if not self.reads.stopped:  # stopped before it could start: nothing to read
                with self.reads.running(), self.database.read_session() as session:
                    result = self.work(session)
        except Exception as failure:  # noqa: BLE001 - handed to the GUI thread, or dropped
            error = failure
        with contextlib.suppress(RuntimeError):  # the list was closed: nobody waits for it
            self.loader._finished.emit(self, result, error)  # always: the loader forgets it

    def stop(self) -> None:
        """Interrupt the statement running now, and any this read would still start."""
        self.reads.stop()


class ListLoader(QObject):
    """Runs reads for one list; `done(result)` is called in the GUI thread, and only when
    the read's generation is still the newest. `failed(error)` is emitted otherwise."""

    failed = Signal(object)
    _finished = Signal(object, object, object)  # read, result, error (from a worker)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.generation = 0
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)  # a page and the count of the same query
        self._running: set[_Read] = set()
        self._finished.connect(self._deliver)
        application = QCoreApplication.instance()
        if application is not None:  # quitting: no read keeps the process waiting for it
            application.aboutToQuit.connect(self.new_generation)

    def new_generation(self) -> int:
        """A new query: the older reads are interrupted and their results will be dropped."""
        self.generation += 1
        for read in list(self._running):
            read.stop()
        return self.generation

    def read(self, database: Database, work: Work, done: Callable[[Any], None]) -> None:
        """Run `work(session)` in a worker for the current generation."""
        job = _Read(self, self.generation, database, work, done)
        self._running.add(job)  # the pool owns it (autoDelete), so it outlives this loader
        self._pool.start(job)

    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = -1) -> bool:
        """Wait for every read to end (closing the list, a test), repeating the interrupts
        of stopped reads meanwhile (ui.workers.wait_interrupting); True when they did."""
        return wait_interrupting(self._pool.waitForDone, msecs)

    def _deliver(self, job: _Read, result: Any, error: BaseException | None) -> None:
        self._running.discard(job)
        if job.generation != self.generation or job.reads.stopped:
            return  # an older query (a newer one is on its way or shown), or the close
        if error is not None:
            self.failed.emit(error)
            return
        job.done(result)
