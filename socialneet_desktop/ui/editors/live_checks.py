"""Problems shown beside a field as soon as it is left, and gone as soon as it is right.

Leaving a field that holds something (Tab, a click elsewhere in the form) shows what is
wrong with it; every later edit, of any field, checks again the fields that show a message
(a birth date put right clears the codice fiscale's mismatch). A field left empty is judged
only at saving: walking through a new form with Tab does not paint it red.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from socialneet_desktop.domain.validation import Problem
from socialneet_desktop.ui.editors.feedback import FieldFeedback

_NOT_LEAVING = (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason)


class LiveChecks(QObject):
    """Watches `widgets` (field name -> the widgets it is typed in) of a form whose problems
    `check()` returns and `feedback` shows; `is_blank(name)` tells an empty field."""

    def __init__(
        self,
        widgets: dict[str, Sequence[QWidget]],
        feedback: FieldFeedback,
        check: Callable[[], list[Problem]],
        is_blank: Callable[[str], bool],
    ) -> None:
        super().__init__(feedback.general)
        self.feedback = feedback
        self.check = check
        self.is_blank = is_blank
        self.names: dict[QObject, tuple[str, QWidget]] = {}
        for name, roots in widgets.items():
            for root in roots:
                for target in (root, *root.findChildren(QWidget)):
                    self.names[target] = (name, root)
                    target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FocusOut and watched in self.names and self.alive():
            name, root = self.names[watched]
            now = QApplication.focusWidget()
            inside = now is not None and (now is root or root.isAncestorOf(now))
            if not inside and event.reason() not in _NOT_LEAVING:
                self.left(name)
        return False

    def alive(self) -> bool:
        """False while the form closes or is torn down (its labels may be gone)."""
        general = self.feedback.general
        return isValid(general) and general.window().isVisible()

    def left(self, name: str) -> None:
        if name in self.feedback.showing() or not self.is_blank(name):
            self.feedback.show_field(name, self.check())

    def edited(self) -> None:
        showing = self.feedback.showing()
        if showing:
            problems = self.check()
            for name in showing:
                self.feedback.show_field(name, problems)
