"""Keyboard first for the placement and mentor editors (issues 16, 18): the cursor in the
first field on open, Tab through every field of the Details page in reading order, Alt
letters that never clash on any page in Italian (new and opened records)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget

from socialneet_desktop.db.models import NeetContact, Staff
from socialneet_desktop.db.models_path import Mentor, MentorAssignment, MentoringMeeting, Placement
from socialneet_desktop.ui.editors.registry import EDITORS
from tests.gui.test_keyboard_entry import (
    boxes,
    clashes,
    field_name,
    focused,
    italian,
    opened,
    press,
    shown_captions,
    walk_with_tab,
)

__all__ = ["boxes", "italian"]

FIRST_FIELDS = {
    "placements": "contact_id",
    "mentors": "staff_id",
    "mentor_assignments": "mentor_id",
    "mentoring_meetings": "contact_id",
}
DETAILS = {
    "placements": "contact_id placement_kind host_organization_id tutor_person_id start_date "
    "end_date hours_per_week contract outcome notes",
    "mentors": "staff_id organization_id contact_person_id trained_on availability active notes",
    "mentor_assignments": "mentor_id contact_id start_date end_date notes",
    "mentoring_meetings": "contact_id mentor_id meeting_date start_time end_time summary "
    "outcome next_appointment next_appointment_time",
}


def records(database) -> dict[str, int]:
    with database.session() as session:
        contact = NeetContact(first_name="Luca", last_name="Verdi")
        staff = Staff(first_name="Paola", last_name="Conti")
        session.add_all([contact, staff])
        session.flush()
        mentor = Mentor(staff_id=staff.id)
        placement = Placement(
            contact_id=contact.id, placement_kind="job", start_date=date(2026, 1, 5)
        )
        session.add_all([mentor, placement])
        session.flush()
        assignment = MentorAssignment(
            mentor_id=mentor.id, contact_id=contact.id, start_date=date(2026, 1, 5)
        )
        meeting = MentoringMeeting(
            mentor_id=mentor.id, contact_id=contact.id, meeting_date=date(2026, 1, 9)
        )
        session.add_all([assignment, meeting])
        session.flush()
        return {
            "placements": placement.id,
            "mentors": mentor.id,
            "mentor_assignments": assignment.id,
            "mentoring_meetings": meeting.id,
        }


@pytest.mark.parametrize("kind", FIRST_FIELDS)
def test_a_new_record_opens_with_the_cursor_in_its_first_field(qtbot, database, kind):
    editor = opened(qtbot, EDITORS[kind](database))
    assert field_name(focused(), editor) == FIRST_FIELDS[kind]


@pytest.mark.parametrize("kind", DETAILS)
def test_tab_goes_through_the_details_in_reading_order(qtbot, database, kind):
    editor = opened(qtbot, EDITORS[kind](database))
    editor.ui.tabs.setCurrentWidget(editor.ui.details_tab)
    editor.ui.tabs.tabBar().setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert walk_with_tab(qtbot, editor) == DETAILS[kind].split()


def test_alt_letters_never_clash_in_italian(qtbot, database, italian):
    ids = records(database)
    found = {}
    for kind in FIRST_FIELDS:
        for name, editor in ((f"new {kind}", EDITORS[kind](database)),
                             (f"opened {kind}", EDITORS[kind](database, ids[kind]))):  # fmt: skip
            opened(qtbot, editor)
            tabs = editor.findChild(QTabWidget)
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                if clash := clashes(shown_captions(editor)):
                    found[f"{name}, page {index}"] = clash
            editor.close()
    assert found == {}
