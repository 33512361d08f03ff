"""The small dialog of one contact person of an organisation; the organisation saves it."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from socialneet_desktop.domain.municipalities import bundled_index
from socialneet_desktop.domain.validation import Problem
from socialneet_desktop.services import record_rules
from socialneet_desktop.ui.editors import mnemonics
from socialneet_desktop.ui.editors.base import typed_text
from socialneet_desktop.ui.editors.feedback import FieldFeedback
from socialneet_desktop.ui.editors.fields import on_change, read_value, write_value
from socialneet_desktop.ui.editors.live_checks import LiveChecks
from socialneet_desktop.ui.generated.ui_contact_person_editor import Ui_ContactPersonEditor

FIELDS = ("first_name", "last_name", "role", "phone", "email", "notes")
NEW_ORGANIZATION = -1  # stands for the organisation not saved yet, for validation only


class ContactPersonEditor(QDialog):
    """Returns the values through `values()` once accepted; writes nothing itself."""

    def __init__(self, values: dict | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ContactPersonEditor()
        self.ui.setupUi(self)
        self.fields = {name: getattr(self.ui, name) for name in FIELDS}
        self.problem_label = QLabel(self)
        self.ui.main_layout.insertWidget(self.ui.main_layout.count() - 1, self.problem_label)
        self.feedback = FieldFeedback(self.fields, self.problem_label)
        for name, widget in self.fields.items():
            write_value(widget, (values or {}).get(name))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.accept)
        self.live = LiveChecks(
            {name: [widget] for name, widget in self.fields.items()},
            self.feedback,
            self.problems,
            lambda name: not self.values()[name],
        )
        for widget in self.fields.values():
            on_change(widget, self.live.edited)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        mnemonics.make_unique(self)

    def values(self) -> dict:
        return {name: typed_text(read_value(widget)) for name, widget in self.fields.items()}

    def problems(self) -> list[Problem]:
        checked = self.values() | {"organization_id": NEW_ORGANIZATION}
        return record_rules.validate(
            "contact_people", checked, today=date.today(), municipalities=bundled_index()
        )

    def accept(self) -> None:
        first = self.feedback.show(self.problems())
        if first is not None:
            first.setFocus()
            return
        super().accept()
