"""The contact editor's vulnerable groups (issue 18) and its Path tab, driven with the keys:
the special-category boxes disabled without the explicit consent, enabled by it, cleared
(after asking) when it is withdrawn; the derived markers shown; the whole path in date
order, each row opening its record."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from socialneet_desktop.db import models
from socialneet_desktop.ui.editors.contact_editor import ContactEditor
from socialneet_desktop.ui.editors.outcome_editor import OutcomeEditor
from socialneet_desktop.ui.editors.project_idea_editor import ProjectIdeaEditor
from tests.gui.test_keyboard_entry import field_name, focused, opened, press

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
Button = QMessageBox.StandardButton


@pytest.fixture
def answers(monkeypatch) -> dict:
    """Questions answered without showing ("answer", default Yes); what they asked."""
    said = {"answer": Button.Yes, "asked": []}

    def ask(_parent, _title, text, *_args, **_kwargs):
        said["asked"].append(text)
        return said["answer"]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(ask))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(ask))
    return said


def _contact(database, **values) -> int:
    with database.session() as session:
        contact = models.NeetContact(first_name="Anna", last_name="Rossi", **values)
        session.add(contact)
        session.flush()
        return contact.id


def _to_groups_tab(qtbot, editor) -> None:
    tabs = editor.ui.tabs
    text = tabs.tabText(tabs.indexOf(editor.ui.groups_tab))
    letter = text[text.index("&") + 1].upper()
    press(qtbot, getattr(Qt.Key, f"Key_{letter}"), ALT)
    assert tabs.currentWidget() is editor.ui.groups_tab


def _tab_until(qtbot, editor, name: str) -> None:
    for _press in range(12):
        if field_name(focused(), editor) == name:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {name}")


def test_special_categories_only_with_the_explicit_consent(qtbot, database, answers):
    contact_id = _contact(database, labour_status_months=18, education_level="isced_1")
    editor = opened(qtbot, ContactEditor(database, contact_id))
    _to_groups_tab(qtbot, editor)
    ui = editor.ui
    assert ui.long_term_unemployed.text() == "Yes" and ui.low_skilled.text() == "Yes"
    assert not ui.disability.isEnabled() and not ui.mental_health.isEnabled()
    assert not ui.special_category_consent_on.isEnabled()
    _tab_until(qtbot, editor, "caring_responsibilities")
    press(qtbot, Qt.Key.Key_Space)
    _tab_until(qtbot, editor, "special_category_consent")
    press(qtbot, Qt.Key.Key_Space)  # the consent: the boxes open, its day is today
    assert ui.disability.isEnabled() and ui.mental_health.isEnabled()
    assert ui.special_category_consent_on.date_value() == date.today()
    _tab_until(qtbot, editor, "disability")
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert answers["asked"] == []
    with database.read_session() as session:
        contact = session.get(models.NeetContact, contact_id)
        assert (contact.caring_responsibilities, contact.disability, contact.mental_health) == (
            True,
            True,
            False,
        )
        assert contact.special_category_consent_on == date.today()

    # withdrawn: asked, and "No" keeps everything
    answers["answer"] = Button.No
    ui.special_category_consent.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert len(answers["asked"]) == 1 and "cleared" in answers["asked"][0]
    assert ui.special_category_consent.isChecked() and ui.disability.isChecked()
    # "Yes" clears the boxes and the day, and disables them
    answers["answer"] = Button.Yes
    press(qtbot, Qt.Key.Key_Space)
    assert not ui.special_category_consent.isChecked() and not ui.disability.isChecked()
    assert not ui.disability.isEnabled()
    press(qtbot, Qt.Key.Key_S, CTRL)
    with database.read_session() as session:
        contact = session.get(models.NeetContact, contact_id)
        assert (contact.special_category_consent, contact.disability) == (False, False)
        assert contact.special_category_consent_on is None


def test_the_derived_markers_follow_what_is_typed(qtbot, database, answers):
    editor = opened(qtbot, ContactEditor(database))
    ui = editor.ui
    assert ui.long_term_unemployed.text() == "Not known" and ui.low_skilled.text() == "Not known"
    ui.labour_status_months.setValue(6)
    ui.education_level.setCurrentIndex(ui.education_level.findData("isced_3"))
    assert ui.long_term_unemployed.text() == "No" and ui.low_skilled.text() == "No"


def test_the_path_tab_lists_the_whole_path_in_date_order(qtbot, database, answers):
    contact_id = _contact(database)
    with database.session() as session:
        organization = models.Organization(name="Cooperativa Il Ponte", kind="social_cooperative")
        course = models.TrainingCourse(title="Saldatura", start_date=date(2026, 2, 1))
        session.add_all([organization, course])
        session.flush()
        idea = models.ProjectIdea(
            title="Orto sociale", status="presented", idea_on=date(2026, 3, 5)
        )
        idea.members = [session.get(models.NeetContact, contact_id)]
        gone = models.MeetingPointVisit(
            contact_id=contact_id, visit_date=date(2026, 1, 20), visit_type="orientation"
        )
        session.add_all(
            [
                models.MeetingPointVisit(
                    contact_id=contact_id, visit_date=date(2026, 1, 10), visit_type="orientation"
                ),
                models.Enrolment(
                    course_id=course.id,
                    contact_id=contact_id,
                    enrolled_on=date(2026, 1, 25),
                    status="completed",
                    status_date=date(2026, 2, 28),
                ),
                models.Placement(
                    contact_id=contact_id,
                    host_organization_id=organization.id,
                    placement_kind="internship",
                    start_date=date(2026, 4, 1),
                    end_date=date(2026, 6, 30),
                ),
                idea,
                models.Outcome(
                    contact_id=contact_id,
                    stage="leaving",
                    outcome_date=date(2026, 7, 1),
                    status="employed",
                    organization_id=organization.id,
                ),
                gone,
            ]
        )
        session.flush()
        gone.deleted_at = date(2026, 2, 1)  # in the recycle bin: not on the path
    editor = opened(qtbot, ContactEditor(database, contact_id))
    tabs = editor.ui.tabs
    path = editor.path_tab
    assert tabs.tabText(tabs.indexOf(path)).replace("&", "") == "Path (5)"
    table = path.table
    rows = [
        tuple(table.item(row, column).text() for column in range(3))
        for row in range(table.rowCount())
    ]
    assert rows == [
        ("10/01/2026", "Meeting Point visit", "Orientation"),
        ("25/01/2026 – 28/02/2026", "Training course", "Saldatura · Completed"),
        ("05/03/2026", "Project idea", "Orto sociale · Presented"),
        ("01/04/2026 – 30/06/2026", "Placement", "Internship · Cooperativa Il Ponte"),
        ("01/07/2026", "Outcome", "On leaving · Employed · Cooperativa Il Ponte"),
    ]
    # Enter on a row opens its record in its own editor
    tabs.setCurrentWidget(path)
    table.setFocus()
    table.selectRow(4)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialogs = [w for w in editor.findChildren(OutcomeEditor) if w.isVisible()]
    assert len(dialogs) == 1 and dialogs[0].ui.status.code() == "employed"
    dialogs[0].close()
    table.selectRow(2)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    ideas = [w for w in editor.findChildren(ProjectIdeaEditor) if w.isVisible()]
    assert len(ideas) == 1 and ideas[0].ui.title.text() == "Orto sociale"
    ideas[0].close()
    # "New outcome…": the person's first stage not yet recorded, the person fixed
    path.new_button.setFocus()
    qtbot.keyClick(path.new_button, Qt.Key.Key_Space)
    [new] = [w for w in editor.findChildren(OutcomeEditor) if w.isVisible()]
    assert new.record_id is None and new.ui.stage.code() == "months_6"
    assert new.ui.contact_id.record_id() == contact_id and not new.ui.contact_id.isEnabled()
