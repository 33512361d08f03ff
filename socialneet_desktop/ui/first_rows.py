"""The moment the first rows of the first list are painted: what a user waits for at start-up.

`FirstRowsWatch` filters the paint events of the shown list's table viewport; the first paint
with rows in the model fires `painted` once the paint is done (a zero timer runs after it).
A list whose first page was read empty (a model with `first_page_read`, e.g. a new file)
ends the start-up with its first paint after that read: there are no rows to wait for.
`--quit-after-first-rows` (or SOCIALNEET_QUIT_AFTER_FIRST_ROWS=1) uses it to print the seconds
since the process started and quit: a benchmark from outside the process reads that line.
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView

QUIT_ENV = "SOCIALNEET_QUIT_AFTER_FIRST_ROWS"
_IMPORTED_AT = time.time()


def quit_after_first_rows_asked(flag: bool) -> bool:
    return flag or os.environ.get(QUIT_ENV, "").strip() not in ("", "0")


def process_started_at() -> float:
    """The process's start (time.time() scale): from /proc on Linux, where it counts the
    interpreter's own start-up; elsewhere when this module was imported."""
    try:
        with open("/proc/self/stat", "rb") as stat:
            fields = stat.read().rsplit(b")", 1)[1].split()
        ticks = os.sysconf("SC_CLK_TCK")
        with open("/proc/uptime", "rb") as uptime:
            up = float(uptime.read().split()[0])
        return time.time() - up + int(fields[19]) / ticks  # field 22: starttime
    except (OSError, ValueError, IndexError):
        return _IMPORTED_AT


class FirstRowsWatch(QObject):
    """Fires `painted` once, after the first paint of `view` that shows rows, or that shows
    a first page read empty."""

    painted = Signal()

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        self._fired = False
        self._read_empty = False
        view.viewport().installEventFilter(self)
        first_page_read = getattr(view.model(), "first_page_read", None)
        if first_page_read is not None:
            first_page_read.connect(self._first_page_read)

    def _first_page_read(self) -> None:
        model = self._view.model()
        if not self._fired and model is not None and model.rowCount() == 0:
            self._read_empty = True
            self._view.viewport().update()  # its paint ends the start-up

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._fired or event.type() != QEvent.Type.Paint:
            return False
        model = self._view.model()
        if model is not None and (model.rowCount() > 0 or self._read_empty):
            self._fired = True
            self._view.viewport().removeEventFilter(self)
            QTimer.singleShot(0, self.painted.emit)  # after this paint has been drawn
        return False


def quit_when_painted(view: QAbstractItemView) -> FirstRowsWatch:
    """Print the seconds since the process started (one line) and quit with status 0."""
    watch = FirstRowsWatch(view)

    def report() -> None:
        print(f"{time.time() - process_started_at():.3f}", flush=True)
        from PySide6.QtCore import QCoreApplication

        QCoreApplication.exit(0)

    watch.painted.connect(report)
    return watch
