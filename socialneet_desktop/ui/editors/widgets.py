"""The field widgets the record editors are built from, and how a field shows an error.

Every name the editors need is importable from here:
`MunicipalityPicker`, `OptionalDateEdit`, `TimeEdit`, `CodeCombo`, `RecordPicker`, `FieldError`,
`mark_invalid` and `INVALID_STYLE` (the rule the application stylesheet needs).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from socialneet_desktop.services.choices import CHOICE_KINDS
from socialneet_desktop.ui.editors.date_edit import OptionalDateEdit, parse_date_text
from socialneet_desktop.ui.editors.municipality_picker import MunicipalityPicker
from socialneet_desktop.ui.editors.pickers import EMPTY, CodeCombo, RecordPicker
from socialneet_desktop.ui.editors.time_edit import TimeEdit
from socialneet_desktop.ui.style import ERROR_COLOUR, INVALID_STYLE

__all__ = [
    "CHOICE_KINDS",
    "EMPTY",
    "INVALID_STYLE",
    "CodeCombo",
    "FieldError",
    "MunicipalityPicker",
    "OptionalDateEdit",
    "RecordPicker",
    "TimeEdit",
    "mark_invalid",
    "parse_date_text",
]


class FieldError(QLabel):
    """A small red message under a field; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {ERROR_COLOUR}; font-size: small;")
        self.setVisible(False)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        super().setText(text)
        self.setVisible(bool(text))
        self.setAccessibleDescription(text)

    def set_message(self, text: str) -> None:
        self.setText(text)

    def clear_message(self) -> None:
        self.setText("")


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Set the `invalid` property (on the widget and on its focus proxy) and re-polish, so
    the stylesheet rule INVALID_STYLE draws a red border."""
    targets = [widget]
    if (proxy := widget.focusProxy()) is not None and proxy is not widget:
        targets.append(proxy)
    for target in targets:
        if target.property("invalid") == invalid:
            continue
        target.setProperty("invalid", invalid)
        target.style().unpolish(target)
        target.style().polish(target)
        target.update()
