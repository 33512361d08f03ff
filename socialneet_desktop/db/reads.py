"""Reads that can be interrupted from another thread: the one mechanism every reading job
uses (ui.workers' Worker, ui.list_loader), without Qt.

A job runs inside `Reads.running()`: the database connections its thread uses for reading
are noted (SQLAlchemy's engine and pool events, for every engine), and `Reads.stop()`
interrupts the statement running on them from any thread (SQLite's `interrupt`, PostgreSQL's
cancel request) and refuses the next one. `stop_every_read()` does that for every job still
running: the window's close calls it, so a count over a million rows never keeps the
window, or the process, waiting. A writing session is never interrupted (its transaction
must end or roll back by itself).
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time
from collections.abc import Callable, Iterator

RETRY_MS = 50  # a stop that fell between two statements is repeated this often while waiting


class ReadsStopped(Exception):
    """A stopped job tried to run one more statement."""


class Reads:
    """The reading connections one job holds; `stop()` may be called from any thread."""

    def __init__(self, on_stop: Callable[[], None] | None = None) -> None:
        self._lock = threading.Lock()
        self._held: list[object] = []
        self._on_stop = on_stop
        self.stopped = False

    @contextlib.contextmanager
    def running(self) -> Iterator[Reads]:
        """In the job's own thread: its reads are noted (and stoppable) until the end."""
        _watch_engines()
        previous = getattr(_CURRENT, "reads", None)
        _CURRENT.reads = self
        with _RUNNING_LOCK:
            _RUNNING.add(self)
        try:
            yield self
        finally:
            _CURRENT.reads = previous
            with _RUNNING_LOCK:
                _RUNNING.discard(self)

    def hold(self, connection) -> None:
        with self._lock:
            if not any(held is connection for held in self._held):
                self._held.append(connection)

    def holding(self) -> bool:
        """A reading connection is in use by the job (for tests: a read is under way)."""
        with self._lock:
            return bool(self._held)

    def release(self, connection) -> None:
        with self._lock:
            self._held = [held for held in self._held if held is not connection]

    def stop(self) -> None:
        """Interrupt the statement running now; every later one raises ReadsStopped."""
        with self._lock:
            self.stopped = True
            if self._on_stop is not None:
                self._on_stop()
            for connection in self._held:
                _interrupt(connection)

    def interrupt_again(self) -> None:
        """A stop that came between two statements (SQLite forgets an interrupt when no
        statement runs) is caught by the next statement's check; one that came just as a
        statement began is caught here."""
        with self._lock:
            if self.stopped:
                for connection in self._held:
                    _interrupt(connection)


def stop_every_read() -> None:
    """The window is closing: every job still reading is interrupted."""
    with _RUNNING_LOCK:
        running = list(_RUNNING)
    for reads in running:
        reads.stop()


def reads_running() -> int:
    with _RUNNING_LOCK:
        return len(_RUNNING)


def interrupt_stopped_again() -> None:
    """Repeat the interrupt of every stopped read (one may have come between statements)."""
    with _RUNNING_LOCK:
        running = list(_RUNNING)
    for reads in running:
        reads.interrupt_again()


def wait_every_read() -> None:
    """Until no job reads any more: their connections are back in their pools, so closing
    the engine then closes every connection to the file (SQLite checkpoints the WAL into
    it as the last one closes)."""
    while True:
        with _RUNNING_LOCK:
            running = list(_RUNNING)
        if not running:
            return
        for reads in running:
            reads.interrupt_again()
        time.sleep(RETRY_MS / 1000)


def _interrupt(connection) -> None:
    driver = getattr(connection, "driver_connection", connection)
    call = getattr(driver, "interrupt", None) or getattr(driver, "cancel", None)
    if call is not None:
        with contextlib.suppress(Exception):  # a connection already closed: nothing runs
            call()


_CURRENT = threading.local()
_RUNNING: set[Reads] = set()
_RUNNING_LOCK = threading.Lock()
_WATCHING = threading.Lock()
_watching = False


def _watch_engines() -> None:
    """Listen to every engine's statements and every pool's check-ins, once SQLAlchemy is
    loaded (a job that needs no database does not load it: half a second)."""
    global _watching
    if _watching or "sqlalchemy" not in sys.modules:
        return
    with _WATCHING:
        if _watching:
            return
        from sqlalchemy import Engine, event
        from sqlalchemy.pool import Pool

        event.listen(Engine, "before_cursor_execute", _before_statement)
        event.listen(Pool, "checkin", _checked_in)
        _watching = True


def _before_statement(connection, _cursor, _statement, _parameters, _context, _many) -> None:
    reads = getattr(_CURRENT, "reads", None)
    if reads is None:
        return
    from socialneet_desktop.db.engine import WRITE_OPTION

    if connection.get_execution_options().get(WRITE_OPTION, False):
        return  # a writing session ends or rolls back by itself
    if reads.stopped:
        raise ReadsStopped("interrupted")
    proxied = connection.connection  # the pool's connection: its info lives with it
    if proxied.info.get("socialneet_reads") is not reads:
        proxied.info["socialneet_reads"] = reads
        reads.hold(proxied.dbapi_connection)


def _checked_in(dbapi_connection, record) -> None:
    """Back in the pool: another thread may use it now, never to be interrupted by us."""
    reads = record.info.pop("socialneet_reads", None) if record is not None else None
    if reads is not None:
        reads.release(dbapi_connection)
