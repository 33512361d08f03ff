"""The editors of the cooperation questionnaire (issue 22): an answer (the organisation
answering, the date, who answered and their role) with the tab of the organisations it names,
and the editor of one organisation named (opened from the answer: the answer is fixed) with
the kinds of relation, the intensity 1-4, since when, trust and value."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget
from sqlalchemy.orm import Session

from socialneet_desktop.db.models import RecordMixin
from socialneet_desktop.db.models_network import RELATION_FIELDS, CoopAnswer, CoopTie
from socialneet_desktop.domain.vocabularies import COOP_RELATION
from socialneet_desktop.i18n import translate
from socialneet_desktop.services.network.records import ties_of_answer
from socialneet_desktop.ui.editors.base import RecordEditor, Values
from socialneet_desktop.ui.editors.fixed_parent import FixedParentMixin
from socialneet_desktop.ui.editors.related_tabs import RelatedSpec, RelatedTab
from socialneet_desktop.ui.editors.typed_fields import TypedFieldsMixin, swap_in
from socialneet_desktop.ui.editors.widgets import RecordPicker
from socialneet_desktop.ui.generated.ui_coop_answer_editor import Ui_CoopAnswerEditor
from socialneet_desktop.ui.generated.ui_coop_tie_editor import Ui_CoopTieEditor


def tie_rows(session: Session, answer_id: int) -> list[tuple[int, tuple[str, ...]]]:
    ties = ties_of_answer(session, answer_id)
    return [
        (
            tie.id,
            (
                tie.organization.name if tie.organization else "",
                ", ".join(
                    translate("Vocabulary", COOP_RELATION.label_for(name))
                    for name in RELATION_FIELDS
                    if getattr(tie, name)
                ),
                str(tie.intensity or ""),
                str(tie.since_year or ""),
            ),
        )
        for tie in ties
    ]


class CoopAnswerEditor(TypedFieldsMixin, RecordEditor):
    form_class = Ui_CoopAnswerEditor
    kind_key = "coop_answers"
    model = CoopAnswer
    field_names = (
        "organization_id",
        "answered_on",
        "respondent_person_id",
        "respondent_role",
        "notes",
    )
    typed_names = ("organization_id", "respondent_person_id")

    def prepare_form(self) -> None:
        swap_in(self.ui, "organization_id", RecordPicker(self.database, "organizations"))
        swap_in(self.ui, "respondent_person_id", RecordPicker(self.database, "contact_people"))
        self.named = RelatedTab(self, self.named_spec())

    def named_spec(self) -> RelatedSpec:
        database = self.database

        def new_tie(answer_id: int, parent: QWidget) -> QDialog:
            return CoopTieEditor(database, None, parent, parent_id=answer_id)

        return RelatedSpec(
            "named",
            self.tr("Organisations &named"),
            (self.tr("Organisation"), self.tr("Relations"), self.tr("Intensity"), self.tr("Since")),
            "coop_ties",
            tie_rows,
            new_label=self.tr("New organisation &named…"),
            new_editor=new_tie,
        )

    def load_extra(self, session: Session, record: RecordMixin | None) -> None:
        super().load_extra(session, record)
        self.named.load(session, record.id if record is not None else None)

    def after_save(self) -> None:
        self.named.refresh()


class CoopTieEditor(FixedParentMixin, TypedFieldsMixin, RecordEditor):
    """An organisation a questionnaire names (opened from the answer: fixed)."""

    form_class = Ui_CoopTieEditor
    kind_key = "coop_ties"
    model = CoopTie
    field_names = (
        "organization_id",
        *RELATION_FIELDS,
        "intensity",
        "since_year",
        "trust",
        "value",
        "notes",
    )
    typed_names = ("organization_id",)
    parent_field = "answer_id"

    def prepare_form(self) -> None:
        swap_in(self.ui, "organization_id", RecordPicker(self.database, "organizations"))

    def defaults(self) -> Values:
        return {"intensity": 1}


__all__ = ["CoopAnswerEditor", "CoopTieEditor"]
