"""The editor of a need: who needs it (an organisation, or a group of young people described
and counted, never named), what (the resources' own categories), where, when, how much, how
urgent; the "Proposals" tab ranks the resources that may serve it, with the reasons of their
score and the delegates' marks, and confirms one (ui/views/matching_proposals).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from socialneet_desktop.db.models import RecordMixin
from socialneet_desktop.db.models_needs import Need
from socialneet_desktop.domain import vocabularies as voc
from socialneet_desktop.ui.editors.base import RecordEditor, Values
from socialneet_desktop.ui.editors.fields import fill_checklist
from socialneet_desktop.ui.editors.organization_place import OrganizationPlaceMixin
from socialneet_desktop.ui.editors.typed_fields import TypedFieldsMixin, swap_in
from socialneet_desktop.ui.editors.widgets import CodeCombo, RecordPicker
from socialneet_desktop.ui.generated.ui_need_editor import Ui_NeedEditor

VOCABULARY_FIELDS = {
    "category": "RESOURCE_CATEGORY",
    "status": "NEED_STATUS",
    "source": "NEED_SOURCE",
}


class NeedEditor(OrganizationPlaceMixin, TypedFieldsMixin, RecordEditor):
    form_class = Ui_NeedEditor
    kind_key = "needs"
    model = Need
    field_names = (
        *("title", "organization_id", "group_description", "group_size", "category"),
        *("description", "municipality_code", "urgency", "status", "source"),
        *("needed_from", "needed_to", "days", "quantity", "unit", "recorded_on"),
        *("recorded_by_id", "outcome_notes", "notes"),
    )
    typed_names = ("organization_id", "quantity", "recorded_by_id")

    def prepare_form(self) -> None:
        from socialneet_desktop.ui.views.matching_proposals import ProposalsTab

        ui = self.ui
        for name, vocabulary in VOCABULARY_FIELDS.items():
            swap_in(ui, name, CodeCombo(vocabulary, allow_empty=name == "source"))
        org = swap_in(ui, "organization_id", RecordPicker(self.database, "organizations"))
        org.changed.connect(self.offer_organization_municipality)
        swap_in(ui, "recorded_by_id", RecordPicker(self.database, "staff"))
        fill_checklist(ui.days, voc.WEEKDAY)
        self.show_italian_quantity()
        self.proposals = ProposalsTab(self)
        ui.tabs.insertTab(ui.tabs.indexOf(ui.history_tab), self.proposals, self.tr("&Proposals"))
        self.resize(1000, 620)  # the proposals' reasons in sight; within 1366 x 768

    def defaults(self) -> Values:
        return {"status": "open", "urgency": 2, "recorded_on": date.today()}

    def load_extra(self, session: Session, record: RecordMixin | None) -> None:
        super().load_extra(session, record)
        self.proposals.need_changed(record.id if record is not None else None)

    def after_save(self) -> None:
        self.proposals.need_changed(self.record_id)

    def reload_after_matching(self) -> None:
        """A step of the Proposals tab changed the need (its status): read it again."""
        self.load()
