"""The project idea editor driven with the keys (issue 18): fields and steps typed, the team
added from the keyboard, the business plan attached, opened (the private copy's bytes are the
original's), removed; a file over 20 MB refused with a message naming it."""

from __future__ import annotations

import os
import stat
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from socialneet_desktop.db import models
from socialneet_desktop.services import audit, idea_records
from socialneet_desktop.ui.editors import attached_document
from socialneet_desktop.ui.editors.project_idea_editor import ProjectIdeaEditor
from tests.gui.test_keyboard_entry import field_name, focused, opened, press, type_keys

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    said: list[str] = []

    def warn(_parent, _title, text, *_args, **_kwargs):
        said.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warn))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(warn))
    return said


def _contacts(database) -> tuple[int, int]:
    with database.session() as session:
        first = models.NeetContact(first_name="Luca", last_name="Verdi")
        second = models.NeetContact(first_name="Sara", last_name="Neri")
        session.add_all([first, second])
        session.flush()
        return first.id, second.id


def _idea(database, **values) -> int:
    with database.session() as session:
        given = {"title": "Comunità energetica", "status": "idea", "idea_on": date(2026, 3, 1)}
        idea = models.ProjectIdea(**(given | values))
        session.add(idea)
        session.flush()
        return idea.id


def _alt_for_tab(editor, tab) -> Qt.Key:
    text = editor.ui.tabs.tabText(editor.ui.tabs.indexOf(tab))
    letter = text[text.index("&") + 1]
    return getattr(Qt.Key, f"Key_{letter.upper()}")


def test_an_idea_typed_with_its_steps_and_team_is_saved(qtbot, database, warnings):
    verdi, neri = _contacts(database)
    editor = opened(qtbot, ProjectIdeaEditor(database))
    assert field_name(focused(), editor) == "title"
    type_keys(qtbot, "Orto sociale di quartiere")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "Agri")  # a closed list: typing picks "Agri-food surplus"
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "Orti condivisi e vendita a km zero.")
    press(qtbot, Qt.Key.Key_Tab)
    assert field_name(focused(), editor) == "mentor_id"
    press(qtbot, Qt.Key.Key_Tab)
    assert field_name(focused(), editor) == "status"
    type_keys(qtbot, "Bus")  # "Business plan in progress" (a space would open the list)
    press(qtbot, Qt.Key.Key_Tab)
    assert field_name(focused(), editor) == "idea_on"
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_keys(qtbot, "10032026")
    press(qtbot, Qt.Key.Key_Tab)
    assert field_name(focused(), editor) == "plan_started_on"
    press(qtbot, Qt.Key.Key_S, CTRL)  # the step reached has no date yet: not saved
    assert editor.record_id is None
    message = editor.feedback.errors["plan_started_on"]
    assert message.isVisible()
    assert message.text() == ("Business plan started on: required, the idea has reached this step.")
    assert field_name(focused(), editor) == "plan_started_on"
    type_keys(qtbot, "01042026")
    for _field in ("plan_done_on", "presented_on", "started_on", "abandoned_on"):
        press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    assert field_name(focused(), editor) == "funding_sought"
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_keys(qtbot, "12500")
    # the team: its tab by its Alt letter, then the picker, Add, again
    press(qtbot, _alt_for_tab(editor, editor.ui.team_tab), ALT)
    assert editor.ui.tabs.currentWidget() is editor.ui.team_tab
    for name in ("Verdi", "Neri"):
        assert field_name(focused(), editor) == "member_picker"
        type_keys(qtbot, name)
        press(qtbot, Qt.Key.Key_Tab)  # the only person with that name is chosen
        assert field_name(focused(), editor) == "add_member"
        press(qtbot, Qt.Key.Key_Space)
    assert editor.ui.members_list.count() == 2
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert warnings == [] and editor.record_id is not None
    with database.read_session() as session:
        idea = session.get(models.ProjectIdea, editor.record_id)
        assert (idea.title, idea.sector, idea.status) == (
            "Orto sociale di quartiere",
            "agri_food_surplus",
            "plan_in_progress",
        )
        assert idea.description == "Orti condivisi e vendita a km zero."
        assert (idea.idea_on, idea.plan_started_on) == (date(2026, 3, 10), date(2026, 4, 1))
        assert idea.funding_sought == 12500.0
        assert sorted(c.id for c in idea.members) == sorted([verdi, neri])
        events = audit.history(session, models.ProjectIdea, idea.id)
    assert any("members" in str(event) for event in events)


def test_the_status_moves_forward_only(qtbot, database, warnings):
    idea_id = _idea(
        database, plan_started_on=date(2026, 4, 1), status="plan_in_progress", sector="ict"
    )
    editor = opened(qtbot, ProjectIdeaEditor(database, idea_id))
    editor.ui.status.setFocus()
    press(qtbot, Qt.Key.Key_Home)  # back to "Idea"
    press(qtbot, Qt.Key.Key_S, CTRL)
    message = editor.feedback.errors["status"]
    assert message.isVisible() and message.text().startswith(
        "Status: the idea reached a later step on 01/04/2026"
    )
    with database.read_session() as session:
        assert session.get(models.ProjectIdea, idea_id).status == "plan_in_progress"


def test_a_team_member_removed_with_the_keys(qtbot, database, warnings):
    verdi, neri = _contacts(database)
    idea_id = _idea(database)
    with database.session() as session:
        idea = session.get(models.ProjectIdea, idea_id)
        idea_records.set_team(session, idea, [verdi, neri], user="test")
    editor = opened(qtbot, ProjectIdeaEditor(database, idea_id))
    press(qtbot, _alt_for_tab(editor, editor.ui.team_tab), ALT)
    editor.ui.members_list.setFocus()
    press(qtbot, Qt.Key.Key_Home)  # Neri Sara, first by name
    press(qtbot, Qt.Key.Key_Tab)
    assert field_name(focused(), editor) == "remove_member"
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_S, CTRL)
    with database.read_session() as session:
        assert [c.id for c in session.get(models.ProjectIdea, idea_id).members] == [verdi]


def _plan_file(tmp_path: Path) -> tuple[Path, bytes]:
    content = b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"
    path = tmp_path / "Business plan: orto.pdf"
    path.write_bytes(content)
    return path, content


def test_the_business_plan_attached_opened_and_removed(qtbot, database, warnings, tmp_path):
    path, content = _plan_file(tmp_path)
    idea_id = _idea(database)
    editor = opened(qtbot, ProjectIdeaEditor(database, idea_id))
    assert not editor.ui.open_plan.isEnabled() and editor.ui.plan_name.text() == "None attached"
    chosen = []

    def choose(_parent, _title, _folder, _filters):
        chosen.append(_filters)
        return str(path)

    qtbot_monkey = pytest.MonkeyPatch()
    qtbot_monkey.setattr(attached_document.file_dialogs, "open_file_name", choose)
    try:
        editor.ui.attach_plan.setFocus()
        press(qtbot, Qt.Key.Key_Space)
    finally:
        qtbot_monkey.undo()
    assert chosen and editor.ui.plan_name.text() == path.name
    assert editor.is_dirty()
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert warnings == []
    with database.read_session() as session:
        assert idea_records.plan_content(session, idea_id) == (path.name, content)
        history = str(audit.history(session, models.ProjectIdea, idea_id))
    assert path.name in history and "%PDF" not in history  # the name, never the bytes

    # opened again from the database: the private copy has the original's bytes
    editor.close()
    editor = opened(qtbot, ProjectIdeaEditor(database, idea_id))
    urls = []
    editor.document.open_url = urls.append
    editor.ui.open_plan.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    copy = editor.document.opened
    assert copy is not None and copy.read_bytes() == content
    assert urls[0].toLocalFile() == str(copy)
    assert copy.parent != path.parent and ":" not in copy.name
    if os.name == "posix":
        assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600

    editor.ui.remove_plan.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert editor.ui.plan_name.text() == "None attached" and not editor.ui.open_plan.isEnabled()
    press(qtbot, Qt.Key.Key_S, CTRL)
    with database.read_session() as session:
        assert idea_records.plan_content(session, idea_id) == ("", None)


def test_a_plan_over_20_mb_is_refused_naming_the_file(qtbot, database, warnings, tmp_path):
    big = tmp_path / "piano enorme.pdf"
    with big.open("wb") as file:
        file.truncate(idea_records.MAX_PLAN_BYTES + 1)
    idea_id = _idea(database)
    editor = opened(qtbot, ProjectIdeaEditor(database, idea_id))
    assert editor.document.attach(big) is False
    assert warnings == [
        "piano enorme.pdf is 20,0 MB: a business plan can be at most 20 MB. Save it smaller "
        "(a PDF without full-size pictures) and attach it again."
    ]
    assert not editor.is_dirty() and editor.ui.plan_name.text() == "None attached"
    with database.read_session() as session:
        assert idea_records.plan_content(session, idea_id) == ("", None)


def test_cancel_forgets_a_plan_attached(qtbot, database, warnings, tmp_path):
    path, _content = _plan_file(tmp_path)
    idea_id = _idea(database)
    editor = opened(qtbot, ProjectIdeaEditor(database, idea_id))
    assert editor.document.attach(path)
    press(qtbot, Qt.Key.Key_Escape)  # leaving unsaved: nothing of the file is written
    QApplication.processEvents()
    with database.read_session() as session:
        assert session.scalar(select(models.ProjectIdea.business_plan_name)) == ""
