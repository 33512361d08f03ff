"""A long call of a wizard page runs off the GUI thread: the window keeps handling events,
and the result or the exception comes back to the caller."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from socialneet_desktop.ui.busy import run_busy


def test_the_window_keeps_working_while_the_call_runs(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    ticks = []
    timer = QTimer(interval=20, timeout=lambda: ticks.append(1))
    timer.start()
    threads = []

    def slow():
        threads.append(threading.current_thread())
        time.sleep(0.5)
        return 42

    assert run_busy(window, "Attendere…", slow) == 42
    timer.stop()
    assert threads[0] is not threading.main_thread()
    assert len(ticks) >= 5  # the GUI thread ran its timer during the half second


def test_an_exception_of_the_call_is_raised_to_the_caller(qtbot):
    def failing():
        raise ValueError("database is locked")

    with pytest.raises(ValueError, match="locked"):
        run_busy(None, "Attendere…", failing)
