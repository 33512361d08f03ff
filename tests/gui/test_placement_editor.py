"""The placement editor driven with real keystrokes (issue 18): the person and the host
picked by typing their names, the tutor's list holding only the host's people, the dates
typed, the weekly hours typed in the Hours tab (a row a Monday, the total under it), saved
with Ctrl+S and read back from the database; a week's hours that are no number refuse the
save naming the week."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from sqlalchemy import select

from socialneet_desktop.db.models import ContactPerson, NeetContact, Organization
from socialneet_desktop.db.models_path import Placement, PlacementHours
from socialneet_desktop.ui.editors.placement_editor import PlacementEditor
from tests.gui.test_keyboard_entry import boxes, field_name, focused, opened, press, type_keys

__all__ = ["boxes"]


def people(database) -> dict[str, int]:
    with database.session() as session:
        contact = NeetContact(first_name="Giulia", last_name="Ferretti")
        host = Organization(name="Cooperativa Il Ponte", kind="social_enterprise")
        other = Organization(name="Comune di Narni", kind="public_body")
        session.add_all([contact, host, other])
        session.flush()
        tutor = ContactPerson(organization_id=host.id, first_name="Marco", last_name="Sereni")
        stranger = ContactPerson(organization_id=other.id, first_name="Lia", last_name="Sereni")
        session.add_all([tutor, stranger])
        session.flush()
        return {"contact": contact.id, "host": host.id, "tutor": tutor.id, "other": stranger.id}


def tab_to(qtbot, editor, name: str) -> None:
    for _press in range(30):
        if field_name(focused(), editor) == name:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {name}")


def pick_by_typing(qtbot, text: str) -> None:
    type_keys(qtbot, text)
    press(qtbot, Qt.Key.Key_Tab)  # the only record whose name holds the text is taken


def type_in_cell(qtbot, text: str) -> None:
    """Key by key, as a user types: the first key opens the cell's editor, which has the
    focus for the others; Enter writes the cell (the view does it once the key is handled)."""
    view = focused()
    for key in text:
        type_keys(qtbot, key)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focused() is view)


def test_a_placement_typed_with_the_keys_is_saved_with_its_weekly_hours(qtbot, database):
    ids = people(database)
    editor = opened(qtbot, PlacementEditor(database))
    assert field_name(focused(), editor) == "contact_id"
    pick_by_typing(qtbot, "Ferretti")
    assert editor.ui.contact_id.record_id() == ids["contact"]
    assert field_name(focused(), editor) == "placement_kind"
    type_keys(qtbot, "I")  # Internship, chosen by its first letter
    press(qtbot, Qt.Key.Key_Tab)
    pick_by_typing(qtbot, "Ponte")
    assert editor.ui.host_organization_id.record_id() == ids["host"]
    tutors = editor.ui.tutor_person_id
    offered = {tutors.itemData(row) for row in range(tutors.count())} - {None}
    assert offered == {ids["tutor"]}  # the other Sereni works for another organisation
    assert field_name(focused(), editor) == "tutor_person_id"
    pick_by_typing(qtbot, "Sereni")
    assert tutors.record_id() == ids["tutor"]
    assert field_name(focused(), editor) == "start_date"
    focused().selectAll()
    type_keys(qtbot, "02/03/2026")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "22/03/2026")
    press(qtbot, Qt.Key.Key_Tab)
    assert field_name(focused(), editor) == "hours_per_week"
    focused().selectAll()
    type_keys(qtbot, "20")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "Tirocinio extracurricolare")
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # saved, kept open
    assert editor.record_id is not None
    editor.close()

    # the hours are typed week by week, opening the placement again
    editor = opened(qtbot, PlacementEditor(database, editor.record_id))
    editor.ui.tabs.setCurrentWidget(editor.hours)
    table = editor.hours.table
    weeks = [table.item(row, 0).text() for row in range(table.rowCount())]
    assert weeks == [
        "02/03/2026 – 08/03/2026",
        "09/03/2026 – 15/03/2026",
        "16/03/2026 – 22/03/2026",
    ]
    table.setFocus()
    table.setCurrentCell(0, 1)
    for hours in ("18", "20,5", "12"):
        type_in_cell(qtbot, hours)
        press(qtbot, Qt.Key.Key_Return)  # the next week
    assert editor.hours.total_label.text() == "Total: 50,5 hours in 3 weeks recorded"
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert editor.record_id is not None
    with database.read_session() as session:
        placement = session.get(Placement, editor.record_id)
        assert (placement.contact_id, placement.host_organization_id) == (
            ids["contact"],
            ids["host"],
        )
        assert placement.tutor_person_id == ids["tutor"]
        assert placement.placement_kind == "internship"
        assert (placement.start_date, placement.end_date) == (date(2026, 3, 2), date(2026, 3, 22))
        assert placement.hours_per_week == 20
        assert placement.contract == "Tirocinio extracurricolare"
        logged = session.scalars(select(PlacementHours).order_by(PlacementHours.week_start))
        assert [(row.week_start, row.hours) for row in logged] == [
            (date(2026, 3, 2), 18),
            (date(2026, 3, 9), 20.5),
            (date(2026, 3, 16), 12),
        ]
    assert not editor.is_dirty()


def test_hours_that_are_no_number_refuse_the_save_naming_the_week(qtbot, database):
    ids = people(database)
    with database.session() as session:
        placement = Placement(
            contact_id=ids["contact"],
            placement_kind="job",
            start_date=date(2026, 1, 5),
            end_date=date(2026, 1, 18),
        )
        session.add(placement)
        session.flush()
        placement_id = placement.id
    editor = opened(qtbot, PlacementEditor(database, placement_id))
    editor.ui.tabs.setCurrentWidget(editor.hours)
    table = editor.hours.table
    table.setFocus()
    table.setCurrentCell(1, 1)
    type_in_cell(qtbot, "tanti")
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "the week of 12/01/2026 has 'tanti'" in editor.problem_label.text()
    assert (table.currentRow(), table.currentColumn()) == (1, 1)
    with database.read_session() as session:
        assert session.scalars(select(PlacementHours)).all() == []


def test_the_weekly_hours_are_at_most_sixty_and_the_end_not_before_the_start(qtbot, database):
    ids = people(database)
    editor = opened(qtbot, PlacementEditor(database))
    editor.ui.contact_id.set_record_id(ids["contact"])
    editor.ui.placement_kind.set_code("job")
    editor.ui.start_date.set_date_value(date(2026, 4, 1))
    editor.ui.end_date.set_date_value(date(2026, 3, 1))
    editor.ui.hours_per_week.setValue(70)
    assert not editor.save()
    messages = {problem.field: problem.message for problem in editor.current_problems()}
    assert messages == {
        "end_date": "End: it cannot be before the start.",
        "hours_per_week": "Hours a week: from 0 to %1.",
    }


def test_the_log_follows_the_dates_typed_and_keeps_the_hours_of_its_weeks(qtbot, database):
    ids = people(database)
    with database.session() as session:
        placement = Placement(
            contact_id=ids["contact"],
            placement_kind="job",
            start_date=date(2026, 1, 5),
            end_date=date(2026, 1, 25),
        )
        session.add(placement)
        session.flush()
        session.add(
            PlacementHours(placement_id=placement.id, week_start=date(2026, 1, 19), hours=9)
        )
        placement_id = placement.id
    editor = opened(qtbot, PlacementEditor(database, placement_id))
    editor.ui.end_date.setFocus()
    focused().selectAll()
    type_keys(qtbot, "08/02/2026")
    press(qtbot, Qt.Key.Key_Tab)
    table = editor.hours.table
    assert [table.item(row, 0).text()[:10] for row in range(table.rowCount())] == [
        "05/01/2026",
        "12/01/2026",
        "19/01/2026",
        "26/01/2026",
        "02/02/2026",
    ]
    assert table.item(2, 1).text() == "9"
    editor.ui.end_date.setFocus()
    focused().selectAll()
    type_keys(qtbot, "11/01/2026")  # the week with hours falls outside: still shown, marked
    press(qtbot, Qt.Key.Key_Tab)
    assert table.rowCount() == 2  # the week of the end, and the one with hours after it
    assert table.item(1, 0).text() == "19/01/2026 – 25/01/2026 (outside the dates)"
    assert editor.hours.total_label.text() == "Total: 9 hours in 1 week recorded"
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    history = editor.ui.tabs.indexOf(editor.ui.history_tab)
    assert editor.record_id == placement_id
    reopened = opened(qtbot, PlacementEditor(database, placement_id))
    assert reopened.ui.tabs.isTabEnabled(history)  # the change is in its history
    assert reopened.ui.end_date.date_value() == date(2026, 1, 11)
