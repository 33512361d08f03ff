"""The editors of the agreements between organisations (issue 22): an agreement (title, kind,
signed on, valid until, its document's name, notes) with the tab of its parties, and the
editor of one party (opened from the agreement: fixed) with its role."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget
from sqlalchemy.orm import Session

from socialneet_desktop.db.models import RecordMixin
from socialneet_desktop.db.models_network import Agreement, AgreementParty
from socialneet_desktop.services.network.records import parties_of_agreement
from socialneet_desktop.ui.editors.base import RecordEditor, Values
from socialneet_desktop.ui.editors.fixed_parent import FixedParentMixin
from socialneet_desktop.ui.editors.related_tabs import RelatedSpec, RelatedTab
from socialneet_desktop.ui.editors.typed_fields import TypedFieldsMixin, swap_in
from socialneet_desktop.ui.editors.widgets import CodeCombo, RecordPicker
from socialneet_desktop.ui.generated.ui_agreement_editor import Ui_AgreementEditor
from socialneet_desktop.ui.generated.ui_agreement_party_editor import Ui_AgreementPartyEditor


def party_rows(session: Session, agreement_id: int) -> list[tuple[int, tuple[str, ...]]]:
    parties = parties_of_agreement(session, agreement_id)
    return [
        (party.id, (party.organization.name if party.organization else "", party.role or ""))
        for party in parties
    ]


class AgreementEditor(RecordEditor):
    form_class = Ui_AgreementEditor
    kind_key = "agreements"
    model = Agreement
    field_names = ("title", "agreement_kind", "signed_on", "valid_until", "document_name", "notes")

    def prepare_form(self) -> None:
        swap_in(self.ui, "agreement_kind", CodeCombo("AGREEMENT_KIND"))
        self.parties = RelatedTab(self, self.parties_spec())

    def defaults(self) -> Values:
        return {"agreement_kind": "memorandum"}

    def parties_spec(self) -> RelatedSpec:
        database = self.database

        def new_party(agreement_id: int, parent: QWidget) -> QDialog:
            return AgreementPartyEditor(database, None, parent, parent_id=agreement_id)

        return RelatedSpec(
            "parties",
            self.tr("&Parties"),
            (self.tr("Organisation"), self.tr("Role")),
            "agreement_parties",
            party_rows,
            new_label=self.tr("New &party…"),
            new_editor=new_party,
        )

    def load_extra(self, session: Session, record: RecordMixin | None) -> None:
        super().load_extra(session, record)
        self.parties.load(session, record.id if record is not None else None)

    def after_save(self) -> None:
        self.parties.refresh()


class AgreementPartyEditor(FixedParentMixin, TypedFieldsMixin, RecordEditor):
    """An organisation that signed an agreement (opened from the agreement: fixed)."""

    form_class = Ui_AgreementPartyEditor
    kind_key = "agreement_parties"
    model = AgreementParty
    field_names = ("organization_id", "role")
    typed_names = ("organization_id",)
    parent_field = "agreement_id"

    def prepare_form(self) -> None:
        swap_in(self.ui, "organization_id", RecordPicker(self.database, "organizations"))


__all__ = ["AgreementEditor", "AgreementPartyEditor"]
