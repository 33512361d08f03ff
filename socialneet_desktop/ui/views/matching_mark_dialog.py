"""The small dialogs of a need's Proposals tab: a delegate's mark of a proposal, and who
decided a confirmation.

A mark is given by one of our staff or by a person of an organisation (one of the two), from
1 to 10; a note is required for 1-2 and 9-10 (services.matching.marks says so, naming the
field); nothing is written while a problem is shown.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.services.current_user import current_user_name
from socialneet_desktop.services.matching import assign, marks
from socialneet_desktop.ui.editors.widgets import RecordPicker
from socialneet_desktop.ui.style import ERROR_COLOUR


class MarkDialog(QDialog):
    def __init__(self, database, candidate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.candidate = database, candidate
        self.setWindowTitle(self.tr("Delegate's mark"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(fill(self.tr("Proposal: %1"), candidate.resource_title), self))
        form = QFormLayout()
        self.staff = RecordPicker(database, "staff", self)
        self.person = RecordPicker(database, "contact_people", self)
        self.mark = QSpinBox(self)
        self.mark.setRange(1, 10)
        self.mark.setValue(6)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(80)
        for label, widget in (
            (self.tr("&Staff member:"), self.staff),
            (self.tr("or &person of an organisation:"), self.person),
            (self.tr("&Mark (1-10):"), self.mark),
            (self.tr("&Note:"), self.note),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        layout.addLayout(form)
        self.problem = QLabel(self)
        self.problem.setStyleSheet(f"color: {ERROR_COLOUR}")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.staff.setFocus()

    def accept(self) -> None:
        staff_id, person_id = self.staff.record_id(), self.person.record_id()
        mark, note, user = self.mark.value(), self.note.toPlainText(), current_user_name()
        found = marks.delegate_problems(staff_id, person_id) + marks.mark_problems(mark, note)
        if found:
            self.show_problem(found[0])
            return
        with self.database.session() as session:
            proposal_id = self.candidate.proposal_id
            if proposal_id is None:
                proposal_id = assign.propose(
                    session, self.candidate.need_id, self.candidate.resource_id, "marks", user
                ).id
            marks.set_mark(
                session,
                proposal_id,
                staff_id=staff_id,
                person_id=person_id,
                mark=mark,
                note=note,
                marked_on=date.today(),
                user=user,
            )
        super().accept()

    def show_problem(self, problem) -> None:
        self.problem.setText(fill(translate("Validation", problem.message), *problem.args))
        widget = {"note": self.note, "mark": self.mark}.get(problem.field, self.staff)
        widget.setFocus()


class DeciderDialog(QDialog):
    """Who decides the confirmation: the program's user is recorded; a staff member may be
    named as the one who decided (the operator who met both sides)."""

    def __init__(self, database, candidate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Confirm the proposal"))
        layout = QVBoxLayout(self)
        text = self.tr(
            "Confirm %1 for this need? The need and the resource become matched; you (%2) are "
            "recorded as who decided."
        )
        message = QLabel(fill(text, candidate.resource_title, current_user_name()), self)
        message.setWordWrap(True)
        layout.addWidget(message)
        form = QFormLayout()
        self.staff = RecordPicker(database, "staff", self)
        caption = QLabel(self.tr("Decided by (&staff member):"), self)
        caption.setBuddy(self.staff)
        form.addRow(caption, self.staff)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Confirm"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def ask_decider(database, candidate, parent) -> int | None:
    """The staff member's id (0 when none is named), None when the user cancelled."""
    dialog = DeciderDialog(database, candidate, parent)
    if not dialog.exec():
        return None
    return dialog.staff.record_id() or 0
