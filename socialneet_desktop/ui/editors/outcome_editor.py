"""The editor of an outcome: where a young person went on leaving, or at a follow-up.

Beside the kind's rules, those that read the person's other outcomes (one per stage; a
follow-up after the outcome on leaving: services.follow_ups.check_outcome) are shown by the
fields as they are typed. Opened for a person (`contact_id`, a follow-up due), the person is
fixed and the stage may be given.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from socialneet_desktop.db.database import Database
from socialneet_desktop.db.models import Outcome
from socialneet_desktop.domain.validation import Problem
from socialneet_desktop.services.follow_ups import check_outcome
from socialneet_desktop.ui.editors.base import RecordEditor, Values
from socialneet_desktop.ui.editors.fixed_contact import FixedContactMixin
from socialneet_desktop.ui.editors.typed_fields import TypedFieldsMixin, swap_in
from socialneet_desktop.ui.editors.widgets import CodeCombo, RecordPicker
from socialneet_desktop.ui.generated.ui_outcome_editor import Ui_OutcomeEditor


class OutcomeEditor(FixedContactMixin, TypedFieldsMixin, RecordEditor):
    form_class = Ui_OutcomeEditor
    kind_key = "outcomes"
    model = Outcome
    field_names = (
        *("contact_id", "stage", "outcome_date", "status", "organization_id"),
        *("employer_kind", "learned_how", "notes"),
    )
    typed_names = ("contact_id", "organization_id")

    def __init__(
        self,
        database: Database,
        record_id: int | None = None,
        parent: QWidget | None = None,
        *,
        contact_id: int | None = None,
        stage: str = "",
    ) -> None:
        self.given_stage = stage
        super().__init__(database, record_id, parent, contact_id=contact_id)

    def prepare_form(self) -> None:
        ui = self.ui
        self.swap_in_contact_picker()
        swap_in(ui, "organization_id", RecordPicker(self.database, "organizations"))
        for name, vocabulary in (
            ("stage", "OUTCOME_STAGE"),
            ("status", "OUTCOME_STATUS"),
            ("employer_kind", "EMPLOYER_KIND"),
            ("learned_how", "LEARNED_HOW"),
        ):
            swap_in(ui, name, CodeCombo(vocabulary))

    def defaults(self) -> Values:
        return {
            "contact_id": self.fixed_contact,
            "stage": self.given_stage or "leaving",
            "outcome_date": date.today(),
        }

    def problems(self, values: Values) -> list[Problem]:
        found = super().problems(values)
        if self.fields["contact_id"].is_valid():
            with self.database.read_session() as session:
                found += check_outcome(session, values, self.record_id)
        return found
