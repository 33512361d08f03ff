"""Editors given what breaks things: a formula for an e-mail, control characters pasted into a
field, a text longer than its column. Real editors, driven with keys and the clipboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from socialneet_desktop.db.models import NeetContact, Staff
from socialneet_desktop.ui.editors.contact_editor import ContactEditor
from socialneet_desktop.ui.editors.staff_editor import StaffEditor
from tests.gui.test_editors import boxes, click_save, shown  # noqa: F401 - boxes is a fixture


def rows(database, model) -> list:
    with database.read_session() as session:
        return list(session.scalars(select(model)))


def paste(qtbot, widget, text: str) -> None:
    QApplication.clipboard().setText(text)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key_V, Qt.ControlModifier)


def test_a_formula_for_an_email_is_refused_beside_the_field(qtbot, database, boxes):  # noqa: F811
    editor = shown(qtbot, StaffEditor(database))
    qtbot.keyClicks(editor.ui.first_name, "Anna")
    qtbot.keyClicks(editor.ui.last_name, "Rossi")
    qtbot.keyClicks(editor.ui.email, "=e@b.it")
    click_save(qtbot, editor)
    message = editor.feedback.errors["email"]
    assert message.isVisible()
    assert message.text() == 'It cannot start with "=": a spreadsheet would take it for a formula.'
    assert editor.focusWidget() is editor.ui.email
    assert rows(database, Staff) == [] and editor.isVisible()


def test_a_name_starting_with_at_is_refused(qtbot, database, boxes):  # noqa: F811
    editor = shown(qtbot, StaffEditor(database))
    qtbot.keyClicks(editor.ui.first_name, "@SUM(A1)")
    qtbot.keyClicks(editor.ui.last_name, "Rossi")
    click_save(qtbot, editor)
    assert editor.feedback.errors["first_name"].text().startswith('It cannot start with "@"')
    assert rows(database, Staff) == []


def test_pasted_control_characters_are_not_saved(qtbot, database, boxes):  # noqa: F811
    editor = shown(qtbot, ContactEditor(database))
    paste(qtbot, editor.ui.last_name, "Ros\x00si")
    assert editor.ui.last_name.text() == "Ros\x00si"  # the field took it as it was pasted
    qtbot.keyClicks(editor.ui.first_name, "Mario")
    paste(qtbot, editor.ui.notes, "primo\x1a colloquio\x00\x0b")
    click_save(qtbot, editor)
    [contact] = rows(database, NeetContact)
    assert contact.last_name == "Rossi"
    assert contact.notes == "primo colloquio"
    assert not editor.is_dirty()


def test_a_text_longer_than_its_column_is_refused_with_the_limit(qtbot, database, boxes):  # noqa: F811
    editor = shown(qtbot, StaffEditor(database))
    qtbot.keyClicks(editor.ui.first_name, "Anna")
    qtbot.keyClicks(editor.ui.last_name, "R" * 81)
    click_save(qtbot, editor)
    message = editor.feedback.errors["last_name"]
    assert message.isVisible()
    assert message.text() == "Last name: at most 80 characters, 81 given."
    assert rows(database, Staff) == []
    editor.ui.last_name.setText("R" * 80)
    click_save(qtbot, editor)
    assert [staff.last_name for staff in rows(database, Staff)] == ["R" * 80]


def test_the_association_details_refuse_a_name_longer_than_its_column(qtbot, database, boxes):  # noqa: F811
    from socialneet_desktop.db.models import AppSettings
    from socialneet_desktop.ui.editors.settings_editor import SettingsEditor

    editor = shown(qtbot, SettingsEditor(database))
    editor.ui.association_name.clear()
    qtbot.keyClicks(editor.ui.association_name, "A" * 201)
    click_save(qtbot, editor)
    message = editor.feedback.errors["association_name"]
    assert message.isVisible()
    assert message.text() == "Name of the association: at most 200 characters, 201 given."
    assert all(len(row.association_name or "") <= 200 for row in rows(database, AppSettings))
