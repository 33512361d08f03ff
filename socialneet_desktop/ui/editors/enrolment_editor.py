"""The editor of an enrolment: who, on which course, since when, and how it went (status with
its date, the reason of a drop-out, the certificate).

Opened from the course (`course_id`) the course is fixed, and the cursor starts at the person.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from socialneet_desktop.db.database import Database
from socialneet_desktop.db.models import Enrolment
from socialneet_desktop.ui.editors.base import RecordEditor, Values
from socialneet_desktop.ui.editors.typed_fields import TypedFieldsMixin, swap_in
from socialneet_desktop.ui.editors.widgets import CodeCombo, RecordPicker
from socialneet_desktop.ui.generated.ui_enrolment_editor import Ui_EnrolmentEditor


class EnrolmentEditor(TypedFieldsMixin, RecordEditor):
    form_class = Ui_EnrolmentEditor
    kind_key = "enrolments"
    model = Enrolment
    field_names = (
        *("contact_id", "course_id", "enrolled_on", "status", "status_date"),
        *("dropout_reason", "certificate_obtained", "notes"),
    )
    typed_names = ("contact_id", "course_id")

    def __init__(
        self,
        database: Database,
        record_id: int | None = None,
        parent: QWidget | None = None,
        *,
        course_id: int | None = None,
    ) -> None:
        self.fixed_course = course_id
        super().__init__(database, record_id, parent)
        self.ui.course_id.setEnabled(course_id is None)

    def prepare_form(self) -> None:
        swap_in(self.ui, "contact_id", RecordPicker(self.database, "contacts"))
        swap_in(self.ui, "course_id", RecordPicker(self.database, "courses"))
        swap_in(self.ui, "status", CodeCombo("ENROLMENT_STATUS", allow_empty=False))

    def defaults(self) -> Values:
        return {"course_id": self.fixed_course, "enrolled_on": date.today(), "status": "enrolled"}
