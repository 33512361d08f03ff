"""Record editors driven through their real widgets; every message box is patched."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox
from sqlalchemy import select

from socialneet_desktop.db.models import (
    AppSettings,
    ContactPerson,
    NeetContact,
    Organization,
    Staff,
)
from socialneet_desktop.services.records import create_record, update_record
from socialneet_desktop.ui import file_dialogs
from socialneet_desktop.ui.editors.contact_editor import ContactEditor
from socialneet_desktop.ui.editors.contact_person_editor import ContactPersonEditor
from socialneet_desktop.ui.editors.organization_editor import OrganizationEditor
from socialneet_desktop.ui.editors.registry import open_editor, open_settings
from socialneet_desktop.ui.editors.settings_editor import SettingsEditor
from socialneet_desktop.ui.editors.staff_editor import StaffEditor

Button = QMessageBox.StandardButton


@dataclass
class Boxes:
    """Message boxes asked for, and the answer each kind gives."""

    answers: dict[str, Button] = field(default_factory=dict)
    asked: list[tuple[str, str]] = field(default_factory=list)

    def texts(self) -> str:
        return "\n".join(text for _kind, text in self.asked)


@pytest.fixture
def boxes(monkeypatch) -> Boxes:
    recorded = Boxes()
    for kind in ("question", "warning", "information", "critical"):

        def answer(_parent, _title, text, *_args, _kind=kind, **_kwargs):
            recorded.asked.append((_kind, text))
            return recorded.answers.get(_kind, Button.No)

        monkeypatch.setattr(QMessageBox, kind, staticmethod(answer))
    monkeypatch.setattr(QMessageBox, "exec", lambda _self: pytest.fail("unpatched message box"))
    return recorded


def shown(qtbot, editor: QDialog) -> QDialog:
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def click_save(qtbot, editor: QDialog) -> None:
    qtbot.mouseClick(editor.ui.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.LeftButton)


def staff_rows(database) -> list[Staff]:
    with database.read_session() as session:
        return list(session.scalars(select(Staff)))


def add_staff(database, **values) -> int:
    with database.session() as session:
        values = {"first_name": "Anna", "last_name": "Rossi"} | values
        return create_record(session, Staff, values, user="test").id


def test_staff_member_is_created_with_ctrl_s(qtbot, database, boxes):
    editor = shown(qtbot, StaffEditor(database))
    qtbot.keyClicks(editor.ui.first_name, "Anna")
    qtbot.keyClicks(editor.ui.last_name, "Rossi")
    editor.ui.role.setCurrentIndex(editor.ui.role.findData("coordinator"))
    qtbot.keyClicks(editor.ui.email, "anna.rossi@example.it")
    with qtbot.waitSignal(editor.saved):
        qtbot.keyClick(editor.ui.email, Qt.Key_S, Qt.ControlModifier)
    [staff] = staff_rows(database)
    assert (staff.first_name, staff.last_name, staff.role) == ("Anna", "Rossi", "coordinator")
    assert staff.email == "anna.rossi@example.it" and staff.active
    assert editor.isVisible() and boxes.asked == []  # Ctrl+S saves and keeps it open


def test_staff_member_is_edited_and_history_shows_the_change(qtbot, database, boxes):
    staff_id = add_staff(database, phone="0744 400000")
    editor = shown(qtbot, StaffEditor(database, staff_id))
    assert editor.ui.first_name.text() == "Anna" and editor.version == 1
    editor.ui.phone.clear()
    qtbot.keyClicks(editor.ui.phone, "333 1234567")
    click_save(qtbot, editor)
    [staff] = staff_rows(database)
    assert staff.phone == "333 1234567" and staff.version == 2
    again = shown(qtbot, StaffEditor(database, staff_id))
    history = again.ui.history_view
    lines = [
        [history.topLevelItem(row).text(column) for column in range(4)]
        for row in range(history.topLevelItemCount())
    ]
    assert lines[0][3] == "Phone: 0744 400000 → 333 1234567"
    assert lines[0][2] == "Changed" and lines[0][1]
    assert lines[0][0][2] == "/" and lines[0][0][5] == "/"  # gg/mm/aaaa hh:mm
    assert lines[-1][2] == "Created"


def test_staff_member_is_deleted_after_confirmation(qtbot, database, boxes):
    staff_id = add_staff(database)
    editor = shown(qtbot, StaffEditor(database, staff_id))
    boxes.answers["question"] = Button.No
    qtbot.mouseClick(editor.delete_button, Qt.LeftButton)
    assert staff_rows(database)[0].deleted_at is None and editor.isVisible()
    boxes.answers["question"] = Button.Yes
    with qtbot.waitSignal(editor.deleted):
        qtbot.mouseClick(editor.delete_button, Qt.LeftButton)
    assert staff_rows(database)[0].deleted_at is not None
    assert "recycle bin" in boxes.texts()


def test_invalid_email_blocks_saving_and_is_shown_beside_the_field(qtbot, database, boxes):
    editor = shown(qtbot, StaffEditor(database))
    qtbot.keyClicks(editor.ui.first_name, "Anna")
    qtbot.keyClicks(editor.ui.last_name, "Rossi")
    qtbot.keyClicks(editor.ui.email, "anna@@example")
    click_save(qtbot, editor)
    message = editor.feedback.errors["email"]
    assert message.isVisible() and message.text() == "Not a valid e-mail address."
    assert editor.ui.email.property("invalid") is True
    assert editor.focusWidget() is editor.ui.email
    assert staff_rows(database) == [] and editor.isVisible()
    editor.ui.email.clear()
    qtbot.keyClicks(editor.ui.email, "anna@example.it")
    click_save(qtbot, editor)
    assert len(staff_rows(database)) == 1 and not message.isVisible()


def test_stale_save_is_refused_with_the_message(qtbot, database, boxes):
    staff_id = add_staff(database)
    editor = shown(qtbot, StaffEditor(database, staff_id))
    with database.session() as session:
        update_record(session, Staff, staff_id, 1, {"notes": "elsewhere"}, user="other")
    qtbot.keyClicks(editor.ui.phone, "0744 123456")
    click_save(qtbot, editor)
    assert "Someone else changed this record" in boxes.texts()
    [staff] = staff_rows(database)
    assert (staff.phone, staff.notes, staff.version) == ("", "elsewhere", 2)
    assert editor.isVisible()
    boxes.answers["warning"] = Button.Yes  # reload
    click_save(qtbot, editor)
    assert editor.ui.notes.toPlainText() == "elsewhere" and editor.version == 2


def test_escape_with_unsaved_changes_asks(qtbot, database, boxes):
    editor = shown(qtbot, StaffEditor(database))
    qtbot.keyClicks(editor.ui.first_name, "Anna")
    boxes.answers["question"] = Button.Cancel
    qtbot.keyClick(editor.ui.first_name, Qt.Key_Escape)
    assert editor.isVisible() and len(boxes.asked) == 1
    boxes.answers["question"] = Button.Discard
    qtbot.keyClick(editor.ui.first_name, Qt.Key_Escape)
    assert not editor.isVisible() and staff_rows(database) == []


def organizations(database) -> list[Organization]:
    with database.read_session() as session:
        return list(session.scalars(select(Organization)))


def people(database) -> list[ContactPerson]:
    with database.read_session() as session:
        return list(session.scalars(select(ContactPerson).order_by(ContactPerson.id)))


@pytest.fixture
def person_dialog(qtbot, monkeypatch):
    """The contact person dialog is modal: its exec() types into the real widgets instead."""
    typed: dict[str, str] = {}

    def fill_and_accept(dialog: ContactPersonEditor) -> int:
        for name, text in typed.items():
            dialog.fields[name].clear()
            qtbot.keyClicks(dialog.fields[name], text)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ContactPersonEditor, "exec", fill_and_accept)
    return typed


def test_organisation_with_a_contact_person_is_created_edited_and_deleted(
    qtbot, database, boxes, person_dialog
):
    editor = shown(qtbot, OrganizationEditor(database))
    qtbot.keyClicks(editor.ui.name, "Cooperativa Sociale Il Cammino")
    editor.ui.kind.setCurrentIndex(editor.ui.kind.findData("social_cooperative"))
    qtbot.keyClicks(editor.ui.vat_number, "01234567897")
    editor.ui.municipality_code.set_code("L117")
    person_dialog.update(last_name="Bianchi", first_name="Luca", role="Presidente")
    qtbot.mouseClick(editor.ui.add_person, Qt.LeftButton)
    assert editor.ui.people_table.rowCount() == 1
    click_save(qtbot, editor)
    [organization] = organizations(database)
    assert (organization.name, organization.kind) == (
        "Cooperativa Sociale Il Cammino",
        "social_cooperative",
    )
    assert organization.municipality_code == "L117" and organization.vat_number == "01234567897"
    [person] = people(database)
    assert (person.last_name, person.role, person.organization_id) == (
        "Bianchi",
        "Presidente",
        organization.id,
    )
    editor = shown(qtbot, OrganizationEditor(database, organization.id))
    assert editor.ui.people_table.item(0, 0).text() == "Bianchi"
    editor.ui.people_table.setCurrentCell(0, 0)
    person_dialog.update(role="Vicepresidente")
    qtbot.mouseClick(editor.ui.edit_person, Qt.LeftButton)
    qtbot.keyClicks(editor.ui.phone, "0744 401234")
    click_save(qtbot, editor)
    assert people(database)[0].role == "Vicepresidente"
    assert organizations(database)[0].phone == "0744 401234"
    editor = shown(qtbot, OrganizationEditor(database, organization.id))
    editor.ui.people_table.setCurrentCell(0, 0)
    qtbot.mouseClick(editor.ui.remove_person, Qt.LeftButton)
    click_save(qtbot, editor)
    assert people(database)[0].deleted_at is not None
    editor = shown(qtbot, OrganizationEditor(database, organization.id))
    boxes.answers["question"] = Button.Yes
    qtbot.mouseClick(editor.delete_button, Qt.LeftButton)
    assert organizations(database)[0].deleted_at is not None


def test_invalid_tax_code_blocks_saving_an_organisation(qtbot, database, boxes):
    editor = shown(qtbot, OrganizationEditor(database))
    qtbot.keyClicks(editor.ui.name, "Comune di Narni")
    editor.ui.kind.setCurrentIndex(editor.ui.kind.findData("public_body"))
    qtbot.keyClicks(editor.ui.tax_code, "00123456780")
    click_save(qtbot, editor)
    message = editor.feedback.errors["tax_code"]
    assert message.isVisible() and "last digit" in message.text()
    assert editor.focusWidget() is editor.ui.tax_code
    assert organizations(database) == [] and editor.isVisible()


def test_a_missing_kind_is_shown_beside_the_combo(qtbot, database, boxes):
    editor = shown(qtbot, OrganizationEditor(database))
    qtbot.keyClicks(editor.ui.name, "Comune di Narni")
    click_save(qtbot, editor)
    assert editor.feedback.errors["kind"].text() == "Kind of organisation: choose one."
    assert organizations(database) == []


def test_duplicate_banner_offers_the_existing_organisation(qtbot, database, boxes):
    with database.session() as session:
        values = {"name": "Cooperativa Sociale Il Cammino", "kind": "social_cooperative"}
        existing = create_record(
            session, Organization, values | {"municipality_code": "L117"}, user="t"
        )
    editor = shown(qtbot, OrganizationEditor(database))
    assert not editor.ui.duplicate_banner.isVisible()
    editor.ui.municipality_code.set_code("L117")
    qtbot.keyClicks(editor.ui.name, "Il Cammino coop. soc.")
    qtbot.waitUntil(editor.ui.duplicate_banner.isVisible, timeout=3000)
    text = editor.ui.duplicate_label.text()
    assert "A similar organisation exists: Cooperativa Sociale Il Cammino" in text
    assert "similar name, same municipality" in text
    boxes.answers["question"] = Button.Discard
    with qtbot.waitSignal(editor.open_existing) as signal:
        qtbot.mouseClick(editor.ui.open_existing, Qt.LeftButton)
    assert signal.args == ["organizations", existing.id]
    assert not editor.isVisible() and len(organizations(database)) == 1


def test_settings_are_saved_and_read_back(qtbot, database, boxes, monkeypatch, tmp_path):
    logo = tmp_path / "logo.png"
    image = QPixmap(40, 20)
    image.fill(QColor("navy"))
    image.save(str(logo))
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *_a, **_k: str(logo))
    editor = shown(qtbot, SettingsEditor(database))
    assert editor.ui.retention_months.value() == 24
    qtbot.keyClicks(editor.ui.association_name, "CNA Terni")
    qtbot.keyClicks(editor.ui.association_email, "not an address")
    qtbot.keyClicks(editor.ui.project_code, "SN-2025")
    editor.ui.retention_months.setValue(36)
    qtbot.mouseClick(editor.ui.choose_logo, Qt.LeftButton)
    assert not editor.ui.logo_preview.pixmap().isNull()
    click_save(qtbot, editor)
    assert editor.feedback.errors["association_email"].isVisible()
    with database.read_session() as session:
        assert session.get(AppSettings, 1) is None
    editor.ui.association_email.clear()
    qtbot.keyClicks(editor.ui.association_email, "terni@example.it")
    click_save(qtbot, editor)
    with database.read_session() as session:
        settings = session.get(AppSettings, 1)
        assert (settings.association_name, settings.project_code) == ("CNA Terni", "SN-2025")
        assert settings.retention_months == 36 and settings.logo == logo.read_bytes()
    again = shown(qtbot, open_settings(database, None))
    assert again.ui.association_email.text() == "terni@example.it"
    assert not again.ui.logo_preview.pixmap().isNull()


def test_registry_opens_the_editors_it_knows(qtbot, database):
    for key, editor_class in (("staff", StaffEditor), ("organizations", OrganizationEditor)):
        editor = open_editor(key, database, None, None)
        qtbot.addWidget(editor)
        assert isinstance(editor, editor_class)
    editor = open_editor("contacts", database, None, None)
    qtbot.addWidget(editor)
    assert isinstance(editor, ContactEditor)
    for key in ("resources", "meetings", "visits"):
        editor = open_editor(key, database, None, None)
        qtbot.addWidget(editor)
        assert editor is not None, f"no editor for {key}"
    assert open_editor("no_such_kind", database, None, None) is None


MARIA_CF = "RSSMRA00E50L117Z"  # Rossi Maria, female, born 10/05/2000 in Terni


def contacts(database) -> list[NeetContact]:
    with database.read_session() as session:
        return list(session.scalars(select(NeetContact)))


def type_maria(qtbot, editor: ContactEditor, born: QDate) -> None:
    qtbot.keyClicks(editor.ui.first_name, "Maria")
    qtbot.keyClicks(editor.ui.last_name, "Rossi")
    editor.ui.gender.setCurrentIndex(editor.ui.gender.findData("female"))
    qtbot.keyClicks(editor.ui.birth_date.line_edit, born.toString("dd/MM/yyyy"))
    editor.ui.birthplace_code.set_code("L117")


def test_contact_is_created_with_its_codice_fiscale(qtbot, database, boxes):
    editor = shown(qtbot, ContactEditor(database))
    assert editor.ui.birth_date.date_value() is None
    type_maria(qtbot, editor, QDate(2000, 5, 10))
    qtbot.keyClicks(editor.ui.tax_code, MARIA_CF)
    editor.ui.sectors_of_interest.item(1).setCheckState(Qt.CheckState.Checked)
    editor.ui.labour_status_months.setValue(6)
    click_save(qtbot, editor)
    [contact] = contacts(database)
    assert (contact.birth_date, contact.gender, contact.birthplace_code) == (
        date(2000, 5, 10),
        "female",
        "L117",
    )
    assert contact.tax_code == MARIA_CF and contact.privacy_signed_on is None
    assert contact.labour_status_months == 6 and contact.sectors_of_interest


def test_codice_fiscale_mismatch_blocks_and_offers_to_fill(qtbot, database, boxes):
    editor = shown(qtbot, ContactEditor(database))
    type_maria(qtbot, editor, QDate(2000, 6, 10))
    qtbot.keyClicks(editor.ui.tax_code, MARIA_CF)
    click_save(qtbot, editor)
    assert "10/05/2000" in editor.feedback.errors["tax_code"].text()
    assert contacts(database) == []
    assert not editor.ui.fill_from_tax_code.isHidden()
    qtbot.mouseClick(editor.ui.fill_from_tax_code, Qt.LeftButton)
    assert editor.ui.birth_date.date_value() == date(2000, 5, 10)
    click_save(qtbot, editor)
    assert contacts(database)[0].birth_date == date(2000, 5, 10)


def test_a_minor_needs_the_guardian(qtbot, database, boxes):
    editor = shown(qtbot, ContactEditor(database))
    today = date.today()
    type_maria(qtbot, editor, QDate(today.year - 16, 1, 1))
    click_save(qtbot, editor)
    assert editor.feedback.errors["guardian_name"].isVisible()
    assert editor.feedback.errors["guardian_consent"].isVisible()
    assert editor.ui.tabs.currentWidget() is editor.ui.privacy_tab
    assert contacts(database) == []
    qtbot.keyClicks(editor.ui.guardian_name, "Rossi Paolo")
    editor.ui.guardian_consent.setChecked(True)
    boxes.answers["question"] = Button.Yes  # the warning about a minor: save anyway
    click_save(qtbot, editor)
    assert contacts(database)[0].guardian_name == "Rossi Paolo"


def test_duplicate_banner_offers_the_existing_contact(qtbot, database, boxes):
    with database.session() as session:
        values = {"first_name": "Maria", "last_name": "Rossi", "tax_code": MARIA_CF}
        existing = create_record(session, NeetContact, values, user="t")
    editor = shown(qtbot, ContactEditor(database))
    qtbot.keyClicks(editor.ui.tax_code, MARIA_CF)
    qtbot.waitUntil(editor.ui.duplicate_banner.isVisible, timeout=3000)
    assert "same codice fiscale" in editor.ui.duplicate_label.text()
    boxes.answers["question"] = Button.Discard
    with qtbot.waitSignal(editor.open_existing) as signal:
        qtbot.mouseClick(editor.ui.open_existing, Qt.LeftButton)
    assert signal.args == ["contacts", existing.id]
