"""Which editor opens which record kind: the one place the screen maps a kind to its editor."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from socialneet_desktop.db.database import Database
from socialneet_desktop.ui.editors import related_tabs
from socialneet_desktop.ui.editors.activity_editor import ActivityEditor, ActivityTargetEditor
from socialneet_desktop.ui.editors.agreement_editor import AgreementEditor, AgreementPartyEditor
from socialneet_desktop.ui.editors.base import RecordEditor
from socialneet_desktop.ui.editors.contact_editor import ContactEditor
from socialneet_desktop.ui.editors.coop_answer_editor import CoopAnswerEditor, CoopTieEditor
from socialneet_desktop.ui.editors.course_editor import CourseEditor
from socialneet_desktop.ui.editors.enrolment_editor import EnrolmentEditor
from socialneet_desktop.ui.editors.meeting_editor import MeetingEditor
from socialneet_desktop.ui.editors.mentor_editor import MentorAssignmentEditor, MentorEditor
from socialneet_desktop.ui.editors.mentoring_meeting_editor import MentoringMeetingEditor
from socialneet_desktop.ui.editors.need_editor import NeedEditor
from socialneet_desktop.ui.editors.organization_editor import OrganizationEditor
from socialneet_desktop.ui.editors.outcome_editor import OutcomeEditor
from socialneet_desktop.ui.editors.placement_editor import PlacementEditor
from socialneet_desktop.ui.editors.project_idea_editor import ProjectIdeaEditor
from socialneet_desktop.ui.editors.resource_editor import ResourceEditor
from socialneet_desktop.ui.editors.settings_editor import SettingsEditor
from socialneet_desktop.ui.editors.staff_editor import StaffEditor
from socialneet_desktop.ui.editors.visit_editor import VisitEditor

# record kind key -> its editor; each editor says which kind it edits (RecordEditor.kind_key).
# A new kind's editor is added here.
EDITORS: dict[str, type[RecordEditor]] = {
    editor.kind_key: editor
    for editor in (
        StaffEditor,
        OrganizationEditor,
        ContactEditor,
        ResourceEditor,
        NeedEditor,
        MeetingEditor,
        VisitEditor,
        CourseEditor,
        EnrolmentEditor,
        PlacementEditor,
        MentorEditor,
        MentorAssignmentEditor,
        MentoringMeetingEditor,
        ProjectIdeaEditor,
        OutcomeEditor,
        ActivityEditor,
        ActivityTargetEditor,
        CoopAnswerEditor,  # the cooperation (issue 22)
        CoopTieEditor,
        AgreementEditor,
        AgreementPartyEditor,
    )
}


def open_editor(
    kind_key: str, database: Database, record_id: int | None, parent: QWidget | None
) -> QDialog | None:
    """The editor of a record of `kind_key` (a new one when `record_id` is None), not yet
    shown; None for kinds without an editor yet. The caller shows it (open() or exec())."""
    editor_class = EDITORS.get(kind_key)
    if editor_class is None:
        return None
    return editor_class(database, record_id, parent)


related_tabs.OPENER["open_editor"] = open_editor


def open_settings(database: Database, parent: QWidget | None) -> QDialog:
    """The dialog of the association's details, not yet shown."""
    return SettingsEditor(database, parent)


def open_visit_for_contact(database: Database, contact_id: int, parent: QWidget | None) -> QDialog:
    """A new visit of the contact `contact_id` (fixed), not yet shown."""
    return VisitEditor(database, None, parent, contact_id=contact_id)
