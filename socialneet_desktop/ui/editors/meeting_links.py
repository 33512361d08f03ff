"""The organisations met at a meeting and, among their contact people, those who came."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem
from sqlalchemy.orm import Session

from socialneet_desktop.db.models import StakeholderMeeting
from socialneet_desktop.services.choices import choice_label
from socialneet_desktop.services.records import set_meeting_links
from socialneet_desktop.services.related_records import people_of_organizations
from socialneet_desktop.ui.editors.widgets import RecordPicker

ID = Qt.ItemDataRole.UserRole
Links = tuple[frozenset[int], frozenset[int]]


class MeetingLinks:
    """Add / Remove organisations; tick people. `save` writes both in the caller's session."""

    def __init__(
        self, picker: RecordPicker, organizations: QListWidget, people: QListWidget
    ) -> None:
        self.picker, self.organizations, self.people = picker, organizations, people
        self.loaded: Links = (frozenset(), frozenset())

    def load(self, session: Session, meeting: StakeholderMeeting | None) -> None:
        self.organizations.clear()
        chosen = {p.id for p in meeting.people} if meeting is not None else set()
        for organization in meeting.organizations if meeting is not None else ():
            self._add_item(organization.id, organization.name)
        self.fill_people(session, chosen)
        self.loaded = self.links()

    def _add_item(self, organization_id: int, name: str) -> None:
        item = QListWidgetItem(name, self.organizations)
        item.setData(ID, organization_id)

    def organization_ids(self) -> list[int]:
        return [self.organizations.item(row).data(ID) for row in range(self.organizations.count())]

    def person_ids(self) -> list[int]:
        items = [self.people.item(row) for row in range(self.people.count())]
        return [i.data(ID) for i in items if i.checkState() == Qt.CheckState.Checked]

    def links(self) -> Links:
        return frozenset(self.organization_ids()), frozenset(self.person_ids())

    def is_dirty(self) -> bool:
        return self.links() != self.loaded

    def add(self) -> None:
        organization_id = self.picker.record_id()
        if organization_id is None or organization_id in self.organization_ids():
            return
        with self.picker.database.read_session() as session:
            self._add_item(organization_id, choice_label(session, "organizations", organization_id))
            self.fill_people(session, set(self.person_ids()))
        self.picker.set_record_id(None)

    def remove(self) -> None:
        row = self.organizations.currentRow()
        if row >= 0:
            self.organizations.takeItem(row)
            with self.picker.database.read_session() as session:
                self.fill_people(session, set(self.person_ids()))

    def fill_people(self, session: Session, checked: set[int]) -> None:
        """The contact people of the listed organisations; those in `checked` ticked."""
        self.people.clear()
        for person in people_of_organizations(session, self.organization_ids(), checked):
            name = " ".join(p for p in (person.last_name, person.first_name) if p)
            item = QListWidgetItem(f"{name} ({person.organization.name})", self.people)
            item.setData(ID, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = person.id in checked
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def save(self, session: Session, meeting: StakeholderMeeting, user: str) -> None:
        set_meeting_links(session, meeting, self.organization_ids(), self.person_ids(), user=user)

    def committed(self) -> None:
        self.loaded = self.links()
