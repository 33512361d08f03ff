"""Acceptance: what test_editors, test_more_editors and test_record_lists leave out.

Every kind is found by typing in its list's search box, opened with Enter, edited and
deleted from the main window; the NEET contact editor refuses a bad codice fiscale, e-mail,
date and municipality beside the field, warns of a duplicate, refuses a stale save, comes back
from the recycle bin with its history and opens a new visit. Message boxes are patched.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from sqlalchemy import func, select

from socialneet_desktop.app import Application
from socialneet_desktop.db.models import (
    AuditEvent,
    MeetingPointVisit,
    NeetContact,
    Organization,
    Staff,
    StakeholderMeeting,
    UnusedResource,
)
from socialneet_desktop.services.demo import fill_demo
from socialneet_desktop.services.record_kinds import RECORD_KINDS
from socialneet_desktop.services.records import update_record
from socialneet_desktop.ui.editors.contact_editor import ContactEditor
from socialneet_desktop.ui.editors.visit_editor import VisitEditor
from socialneet_desktop.ui.views.recycle_bin_dialog import RecycleBinDialog
from tests.gui.test_editors import MARIA_CF, Button, boxes, click_save, contacts, shown
from tests.gui.test_more_editors import add, add_contact

__all__ = ["boxes"]  # the fixture, shared with test_editors
TODAY = date.today()

# kind: (model, values of the record to find, search text, the field edited
#        and the text typed into it, the list column showing it, the text shown there after)
KINDS = {
    "resources": (
        UnusedResource,
        {"title": "Ex mattatoio di Amelia", "category": "premises"},
        "mattatoio amelia",
        ("title", " (ala nord)"),
        (0, "Ex mattatoio di Amelia (ala nord)"),
    ),
    "organizations": (
        Organization,
        {"name": "Falegnameria Ruspoli", "kind": "social_cooperative"},
        "ruspoli",
        ("phone", "0744 401234"),
        (4, "0744 401234"),
    ),
    "meetings": (
        StakeholderMeeting,
        {"topic": "Botteghe del ferro battuto", "meeting_type": "focus_group"},
        "ferro battuto",
        ("topic", " a Narni"),
        (3, "Botteghe del ferro battuto a Narni"),
    ),
    "contacts": (
        NeetContact,
        {"first_name": "Ottavia", "last_name": "Zappaterra"},
        "zappaterra",
        ("first_name", " Grazia"),
        (1, "Ottavia Grazia"),
    ),
    "visits": (
        MeetingPointVisit,
        {"visit_type": "orientation", "summary": "Colloquio sulla ceramica"},
        "ceramica",
        ("summary", " di Deruta"),
        (2, "Zappaterra Ottavia"),
    ),
    "staff": (
        Staff,
        {"first_name": "Ottavio", "last_name": "Brunangeli"},
        "brunangeli",
        ("email", "ottavio@example.it"),
        (3, "ottavio@example.it"),
    ),
}


def navigation_row(kind_key: str) -> int:
    """The kind's row in the navigation, looked up: new kinds move the rows after them."""
    return [kind.key for kind in RECORD_KINDS].index(kind_key)


def main_window(qtbot, database, monkeypatch, opened: list[QDialog]):
    monkeypatch.setattr(QDialog, "open", lambda dialog: opened.append(dialog))
    application = Application(database)
    window = application.window
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def shown_cells(page, column: int) -> list[str]:
    model = page.table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def open_first_row(qtbot, page, opened: list[QDialog]) -> QDialog:
    """Select the first row and press Enter, as the user does; show the editor it opens."""
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    return shown(qtbot, opened[-1])


def seed(database, kind_key: str, values: dict) -> int:
    if kind_key == "visits":
        contact = add(database, NeetContact, first_name="Ottavia", last_name="Zappaterra")
        values = values | {"contact_id": contact, "visit_date": TODAY}
    if kind_key == "meetings":
        values = values | {"meeting_date": TODAY}
    return add(database, KINDS[kind_key][0], **values)


@pytest.mark.parametrize("kind_key", list(KINDS))
def test_a_record_is_found_by_the_search_box_opened_edited_and_deleted(
    qtbot, database, boxes, monkeypatch, kind_key
):
    model, values, search, (field, typed), (column, after) = KINDS[kind_key]
    fill_demo(database, contacts=30, seed=2)
    record_id = seed(database, kind_key, values)
    opened: list[QDialog] = []
    window = main_window(qtbot, database, monkeypatch, opened)
    window.navigation.setCurrentRow(navigation_row(kind_key))
    page = window.pages.currentWidget()
    qtbot.waitUntil(lambda: page.table.model().rowCount() > 1)
    qtbot.keyClicks(page.search, search)
    qtbot.waitUntil(lambda: page.table.model().rowCount() == 1, timeout=3000)
    assert page.model.record_id(0) == record_id
    editor = open_first_row(qtbot, page, opened)
    assert editor.record_id == record_id and not editor.is_dirty()
    widget = editor.fields[field]
    editor.ui.tabs.setCurrentWidget(next(t for t in tab_pages(editor) if t.isAncestorOf(widget)))
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_End)
    qtbot.keyClicks(widget, typed)
    click_save(qtbot, editor)
    assert not editor.isVisible(), [e.text() for e in editor.feedback.errors.values() if e.text()]
    qtbot.waitUntil(lambda: shown_cells(page, column) == [after], timeout=3000)
    with database.read_session() as session:
        stored = session.get(model, record_id)
        assert typed.strip() in str(getattr(stored, field)) and stored.version == 2
    editor = open_first_row(qtbot, page, opened)
    boxes.answers["question"] = Button.Yes
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.table.model().rowCount() == 0, timeout=3000)
    with database.read_session() as session:
        assert session.get(model, record_id).deleted_at is not None


def tab_pages(editor: QDialog) -> list[QWidget]:
    return [editor.ui.tabs.widget(index) for index in range(editor.ui.tabs.count())]


def click_tab_of(qtbot, editor: QDialog, widget: QWidget) -> None:
    """Click the tab that holds `widget`, then put the cursor in it."""
    tabs = editor.ui.tabs
    index = next(i for i, page in enumerate(tab_pages(editor)) if page.isAncestorOf(widget))
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index
    widget.setFocus()


def audit_events(database) -> int:
    with database.read_session() as session:
        return session.scalar(select(func.count()).select_from(AuditEvent))


def type_name(qtbot, editor: ContactEditor) -> None:
    qtbot.keyClicks(editor.ui.first_name, "Maria")
    qtbot.keyClicks(editor.ui.last_name, "Rossi")


def assert_refused_beside(editor: ContactEditor, database, name: str, text: str) -> None:
    """The message sits under the field (named in it), the field is marked, nothing written."""
    message = editor.feedback.errors[name]
    field = editor.fields[name]
    assert message.isVisible() and message.text() == text
    assert message.parentWidget() is field.parentWidget()
    assert message.geometry().top() >= field.geometry().bottom()
    assert field.property("invalid") is True
    assert editor.isVisible() and editor.record_id is None
    assert contacts(database) == [] and audit_events(database) == 0


def test_a_wrong_codice_fiscale_check_character_blocks_saving(qtbot, database, boxes):
    editor = shown(qtbot, ContactEditor(database))
    type_name(qtbot, editor)
    qtbot.keyClicks(editor.ui.tax_code, MARIA_CF[:-1] + "A")
    click_save(qtbot, editor)
    assert_refused_beside(
        editor,
        database,
        "tax_code",
        "The last character does not match the others: probably a typing error.",
    )
    assert editor.focusWidget() is editor.ui.tax_code and boxes.asked == []


def test_a_wrong_email_blocks_saving_a_contact(qtbot, database, boxes):
    editor = shown(qtbot, ContactEditor(database))
    type_name(qtbot, editor)
    click_tab_of(qtbot, editor, editor.ui.email)
    qtbot.keyClicks(editor.ui.email, "maria.rossi@@example")
    click_save(qtbot, editor)
    assert_refused_beside(editor, database, "email", "Not a valid e-mail address.")
    editor.ui.email.selectAll()
    qtbot.keyClicks(editor.ui.email, "maria.rossi@example.it")
    click_save(qtbot, editor)
    assert contacts(database)[0].email == "maria.rossi@example.it"


def test_a_birth_date_in_the_future_blocks_saving(qtbot, database, boxes):
    editor = shown(qtbot, ContactEditor(database))
    type_name(qtbot, editor)
    tomorrow = TODAY + timedelta(days=1)
    qtbot.keyClicks(editor.ui.birth_date.line_edit, tomorrow.strftime("%d/%m/%Y"))
    click_save(qtbot, editor)
    assert_refused_beside(editor, database, "birth_date", "The birth date is in the future.")


def test_a_birth_date_typed_into_the_empty_field_is_kept(qtbot, database, boxes):
    editor = shown(qtbot, ContactEditor(database))
    editor.ui.birth_date.setFocus()
    qtbot.keyClicks(editor.ui.birth_date.line_edit, "10/05/2000")
    assert editor.ui.birth_date.date_value() == date(2000, 5, 10)


def test_an_impossible_birth_date_blocks_saving(qtbot, database, boxes):
    editor = shown(qtbot, ContactEditor(database))
    type_name(qtbot, editor)
    qtbot.keyClicks(editor.ui.birth_date.line_edit, "31/02/2001")
    click_save(qtbot, editor)
    message = "31/02/2001 does not exist: check the day and the month."
    assert_refused_beside(editor, database, "birth_date", message)


def test_an_unknown_municipality_of_residence_blocks_saving(qtbot, database, boxes):
    editor = shown(qtbot, ContactEditor(database))
    type_name(qtbot, editor)
    picker = editor.ui.residence_municipality_code
    click_tab_of(qtbot, editor, picker)
    qtbot.keyClicks(picker.line_edit, "Xyzzyville")
    qtbot.keyClick(picker.line_edit, Qt.Key.Key_Tab)
    click_save(qtbot, editor)
    text = "Municipality of residence: Xyzzyville is not an Italian municipality that exists today."
    assert_refused_beside(editor, database, "residence_municipality_code", text)
    assert editor.ui.tabs.currentWidget().isAncestorOf(picker)


def test_a_new_contact_with_a_known_codice_fiscale_is_flagged(qtbot, database, boxes):
    existing = add(database, NeetContact, first_name="Maria", last_name="Rossi", tax_code=MARIA_CF)
    editor = shown(qtbot, ContactEditor(database))
    assert not editor.ui.duplicate_banner.isVisible()
    qtbot.keyClicks(editor.ui.first_name, "Mariella")
    qtbot.keyClicks(editor.ui.last_name, "Russo")
    qtbot.keyClicks(editor.ui.tax_code, MARIA_CF.lower())
    qtbot.waitUntil(editor.ui.duplicate_banner.isVisible, timeout=3000)
    text = editor.ui.duplicate_label.text()
    assert "A similar person exists: Rossi Maria" in text and "same codice fiscale" in text
    same = shown(qtbot, ContactEditor(database, existing))
    qtbot.keyClicks(same.ui.phone, "333 1234567")
    qtbot.wait(400)  # longer than the lookup's pause: an existing record is not flagged
    assert not same.ui.duplicate_banner.isVisible()


def test_a_stale_contact_save_is_refused(qtbot, database, boxes):
    contact_id = add_contact(database)
    editor = shown(qtbot, ContactEditor(database, contact_id))
    with database.session() as session:
        update_record(session, NeetContact, contact_id, 1, {"phone": "0744 111111"}, user="luca")
    click_tab_of(qtbot, editor, editor.ui.email)
    qtbot.keyClicks(editor.ui.email, "maria@example.it")
    click_save(qtbot, editor)
    assert "Someone else changed this record" in boxes.texts()
    [contact] = contacts(database)
    assert (contact.email, contact.phone, contact.version) == ("", "0744 111111", 2)
    assert editor.isVisible() and editor.ui.email.text() == "maria@example.it"


def history_actions(editor: ContactEditor) -> list[str]:
    """The events of the History tab, newest first (an event has one row per field)."""
    view = editor.ui.history_view
    actions = [view.topLevelItem(row).text(2) for row in range(view.topLevelItemCount())]
    return [action for row, action in enumerate(actions) if row == 0 or actions[row - 1] != action]


def test_a_deleted_contact_comes_back_from_the_bin_with_its_history(qtbot, database, boxes):
    editor = shown(qtbot, ContactEditor(database))
    type_name(qtbot, editor)
    click_save(qtbot, editor)
    [contact] = contacts(database)
    editor = shown(qtbot, ContactEditor(database, contact.id))
    boxes.answers["question"] = Button.Yes
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert contacts(database)[0].deleted_at is not None
    dialog = shown(qtbot, RecycleBinDialog(database))
    item = dialog.table.topLevelItem(0)
    assert (item.text(0), item.text(1)) == ("NEET contacts", "Rossi Maria")
    dialog.table.setCurrentItem(item)
    with qtbot.waitSignal(dialog.restored):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert contacts(database)[0].deleted_at is None and dialog.empty_label.isVisible()
    again = shown(qtbot, ContactEditor(database, contact.id))
    assert again.ui.tabs.isTabEnabled(again.ui.tabs.indexOf(again.ui.history_tab))
    assert history_actions(again) == [
        "Restored from the recycle bin",
        "Moved to the recycle bin",
        "Created",
    ]
    assert again.ui.last_name.text() == "Rossi"


def test_new_visit_opens_the_visit_editor_for_the_contact(qtbot, database, boxes):
    editor = shown(qtbot, ContactEditor(database))
    assert not editor.new_visit_button.isEnabled() and not editor.visits_label.isVisible()
    type_name(qtbot, editor)
    qtbot.keyClick(editor.ui.last_name, Qt.Key_S, Qt.ControlModifier)
    [contact] = contacts(database)
    for day, kind in ((3, "orientation"), (20, "job_search")):
        values = {"visit_date": date(2025, 5, day), "visit_type": kind}
        add(database, MeetingPointVisit, contact_id=contact.id, **values)
        add(database, MeetingPointVisit, contact_id=add_contact(database), **values)
    again = shown(qtbot, ContactEditor(database, contact.id))
    assert again.new_visit_button.isEnabled() and again.new_visit_button.text() == "New visit…"
    assert again.visits_label.text() == "Visits: 2, the last on 20/05/2025."
    qtbot.mouseClick(again.new_visit_button, Qt.MouseButton.LeftButton)
    [visit_editor] = again.findChildren(VisitEditor)
    qtbot.waitExposed(visit_editor)
    assert visit_editor.ui.contact_id.record_id() == contact.id
    assert not visit_editor.ui.contact_id.isEnabled()
    table = visit_editor.ui.earlier_visits
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == [
        "20/05/2025",
        "03/05/2025",
    ]
    visit_editor.ui.visit_type.set_code("orientation")
    click_save(qtbot, visit_editor)
    assert not visit_editor.isVisible()
    with database.read_session() as session:
        query = select(MeetingPointVisit).where(MeetingPointVisit.contact_id == contact.id)
        assert len(list(session.scalars(query))) == 3
    expected = f"Visits: 3, the last on {TODAY:%d/%m/%Y}."
    assert again.visits_label.text() == expected and again.isVisible()


def test_a_locked_database_is_explained_and_the_typing_kept(qtbot, database, boxes, monkeypatch):
    """Another program holds the write lock past the busy timeout: a clear message, no crash."""
    import sqlite3

    from PySide6.QtWidgets import QMessageBox
    from sqlalchemy.exc import OperationalError

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    editor = shown(qtbot, ContactEditor(database))
    type_name(qtbot, editor)

    def locked(*_args, **_kwargs):
        busy = sqlite3.OperationalError("database is locked")
        raise OperationalError("BEGIN IMMEDIATE", {}, busy)

    monkeypatch.setattr(database, "session", locked)
    click_save(qtbot, editor)
    assert warnings and str(database.path) in warnings[0]
    assert editor.isVisible() and editor.ui.last_name.text()
