"""The four editors of a record of one young person (visit, mentoring meeting, placement,
outcome) share FixedContactMixin: opened for a person, the contact is that person and cannot
be changed; opened from a list, the contact is chosen; the outcome editor keeps its stage."""

from __future__ import annotations

import pytest

from socialneet_desktop.db import models
from socialneet_desktop.ui.editors.fixed_contact import FixedContactMixin
from socialneet_desktop.ui.editors.mentoring_meeting_editor import MentoringMeetingEditor
from socialneet_desktop.ui.editors.outcome_editor import OutcomeEditor
from socialneet_desktop.ui.editors.placement_editor import PlacementEditor
from socialneet_desktop.ui.editors.visit_editor import VisitEditor

EDITORS = (VisitEditor, MentoringMeetingEditor, PlacementEditor, OutcomeEditor)


def _contact(database) -> int:
    with database.session() as session:
        person = models.NeetContact(first_name="Luca", last_name="Verdi")
        session.add(person)
        session.flush()
        return person.id


@pytest.mark.parametrize("editor_class", EDITORS, ids=lambda c: c.__name__)
def test_opened_for_a_person_the_contact_is_fixed(qtbot, database, editor_class):
    assert issubclass(editor_class, FixedContactMixin)
    person = _contact(database)
    editor = editor_class(database, contact_id=person)
    qtbot.addWidget(editor)
    assert editor.fixed_contact == person
    assert editor.ui.contact_id.record_id() == person
    assert not editor.ui.contact_id.isEnabled()
    free = editor_class(database)
    qtbot.addWidget(free)
    assert free.fixed_contact is None and free.ui.contact_id.record_id() is None
    assert free.ui.contact_id.isEnabled()


def test_the_outcome_editor_keeps_its_stage(qtbot, database):
    person = _contact(database)
    editor = OutcomeEditor(database, contact_id=person, stage="months_6")
    qtbot.addWidget(editor)
    assert editor.given_stage == "months_6" and not editor.ui.contact_id.isEnabled()
    assert editor.ui.stage.currentData() == "months_6"
