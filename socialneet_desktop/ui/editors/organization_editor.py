"""The editor of an organisation (stakeholder), its contact people, and the tabs of the
meetings it took part in and the resources it owns (related_tabs).

While a NEW organisation is typed, similar existing ones are offered in a yellow banner
(see duplicate_watch).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from socialneet_desktop.db.database import Database
from socialneet_desktop.db.models import Organization, RecordMixin
from socialneet_desktop.domain.vocabularies import ORGANIZATION_KIND
from socialneet_desktop.services.current_user import current_user_name
from socialneet_desktop.services.duplicates import DuplicateMatch, possible_duplicate_organizations
from socialneet_desktop.ui.editors.base import RecordEditor, Values
from socialneet_desktop.ui.editors.duplicate_watch import DuplicateWatch
from socialneet_desktop.ui.editors.fields import fill_vocabulary
from socialneet_desktop.ui.editors.organization_people import PeopleTable
from socialneet_desktop.ui.editors.related_rows import (
    organization_meetings,
    organization_resources,
)
from socialneet_desktop.ui.editors.related_tabs import RelatedTab
from socialneet_desktop.ui.generated.ui_organization_editor import Ui_OrganizationEditor

DUPLICATE_KEYS = ("name", "tax_code", "vat_number", "municipality_code")


class OrganizationEditor(RecordEditor):
    form_class = Ui_OrganizationEditor
    kind_key = "organizations"
    model = Organization
    field_names = (
        "name",
        "kind",
        "tax_code",
        "vat_number",
        "municipality_code",
        "address",
        "postal_code",
        "phone",
        "email",
        "website",
        "sector",
        "notes",
    )

    def __init__(
        self, database: Database, record_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(database, record_id, parent)
        self.ui.add_person.clicked.connect(self.people.add)
        self.ui.edit_person.clicked.connect(self.people.edit)
        self.ui.remove_person.clicked.connect(self.people.remove)

    def prepare_form(self) -> None:
        fill_vocabulary(self.ui.kind, ORGANIZATION_KIND, allow_empty=True)
        self.ui.banner_layout.setStretch(0, 1)
        self.people = PeopleTable(self.ui.people_table, self)
        self.related = [
            RelatedTab(self, organization_meetings()),
            RelatedTab(self, organization_resources()),
        ]
        self.duplicates = DuplicateWatch(
            self,
            DUPLICATE_KEYS,
            self.similar,
            self.tr("A similar organisation exists: %1 (%2)"),
            (self.ui.duplicate_banner, self.ui.duplicate_label, self.ui.open_existing),
        )

    def load_extra(self, session: Session, record: RecordMixin | None) -> None:
        self.people.load(session, record.id if record is not None else None)
        for tab in self.related:
            tab.load(session, record.id if record is not None else None)

    def save_extra(self, session: Session, record: RecordMixin) -> None:
        self.people.save(session, record.id, current_user_name())

    def after_save(self) -> None:
        self.people.committed()
        for tab in self.related:
            tab.refresh()

    def extra_dirty(self) -> bool:
        return self.people.is_dirty()

    def field_changed(self) -> None:
        self.duplicates.field_changed()

    def similar(self, session: Session, values: Values) -> list[DuplicateMatch]:
        municipality_ok = self.ui.municipality_code.is_valid()
        return possible_duplicate_organizations(
            session,
            name=values["name"],
            tax_code=values["tax_code"],
            vat_number=values["vat_number"],
            municipality_code=values["municipality_code"] if municipality_ok else "",
        )
