"""The recycle bin dialog and the history view, driven as a user would."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from socialneet_desktop.db.models import NeetContact, Organization
from socialneet_desktop.services.audit import history
from socialneet_desktop.services.records import create_record, delete_record, update_record
from socialneet_desktop.ui.views.history_view import HistoryView
from socialneet_desktop.ui.views.recycle_bin_dialog import RecycleBinDialog


def _deleted(database, model, values) -> int:
    with database.session() as session:
        record = create_record(session, model, values, user="anna")
        delete_record(session, model, record.id, record.version, user="luca")
        return record.id


def _open(qtbot, database) -> RecycleBinDialog:
    dialog = RecycleBinDialog(database)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _rows(dialog: RecycleBinDialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.topLevelItem(row).text(column) for column in range(table.columnCount())]
        for row in range(table.topLevelItemCount())
    ]


def test_an_empty_bin_says_so(qtbot, database):
    dialog = _open(qtbot, database)
    assert dialog.empty_label.isVisible() and not dialog.table.isVisible()
    assert dialog.empty_label.text() == "The recycle bin is empty."
    assert not dialog.restore_button.isEnabled()


def test_deleted_records_are_listed_and_one_is_restored(qtbot, database, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args))
    rossi = _deleted(database, NeetContact, {"last_name": "Rossi", "first_name": "Mario"})
    coop = _deleted(database, Organization, {"name": "Coop Alfa", "kind": "social_cooperative"})
    dialog = _open(qtbot, database)
    rows = _rows(dialog)
    assert [row[:2] for row in rows] == [
        ["Stakeholders", "Coop Alfa"],
        ["NEET contacts", "Rossi Mario"],
    ]
    assert rows[0][3] == "luca" and len(rows[0][2]) == len("dd/mm/yyyy hh:mm")
    dialog.table.setCurrentItem(dialog.table.topLevelItem(1))
    with qtbot.waitSignal(dialog.restored) as signal:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert signal.args == ["contacts", rossi]
    with database.read_session() as session:
        assert session.get(NeetContact, rossi).deleted_at is None
        assert session.get(Organization, coop).deleted_at is not None
    assert [row[1] for row in _rows(dialog)] == ["Coop Alfa"]
    dialog.table.setFocus()
    with qtbot.waitSignal(dialog.restored):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert dialog.empty_label.isVisible()
    assert warnings == []


def test_history_shows_old_and_new_values(qtbot, database):
    with database.session() as session:
        values = {"last_name": "Rossi", "first_name": "Mario", "birth_date": date(2001, 3, 12)}
        contact = create_record(session, NeetContact, values, user="anna")
    changes = {"last_name": "Russo", "birth_date": date(2001, 3, 13)}
    with database.session() as session:
        update_record(session, NeetContact, contact.id, 1, changes, user="luca")
    with database.read_session() as session:
        entries = history(session, NeetContact, contact.id)
    view = HistoryView()
    qtbot.addWidget(view)
    view.show_entries(entries)
    rows = [
        [view.topLevelItem(row).text(column) for column in range(view.columnCount())]
        for row in range(view.topLevelItemCount())
    ]
    changed = [row[1:] for row in rows if row[2] == "Changed"]
    assert ["luca", "Changed", "Birth date", "12/03/2001", "13/03/2001"] in changed
    assert ["luca", "Changed", "Last name", "Rossi", "Russo"] in changed, rows
    assert rows[-1][2] == "Created"


def _shown(dialog: RecycleBinDialog) -> list[str]:
    table = dialog.table
    items = [table.topLevelItem(row) for row in range(table.topLevelItemCount())]
    return [item.text(1) for item in items if not item.isHidden()]


def test_typing_in_the_search_keeps_only_the_matching_records(qtbot, database):
    _deleted(database, NeetContact, {"last_name": "Rossi", "first_name": "Nicolò"})
    _deleted(database, NeetContact, {"last_name": "Bianchi", "first_name": "Anna"})
    _deleted(database, Organization, {"name": "Coop Alfa", "kind": "social_cooperative"})
    dialog = _open(qtbot, database)
    assert dialog.search.isVisible()
    dialog.search.setFocus()
    qtbot.keyClicks(dialog.search, "NICOLO")  # case and accents ignored
    assert _shown(dialog) == ["Rossi Nicolò"]
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "contacts anna")  # every word, in any column
    assert _shown(dialog) == ["Bianchi Anna"]
    qtbot.keyClicks(dialog.search, "zzz")
    assert _shown(dialog) == [] and not dialog.table.isVisible()
    assert dialog.no_match_label.isVisible() and not dialog.restore_button.isEnabled()


def test_restore_takes_only_the_records_the_search_shows(qtbot, database):
    rossi = _deleted(database, NeetContact, {"last_name": "Rossi", "first_name": "Mario"})
    _deleted(database, NeetContact, {"last_name": "Bianchi", "first_name": "Anna"})
    dialog = _open(qtbot, database)
    dialog.table.selectAll()
    qtbot.keyClicks(dialog.search, "rossi")
    assert dialog.selected_records() == [("contacts", rossi)]
    with qtbot.waitSignal(dialog.restored):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    with database.read_session() as session:
        assert session.get(NeetContact, rossi).deleted_at is None
    assert _shown(dialog) == [] and dialog.no_match_label.isVisible()
