"""The course editor and its attendance grid (issue 18), driven with real keystrokes sent to
the focused widget from the dialog just opened, saved, and read back from the database."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import select

from socialneet_desktop.db import models
from socialneet_desktop.services.attendance import Cell, load_grid, save_cells
from socialneet_desktop.ui.editors import registry  # noqa: F401 - the tabs' opener
from socialneet_desktop.ui.editors.course_editor import CourseEditor
from socialneet_desktop.ui.editors.enrolment_editor import EnrolmentEditor

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture(autouse=True)
def boxes(monkeypatch) -> list[str]:
    """Message boxes answered at once (No / Discard), what they said kept."""
    said: list[str] = []
    for kind in ("question", "warning", "information", "critical"):

        def answer(_parent, _title, text, *_args, **_kwargs):
            said.append(text)
            return QMessageBox.StandardButton.Discard

        monkeypatch.setattr(QMessageBox, kind, staticmethod(answer))
    return said


def opened(qtbot, editor):
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def keys(qtbot, *strokes) -> None:
    """Each stroke a text (typed) or a key, or a (key, modifier) pair, to the focused widget."""
    for stroke in strokes:
        if isinstance(stroke, str):
            for character in stroke:  # each key to the widget focused then (a cell's editor)
                qtbot.keyClicks(focused(), character)
        elif isinstance(stroke, tuple):
            qtbot.keyClick(focused(), *stroke)
        else:
            qtbot.keyClick(focused(), stroke)
        QApplication.processEvents()  # a cell's editor commits on Enter through the queue


def course_with_two_people(database) -> dict:
    with database.session() as session:
        course = models.TrainingCourse(title="Pasticceria di base", minimum_attendance_percent=70)
        giulia = models.NeetContact(last_name="Rossi", first_name="Giulia")
        marco = models.NeetContact(last_name="Bianchi", first_name="Marco")
        session.add_all([course, giulia, marco])
        session.flush()
        lessons = [
            models.CourseSession(
                course_id=course.id, session_date=day, start_time=time(9), end_time=time(12)
            )
            for day in (date(2026, 3, 2), date(2026, 3, 9), date(2026, 3, 16))
        ]
        bianchi = models.Enrolment(course_id=course.id, contact_id=marco.id)
        rossi = models.Enrolment(course_id=course.id, contact_id=giulia.id)
        session.add_all([*lessons, bianchi, rossi])
        session.flush()
        return {
            "course": course.id,
            "sessions": [lesson.id for lesson in lessons],
            "bianchi": bianchi.id,
            "rossi": rossi.id,
            "contact": giulia.id,
        }


def stored(database, course_id) -> dict:
    with database.read_session() as session:
        rows = session.scalars(
            select(models.Attendance)
            .join(models.CourseSession)
            .where(models.CourseSession.course_id == course_id)
            .where(models.Attendance.deleted_at.is_(None))
        ).all()
        return {(r.enrolment_id, r.session_id): (r.presence, r.hours) for r in rows}


def to_the_grid(qtbot, editor) -> None:
    """Alt+A brings the Attendance tab, Tab puts the cursor in the grid's first cell."""
    keys(qtbot, (Key.Key_A, ALT))
    assert editor.ui.tabs.currentWidget() is editor.ui.attendance_tab
    for _press in range(6):
        if focused() is editor.grid:
            break
        keys(qtbot, Key.Key_Tab)
    assert focused() is editor.grid
    if editor.grid.currentRow() < 0:
        editor.grid.setCurrentCell(0, 0)


def test_a_new_course_is_typed_field_after_field_and_saved(qtbot, database, boxes):
    editor = opened(qtbot, CourseEditor(database))
    assert focused() is editor.ui.title
    keys(qtbot, "Pasticceria di base", Key.Key_Tab, "Agri")  # the sector's list: Agri-food
    for _field in ("sector", "provider", "venue"):
        keys(qtbot, Key.Key_Tab)
    keys(qtbot, "02032026", Key.Key_Tab, "27032026", Key.Key_Tab)
    keys(qtbot, (Key.Key_A, CTRL), "40", Key.Key_Tab, "Laura Fabbri", Key.Key_Tab)
    keys(qtbot, (Key.Key_A, CTRL), "12", Key.Key_Tab, (Key.Key_A, CTRL), "80")
    keys(qtbot, (Key.Key_S, CTRL))
    assert boxes == [] and editor.record_id is not None
    with database.read_session() as session:
        course = session.get(models.TrainingCourse, editor.record_id)
        assert (course.title, course.sector) == ("Pasticceria di base", "agri_food")
        assert (course.start_date, course.end_date) == (date(2026, 3, 2), date(2026, 3, 27))
        assert (course.hours_planned, course.trainer) == (40.0, "Laura Fabbri")
        assert (course.capacity, course.minimum_attendance_percent) == (12, 80)


def test_sessions_are_typed_a_row_each_and_saved_with_the_course(qtbot, database, boxes):
    ids = course_with_two_people(database)
    editor = opened(qtbot, CourseEditor(database, ids["course"]))
    keys(qtbot, (Key.Key_I, ALT))  # Sess&ions
    assert editor.ui.tabs.currentWidget() is editor.ui.sessions_tab
    keys(qtbot, Key.Key_Tab)
    table = editor.sessions
    assert focused() is table
    table.setCurrentCell(table.rowCount() - 1, 0)  # the empty last row
    keys(qtbot, "23032026", Key.Key_Return, Key.Key_Right, "930", Key.Key_Return)
    keys(qtbot, Key.Key_Right, "1230", Key.Key_Return, Key.Key_Right, "Impasti", Key.Key_Return)
    table.setCurrentCell(0, 3)
    keys(qtbot, "Accoglienza", Key.Key_Return)
    table.setCurrentCell(1, 0)
    keys(qtbot, Key.Key_Delete)  # the session of 09/03 goes
    keys(qtbot, (Key.Key_S, CTRL))
    assert boxes == []
    with database.read_session() as session:
        lessons = session.scalars(
            select(models.CourseSession)
            .where(models.CourseSession.course_id == ids["course"])
            .where(models.CourseSession.deleted_at.is_(None))
            .order_by(models.CourseSession.session_date)
        ).all()
        found = [(s.session_date, s.start_time, s.end_time, s.topic) for s in lessons]
    assert found == [
        (date(2026, 3, 2), time(9), time(12), "Accoglienza"),
        (date(2026, 3, 16), time(9), time(12), ""),
        (date(2026, 3, 23), time(9, 30), time(12, 30), "Impasti"),
    ]
    assert editor.grid.columnCount() == 4  # three sessions and the rate, after the save


def test_a_session_typed_wrong_is_named_by_its_row_and_nothing_is_saved(qtbot, database):
    ids = course_with_two_people(database)
    editor = opened(qtbot, CourseEditor(database, ids["course"]))
    table = editor.sessions
    editor.ui.tabs.setCurrentWidget(editor.ui.sessions_tab)
    table.setFocus()
    table.setCurrentCell(table.rowCount() - 1, 0)
    keys(qtbot, "31022026", Key.Key_Return)
    keys(qtbot, (Key.Key_S, CTRL))
    assert editor.sessions_error.text().startswith("Session in row 4: the date")
    assert editor.sessions_error.isVisible()
    with database.read_session() as session:
        assert len(session.scalars(select(models.CourseSession)).all()) == 3


def test_the_grid_is_filled_with_space_j_arrows_and_delete_then_saved(qtbot, database, boxes):
    ids = course_with_two_people(database)
    first, second, third = ids["sessions"]
    editor = opened(qtbot, CourseEditor(database, ids["course"]))
    to_the_grid(qtbot, editor)
    grid = editor.grid
    # rows: Bianchi, Rossi (by name); columns: the three sessions, then the rate
    keys(qtbot, Key.Key_Space)  # Bianchi 02/03: present
    keys(qtbot, Key.Key_Right, Key.Key_Space, Key.Key_Space)  # 09/03: present, then absent
    keys(qtbot, Key.Key_Right, Key.Key_J)  # 16/03: justified
    keys(qtbot, Key.Key_Down, Key.Key_G)  # Rossi 16/03: justified, the Italian letter
    assert grid.item(1, 2).text() == "J"
    keys(qtbot, Key.Key_Space)  # Rossi 16/03: present
    keys(qtbot, Key.Key_Left, Key.Key_Space, Key.Key_Delete)  # Rossi 09/03: cleared again
    keys(qtbot, Key.Key_Left, Key.Key_Space, "2", Key.Key_Return)  # Rossi 02/03: 2 hours
    qtbot.waitUntil(lambda: grid.item(1, 0).text() == "P 2")  # drawn once the editor is gone
    assert [grid.item(0, c).text() for c in range(3)] == ["P", "A", "J"]
    assert [grid.item(1, c).text() for c in range(3)] == ["P 2", "", "P"]
    assert grid.item(0, 3).text() == "33,3 % – below the minimum"  # 3 h of 9
    assert grid.item(1, 3).text() == "55,6 % – below the minimum"  # 5 h of 9
    assert grid.item(2, 3).text() == "44,4 %"  # the course: 8 h of 18
    keys(qtbot, (Key.Key_S, CTRL))
    assert boxes == [] and not editor.is_dirty()
    assert stored(database, ids["course"]) == {
        (ids["bianchi"], first): ("present", None),
        (ids["bianchi"], second): ("absent", None),
        (ids["bianchi"], third): ("justified", None),
        (ids["rossi"], first): ("present", 2.0),
        (ids["rossi"], third): ("present", None),
    }


def test_a_grid_saved_meanwhile_by_someone_else_is_told_and_nothing_typed_is_lost(
    qtbot, database, boxes
):
    ids = course_with_two_people(database)
    first, second, _third = ids["sessions"]
    editor = opened(qtbot, CourseEditor(database, ids["course"]))
    with database.session() as session:  # another user records Bianchi's first session
        grid = load_grid(session, ids["course"])
        save_cells(session, grid, {(ids["bianchi"], first): Cell("absent")}, user="other")
    to_the_grid(qtbot, editor)
    keys(qtbot, Key.Key_Space, Key.Key_Down, Key.Key_Right, Key.Key_J)
    keys(qtbot, (Key.Key_S, CTRL))
    assert len(boxes) == 1 and "Someone else changed the attendance" in boxes[0]
    assert stored(database, ids["course"]) == {(ids["bianchi"], first): ("absent", None)}
    assert editor.is_dirty()  # the edits are still in the grid, on top of theirs
    assert editor.grid.item(0, 0).text() == "P" and editor.grid.item(1, 1).text() == "J"
    keys(qtbot, (Key.Key_S, CTRL))  # saved again, over the version now read
    assert len(boxes) == 1
    assert stored(database, ids["course"]) == {
        (ids["bianchi"], first): ("present", None),
        (ids["rossi"], second): ("justified", None),
    }


def test_an_enrolment_is_typed_and_a_drop_out_needs_its_date(qtbot, database, boxes):
    ids = course_with_two_people(database)
    with database.session() as session:
        session.add(models.NeetContact(last_name="Verdi", first_name="Luca"))
    editor = opened(qtbot, EnrolmentEditor(database, None, course_id=ids["course"]))
    assert focused() in (editor.ui.contact_id, editor.ui.contact_id.lineEdit())
    keys(qtbot, "Verdi Luca", Key.Key_Tab)
    assert editor.ui.enrolled_on.isAncestorOf(focused())  # the course is fixed: skipped
    keys(qtbot, (Key.Key_A, CTRL), "02032026", Key.Key_Tab)
    assert focused() is editor.ui.status
    keys(qtbot, "Dropped")  # the closed list: Dropped out
    keys(qtbot, (Key.Key_S, CTRL))
    assert editor.record_id is None
    problem = editor.feedback.errors["status_date"]
    assert problem.isVisible() and "required when the person dropped out" in problem.text()
    assert editor.ui.status_date.isAncestorOf(focused())  # the cursor is put there
    keys(qtbot, "20032026", Key.Key_Tab, "Ha trovato lavoro")
    keys(qtbot, (Key.Key_S, CTRL))
    assert boxes == [] and editor.record_id is not None
    with database.read_session() as session:
        enrolment = session.get(models.Enrolment, editor.record_id)
        assert enrolment.course_id == ids["course"] and enrolment.contact.last_name == "Verdi"
        assert enrolment.enrolled_on == date(2026, 3, 2)
        assert (enrolment.status, enrolment.status_date) == ("dropped_out", date(2026, 3, 20))
        assert enrolment.dropout_reason == "Ha trovato lavoro"


def test_the_enrolments_tab_lists_the_people_and_a_new_one_shows_in_the_grid(qtbot, database):
    ids = course_with_two_people(database)
    editor = opened(qtbot, CourseEditor(database, ids["course"]))
    table = editor.enrolments.table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == [
        "Bianchi Marco",
        "Rossi Giulia",
    ]
    with database.session() as session:
        session.add(models.NeetContact(last_name="Verdi", first_name="Luca"))
    dialog = editor.enrolments.new_record()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert focused() in (dialog.ui.contact_id, dialog.ui.contact_id.lineEdit())
    keys(qtbot, "Verdi Luca", Key.Key_Tab, (Key.Key_S, CTRL))
    assert dialog.record_id is not None
    assert table.rowCount() == 3 and editor.grid.rowCount() == 4  # three people + totals


def test_the_print_button_writes_the_register_of_the_chosen_session_and_the_summary(
    qtbot, database, tmp_path, monkeypatch
):
    from pypdf import PdfReader
    from PySide6.QtWidgets import QInputDialog

    from socialneet_desktop.ui import file_dialogs, print_actions

    ids = course_with_two_people(database)
    with database.session() as session:  # the letterhead every print checks first
        session.add(models.AppSettings(id=1, association_name="CNA", association_address="Terni"))
    assert CourseEditor(database).print_button.isEnabled() is False
    editor = opened(qtbot, CourseEditor(database, ids["course"]))
    offered: list[tuple[list[str], int]] = []

    def pick(_parent, _title, _label, items, current, _editable):
        offered.append((items, current))
        return items[1], True  # the second session

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(pick))
    monkeypatch.setattr(print_actions, "ask_open_or_save", lambda parent: "save")
    targets = iter([tmp_path / "register.pdf", tmp_path / "summary.pdf"])
    monkeypatch.setattr(
        file_dialogs, "save_file_and_filter", lambda *a, **k: (str(next(targets)), "")
    )
    register, _blank, summary = editor.print_button.menu().actions()
    register.trigger()
    summary.trigger()
    items, _current = offered[0]
    assert items == ["02/03/2026 09:00–12:00", "09/03/2026 09:00–12:00", "16/03/2026 09:00–12:00"]
    text = " ".join(PdfReader(tmp_path / "register.pdf").pages[0].extract_text().split())
    assert "09/03/2026" in text and "1 Bianchi Marco 2 Rossi Giulia" in text
    summary_text = PdfReader(tmp_path / "summary.pdf").pages[0].extract_text()
    assert "Attendance summary" in summary_text and "Rossi Giulia" in summary_text


def test_the_course_is_linked_to_a_project_activity_typed_by_its_code(qtbot, database, boxes):
    with database.session() as session:
        session.add(models.ProjectActivity(code="2.3.8", title="Corsi di formazione per NEET"))
    editor = opened(qtbot, CourseEditor(database))
    keys(qtbot, "Restauro del legno")
    picker = editor.ui.activity_id
    for _press in range(15):
        if focused() in (picker, picker.lineEdit()):
            break
        keys(qtbot, Key.Key_Tab)
    keys(qtbot, "2.3.8", Key.Key_Tab, (Key.Key_S, CTRL))
    assert boxes == [] and editor.record_id is not None
    with database.read_session() as session:
        course = session.get(models.TrainingCourse, editor.record_id)
        assert course.activity.code == "2.3.8"
