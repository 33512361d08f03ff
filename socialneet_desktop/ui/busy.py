"""Run one long call off the GUI thread while a modal "please wait" dialog shows, and get
its result back where the call was made (a wizard page's initializePage/validatePage).

The window keeps repainting and never shows "not responding" during an import of 100,000
rows; the dialog has no Cancel because an import is one transaction that must either end or
roll back by itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from socialneet_desktop.ui.workers import Worker, start_worker

Result = TypeVar("Result")


class _Outcome:
    def __init__(self) -> None:
        self.value = None
        self.error: BaseException | None = None


def run_busy(parent: QWidget | None, label: str, call: Callable[[], Result]) -> Result:
    """`call()` in a worker thread; its result, or its exception raised here."""
    outcome = _Outcome()

    def job(_report, _cancelled):
        try:
            outcome.value = call()
        except Exception as error:  # noqa: BLE001 - raised again in the GUI thread
            outcome.error = error

    dialog = QProgressDialog(label, None, 0, 0, parent)
    dialog.setWindowTitle(parent.windowTitle() if parent is not None else label)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)  # quick calls show no dialog at all
    dialog.setValue(0)
    loop = QEventLoop()
    worker = Worker(job)
    for signal in (worker.finished, worker.failed, worker.cancelled):
        signal.connect(loop.quit)
    thread = start_worker(worker)
    loop.exec()
    thread.wait()
    dialog.close()
    if outcome.error is not None:
        raise outcome.error
    return outcome.value
