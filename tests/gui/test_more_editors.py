"""Resource, meeting and visit editors driven through their real widgets; boxes patched."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt, QTime
from sqlalchemy import select

from socialneet_desktop.db.models import (
    ContactPerson,
    MeetingPointVisit,
    NeetContact,
    Organization,
    StakeholderMeeting,
    UnusedResource,
)
from socialneet_desktop.db.models_path import ProjectActivity
from socialneet_desktop.services.records import create_record
from socialneet_desktop.ui.editors.meeting_editor import MeetingEditor
from socialneet_desktop.ui.editors.registry import open_editor, open_visit_for_contact
from socialneet_desktop.ui.editors.resource_editor import ResourceEditor
from socialneet_desktop.ui.editors.visit_editor import VisitEditor
from tests.gui.test_editors import Button, add_staff, boxes, click_save, shown

__all__ = ["boxes"]  # the fixture, shared with test_editors
NEXT_WEEK = date.today() + timedelta(days=7)


def rows(database, model) -> list:
    with database.read_session() as session:
        return list(session.scalars(select(model).order_by(model.id)))


def add(database, model, **values) -> int:
    with database.session() as session:
        return create_record(session, model, values, user="test").id


def add_contact(database) -> int:
    return add(database, NeetContact, first_name="Maria", last_name="Rossi")


def pick(qtbot, picker, text: str) -> None:
    """Type a name into a RecordPicker and leave it, as the user does."""
    picker.setFocus()
    qtbot.keyClicks(picker.lineEdit(), text)
    picker.lineEdit().editingFinished.emit()


def test_resource_is_created_edited_and_deleted(qtbot, database, boxes):
    owner = add(database, Organization, name="Comune di Narni", kind="public_body")
    staff_id = add_staff(database)
    editor = shown(qtbot, ResourceEditor(database))
    qtbot.keyClicks(editor.ui.title, "Ex scuola di Taizzano")
    editor.ui.category.set_code(editor.ui.category.itemData(1))
    pick(qtbot, editor.ui.owner_organization_id, "Narni")
    editor.ui.municipality_code.set_code("F844")
    editor.ui.quantity.setValue(120.5)
    assert "120,50" in editor.ui.quantity.text()
    qtbot.keyClicks(editor.ui.available_from.line_edit, "01/03/2025")
    editor.ui.surveyed_by_id.set_record_id(staff_id)
    click_save(qtbot, editor)
    [resource] = rows(database, UnusedResource)
    assert resource.title == "Ex scuola di Taizzano" and resource.quantity == 120.5
    assert resource.owner_organization_id == owner and resource.surveyed_by_id == staff_id
    assert resource.available_from == date(2025, 3, 1) and resource.status == "reported"
    editor = shown(qtbot, ResourceEditor(database, resource.id))
    assert editor.ui.owner_organization_id.currentText() == "Comune di Narni"
    assert not editor.is_dirty()
    qtbot.keyClicks(editor.ui.unit, "m²")
    click_save(qtbot, editor)
    assert rows(database, UnusedResource)[0].unit == "m²"
    editor = shown(qtbot, ResourceEditor(database, resource.id))
    boxes.answers["question"] = Button.Yes
    qtbot.mouseClick(editor.delete_button, Qt.LeftButton)
    assert rows(database, UnusedResource)[0].deleted_at is not None


def meeting_with_links(database) -> tuple[int, int, int]:
    first = add(database, Organization, name="Comune di Terni", kind="public_body")
    second = add(database, Organization, name="Confartigianato", kind="association")
    person = add(database, ContactPerson, organization_id=second, last_name="Verdi")
    add(database, ContactPerson, organization_id=first, last_name="Neri")
    return first, second, person


def test_meeting_with_two_organisations_and_one_person_round_trips(qtbot, database, boxes):
    first, second, person = meeting_with_links(database)
    activity = add(database, ProjectActivity, code="2.3.8", title="Ancoraggio")
    editor = shown(qtbot, MeetingEditor(database))
    editor.ui.meeting_type.set_code("focus_group")
    editor.ui.activity_id.set_record_id(activity)
    qtbot.keyClicks(editor.ui.topic, "Botteghe scuola")
    for organization_id in (first, second):
        editor.ui.organization_picker.set_record_id(organization_id)
        qtbot.mouseClick(editor.ui.add_organization, Qt.LeftButton)
    assert editor.ui.organizations_list.count() == 2 and editor.ui.people_list.count() == 2
    people = editor.ui.people_list
    [verdi] = [people.item(r) for r in range(2) if people.item(r).text().startswith("Verdi")]
    verdi.setCheckState(Qt.CheckState.Checked)
    click_save(qtbot, editor)
    [meeting] = rows(database, StakeholderMeeting)
    with database.read_session() as session:
        stored = session.get(StakeholderMeeting, meeting.id)
        assert {o.id for o in stored.organizations} == {first, second}
        assert [p.id for p in stored.people] == [person]
    assert (meeting.activity_id, meeting.activity_code) == (activity, "2.3.8")  # the code kept
    assert meeting.meeting_date == date.today()
    again = shown(qtbot, MeetingEditor(database, meeting.id))
    assert again.ui.organizations_list.count() == 2 and again.links.person_ids() == [person]
    assert not again.is_dirty()
    again.ui.organizations_list.setCurrentRow(0)
    qtbot.mouseClick(again.ui.remove_organization, Qt.LeftButton)
    qtbot.keyClicks(again.ui.location, "Sede CNA")
    click_save(qtbot, again)
    with database.read_session() as session:
        assert len(session.get(StakeholderMeeting, meeting.id).organizations) == 1
    boxes.answers["question"] = Button.Yes
    qtbot.mouseClick(again.delete_button, Qt.LeftButton)
    assert rows(database, StakeholderMeeting)[0].deleted_at is not None


def test_an_activity_not_in_the_list_blocks_saving(qtbot, database, boxes):
    add(database, ProjectActivity, code="2.3.8", title="Ancoraggio")
    editor = shown(qtbot, MeetingEditor(database))
    editor.ui.meeting_type.set_code("bilateral")
    qtbot.keyClicks(editor.ui.activity_id.lineEdit(), "9.9.9")
    click_save(qtbot, editor)
    message = editor.feedback.errors["activity_id"]
    assert message.isVisible() and "from the list" in message.text()
    assert rows(database, StakeholderMeeting) == [] and editor.isVisible()


def test_visit_is_created_edited_and_deleted(qtbot, database, boxes):
    add_contact(database)
    staff_id = add_staff(database)
    editor = shown(qtbot, open_editor("visits", database, None, None))
    pick(qtbot, editor.ui.contact_id, "Rossi Maria")
    editor.ui.visit_type.set_code("orientation")
    editor.ui.start_time.setTime(QTime(9, 30))
    editor.ui.end_time.setTime(QTime(10, 15))
    editor.ui.staff_id.set_record_id(staff_id)
    qtbot.keyClicks(editor.ui.next_appointment.line_edit, NEXT_WEEK.strftime("%d/%m/%Y"))
    editor.ui.next_appointment_time.setTime(QTime(11, 0))
    qtbot.mouseClick(editor.ui.attendance_signed, Qt.LeftButton)
    click_save(qtbot, editor)
    [visit] = rows(database, MeetingPointVisit)
    assert (visit.start_time, visit.end_time) == (time(9, 30), time(10, 15))
    assert (
        visit.next_appointment == datetime.combine(NEXT_WEEK, time(11, 0))
        and visit.attendance_signed
    )
    editor = shown(qtbot, VisitEditor(database, visit.id))
    assert editor.ui.next_appointment.date_value() == NEXT_WEEK and not editor.is_dirty()
    qtbot.keyClicks(editor.ui.summary, "Colloquio")
    click_save(qtbot, editor)
    assert rows(database, MeetingPointVisit)[0].summary == "Colloquio"
    boxes.answers["question"] = Button.Yes
    qtbot.mouseClick(editor.delete_button, Qt.LeftButton)
    assert rows(database, MeetingPointVisit)[0].deleted_at is not None


def test_visit_ending_before_it_starts_is_refused(qtbot, database, boxes):
    contact_id = add_contact(database)
    editor = shown(qtbot, open_visit_for_contact(database, contact_id, None))
    editor.ui.visit_type.set_code("orientation")
    editor.ui.start_time.setTime(QTime(10, 0))
    editor.ui.end_time.setTime(QTime(9, 0))
    click_save(qtbot, editor)
    message = editor.feedback.errors["end_time"]
    assert message.isVisible() and "after the start time" in message.text()
    assert rows(database, MeetingPointVisit) == [] and editor.isVisible()


def test_visit_for_a_contact_lists_the_earlier_visits(qtbot, database, boxes):
    contact_id = add_contact(database)
    staff_id = add_staff(database)
    other = add(database, NeetContact, first_name="Luca", last_name="Bianchi")
    for day, kind, who in ((3, "orientation", staff_id), (20, "job_search", None)):
        values = {"visit_date": date(2025, 5, day), "visit_type": kind, "staff_id": who}
        add(database, MeetingPointVisit, contact_id=contact_id, **values)
    add(
        database,
        MeetingPointVisit,
        contact_id=other,
        visit_date=date(2025, 6, 1),
        visit_type="job_search",
    )
    editor = shown(qtbot, open_visit_for_contact(database, contact_id, None))
    assert editor.ui.contact_id.record_id() == contact_id and not editor.ui.contact_id.isEnabled()
    table = editor.ui.earlier_visits
    lines = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert lines == [["20/05/2025", "Job search", ""], ["03/05/2025", "Orientation", "Rossi Anna"]]
    editor.ui.visit_type.set_code("orientation")
    click_save(qtbot, editor)
    assert len(rows(database, MeetingPointVisit)) == 4 and table.rowCount() == 2
