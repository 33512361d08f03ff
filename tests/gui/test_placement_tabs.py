"""The Placements and Mentoring tabs a contact's editor can show (ui/editors/placement_tabs):
on a real contact editor, the person's placements and mentoring meetings listed latest
first, "New placement…" opening the placement editor with the person fixed, and the list
following its save."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from socialneet_desktop.db.models import NeetContact, Organization, Staff
from socialneet_desktop.db.models_path import Mentor, MentoringMeeting, Placement
from socialneet_desktop.ui.editors.contact_editor import ContactEditor
from socialneet_desktop.ui.editors.placement_tabs import contact_mentoring, contact_placements
from socialneet_desktop.ui.editors.related_tabs import RelatedTab
from tests.gui.test_keyboard_entry import boxes, field_name, focused, opened, press, type_keys
from tests.gui.test_mentor_editors import active

__all__ = ["boxes"]


def test_a_contact_lists_its_placements_and_mentoring_and_adds_a_placement(qtbot, database):
    with database.session() as session:
        contact = NeetContact(first_name="Luca", last_name="Verdi")
        host = Organization(name="Cooperativa Il Ponte", kind="social_cooperative")
        staff = Staff(first_name="Paola", last_name="Conti")
        session.add_all([contact, host, staff])
        session.flush()
        mentor = Mentor(staff_id=staff.id)
        session.add(mentor)
        session.flush()
        session.add_all(
            [
                Placement(contact_id=contact.id, host_organization_id=host.id,
                          placement_kind="internship", start_date=date(2025, 9, 1),
                          end_date=date(2025, 12, 19)),
                MentoringMeeting(contact_id=contact.id, mentor_id=mentor.id,
                                 meeting_date=date(2026, 2, 3), summary="Curriculum\nsecondo"),
            ]
        )  # fmt: skip
        contact_id = contact.id
    editor = opened(qtbot, ContactEditor(database, contact_id))
    placements = RelatedTab(editor, contact_placements(database))
    mentoring = RelatedTab(editor, contact_mentoring(database))
    with database.read_session() as session:
        placements.load(session, contact_id)
        mentoring.load(session, contact_id)
    cells = [placements.table.item(0, column).text() for column in range(4)]
    assert cells == ["01/09/2025", "19/12/2025", "Internship", "Cooperativa Il Ponte"]
    meeting = [mentoring.table.item(0, column).text() for column in range(3)]
    assert meeting == ["03/02/2026", "Conti Paola", "Curriculum"]

    dialog = active(qtbot, placements.new_record())
    assert dialog.ui.contact_id.record_id() == contact_id
    assert not dialog.ui.contact_id.isEnabled()
    assert field_name(focused(), dialog) == "placement_kind"
    type_keys(qtbot, "J")  # Job
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.record_id is not None
    assert placements.table.rowCount() == 2
    assert placements.table.item(0, 2).text() == "Job"  # the latest first
    dialog.done(0)
