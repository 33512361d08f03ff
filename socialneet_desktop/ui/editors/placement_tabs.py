"""The tabs a contact's editor can show for the young person's placements and mentoring
meetings (related_tabs): what each lists, and "New…" with the person fixed. The contact
editor adds them as it adds its Visits tab:

    RelatedTab(self, contact_placements(self.database))
    RelatedTab(self, contact_mentoring(self.database))
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget
from sqlalchemy.orm import Session

from socialneet_desktop.domain import vocabularies as voc
from socialneet_desktop.domain.italian_dates import date_text
from socialneet_desktop.i18n import translate
from socialneet_desktop.services import mentoring
from socialneet_desktop.services.kinds.mentors import mentor_name
from socialneet_desktop.ui.editors.related_tabs import RelatedSpec

Rows = list[tuple[int, tuple[str, ...]]]


def _label(vocabulary: voc.Vocabulary, code: str | None) -> str:
    if not code:
        return ""
    return translate("Vocabulary", vocabulary.label_for(code)) if code in vocabulary else code


def placement_rows(session: Session, contact_id: int) -> Rows:
    return [
        (
            placement.id,
            (
                date_text(placement.start_date),
                date_text(placement.end_date),
                _label(voc.PLACEMENT_KIND, placement.placement_kind),
                placement.host.name if placement.host is not None else "",
            ),
        )
        for placement in mentoring.placements_of_contact(session, contact_id)
    ]


def mentoring_rows(session: Session, contact_id: int) -> Rows:
    return [
        (
            meeting.id,
            (
                date_text(meeting.meeting_date),
                mentor_name(meeting.mentor) if meeting.mentor is not None else "",
                (meeting.summary or "").splitlines()[0] if meeting.summary else "",
            ),
        )
        for meeting in mentoring.meetings_of_contact(session, contact_id)
    ]


def contact_placements(database) -> RelatedSpec:
    def new_placement(contact_id: int, parent: QWidget) -> QDialog:
        from socialneet_desktop.ui.editors.placement_editor import PlacementEditor

        return PlacementEditor(database, None, parent, contact_id=contact_id)

    return RelatedSpec(
        "placements",
        translate("RelatedTab", "&Placements"),
        (
            translate("RelatedTab", "Start"),
            translate("RelatedTab", "End"),
            translate("RelatedTab", "Kind"),
            translate("RelatedTab", "Host organisation"),
        ),
        "placements",
        placement_rows,
        new_label=translate("RelatedTab", "New &placement…"),
        new_editor=new_placement,
    )


def contact_mentoring(database) -> RelatedSpec:
    def new_meeting(contact_id: int, parent: QWidget) -> QDialog:
        from socialneet_desktop.ui.editors.mentoring_meeting_editor import (
            MentoringMeetingEditor,
        )

        return MentoringMeetingEditor(database, None, parent, contact_id=contact_id)

    return RelatedSpec(
        "mentoring",
        translate("RelatedTab", "Me&ntoring"),
        (
            translate("RelatedTab", "Date"),
            translate("RelatedTab", "Mentor"),
            translate("RelatedTab", "Summary"),
        ),
        "mentoring_meetings",
        mentoring_rows,
        new_label=translate("RelatedTab", "New mentoring &meeting…"),
        new_editor=new_meeting,
    )
