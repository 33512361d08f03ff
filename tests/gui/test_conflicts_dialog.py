"""View > Conflicts… (issue 21) driven by keyboard: a line chosen with the arrows, the choice
with Alt+letters, Alt+R; the database read back."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from socialneet_desktop.db import models
from socialneet_desktop.db.models_exchange import ChangeLogEntry, ExchangeConflict
from socialneet_desktop.ui.conflicts_dialog import ConflictsDialog
from tests.unit.test_conflict_review import _conflict, _contact

ALT = Qt.KeyboardModifier.AltModifier
Key = Qt.Key


def _press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def _choose(qtbot, letter, button) -> None:
    """Alt+letter: Qt clicks the button a moment later (QAbstractButton.animateClick)."""
    _press(qtbot, letter, ALT)
    qtbot.waitUntil(button.isChecked)


def _resolve(qtbot, dialog) -> None:
    """Alt+R, then the dialog read again (or, with a refusal, its message shown)."""
    lines = _lines(dialog)
    _press(qtbot, Key.Key_R, ALT)
    qtbot.waitUntil(lambda: _lines(dialog) != lines or bool(dialog.message.text()))


def _lines(dialog) -> int:
    tree = dialog.tree
    return sum(tree.topLevelItem(n).childCount() for n in range(tree.topLevelItemCount()))


def _shown(qtbot, database) -> ConflictsDialog:
    dialog = ConflictsDialog(database)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    dialog.tree.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.tree)
    return dialog


def test_keeping_typing_and_taking_by_keyboard(qtbot, database):
    record_id, uuid = _contact(database, phone="333 2222222", email="b@x.it")
    phone = _conflict(database, uuid, "phone", "333 1111111", "333 2222222")
    email = _conflict(database, uuid, "email", "a@x.it", "b@x.it")
    dialog = _shown(qtbot, database)
    top = dialog.tree.topLevelItem(0)
    assert "Rossi Mario" in top.text(0) and top.childCount() == 2
    assert "333 1111111" in top.child(0).text(1) and "Portatile Bruno" in top.child(0).text(2)
    assert "✓" in top.child(0).text(2)  # the other's value is in the record now
    assert dialog.current()[1].conflict_id == phone
    assert not dialog.resolve_button.isEnabled()  # nothing chosen yet
    _choose(qtbot, Key.Key_K, dialog.keep)  # &Keep this computer's value
    _resolve(qtbot, dialog)  # &Resolved
    with database.read_session() as session:
        assert session.get(models.NeetContact, record_id).phone == "333 1111111"
        assert session.get(ExchangeConflict, phone).status == "resolved"
    assert dialog.tree.topLevelItem(0).childCount() == 1
    assert dialog.current()[1].conflict_id == email  # the next line, chosen already
    _choose(qtbot, Key.Key_Y, dialog.type)  # T&ype a value
    _press(qtbot, Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.value
    dialog.value.selectAll()
    qtbot.keyClicks(dialog.value, "c" * 300)  # too long for the column: refused, said
    _resolve(qtbot, dialog)
    assert "at most" in dialog.message.text()
    with database.read_session() as session:
        assert session.get(ExchangeConflict, email).status == "open"
    dialog.value.selectAll()
    qtbot.keyClicks(dialog.value, "c@x.it")
    _press(qtbot, Key.Key_Return)  # Resolved is the default button
    qtbot.waitUntil(lambda: _lines(dialog) == 0)
    with database.read_session() as session:
        contact = session.get(models.NeetContact, record_id)
        assert contact.email == "c@x.it"
        rows = session.scalars(
            select(ChangeLogEntry.value).where(
                ChangeLogEntry.record_uuid == uuid, ChangeLogEntry.field == "email"
            )
        ).all()
        assert json.loads(rows[-1]) == "c@x.it"
    assert dialog.tree.topLevelItemCount() == 0
    assert "No conflicts" in dialog.summary.text()


def test_taking_the_others_deletion(qtbot, database):
    record_id, uuid = _contact(database)
    conflict = _conflict(database, uuid, "deleted_at", None, "2026-11-30T10:00:00", "local")
    dialog = _shown(qtbot, database)
    line = dialog.tree.topLevelItem(0).child(0)
    assert "In the recycle bin" in line.text(0) and "deleted" in line.text(2)
    assert not dialog.type.isEnabled()
    _choose(qtbot, Key.Key_T, dialog.take)  # &Take the other computer's value
    _resolve(qtbot, dialog)
    with database.read_session() as session:
        assert session.get(models.NeetContact, record_id).deleted_at is not None
        assert session.get(ExchangeConflict, conflict).resolved_by != ""
