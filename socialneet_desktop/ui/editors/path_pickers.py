"""Pickers of the young person's path: a mentor chosen by its staff member's or its person's
name, and a person of one organisation (a placement's tutor, a mentor from an organisation):
the list offers only that organisation's people."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from socialneet_desktop.db.database import Database
from socialneet_desktop.services import mentoring
from socialneet_desktop.services.choices import choice_label
from socialneet_desktop.ui.editors.widgets import RecordPicker


class MentorPicker(RecordPicker):
    """A mentor, found by typing part of its name (staff member's or person's)."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, "staff", parent)  # "staff": the base checks a known kind
        self.kind_key = "mentors"

    def _search(self, text: str) -> list[tuple[int, str]]:
        with self.database.read_session() as session:
            return mentoring.find_mentors(session, text)

    def set_record_id(self, record_id: int | None) -> None:
        if record_id is None:
            super().set_record_id(None)
            return
        with self.database.read_session() as session:
            label = mentoring.mentor_label(session, record_id)
        self._select(record_id, label or f"#{record_id}")


class OrganizationPeoplePicker(RecordPicker):
    """A person of the organisation set with `set_organization` (nobody while there is none)."""

    organization_id: int | None = None

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, "contact_people", parent)

    def set_organization(self, organization_id: int | None) -> None:
        """Offer that organisation's people; a chosen person of another one is cleared."""
        if organization_id == self.organization_id:
            return
        chosen = self.record_id()
        self.organization_id = organization_id
        found = self._search("")
        self._fill(found)
        if chosen in {person_id for person_id, _name in found}:
            self.set_record_id(chosen)

    def _search(self, text: str) -> list[tuple[int, str]]:
        if self.organization_id is None:
            return []
        with self.database.read_session() as session:
            return mentoring.people_of(session, self.organization_id, text)

    def set_record_id(self, record_id: int | None) -> None:
        if record_id is None:
            super().set_record_id(None)
            return
        with self.database.read_session() as session:
            label = choice_label(session, "contact_people", record_id)
        self._select(record_id, label or f"#{record_id}")
