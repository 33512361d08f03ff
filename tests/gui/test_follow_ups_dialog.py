"""The follow-ups due dialog (issue 18): the due and overdue follow-ups of a hand-made
database, the earliest first; Enter opens a new outcome of that person and stage, typed with
the keys, and the list follows its save."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from socialneet_desktop.db import models
from socialneet_desktop.ui.editors.outcome_editor import OutcomeEditor
from socialneet_desktop.ui.follow_ups_dialog import FollowUpsDialog
from tests.gui.test_keyboard_entry import field_name, focused, opened, press, type_keys

TODAY = date(2026, 12, 1)
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def no_boxes(monkeypatch):
    def answer(*_args, **_kwargs):
        return QMessageBox.StandardButton.Discard

    for kind in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(answer))


def _left(database, last: str, day: date) -> int:
    with database.session() as session:
        contact = models.NeetContact(first_name="Test", last_name=last)
        session.add(contact)
        session.flush()
        session.add(
            models.Outcome(contact_id=contact.id, stage="leaving", outcome_date=day, status="other")
        )
        return contact.id


def _cells(dialog) -> list[list[str]]:
    model = dialog.model
    return [
        [model.item(row, column).text() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_the_follow_ups_due_and_one_recorded_from_the_list(qtbot, database):
    overdue = _left(database, "Rossi", date(2026, 5, 20))
    _left(database, "Bianchi", date(2026, 6, 25))
    _left(database, "Verdi", date(2026, 7, 15))  # 15/01/2027: not yet
    dialog = opened(qtbot, FollowUpsDialog(database, today=TODAY))
    assert _cells(dialog) == [
        ["Rossi Test", "Follow-up at 6 months", "20/11/2026 (overdue)", "20/05/2026"],
        ["Bianchi Test", "Follow-up at 6 months", "25/12/2026", "25/06/2026"],
    ]
    dialog.days.setValue(60)
    assert [row[0] for row in _cells(dialog)] == ["Rossi Test", "Bianchi Test", "Verdi Test"]
    dialog.days.setValue(30)
    dialog.table.setFocus()
    dialog.table.selectRow(0)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    [editor] = [w for w in dialog.findChildren(OutcomeEditor) if w.isVisible()]
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    assert editor.ui.contact_id.record_id() == overdue and not editor.ui.contact_id.isEnabled()
    assert editor.ui.stage.code() == "months_6"
    assert field_name(focused(), editor) == "stage"
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_keys(qtbot, "28112026")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "Emp")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "Ph")  # learned by phone
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert editor.record_id is not None
    assert [row[0] for row in _cells(dialog)] == ["Bianchi Test"]
    with database.read_session() as session:
        outcome = session.get(models.Outcome, editor.record_id)
        assert (outcome.contact_id, outcome.stage, outcome.status, outcome.learned_how) == (
            overdue,
            "months_6",
            "employed",
            "phone",
        )


def test_nobody_due_says_so(qtbot, database):
    dialog = opened(qtbot, FollowUpsDialog(database, today=TODAY))
    assert dialog.nobody_label.isVisible() and not dialog.table.isVisible()
    assert dialog.nobody_label.text() == "No follow-up is due in the next 30 days, none overdue."
    assert not dialog.record_button.isEnabled()
