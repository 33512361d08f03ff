"""While a NEW record is typed, look up similar ones and offer them in a yellow banner.

The lookup runs 300 ms after the last keystroke (debounced), in its own short read session.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QFrame, QLabel, QPushButton
from sqlalchemy.orm import Session

from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.services.duplicates import DuplicateMatch

if TYPE_CHECKING:
    from socialneet_desktop.ui.editors.base import RecordEditor

DEBOUNCE_MS = 300
Lookup = Callable[[Session, dict[str, Any]], list[DuplicateMatch]]


class DuplicateWatch(QObject):
    """`message` is a translated template: %1 the other record, %2 why it looks the same."""

    def __init__(
        self,
        editor: RecordEditor,
        keys: Sequence[str],
        lookup: Lookup,
        message: str,
        banner: tuple[QFrame, QLabel, QPushButton],
    ) -> None:
        super().__init__(editor)
        self.editor = editor
        self.keys = tuple(keys)
        self.lookup = lookup
        self.message = message
        self.banner, self.label, button = banner
        self.match: DuplicateMatch | None = None
        self._last_key: tuple = ()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.check)
        button.clicked.connect(self.open_match)
        self.banner.setVisible(False)

    def field_changed(self) -> None:
        if self.editor.record_id is None:
            self.timer.start()  # restarted by every keystroke

    def check(self) -> None:
        values = self.editor.collect_values()
        key = tuple(str(values.get(name)) for name in self.keys)
        if key == self._last_key:
            return
        self._last_key = key
        with self.editor.database.read_session() as session:
            matches = self.lookup(session, values)
        self.match = matches[0] if matches else None
        self.banner.setVisible(self.match is not None)
        if self.match is not None:
            reason = translate("Records", self.match.reason_text)
            self.label.setText(fill(self.message, self.match.label, reason))

    def open_match(self) -> None:
        if self.match is not None:
            self.editor.leave_for(self.editor.kind_key, self.match.record_id)
