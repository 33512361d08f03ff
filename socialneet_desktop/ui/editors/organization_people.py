"""The contact people of the organisation being edited, kept in memory until it is saved."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtWidgets import QDialog, QTableWidget, QTableWidgetItem, QWidget
from sqlalchemy.orm import Session

from socialneet_desktop.db.models import ContactPerson
from socialneet_desktop.services.records import create_record, delete_record, update_record
from socialneet_desktop.services.related_records import people_of_organization
from socialneet_desktop.ui.editors.contact_person_editor import FIELDS, ContactPersonEditor

COLUMNS = ("last_name", "first_name", "role", "phone", "email")


@dataclass
class PersonRow:
    values: dict[str, Any]
    record_id: int | None = None
    version: int = 0
    original: dict[str, Any] = field(default_factory=dict)
    removed: bool = False

    @property
    def changed(self) -> bool:
        return self.removed or self.values != self.original


class PeopleTable:
    """Add / Edit / Remove on the table; `save` writes the differences in the caller's session."""

    def __init__(self, table: QTableWidget, parent: QWidget) -> None:
        self.table = table
        self.parent = parent
        self.rows: list[PersonRow] = []
        self._written: list[tuple[PersonRow, int, int]] = []
        self.editor_factory = ContactPersonEditor
        table.doubleClicked.connect(lambda *_: self.edit())

    def load(self, session: Session, organization_id: int | None) -> None:
        self.rows = []
        if organization_id is not None:
            for person in people_of_organization(session, organization_id):
                values = {name: getattr(person, name) for name in FIELDS}
                self.rows.append(PersonRow(values, person.id, person.version, dict(values)))
        self.refresh()

    def visible(self) -> list[PersonRow]:
        return [row for row in self.rows if not row.removed]

    def refresh(self) -> None:
        shown = self.visible()
        self.table.setRowCount(len(shown))
        for number, row in enumerate(shown):
            for column, name in enumerate(COLUMNS):
                self.table.setItem(number, column, QTableWidgetItem(row.values.get(name) or ""))
        for column in range(len(COLUMNS) - 1):  # the e-mail, last, takes what is left
            self.table.resizeColumnToContents(column)

    def current(self) -> PersonRow | None:
        number = self.table.currentRow()
        shown = self.visible()
        return shown[number] if 0 <= number < len(shown) else None

    def add(self) -> None:
        dialog = self.editor_factory(None, self.parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.rows.append(PersonRow(dialog.values()))
            self.refresh()

    def edit(self) -> None:
        row = self.current()
        if row is None:
            return
        dialog = self.editor_factory(row.values, self.parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            row.values = dialog.values()
            self.refresh()

    def remove(self) -> None:
        row = self.current()
        if row is not None:
            if row.record_id is None:
                self.rows.remove(row)
            else:
                row.removed = True
            self.refresh()

    def is_dirty(self) -> bool:
        return any(row.changed for row in self.rows)

    def save(self, session: Session, organization_id: int, user: str) -> None:
        """New people are created, changed ones updated, removed ones go to the recycle bin.

        The rows learn their new ids and versions only in `committed`, once the session is."""
        self._written: list[tuple[PersonRow, int, int]] = []
        for row in self.rows:
            if row.record_id is None:
                values = row.values | {"organization_id": organization_id}
                record = create_record(session, ContactPerson, values, user=user)
            elif row.removed:
                record = delete_record(
                    session, ContactPerson, row.record_id, row.version, user=user
                )
            elif row.changed:
                record = update_record(
                    session, ContactPerson, row.record_id, row.version, row.values, user=user
                )
            else:
                continue
            self._written.append((row, record.id, record.version))

    def committed(self) -> None:
        for row, record_id, version in self._written:
            row.record_id, row.version, row.original = record_id, version, dict(row.values)
        self.rows = [row for row in self.rows if not row.removed]
        self._written = []
        self.refresh()
