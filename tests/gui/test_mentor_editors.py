"""The mentor, mentor assignment and mentoring meeting editors driven with real keystrokes
(issue 18): a mentor from an organisation (the organisation typed, then one of its people),
saved with Ctrl+S and read back; neither a staff member nor a person, or both, refused with
the message beside the field named; an assignment added from the mentor's Young people tab,
an overlapping one refused; a mentoring meeting typed and read back."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import Qt
from sqlalchemy import select

from socialneet_desktop.db.models import ContactPerson, NeetContact, Organization, Staff
from socialneet_desktop.db.models_path import Mentor, MentorAssignment, MentoringMeeting
from socialneet_desktop.ui.editors.mentor_editor import MentorEditor
from socialneet_desktop.ui.editors.mentoring_meeting_editor import MentoringMeetingEditor
from tests.gui.test_keyboard_entry import boxes, field_name, focused, opened, press, type_keys
from tests.gui.test_placement_editor import pick_by_typing

__all__ = ["boxes"]

SAVE = (Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def people(database) -> dict[str, int]:
    with database.session() as session:
        staff = Staff(first_name="Paola", last_name="Conti")
        contact = NeetContact(first_name="Luca", last_name="Verdi")
        host = Organization(name="Associazione Arci Terni", kind="aps")
        session.add_all([staff, contact, host])
        session.flush()
        person = ContactPerson(organization_id=host.id, first_name="Elena", last_name="Ricci")
        session.add(person)
        session.flush()
        return {"staff": staff.id, "contact": contact.id, "host": host.id, "person": person.id}


def active(qtbot, dialog):
    """A dialog the tab opened itself (deleted on close: not handed to qtbot), once active."""
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_a_mentor_of_an_organisation_typed_with_the_keys_is_saved(qtbot, database):
    ids = people(database)
    editor = opened(qtbot, MentorEditor(database))
    assert field_name(focused(), editor) == "staff_id"
    press(qtbot, Qt.Key.Key_Tab)  # not one of our staff
    assert field_name(focused(), editor) == "organization_id"
    pick_by_typing(qtbot, "Arci")
    assert field_name(focused(), editor) == "contact_person_id"
    pick_by_typing(qtbot, "Ricci")
    type_keys(qtbot, "15/01/2026")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "Tuesday afternoons")
    press(qtbot, *SAVE)
    assert editor.record_id is not None
    with database.read_session() as session:
        mentor = session.get(Mentor, editor.record_id)
        assert (mentor.staff_id, mentor.contact_person_id) == (None, ids["person"])
        assert mentor.trained_on == date(2026, 1, 15)
        assert (mentor.availability, mentor.active) == ("Tuesday afternoons", True)


def test_a_mentor_with_neither_or_both_is_refused_naming_the_field(qtbot, database):
    ids = people(database)
    editor = opened(qtbot, MentorEditor(database))
    press(qtbot, *SAVE)
    assert editor.record_id is None
    assert editor.feedback.showing() == ["staff_id"]
    assert editor.feedback.errors["staff_id"].text().startswith("Staff member: choose one")

    pick_by_typing(qtbot, "Conti")
    assert editor.ui.staff_id.record_id() == ids["staff"]
    pick_by_typing(qtbot, "Arci")
    pick_by_typing(qtbot, "Ricci")
    press(qtbot, *SAVE)
    assert editor.record_id is None
    assert editor.feedback.showing() == ["contact_person_id"]
    assert "not both" in editor.feedback.errors["contact_person_id"].text()
    with database.read_session() as session:
        assert session.scalars(select(Mentor)).all() == []


def test_an_assignment_is_added_from_the_mentor_and_an_overlapping_one_refused(qtbot, database):
    ids = people(database)
    with database.session() as session:
        mentor = Mentor(staff_id=ids["staff"])
        session.add(mentor)
        session.flush()
        mentor_id = mentor.id
    editor = opened(qtbot, MentorEditor(database, mentor_id))
    tab = editor.assignments
    editor.ui.tabs.setCurrentWidget(tab)
    assignment = active(qtbot, tab.new_record())
    assert assignment.ui.mentor_id.record_id() == mentor_id
    assert field_name(focused(), assignment) == "contact_id"
    pick_by_typing(qtbot, "Verdi")
    focused().selectAll()
    type_keys(qtbot, "01/02/2026")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "30/06/2026")
    press(qtbot, *SAVE)
    assert assignment.record_id is not None
    assert tab.table.rowCount() == 1
    assert tab.table.item(0, 0).text() == "Verdi Luca"
    assignment.close()

    second = active(qtbot, tab.new_record())
    pick_by_typing(qtbot, "Verdi")
    focused().selectAll()
    type_keys(qtbot, "01/05/2026")
    press(qtbot, *SAVE)
    assert second.record_id is None
    assert second.feedback.showing() == ["start_date"]
    assert "from 01/02/2026 to 30/06/2026" in second.feedback.errors["start_date"].text()
    second.done(0)
    with database.read_session() as session:
        rows = session.scalars(select(MentorAssignment)).all()
        assert [(r.contact_id, r.start_date, r.end_date) for r in rows] == [
            (ids["contact"], date(2026, 2, 1), date(2026, 6, 30))
        ]


def test_a_mentoring_meeting_typed_with_the_keys_is_saved(qtbot, database):
    ids = people(database)
    with database.session() as session:
        mentor = Mentor(contact_person_id=ids["person"])
        session.add(mentor)
        session.flush()
        session.add(
            MentorAssignment(
                mentor_id=mentor.id, contact_id=ids["contact"], start_date=date(2026, 1, 1)
            )
        )
        mentor_id = mentor.id
    editor = opened(qtbot, MentoringMeetingEditor(database))
    assert field_name(focused(), editor) == "contact_id"
    pick_by_typing(qtbot, "Verdi")
    press(qtbot, *SAVE)  # no mentor yet: refused beside the field
    assert editor.record_id is None and editor.feedback.showing() == ["mentor_id"]
    editor.ui.mentor_id.setFocus()
    pick_by_typing(qtbot, "Ricci")  # the mentor, by its person's name
    assert editor.ui.mentor_id.record_id() == mentor_id
    focused().selectAll()
    type_keys(qtbot, "10/03/2026")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "15:00")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "16:00")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "Curriculum e candidature")
    press(qtbot, *SAVE)
    assert editor.record_id is not None
    with database.read_session() as session:
        meeting = session.get(MentoringMeeting, editor.record_id)
        assert (meeting.contact_id, meeting.mentor_id) == (ids["contact"], mentor_id)
        assert meeting.meeting_date == date(2026, 3, 10)
        assert (meeting.start_time, meeting.end_time) == (time(15, 0), time(16, 0))
        assert meeting.summary == "Curriculum e candidature"

    # opened from the person, the mentor of the person's open assignment is proposed
    proposed = opened(qtbot, MentoringMeetingEditor(database, contact_id=ids["contact"]))
    assert proposed.ui.mentor_id.record_id() == mentor_id
    assert field_name(focused(), proposed) == "mentor_id"
