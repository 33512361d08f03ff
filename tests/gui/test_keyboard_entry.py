"""Keyboard entry that loses nothing (issue 16, items 2, 3, 4 and 8), driven with the keys.

Every editor is opened as the user opens it, keys are sent to the widget that has the focus
(QApplication.focusWidget), never to a widget picked by the test: what the test types goes
where a user's keystrokes would go.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMessageBox,
    QTabWidget,
    QWidget,
)
from sqlalchemy import select

from socialneet_desktop.db import models
from socialneet_desktop.i18n import install_translators
from socialneet_desktop.ui.editors.contact_editor import ContactEditor
from socialneet_desktop.ui.editors.contact_person_editor import ContactPersonEditor
from socialneet_desktop.ui.editors.registry import EDITORS
from socialneet_desktop.ui.editors.settings_editor import SettingsEditor
from socialneet_desktop.ui.editors.visit_editor import VisitEditor

Button = QMessageBox.StandardButton


@dataclass
class Boxes:
    answers: dict[str, Button] = field(default_factory=dict)
    asked: list[str] = field(default_factory=list)


@pytest.fixture(autouse=True)
def boxes(monkeypatch) -> Boxes:
    """Message boxes answered without showing (Discard or No unless told), what they said
    kept: an editor left with changes at the end of a test closes without waiting."""
    recorded = Boxes()
    for kind in ("question", "warning", "information", "critical"):

        def answer(_parent, _title, text, *_args, _kind=kind, **_kwargs):
            recorded.asked.append(text)
            default = Button.Discard if _kind == "question" else Button.No
            return recorded.answers.get(_kind, default)

        monkeypatch.setattr(QMessageBox, kind, staticmethod(answer))
    return recorded


def opened(qtbot, editor: QDialog) -> QDialog:
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


def type_keys(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def field_name(widget: QWidget, editor: QDialog) -> str:
    """The objectName of the field a focused widget belongs to (the line edit inside a date
    field or a municipality picker is named after the field)."""
    while widget is not editor and (not widget.objectName() or widget.objectName()[:3] == "qt_"):
        widget = widget.parentWidget()
    return widget.objectName()


def walk_with_tab(qtbot, editor: QDialog, limit: int = 40) -> list[str]:
    """Press Tab from the focused widget until the focus reaches the dialog's buttons (or
    goes round); the fields visited, in order."""
    visited = [field_name(focused(), editor)]
    for _press in range(limit):
        press(qtbot, Qt.Key.Key_Tab)
        now = focused()
        if editor.ui.buttons.isAncestorOf(now) or isinstance(now.parentWidget(), QTabWidget):
            return visited
        visited.append(field_name(now, editor))
    raise AssertionError(f"Tab never reached the buttons: {visited}")


# --- what the editors show first, and their Tab order --------------------------------------

FIRST_FIELDS = {
    "staff": "first_name",
    "organizations": "name",
    "contacts": "first_name",
    "resources": "title",
    "meetings": "meeting_date",
    "visits": "contact_id",
    "project_ideas": "title",
    "outcomes": "contact_id",
    "courses": "title",
    "enrolments": "contact_id",
}


def saved_records(database) -> dict[str, int]:
    """One record of every kind, so opening an existing one can be tried too."""
    with database.session() as session:
        staff = models.Staff(first_name="Anna", last_name="Bianchi")
        organization = models.Organization(name="Comune di Terni", kind="public_body")
        contact = models.NeetContact(first_name="Luca", last_name="Verdi")
        session.add_all([staff, organization, contact])
        session.flush()
        resource = models.UnusedResource(title="Ex scuola", category="premises", status="reported")
        meeting = models.StakeholderMeeting(meeting_date=date(2026, 3, 2), meeting_type="bilateral")
        visit = models.MeetingPointVisit(
            contact_id=contact.id, visit_date=date(2026, 3, 3), visit_type="orientation"
        )
        idea = models.ProjectIdea(title="Orto sociale", status="idea", idea_on=date(2026, 3, 1))
        outcome = models.Outcome(
            contact_id=contact.id, stage="leaving", outcome_date=date(2026, 6, 30), status="other"
        )
        course = models.TrainingCourse(title="Pasticceria di base")
        session.add_all([resource, meeting, visit, idea, outcome, course])
        session.flush()
        enrolment = models.Enrolment(course_id=course.id, contact_id=contact.id)
        session.add(enrolment)
        session.flush()
        records = (staff, organization, contact, resource, meeting, visit, idea, outcome)
        records += (course, enrolment)
        return dict(zip(FIRST_FIELDS, (record.id for record in records), strict=True))


@pytest.mark.parametrize("kind", FIRST_FIELDS)
def test_a_new_record_takes_the_first_letters_typed_in_its_first_field(qtbot, database, kind):
    editor = opened(qtbot, EDITORS[kind](database))
    assert field_name(focused(), editor) == FIRST_FIELDS[kind]
    if kind == "contacts":
        type_keys(qtbot, "Maria")
        assert editor.ui.first_name.text() == "Maria"


@pytest.mark.parametrize("kind", FIRST_FIELDS)
def test_an_opened_record_has_the_cursor_in_its_first_field(qtbot, database, kind):
    record_id = saved_records(database)[kind]
    editor = opened(qtbot, EDITORS[kind](database, record_id))
    assert field_name(focused(), editor) == FIRST_FIELDS[kind]


def test_a_visit_opened_from_its_person_starts_at_the_date(qtbot, database):
    contact_id = saved_records(database)["contacts"]
    editor = opened(qtbot, VisitEditor(database, None, contact_id=contact_id))
    assert field_name(focused(), editor) == "visit_date"  # the person is fixed


# Reading order, page by page (the History page holds one read-only list).
TAB_ORDERS = {
    "staff": {
        "details_tab": "first_name last_name role email phone active notes",
    },
    "organizations": {
        "details_tab": "name kind tax_code vat_number municipality_code address postal_code "
        "phone email website sector notes",
        "people_tab": "people_table add_person edit_person remove_person",
    },
    "contacts": {
        "person_tab": "first_name last_name gender birth_date birthplace_code tax_code citizenship",
        "where_tab": "residence_municipality_code address postal_code phone email",
        "situation_tab": "education_level labour_status labour_status_months youth_guarantee "
        "heard_from sectors_of_interest notes",
        "privacy_tab": "privacy_notice_version privacy_signed_on consent_contact guardian_name "
        "guardian_consent",
    },
    "resources": {
        "details_tab": "title category status description owner_organization_id owner_name "
        "municipality_code address quantity unit condition",
        "use_tab": "available_from available_to schedule terms proposed_use surveyed_on "
        "surveyed_by_id source notes",
    },
    "meetings": {
        "details_tab": "meeting_date meeting_type activity_id topic location "
        "municipality_code staff_id participants_count outcome follow_up follow_up_date notes",
        "links_tab": "organization_picker add_organization remove_organization "
        "organizations_list people_list",
    },
    "visits": {
        "details_tab": "contact_id visit_date start_time end_time staff_id visit_type activity_id "
        "summary outcome next_appointment next_appointment_time attendance_signed earlier_visits",
    },
    "courses": {
        "details_tab": "title sector provider_organization_id venue start_date end_date "
        "hours_planned trainer capacity minimum_attendance_percent activity_id notes",
        # Tab walks the cells of the new session's row (date, start, end, topic), then leaves
        "sessions_tab": "sessions_table sessions_table sessions_table sessions_table "
        "remove_session",
    },
    "enrolments": {
        "details_tab": "contact_id course_id enrolled_on status status_date dropout_reason "
        "certificate_obtained notes",
    },
}


@pytest.mark.parametrize(
    ("kind", "page"), [(kind, page) for kind, pages in TAB_ORDERS.items() for page in pages]
)
def test_tab_goes_through_every_field_in_reading_order(qtbot, database, kind, page):
    """From the tab bar of the page, Tab visits every field of it in order, then the buttons
    (a date or picker swapped in for a Designer placeholder included)."""
    editor = opened(qtbot, EDITORS[kind](database))
    tabs = editor.ui.tabs
    tabs.setCurrentWidget(getattr(editor.ui, page))
    tabs.tabBar().setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert walk_with_tab(qtbot, editor) == TAB_ORDERS[kind][page].split()


def test_tab_through_the_association_details_follows_the_rows(qtbot, database):
    editor = opened(qtbot, SettingsEditor(database))
    expected = (
        "association_name association_address association_tax_code association_phone "
        "association_email project_name project_code funder_name privacy_notice_version "
        "retention_months choose_logo backup_folder choose_backup_folder "
        "small_count_threshold k_anonymity indicator_set"
    )
    assert walk_with_tab(qtbot, editor) == expected.split()


def test_tab_through_a_contact_person(qtbot):
    editor = opened(qtbot, ContactPersonEditor())
    expected = ["first_name", "last_name", "role", "phone", "email", "notes"]
    assert walk_with_tab(qtbot, editor) == expected


# --- Alt+letters, in the Italian the users see ---------------------------------------------

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic_of(text: str) -> str | None:
    match = _MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).lower() if match else None


def shown_captions(editor: QDialog) -> list[str]:
    """Texts with an Alt+letter shown now: tab titles, field labels, buttons, group boxes."""
    texts = []
    for tabs in editor.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    for widget in editor.findChildren(QWidget):
        if not widget.isVisibleTo(editor):
            continue
        labels_a_field = isinstance(widget, QLabel) and widget.buddy() is not None
        if labels_a_field or isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
    return texts


def clashes(texts: list[str]) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = {}
    for text in texts:
        if (letter := mnemonic_of(text)) is not None:
            by_letter.setdefault(letter, []).append(text)
    return {letter: found for letter, found in by_letter.items() if len(found) > 1}


@pytest.fixture
def italian():
    install_translators(QApplication.instance(), "it")
    yield
    install_translators(QApplication.instance(), "en")


def every_dialog(database, record_ids: dict[str, int]) -> list[tuple[str, QDialog]]:
    """Each editor new and opened, the contact person and the association details."""
    dialogs = [(f"new {kind}", editor(database)) for kind, editor in EDITORS.items()]
    opened_kinds = [kind for kind in EDITORS if kind in record_ids]  # those saved_records makes
    dialogs += [
        (f"opened {kind}", EDITORS[kind](database, record_ids[kind])) for kind in opened_kinds
    ]
    return [
        *dialogs,
        ("contact person", ContactPersonEditor()),
        ("settings", SettingsEditor(database)),
    ]


def test_alt_letters_never_clash_on_any_page_of_any_editor_in_italian(qtbot, database, italian):
    found = {}
    for name, editor in every_dialog(database, saved_records(database)):
        opened(qtbot, editor)
        tabs = editor.findChild(QTabWidget)
        for index in range(tabs.count() if tabs else 1):
            if tabs is not None:
                tabs.setCurrentIndex(index)
            if clash := clashes(shown_captions(editor)):
                found[f"{name}, page {index}"] = clash
        editor.close()
    assert found == {}


def test_alt_letter_goes_to_the_field_of_its_label(qtbot, database, italian):
    """In the meeting editor Alt+O went to the tab "Organizzazioni e persone" and never to
    "Operatore" or "Note": now each letter reaches its own field."""
    from socialneet_desktop.ui.editors.meeting_editor import MeetingEditor

    editor = opened(qtbot, MeetingEditor(database))
    for label_name in ("staff_id_label", "notes_label", "outcome_label", "follow_up_label"):
        label = getattr(editor.ui, label_name)
        letter = mnemonic_of(label.text())
        press(qtbot, getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier)
        assert field_name(focused(), editor) == label.buddy().objectName(), label.text()
        assert editor.ui.tabs.currentWidget() is editor.ui.details_tab


def menu_captions(menu) -> list[tuple[str, list[str]]]:
    """Each menu's own action texts (submenus separately), named by the menu's title."""
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    found = [(menu.title() if hasattr(menu, "title") else "menu bar", texts)]
    for action in menu.actions():
        if action.menu() is not None:
            found += menu_captions(action.menu())
    return found


def test_alt_letters_never_clash_in_the_main_windows_menus_in_italian(qtbot, database, italian):
    from socialneet_desktop.app import Application

    window = Application(database).window
    qtbot.addWidget(window)
    found = {
        title: clash
        for title, texts in menu_captions(window.menuBar())
        if (clash := clashes(texts))
    }
    assert found == {}


# --- times typed as they are said ----------------------------------------------------------


def tab_to(qtbot, editor: QDialog, name: str) -> None:
    for _press in range(20):
        if field_name(focused(), editor) == name:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {name}")


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("10", "10:00"),
        ("1000", "10:00"),
        ("10:00", "10:00"),
        ("10.00", "10:00"),
        ("9", "09:00"),
        ("930", "09:30"),
        ("9.30", "09:30"),
    ],
)
def test_a_start_time_is_typed_as_it_is_said_and_tab_goes_on(qtbot, database, typed, shown):
    editor = opened(qtbot, VisitEditor(database))
    tab_to(qtbot, editor, "start_time")
    type_keys(qtbot, typed)
    press(qtbot, Qt.Key.Key_Tab)
    assert field_name(focused(), editor) == "end_time"  # not the minutes of the start time
    assert editor.ui.start_time.text() == shown


def test_times_typed_are_saved(qtbot, database, boxes):
    contact_id = saved_records(database)["contacts"]
    editor = opened(qtbot, VisitEditor(database, None, contact_id=contact_id))
    tab_to(qtbot, editor, "start_time")
    type_keys(qtbot, "930")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "10.15")
    tab_to(qtbot, editor, "visit_type")
    type_keys(qtbot, "Orient")  # a closed list: typing picks "Orientation"
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert boxes.asked == [] and editor.record_id is not None  # saved; Ctrl+S keeps it open
    with database.read_session() as session:
        visit = session.get(models.MeetingPointVisit, editor.record_id)
        assert (visit.start_time, visit.end_time) == (time(9, 30), time(10, 15))


@pytest.mark.parametrize("typed", ["25:00", "1075", "24.00"])
def test_an_impossible_time_is_refused_beside_the_field_naming_it(qtbot, database, boxes, typed):
    contact_id = saved_records(database)["contacts"]
    editor = opened(qtbot, VisitEditor(database, None, contact_id=contact_id))
    tab_to(qtbot, editor, "start_time")
    type_keys(qtbot, typed)
    press(qtbot, Qt.Key.Key_Tab)
    message = editor.feedback.errors["start_time"]
    assert message.isVisible()  # as soon as the field is left, before saving
    assert message.text().startswith(f"Start time: {typed} is not a time of day")
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    with database.read_session() as session:
        assert len(session.scalars(select(models.MeetingPointVisit)).all()) == 1  # not this one
    assert editor.isVisible() and editor.feedback.errors["start_time"].isVisible()


def test_an_impossible_appointment_time_is_named_beside_its_date(qtbot, database):
    editor = opened(qtbot, VisitEditor(database))
    tab_to(qtbot, editor, "next_appointment")
    type_keys(qtbot, f"1506{date.today().year + 1}")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "2500")
    press(qtbot, Qt.Key.Key_Tab)
    message = editor.feedback.errors["next_appointment"]
    assert message.isVisible()
    assert message.text().startswith("Next appointment time: 2500 is not a time of day")
    assert editor.ui.next_appointment_time.text() == "2500"  # kept as typed, to be put right


def test_letters_cannot_be_typed_into_a_time(qtbot, database):
    editor = opened(qtbot, VisitEditor(database))
    tab_to(qtbot, editor, "start_time")
    type_keys(qtbot, "9a.3b0")
    assert editor.ui.start_time.text() == "9.30"


# --- messages beside the fields, as soon as they are left ----------------------------------


def test_a_wrong_email_is_named_when_left_and_cleared_when_right(qtbot, database):
    editor = opened(qtbot, ContactEditor(database))
    editor.ui.tabs.setCurrentWidget(editor.ui.where_tab)
    editor.ui.email.setFocus()
    type_keys(qtbot, "anna.rossi@")
    message = editor.feedback.errors["email"]
    assert not message.isVisible()  # typing: nothing said yet
    press(qtbot, Qt.Key.Key_Tab)
    assert message.isVisible() and message.text() == "Not a valid e-mail address."
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    press(qtbot, Qt.Key.Key_End)
    type_keys(qtbot, "example.it")
    assert not message.isVisible()  # right again: cleared at once, not at the next save
    assert editor.ui.email.property("invalid") is False


def test_a_name_not_in_the_list_is_named_when_the_picker_is_left(qtbot, database):
    saved_records(database)
    editor = opened(qtbot, VisitEditor(database))
    tab_to(qtbot, editor, "staff_id")
    type_keys(qtbot, "Nessuno")
    press(qtbot, Qt.Key.Key_Tab)
    message = editor.feedback.errors["staff_id"]
    assert message.isVisible()
    assert message.text() == "Choose a name from the list, or clear the field."


def test_an_empty_field_walked_past_is_not_painted_red(qtbot, database):
    editor = opened(qtbot, ContactEditor(database))
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    assert editor.feedback.showing() == []


def test_a_day_that_does_not_exist_is_named_as_such_when_left(qtbot, database):
    editor = opened(qtbot, ContactEditor(database))
    tab_to(qtbot, editor, "birth_date")
    type_keys(qtbot, "31022020")
    press(qtbot, Qt.Key.Key_Tab)
    assert editor.ui.birth_date.text() == "31/02/2020"
    message = editor.feedback.errors["birth_date"]
    assert message.isVisible()
    assert message.text() == "31/02/2020 does not exist: check the day and the month."


def test_a_date_field_refuses_letters_as_they_are_typed(qtbot, database):
    editor = opened(qtbot, ContactEditor(database))
    tab_to(qtbot, editor, "birth_date")
    type_keys(qtbot, "1o/O3/2OO9")
    assert editor.ui.birth_date.text() == "1/3/29"


# --- the guardian's consent --------------------------------------------------------------


def test_a_minor_with_the_guardian_named_and_consent_ticked_saves_without_a_question(
    qtbot, database, boxes
):
    seventeen = date(date.today().year - 17, 1, 1)  # had the 17th birthday this year
    editor = opened(qtbot, ContactEditor(database))
    type_keys(qtbot, "Giulia")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "Neri")
    tab_to(qtbot, editor, "birth_date")
    type_keys(qtbot, seventeen.strftime("%d%m%Y"))
    editor.ui.tabs.setCurrentWidget(editor.ui.privacy_tab)
    editor.ui.guardian_name.setFocus()
    type_keys(qtbot, "Neri Paolo")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space)  # ticks "Guardian's consent signed"
    assert editor.ui.guardian_consent.isChecked()
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert boxes.asked == []  # no "Minor: the guardian's consent is required. Save anyway?"
    with database.read_session() as session:
        [contact] = session.scalars(select(models.NeetContact)).all()
    assert (contact.guardian_name, contact.guardian_consent) == ("Neri Paolo", True)


def test_a_minor_without_the_consent_is_still_stopped(qtbot, database, boxes):
    today = date.today()
    editor = opened(qtbot, ContactEditor(database))
    type_keys(qtbot, "Giulia")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "Neri")
    tab_to(qtbot, editor, "birth_date")
    type_keys(qtbot, f"0101{today.year - 16}")
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.feedback.errors["guardian_consent"].isVisible()
    with database.read_session() as session:
        assert session.scalars(select(models.NeetContact)).all() == []
