"""The editor of a meeting with stakeholders: when, what, and which organisations and people.

The organisations and people met are written with the meeting's fields, in one session. The
project activity is chosen among the managed ones (activity_id, issue 19); the old free
activity_code column is still written, from the chosen activity's code, for the exports and
imports that read it, until a later migration drops it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from socialneet_desktop.db.database import Database
from socialneet_desktop.db.models import RecordMixin, StakeholderMeeting
from socialneet_desktop.services.current_user import current_user_name
from socialneet_desktop.services.project_activities import code_of
from socialneet_desktop.ui.editors.base import RecordEditor, Values
from socialneet_desktop.ui.editors.meeting_links import MeetingLinks
from socialneet_desktop.ui.editors.typed_fields import TypedFieldsMixin, swap_in
from socialneet_desktop.ui.editors.widgets import CodeCombo, RecordPicker
from socialneet_desktop.ui.generated.ui_meeting_editor import Ui_MeetingEditor


class MeetingEditor(TypedFieldsMixin, RecordEditor):
    form_class = Ui_MeetingEditor
    kind_key = "meetings"
    model = StakeholderMeeting
    field_names = (
        *("meeting_date", "meeting_type", "activity_id", "topic", "location"),
        *("municipality_code", "staff_id", "participants_count", "outcome"),
        *("follow_up", "follow_up_date", "notes"),
    )
    typed_names = ("activity_id", "staff_id")

    def __init__(
        self, database: Database, record_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(database, record_id, parent)
        self.ui.add_organization.clicked.connect(self.links.add)
        self.ui.remove_organization.clicked.connect(self.links.remove)

    def prepare_form(self) -> None:
        ui = self.ui
        swap_in(ui, "meeting_type", CodeCombo("MEETING_TYPE"))
        swap_in(ui, "activity_id", RecordPicker(self.database, "activities"))
        ui.activity_id.lineEdit().setPlaceholderText(self.tr("Type the code or part of the title"))
        swap_in(ui, "staff_id", RecordPicker(self.database, "staff"))
        picker = swap_in(ui, "organization_picker", RecordPicker(self.database, "organizations"))
        self.links = MeetingLinks(picker, ui.organizations_list, ui.people_list)

    def defaults(self) -> Values:
        return {"meeting_date": date.today()}

    def write(self, session: Session, values: Values) -> RecordMixin:
        """The record, its activity_code following the chosen activity (kept for old exports
        until a later migration drops the column)."""
        code = code_of(session, values.get("activity_id"))
        return super().write(session, values | {"activity_code": code})

    def load_extra(self, session: Session, record: RecordMixin | None) -> None:
        super().load_extra(session, record)
        self.links.load(session, record)

    def save_extra(self, session: Session, record: RecordMixin) -> None:
        self.links.save(session, record, current_user_name())

    def after_save(self) -> None:
        self.links.committed()

    def extra_dirty(self) -> bool:
        return self.links.is_dirty()
