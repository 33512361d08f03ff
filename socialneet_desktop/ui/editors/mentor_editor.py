"""The editor of a mentor: one of our staff, or a person of an organisation (the
organisation chosen first, then one of its people), trained on, availability, active; the
"Young people" tab lists its assignments (a young person accompanied for a period), with
"New assignment…" to add one.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QWidget
from sqlalchemy.orm import Session

from socialneet_desktop.db.database import Database
from socialneet_desktop.db.models import RecordMixin
from socialneet_desktop.db.models_path import Mentor, MentorAssignment
from socialneet_desktop.domain.italian_dates import date_text
from socialneet_desktop.services import mentoring
from socialneet_desktop.ui.editors.base import RecordEditor, Values
from socialneet_desktop.ui.editors.path_pickers import MentorPicker, OrganizationPeoplePicker
from socialneet_desktop.ui.editors.related_tabs import RelatedSpec, RelatedTab
from socialneet_desktop.ui.editors.typed_fields import TypedFieldsMixin, swap_in
from socialneet_desktop.ui.editors.widgets import RecordPicker
from socialneet_desktop.ui.generated.ui_mentor_assignment_editor import (
    Ui_MentorAssignmentEditor,
)
from socialneet_desktop.ui.generated.ui_mentor_editor import Ui_MentorEditor


def _name(record) -> str:
    return f"{record.last_name} {record.first_name}".strip() if record is not None else ""


def assignment_rows(session: Session, mentor_id: int) -> list[tuple[int, tuple[str, ...]]]:
    return [
        (
            assignment.id,
            (
                _name(assignment.contact),
                date_text(assignment.start_date),
                date_text(assignment.end_date),
                (assignment.notes or "").splitlines()[0] if assignment.notes else "",
            ),
        )
        for assignment in mentoring.assignments_of_mentor(session, mentor_id)
    ]


class MentorEditor(TypedFieldsMixin, RecordEditor):
    form_class = Ui_MentorEditor
    kind_key = "mentors"
    model = Mentor
    field_names = (
        *("staff_id", "contact_person_id", "trained_on", "availability", "active", "notes"),
    )
    typed_names = ("staff_id", "contact_person_id")

    def __init__(
        self, database: Database, record_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(database, record_id, parent)
        self.ui.organization_id.changed.connect(self.organization_changed)

    def prepare_form(self) -> None:
        ui = self.ui
        swap_in(ui, "staff_id", RecordPicker(self.database, "staff"))
        swap_in(ui, "organization_id", RecordPicker(self.database, "organizations"))
        swap_in(ui, "contact_person_id", OrganizationPeoplePicker(self.database))
        self.assignments = RelatedTab(self, self.assignments_spec())

    def assignments_spec(self) -> RelatedSpec:
        database = self.database

        def new_assignment(mentor_id: int, parent: QWidget) -> QDialog:
            return MentorAssignmentEditor(database, None, parent, mentor_id=mentor_id)

        return RelatedSpec(
            "assignments",
            self.tr("&Young people"),
            (self.tr("Person"), self.tr("From"), self.tr("To"), self.tr("Notes")),
            "mentor_assignments",
            assignment_rows,
            new_label=self.tr("&New assignment…"),
            new_editor=new_assignment,
        )

    def defaults(self) -> Values:
        return {"active": True}

    def load_extra(self, session: Session, record: RecordMixin | None) -> None:
        person_id = record.contact_person_id if record is not None else None
        organization_id = mentoring.organization_of_person(session, person_id)
        self.ui.organization_id.set_record_id(organization_id)
        self.ui.contact_person_id.set_organization(organization_id)
        super().load_extra(session, record)
        self.assignments.load(session, record.id if record is not None else None)

    def organization_changed(self) -> None:
        self.ui.contact_person_id.set_organization(self.ui.organization_id.record_id())

    def after_save(self) -> None:
        self.assignments.refresh()


class MentorAssignmentEditor(TypedFieldsMixin, RecordEditor):
    """A mentor accompanying a young person for a period (opened from the mentor: fixed)."""

    form_class = Ui_MentorAssignmentEditor
    kind_key = "mentor_assignments"
    model = MentorAssignment
    field_names = ("mentor_id", "contact_id", "start_date", "end_date", "notes")
    typed_names = ("mentor_id", "contact_id")

    def __init__(
        self,
        database: Database,
        record_id: int | None = None,
        parent: QWidget | None = None,
        *,
        mentor_id: int | None = None,
    ) -> None:
        self.fixed_mentor = mentor_id
        super().__init__(database, record_id, parent)
        self.ui.mentor_id.setEnabled(mentor_id is None and record_id is None)

    def prepare_form(self) -> None:
        swap_in(self.ui, "mentor_id", MentorPicker(self.database))
        swap_in(self.ui, "contact_id", RecordPicker(self.database, "contacts"))

    def defaults(self) -> Values:
        return {"mentor_id": self.fixed_mentor, "start_date": date.today()}

    def problems(self, values: Values) -> list:
        """The kind's rules, and no other period of the same mentor and person overlapping."""
        found = super().problems(values)
        start, end = values.get("start_date"), values.get("end_date")
        if isinstance(start, date) and (end is None or isinstance(end, date)):
            with self.database.read_session() as session:
                overlap = mentoring.overlapping_assignment(
                    session,
                    values.get("mentor_id"),
                    values.get("contact_id"),
                    start,
                    end,
                    self.record_id,
                )
            found += [overlap] if overlap is not None else []
        return found


__all__ = ["MentorAssignmentEditor", "MentorEditor"]
