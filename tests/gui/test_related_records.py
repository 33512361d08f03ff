"""Issue 16 item 5, records that show their links, through the real editors: a contact's visits
as a list in the contact (open, new, print the visit sheet), an organisation's meetings and
resources as tabs, the owner's municipality offered for a resource, "Save" (Ctrl+S) keeping
the editor open and "Save and close" closing it."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from sqlalchemy import select

from socialneet_desktop.db.models import (
    AppSettings,
    MeetingPointVisit,
    NeetContact,
    Organization,
    StakeholderMeeting,
    UnusedResource,
)
from socialneet_desktop.ui import print_actions
from socialneet_desktop.ui.editors.contact_editor import ContactEditor
from socialneet_desktop.ui.editors.fields import read_value
from socialneet_desktop.ui.editors.organization_editor import OrganizationEditor
from socialneet_desktop.ui.editors.resource_editor import ResourceEditor
from socialneet_desktop.ui.editors.visit_editor import VisitEditor
from tests.gui.test_editors import boxes, shown
from tests.gui.test_more_editors import add, pick

__all__ = ["boxes"]


def cells(table) -> list[list[str]]:
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def child(editor, kind: type[QDialog]) -> QDialog:
    [dialog] = [found for found in editor.findChildren(kind) if found.isVisible()]
    return dialog


def test_ctrl_s_saves_and_keeps_the_contact_open_for_its_first_visit(qtbot, database, boxes):
    editor = shown(qtbot, ContactEditor(database))
    qtbot.keyClicks(editor.ui.first_name, "Ottavia")
    qtbot.keyClicks(editor.ui.last_name, "Zappaterra")
    assert not editor.visits_tab.new_button.isEnabled()  # nothing to link a visit to yet
    with qtbot.waitSignal(editor.saved):
        qtbot.keyClick(editor.ui.last_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.isVisible() and boxes.asked == []
    with database.read_session() as session:
        [contact] = session.scalars(select(NeetContact)).all()
    assert editor.record_id == contact.id and not editor.is_dirty()
    assert editor.visits_tab.new_button.isEnabled() and editor.delete_button.isEnabled()
    qtbot.keyClicks(editor.ui.phone, "0744 400000")  # a second Ctrl+S updates the same record
    qtbot.keyClick(editor.ui.phone, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.isVisible() and boxes.asked == []
    with database.read_session() as session:
        [contact] = session.scalars(select(NeetContact)).all()
    assert contact.phone == "0744 400000"
    buttons = editor.ui.buttons
    assert buttons.button(QDialogButtonBox.StandardButton.Save).text() == "Save and close"
    qtbot.keyClicks(editor.ui.address, "Via Roma 1")
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Save), Qt.LeftButton)
    assert boxes.asked == [] and not editor.isVisible()
    assert editor.result() == QDialog.DialogCode.Accepted
    with database.read_session() as session:
        assert session.get(NeetContact, contact.id).address == "Via Roma 1"


def test_the_contact_lists_its_visits_opens_adds_and_prints_them(
    qtbot, database, boxes, monkeypatch
):
    contact_id = add(database, NeetContact, first_name="Ottavia", last_name="Zappaterra")
    with database.session() as session:  # the letterhead every print checks first
        session.add(AppSettings(id=1, association_name="Artigiani", association_address="Terni"))
    other_id = add(database, NeetContact, first_name="Maria", last_name="Rossi")
    for day, kind, person in ((3, "orientation", contact_id), (20, "job_search", contact_id)):
        add(
            database,
            MeetingPointVisit,
            contact_id=person,
            visit_date=date(2025, 5, day),
            visit_type=kind,
            outcome="Curriculum da rivedere\nseconda riga",
        )
    add(
        database,
        MeetingPointVisit,
        contact_id=other_id,
        visit_date=date(2025, 5, 9),
        visit_type="orientation",
    )
    editor = shown(qtbot, ContactEditor(database, contact_id))
    tabs, tab = editor.ui.tabs, editor.visits_tab
    assert tabs.isTabEnabled(tabs.indexOf(tab)) and tabs.tabText(tabs.indexOf(tab)) == "&Visits (2)"
    tabs.setCurrentWidget(tab)
    assert cells(tab.table) == [
        ["20/05/2025", "Job search", "", "Curriculum da rivedere"],
        ["03/05/2025", "Orientation", "", "Curriculum da rivedere"],
    ]
    assert not tab.open_button.isEnabled() and not tab.print_button.isEnabled()
    tab.table.setFocus()
    tab.table.selectRow(1)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)  # Enter opens the visit of the row
    opened = child(editor, VisitEditor)
    qtbot.waitExposed(opened)
    assert opened.record_id is not None and read_value(opened.ui.visit_date) == date(2025, 5, 3)
    opened.ui.summary.setPlainText("Orientamento ai corsi")
    with qtbot.waitSignal(opened.finished):
        qtbot.mouseClick(
            opened.ui.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.LeftButton
        )
    qtbot.mouseClick(tab.new_button, Qt.LeftButton)  # New visit… from the tab
    new = child(editor, VisitEditor)
    qtbot.waitExposed(new)
    assert new.record_id is None and new.ui.contact_id.record_id() == contact_id
    new.ui.visit_type.setCurrentIndex(new.ui.visit_type.findData("orientation"))
    with qtbot.waitSignal(new.saved):
        qtbot.mouseClick(new.ui.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.LeftButton)
    QApplication.processEvents()
    assert tab.table.rowCount() == 3 and tabs.tabText(tabs.indexOf(tab)) == "&Visits (3)"
    assert editor.visits_label.text().startswith("Visits: 3")
    with database.read_session() as session:
        summaries = session.scalars(
            select(MeetingPointVisit.summary).where(MeetingPointVisit.contact_id == contact_id)
        ).all()
    assert "Orientamento ai corsi" in summaries
    viewed = []
    monkeypatch.setattr(print_actions, "ask_open_or_save", lambda parent: "open")
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: viewed.append(url.toLocalFile()))
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.print_button, Qt.LeftButton)
    [pdf] = viewed
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Zappaterra" in text


def test_a_new_contact_has_its_visits_tab_disabled(qtbot, database):
    editor = shown(qtbot, ContactEditor(database))
    tabs = editor.ui.tabs
    assert not tabs.isTabEnabled(tabs.indexOf(editor.visits_tab))


def test_an_organisation_shows_its_meetings_and_resources_as_tabs(qtbot, database, boxes):
    owner = add(database, Organization, name="Comune di Narni", kind="public_body")
    other = add(database, Organization, name="Pro Loco Amelia", kind="association")
    for topic, day in (("Botteghe del ferro battuto", 4), ("Orti urbani", 18)):
        meeting_id = add(
            database,
            StakeholderMeeting,
            topic=topic,
            meeting_type="focus_group",
            meeting_date=date(2025, 3, day),
        )
        with database.session() as session:
            record = session.get(StakeholderMeeting, meeting_id)
            record.organizations.append(session.get(Organization, owner))
    add(
        database,
        StakeholderMeeting,
        topic="Altro",
        meeting_type="bilateral",
        meeting_date=date(2025, 3, 1),
    )
    add(
        database,
        UnusedResource,
        title="Ex scuola di Taizzano",
        category="premises",
        owner_organization_id=owner,
    )
    add(
        database,
        UnusedResource,
        title="Ex mattatoio",
        category="premises",
        owner_organization_id=other,
    )
    editor = shown(qtbot, OrganizationEditor(database, owner))
    meetings, resources = editor.related
    tabs = editor.ui.tabs
    assert tabs.tabText(tabs.indexOf(meetings)) == "&Meetings (2)"
    assert tabs.tabText(tabs.indexOf(resources)) == "&Resources (1)"
    topics = [row[2] for row in cells(meetings.table)]
    assert topics == ["Orti urbani", "Botteghe del ferro battuto"]
    assert cells(resources.table) == [["Ex scuola di Taizzano", "Premises", "Reported"]]
    tabs.setCurrentWidget(resources)
    resources.table.selectRow(0)
    qtbot.mouseClick(resources.open_button, Qt.LeftButton)
    opened = child(editor, ResourceEditor)
    qtbot.waitExposed(opened)
    assert opened.ui.title.text() == "Ex scuola di Taizzano"


def test_choosing_the_owner_offers_its_municipality(qtbot, database, boxes):
    add(
        database, Organization, name="Comune di Narni", kind="public_body", municipality_code="F844"
    )
    editor = shown(qtbot, ResourceEditor(database))
    assert editor.ui.municipality_code.code() == ""
    pick(qtbot, editor.ui.owner_organization_id, "Comune di Narni")
    assert editor.ui.owner_organization_id.record_id() is not None
    assert editor.ui.municipality_code.code() == "F844"
    assert "Narni" in editor.ui.municipality_code.display_text()


def test_the_owner_never_replaces_a_municipality_already_chosen(qtbot, database, boxes):
    add(
        database, Organization, name="Comune di Narni", kind="public_body", municipality_code="F844"
    )
    editor = shown(qtbot, ResourceEditor(database))
    editor.ui.municipality_code.set_code("A262")  # Amelia
    pick(qtbot, editor.ui.owner_organization_id, "Comune di Narni")
    assert editor.ui.municipality_code.code() == "A262"
