"""The project activity editor and its targets driven with real keystrokes (issue 19): an
activity typed and saved with Ctrl+S, read back; a bad code refused beside the field; a target
added from the Targets tab, its progress bar "achieved / target (n %)" counted from the
activity's meetings, in the target's editor as the indicator is chosen and in the tab."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from sqlalchemy import select

from socialneet_desktop.db.models import (
    MeetingPointVisit,
    NeetContact,
    Organization,
    StakeholderMeeting,
)
from socialneet_desktop.db.models_path import ActivityTarget, ProjectActivity
from socialneet_desktop.ui.editors.activity_editor import ActivityEditor
from socialneet_desktop.ui.editors.meeting_editor import MeetingEditor
from socialneet_desktop.ui.editors.visit_editor import VisitEditor
from tests.gui.test_keyboard_entry import boxes, field_name, focused, opened, press, type_keys
from tests.gui.test_mentor_editors import active
from tests.gui.test_placement_editor import pick_by_typing

__all__ = ["boxes"]

SAVE = (Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def activity_with_meetings(database) -> int:
    """Activity 2.3.8 with two meetings of 2026: three public bodies met (one twice), a third-
    sector body, and a meeting of another activity that does not count."""
    with database.session() as session:
        activity = ProjectActivity(code="2.3.8", title="Tavoli di ancoraggio")
        other = ProjectActivity(code="2.4.6", title="Altro")
        bodies = [Organization(name=f"Comune {n}", kind="public_body") for n in range(4)]
        aps = Organization(name="Arci Terni", kind="aps")
        session.add_all([activity, other, *bodies, aps])
        session.flush()
        session.add_all(
            [
                StakeholderMeeting(
                    meeting_date=date(2026, 2, 3),
                    meeting_type="bilateral",
                    activity_id=activity.id,
                    organizations=[bodies[0], bodies[1], aps],
                ),
                StakeholderMeeting(
                    meeting_date=date(2026, 3, 10),
                    meeting_type="focus_group",
                    activity_id=activity.id,
                    organizations=[bodies[1], bodies[2]],
                ),
                StakeholderMeeting(
                    meeting_date=date(2026, 3, 11),
                    meeting_type="bilateral",
                    activity_id=other.id,
                    organizations=[bodies[3]],
                ),
            ]
        )
        session.flush()
        return activity.id


def test_an_activity_typed_with_the_keys_is_saved(qtbot, database):
    editor = opened(qtbot, ActivityEditor(database))
    assert field_name(focused(), editor) == "code"
    type_keys(qtbot, "2.3.8")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "Tavoli di ancoraggio con gli enti pubblici")
    press(qtbot, Qt.Key.Key_Tab)
    assert field_name(focused(), editor) == "work_area"
    type_keys(qtbot, "Capacity")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "01/09/2025")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "31/08/2027")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "Dal piano di progetto")
    press(qtbot, *SAVE)
    assert editor.record_id is not None
    with database.read_session() as session:
        activity = session.get(ProjectActivity, editor.record_id)
        assert (activity.code, activity.work_area) == ("2.3.8", "capacity_building")
        assert activity.title == "Tavoli di ancoraggio con gli enti pubblici"
        assert (activity.period_start, activity.period_end) == (date(2025, 9, 1), date(2027, 8, 31))
        assert activity.notes == "Dal piano di progetto"


def test_a_code_that_is_not_an_activity_code_is_refused_beside_the_field(qtbot, database):
    editor = opened(qtbot, ActivityEditor(database))
    type_keys(qtbot, "2.3.b")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "Tavoli")
    press(qtbot, *SAVE)
    assert editor.record_id is None
    assert editor.feedback.showing() == ["code"]
    assert "such as 2.3.8" in editor.feedback.errors["code"].text()
    with database.read_session() as session:
        assert session.scalars(select(ProjectActivity)).all() == []


def test_a_target_added_from_the_tab_shows_what_was_achieved(qtbot, database):
    activity_id = activity_with_meetings(database)
    editor = opened(qtbot, ActivityEditor(database, activity_id))
    tab = editor.targets
    editor.ui.tabs.setCurrentWidget(tab)
    target = active(qtbot, tab.new_record())
    assert target.ui.activity_id.record_id() == activity_id
    assert field_name(focused(), target) == "indicator"
    type_keys(qtbot, "Distinct")  # the first of the three "Distinct …"
    assert target.ui.indicator.code() == "public_bodies_met"
    press(qtbot, Qt.Key.Key_Tab)
    assert field_name(focused(), target) == "target"
    focused().selectAll()
    type_keys(qtbot, "100")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "01/01/2026")
    assert target.ui.achieved.text() == "3 / 100 (3 %)"  # bodies 0, 1, 2: 1 met twice
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "28/02/2026")
    press(qtbot, Qt.Key.Key_Tab)
    assert target.ui.achieved.text() == "2 / 100 (2 %)"  # the March meeting left out
    press(qtbot, *SAVE)
    assert target.record_id is not None
    target.close()
    with database.read_session() as session:
        saved = session.scalars(select(ActivityTarget)).one()
        assert (saved.activity_id, saved.indicator, saved.target) == (
            activity_id,
            "public_bodies_met",
            100,
        )
        assert (saved.period_start, saved.period_end) == (date(2026, 1, 1), date(2026, 2, 28))
    assert tab.table.rowCount() == 1
    assert tab.table.item(0, 0).text() == "Distinct public bodies met"
    assert tab.table.item(0, 2).text() == "01/01/2026 – 28/02/2026"
    assert tab.bars[0].text() == "2 / 100 (2 %)"
    assert (tab.bars[0].value(), tab.bars[0].maximum()) == (2, 100)


def test_a_meeting_and_a_visit_name_their_activity_by_typing_its_code(qtbot, database):
    with database.session() as session:
        anchoring = ProjectActivity(code="2.3.8", title="Tavoli di ancoraggio")
        point = ProjectActivity(code="2.2.1", title="Meeting Point di Terni")
        contact = NeetContact(first_name="Luca", last_name="Verdi")
        session.add_all([anchoring, point, contact])
        session.flush()
        ids = (anchoring.id, point.id, contact.id)
    meeting = opened(qtbot, MeetingEditor(database))
    assert field_name(focused(), meeting) == "meeting_date"
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "Bilateral")
    press(qtbot, Qt.Key.Key_Tab)
    assert field_name(focused(), meeting) == "activity_id"
    pick_by_typing(qtbot, "ancoraggio")
    press(qtbot, *SAVE)
    assert meeting.record_id is not None
    with database.read_session() as session:
        saved = session.get(StakeholderMeeting, meeting.record_id)
        # the old code column follows the chosen activity, for the exports that read it
        assert (saved.activity_id, saved.activity_code) == (ids[0], "2.3.8")

    visit = opened(qtbot, VisitEditor(database, contact_id=ids[2]))
    visit.ui.visit_type.setFocus()
    type_keys(qtbot, "Orientation")
    press(qtbot, Qt.Key.Key_Tab)
    assert field_name(focused(), visit) == "activity_id"  # after the type, in reading order
    pick_by_typing(qtbot, "2.2.1")
    assert field_name(focused(), visit) == "summary"
    press(qtbot, *SAVE)
    assert visit.record_id is not None
    with database.read_session() as session:
        assert session.get(MeetingPointVisit, visit.record_id).activity_id == ids[1]


def test_a_code_another_activity_has_is_refused_beside_the_field(qtbot, database):
    with database.session() as session:
        session.add(ProjectActivity(code="2.3.8", title="Tavoli di ancoraggio"))
    editor = opened(qtbot, ActivityEditor(database))
    type_keys(qtbot, "2.3.8")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "Un doppione")
    press(qtbot, *SAVE)
    assert editor.record_id is None
    assert editor.feedback.showing() == ["code"]
    assert "already the code of 'Tavoli di ancoraggio'" in editor.feedback.errors["code"].text()
    with database.read_session() as session:
        assert len(session.scalars(select(ProjectActivity)).all()) == 1
