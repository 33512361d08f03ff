"""The editors of the agreements between organisations (issue 22): an agreement (title, kind,
signed on, valid until, its document's name, notes) with the tab of its parties, and the
editor of one party (opened from the agreement: fixed) with its role."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget
from sqlalchemy.orm import Session

from socialneet_desktop.db.database import Database
from socialneet_desktop.db.models import RecordMixin
from socialneet_desktop.db.models_network import Agreement, AgreementParty
from socialneet_desktop.services.network.records import parties_of_agreement
from socialneet_desktop.ui.editors.base import RecordEditor, Values
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
            return AgreementPartyEditor(database, None, parent, agreement_id=agreement_id)

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


class AgreementPartyEditor(TypedFieldsMixin, RecordEditor):
    """An organisation that signed an agreement (opened from the agreement: fixed)."""

    form_class = Ui_AgreementPartyEditor
    kind_key = "agreement_parties"
    model = AgreementParty
    field_names = ("organization_id", "role")
    typed_names = ("organization_id",)

    def __init__(
        self,
        database: Database,
        record_id: int | None = None,
        parent: QWidget | None = None,
        *,
        agreement_id: int | None = None,
    ) -> None:
        self.agreement_id = agreement_id
        super().__init__(database, record_id, parent)

    def prepare_form(self) -> None:
        swap_in(self.ui, "organization_id", RecordPicker(self.database, "organizations"))

    def load_extra(self, session: Session, record: RecordMixin | None) -> None:
        super().load_extra(session, record)
        if record is not None:
            self.agreement_id = record.agreement_id

    def problems(self, values: Values) -> list:
        """The kind's rules on the values with the fixed agreement (not a field of the form)."""
        found = super().problems(values)
        return [p for p in found if p.field != "agreement_id" or self.agreement_id is None]

    def write(self, session: Session, values: Values) -> RecordMixin:
        return super().write(session, {**values, "agreement_id": self.agreement_id})


__all__ = ["AgreementEditor", "AgreementPartyEditor"]
