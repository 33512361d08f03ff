"""File → Print from the main window: the PDF of the selected record, and a period register."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QMessageBox

from socialneet_desktop.app import Application
from socialneet_desktop.services.demo import fill_demo
from socialneet_desktop.ui import file_dialogs, print_actions, print_menu


@pytest.fixture(autouse=True)
def no_unexpected_box(monkeypatch):
    """A message box no test expects fails the test with its text instead of hanging it
    (offscreen, nobody clicks it); a test expecting one patches the call it makes."""

    def refuse(name: str):
        def box(_parent, title, text, *args, **kwargs):
            raise AssertionError(f"unexpected QMessageBox.{name}: {title}: {text}")

        return box

    for name in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, refuse(name))


def window_on(qtbot, database, kind_key: str):
    """The main window on the list of `kind_key`, found by its key: new kinds move the rows."""
    application = Application(database)
    qtbot.addWidget(application.window)
    application.window.show()
    qtbot.waitExposed(application.window)
    application.window.show_kind(kind_key)
    page = application.window.pages.currentWidget()
    qtbot.waitUntil(lambda: page.table.model().rowCount() > 0)
    return application.window, page


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_visit_sheet_of_the_selected_visit_is_saved_where_chosen(
    qtbot, database, tmp_path, monkeypatch
):
    fill_demo(database, contacts=20)
    window, page = window_on(qtbot, database, "visits")
    page.table.selectRow(0)
    contact_name = page.table.model().index(0, 2).data()
    target = tmp_path / "scheda"
    monkeypatch.setattr(print_actions, "ask_open_or_save", lambda parent: "save")
    monkeypatch.setattr(file_dialogs, "save_file_and_filter", lambda *a, **k: (str(target), ""))
    print_menu.print_selected(window, "visit")
    text = pdf_text(tmp_path / "scheda.pdf")
    assert contact_name.split()[0] in text


def test_opening_writes_a_temporary_pdf_and_hands_it_to_the_viewer(qtbot, database, monkeypatch):
    fill_demo(database, contacts=20)
    window, page = window_on(qtbot, database, "contacts")
    page.table.selectRow(0)
    opened = []
    monkeypatch.setattr(print_actions, "ask_open_or_save", lambda parent: "open")
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    print_menu.print_selected(window, "consent")
    assert opened and opened[0].endswith(".pdf")
    assert page.table.model().index(0, 0).data() in pdf_text(opened[0])


def test_without_a_selection_the_user_is_told_what_to_select(qtbot, database, monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    application = Application(database)
    qtbot.addWidget(application.window)
    print_menu.print_selected(application.window, "visit")
    assert "Select a visit" in told[0]


def test_attendance_register_for_a_period(qtbot, database, tmp_path, monkeypatch):
    fill_demo(database, contacts=30)
    window, _page = window_on(qtbot, database, "visits")
    monkeypatch.setattr(QDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(print_actions, "ask_open_or_save", lambda parent: "save")
    monkeypatch.setattr(
        file_dialogs, "save_file_and_filter", lambda *a, **k: (str(tmp_path / "presenze.pdf"), "")
    )
    path = print_actions.print_period_document(window, database, "register")
    assert path == tmp_path / "presenze.pdf"
    assert "Attendance register" in pdf_text(path)


def test_the_contact_editor_prints_the_contact_file(qtbot, database, tmp_path, monkeypatch):
    from socialneet_desktop.db.models import AppSettings, NeetContact
    from socialneet_desktop.ui.editors.contact_editor import ContactEditor

    with database.session() as session:  # the letterhead every print checks first
        session.add(AppSettings(id=1, association_name="Artigiani", association_address="Terni"))
        person = NeetContact(first_name="Niccolò", last_name="Forlì", gender="male")
        session.add(person)
        session.flush()
        person_id = person.id
    editor = ContactEditor(database, person_id)
    qtbot.addWidget(editor)
    assert ContactEditor(database, None).print_button.isEnabled() is False
    monkeypatch.setattr(print_actions, "ask_open_or_save", lambda parent: "save")
    target = tmp_path / "fascicolo.pdf"
    monkeypatch.setattr(file_dialogs, "save_file_and_filter", lambda *a, **k: (str(target), ""))
    editor.print_button.menu().actions()[0].trigger()
    assert "Niccolò" in pdf_text(target) and "Forlì" in pdf_text(target)


def test_the_visit_editor_prints_the_visit_sheet(qtbot, database, tmp_path, monkeypatch):
    from socialneet_desktop.db.models import MeetingPointVisit
    from socialneet_desktop.ui.editors.visit_editor import VisitEditor

    fill_demo(database, contacts=5)
    with database.read_session() as session:
        visit = session.query(MeetingPointVisit).first()
        visit_id, surname = visit.id, visit.contact.last_name
    assert VisitEditor(database).print_button.isEnabled() is False
    editor = VisitEditor(database, visit_id)
    qtbot.addWidget(editor)
    monkeypatch.setattr(print_actions, "ask_open_or_save", lambda parent: "save")
    target = tmp_path / "scheda-colloquio.pdf"
    monkeypatch.setattr(file_dialogs, "save_file_and_filter", lambda *a, **k: (str(target), ""))
    editor.print_button.menu().actions()[0].trigger()
    assert surname in pdf_text(target)
