"""The editor of a project idea: its fields and steps, the young people of its team (Team tab:
add and remove contacts) and its business plan document (attach, open, remove).

The team and the document are written with the idea's fields, in one session, on Save; the
status moves forward only (a rule of the kind: clearing a later step's date goes back).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget
from sqlalchemy.orm import Session

from socialneet_desktop.db.database import Database
from socialneet_desktop.db.models import ProjectIdea, RecordMixin
from socialneet_desktop.services import idea_records
from socialneet_desktop.services.choices import choice_label
from socialneet_desktop.services.current_user import current_user_name
from socialneet_desktop.ui.editors.attached_document import AttachedDocument
from socialneet_desktop.ui.editors.base import RecordEditor, Values
from socialneet_desktop.ui.editors.path_pickers import MentorPicker
from socialneet_desktop.ui.editors.typed_fields import TypedFieldsMixin, swap_in
from socialneet_desktop.ui.editors.widgets import CodeCombo, RecordPicker
from socialneet_desktop.ui.generated.ui_project_idea_editor import Ui_ProjectIdeaEditor

ID = Qt.ItemDataRole.UserRole
STEP_DATES = (
    *("idea_on", "plan_started_on", "plan_done_on", "presented_on", "started_on"),
    "abandoned_on",
)


class TeamList:
    """The young people of the team: a picker and Add, the list and Remove."""

    def __init__(self, picker: RecordPicker, view: QListWidget) -> None:
        self.picker, self.view = picker, view
        self.loaded: frozenset[int] = frozenset()

    def load(self, session: Session, idea_id: int | None) -> None:
        self.view.clear()
        for contact_id, name in idea_records.team_of(session, idea_id) if idea_id else []:
            self._add_item(contact_id, name)
        self.loaded = frozenset(self.ids())

    def _add_item(self, contact_id: int, name: str) -> None:
        item = QListWidgetItem(name, self.view)
        item.setData(ID, contact_id)

    def ids(self) -> list[int]:
        return [self.view.item(row).data(ID) for row in range(self.view.count())]

    def is_dirty(self) -> bool:
        return frozenset(self.ids()) != self.loaded

    def add(self) -> None:
        contact_id = self.picker.record_id()
        if contact_id is None or contact_id in self.ids():
            return
        with self.picker.database.read_session() as session:
            self._add_item(contact_id, choice_label(session, "contacts", contact_id))
        self.view.setCurrentRow(self.view.count() - 1)
        self.picker.set_record_id(None)
        self.picker.setFocus()

    def remove(self) -> None:
        row = self.view.currentRow()
        if row >= 0:
            self.view.takeItem(row)

    def committed(self) -> None:
        self.loaded = frozenset(self.ids())


class ProjectIdeaEditor(TypedFieldsMixin, RecordEditor):
    form_class = Ui_ProjectIdeaEditor
    kind_key = "project_ideas"
    model = ProjectIdea
    field_names = (
        *("title", "sector", "description", "mentor_id", "status", *STEP_DATES),
        *("funding_sought", "funding_source", "notes"),
    )
    typed_names = ("mentor_id", "funding_sought")

    def __init__(
        self, database: Database, record_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(database, record_id, parent)
        ui = self.ui
        ui.add_member.clicked.connect(lambda _checked=False: self.team.add())
        ui.remove_member.clicked.connect(lambda _checked=False: self.team.remove())

    def prepare_form(self) -> None:
        ui = self.ui
        swap_in(ui, "sector", CodeCombo("IDEA_SECTOR"))
        swap_in(ui, "status", CodeCombo("IDEA_STATUS", allow_empty=False))
        swap_in(ui, "mentor_id", MentorPicker(self.database))
        member_picker = swap_in(ui, "member_picker", RecordPicker(self.database, "contacts"))
        self.team = TeamList(member_picker, ui.members_list)
        self.document = AttachedDocument(
            self, self.database, ui.plan_name, (ui.attach_plan, ui.open_plan, ui.remove_plan)
        )

    def defaults(self) -> Values:
        return {"status": "idea", "idea_on": date.today()}

    def load_extra(self, session: Session, record: RecordMixin | None) -> None:
        super().load_extra(session, record)
        self.team.load(session, record.id if record is not None else None)
        self.document.load(record)

    def save_extra(self, session: Session, record: RecordMixin) -> None:
        user = current_user_name()
        idea_records.set_team(session, record, self.team.ids(), user=user)
        self.document.save(session, record, user)

    def after_save(self) -> None:
        self.team.committed()
        self.document.committed(self.record_id)

    def extra_dirty(self) -> bool:
        return self.team.is_dirty() or self.document.is_dirty()
