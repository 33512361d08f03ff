"""The editor of a staff member (an operator of the association)."""

from __future__ import annotations

from socialneet_desktop.db.models import Staff
from socialneet_desktop.domain.vocabularies import STAFF_ROLE
from socialneet_desktop.ui.editors.base import RecordEditor, Values
from socialneet_desktop.ui.editors.fields import fill_vocabulary
from socialneet_desktop.ui.generated.ui_staff_editor import Ui_StaffEditor


class StaffEditor(RecordEditor):
    form_class = Ui_StaffEditor
    kind_key = "staff"
    model = Staff
    field_names = ("first_name", "last_name", "role", "email", "phone", "active", "notes")

    def prepare_form(self) -> None:
        fill_vocabulary(self.ui.role, STAFF_ROLE, allow_empty=False)

    def defaults(self) -> Values:
        return {"role": "operator", "active": True}
