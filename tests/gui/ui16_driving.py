"""Answering the modal dialogs and popup menus the program opens, as a user would (a click
on a button or a menu entry, text typed into a field), for the GUI tests of issue 16.

A `ModalDriver` polls for the modal dialog or popup menu shown on top; each one it finds is
handed to the next of its `steps`. One it has no step for is recorded and closed (Escape),
so that a dialog the test did not expect fails the test instead of hanging it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QMenu, QMessageBox, QWidget

Step = Callable[[QWidget], None]


class ModalDriver:
    def __init__(self, steps: list[Step]) -> None:
        self.steps = list(steps)
        self.seen: list[str] = []  # the text of every message box (or the class) met
        self.unexpected: list[str] = []
        self._last: QWidget | None = None
        # The windows whose step is still running: a dialog whose accept() asked a question
        # is shown on top again for a moment after the answer, while it closes.
        self._answering: list[QWidget] = []
        self.timer = QTimer()
        self.timer.setInterval(50)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def _poll(self) -> None:
        widget = QApplication.activePopupWidget() or QApplication.activeModalWidget()
        if widget is None or widget is self._last or not widget.isVisible():
            return
        if any(widget is answering for answering in self._answering):
            return
        self._last = widget
        is_box = isinstance(widget, QMessageBox)
        self.seen.append(widget.text() if is_box else type(widget).__name__)
        # Run outside this timer's slot: a step that opens the next dialog waits in it, and
        # Qt does not call a timer's slot again while it runs.
        if self.steps:
            step = self.steps.pop(0)
            QTimer.singleShot(0, lambda: self._run(step, widget))
        else:
            self.unexpected.append(self.seen[-1])
            QTimer.singleShot(0, lambda: QTest.keyClick(widget, Qt.Key.Key_Escape))

    def _run(self, step: Step, widget: QWidget) -> None:
        """A step that fails is noted and its dialog closed: the test fails, never hangs."""
        self._answering.append(widget)
        try:
            step(widget)
        except Exception as error:  # noqa: BLE001 - reported by the test
            self.unexpected.append(f"{self.seen[-1]}: {error}")
            self.steps.clear()
            QTest.keyClick(widget, Qt.Key.Key_Escape)
        finally:
            self._answering.remove(widget)

    def stop(self) -> None:
        self.timer.stop()


def click_button(text: str) -> Step:
    """Click the button of a message box or dialog whose text (without "&") is `text`."""

    def step(widget: QWidget) -> None:
        buttons = widget.findChildren(QAbstractButton)
        found = [b for b in buttons if b.text().replace("&", "") == text and b.isVisible()]
        assert found, f"no button {text!r} among {[b.text() for b in buttons]}"
        QTest.mouseClick(found[0], Qt.MouseButton.LeftButton)

    return step


def choose_menu_entry(*texts: str) -> Step:
    """Click the entry of a popup menu whose text (without "&") starts with one of `texts`."""

    def step(menu: QWidget) -> None:
        assert isinstance(menu, QMenu), type(menu).__name__
        entries = [a for a in menu.actions() if a.text().replace("&", "").startswith(texts)]
        assert entries, f"no entry {texts!r} in {[a.text() for a in menu.actions()]}"
        centre: QPoint = menu.actionGeometry(entries[0]).center()
        QTest.mouseClick(menu, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)

    return step


def buttons_of(box: QWidget) -> list[str]:
    return [b.text() for b in box.findChildren(QAbstractButton) if b.isVisible()]
