"""The editor of a mentoring meeting: a mentor with a young person, like a Meeting Point
visit (and counted apart from the visits). Opened from a contact (`contact_id`), the person
is fixed; the mentor proposed is the one accompanying that person today, if any."""

from __future__ import annotations

from datetime import date

from socialneet_desktop.db.models_path import MentoringMeeting
from socialneet_desktop.domain.validation import Problem
from socialneet_desktop.services import mentoring
from socialneet_desktop.services.kinds.mentoring_meetings import MENTOR_REQUIRED
from socialneet_desktop.ui.editors.base import RecordEditor, Values
from socialneet_desktop.ui.editors.fixed_contact import FixedContactMixin
from socialneet_desktop.ui.editors.path_pickers import MentorPicker
from socialneet_desktop.ui.editors.typed_fields import TypedFieldsMixin, swap_in
from socialneet_desktop.ui.generated.ui_mentoring_meeting_editor import (
    Ui_MentoringMeetingEditor,
)


class MentoringMeetingEditor(FixedContactMixin, TypedFieldsMixin, RecordEditor):
    form_class = Ui_MentoringMeetingEditor
    kind_key = "mentoring_meetings"
    model = MentoringMeeting
    field_names = (
        *("contact_id", "mentor_id", "meeting_date", "start_time", "end_time"),
        *("summary", "outcome", "next_appointment"),
    )
    typed_names = ("contact_id", "mentor_id", "start_time", "end_time", "next_appointment")
    partners = {"next_appointment": "next_appointment_time"}

    def prepare_form(self) -> None:
        self.swap_in_contact_picker()
        swap_in(self.ui, "mentor_id", MentorPicker(self.database))

    def defaults(self) -> Values:
        return {
            "contact_id": self.fixed_contact,
            "mentor_id": self.current_mentor(self.fixed_contact),
            "meeting_date": date.today(),
        }

    def problems(self, values: Values) -> list[Problem]:
        """The kind's rules, and a mentor: typed here, a meeting always has one."""
        found = super().problems(values)
        if values.get("mentor_id") is None and not self.ui.mentor_id.currentText().strip():
            found.append(Problem("mentor_id", MENTOR_REQUIRED))
        return found

    def current_mentor(self, contact_id: int | None) -> int | None:
        if contact_id is None:
            return None
        with self.database.read_session() as session:
            return mentoring.current_mentor(session, contact_id, date.today())
