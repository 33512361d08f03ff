"""A record picker typed into and left with Tab (issue 19 review): the suggestion list closes,
the name typed is taken when one record has it, and the focus goes to the next field, so the
digits typed next land there (they went nowhere: the list kept the keyboard)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from socialneet_desktop.db import models
from socialneet_desktop.ui.editors.path_pickers import OrganizationPeoplePicker
from socialneet_desktop.ui.editors.pickers import RecordPicker


def _people(database) -> dict[str, int]:
    with database.session() as session:
        firm = models.Organization(name="Falegnameria Rossi", kind="enterprise")
        session.add(firm)
        session.flush()
        rows = [
            models.NeetContact(first_name="Luca", last_name="Verdi"),
            models.NeetContact(first_name="Sara", last_name="Neri"),
            models.ContactPerson(first_name="Mario", last_name="Rossi", organization_id=firm.id),
        ]
        session.add_all(rows)
        session.flush()
        return {"luca": rows[0].id, "mario": rows[2].id, "firm": firm.id}


def _form(qtbot, picker):
    form = QWidget()
    layout = QVBoxLayout(form)
    hours = QLineEdit()
    hours.setObjectName("hours")
    layout.addWidget(picker)
    layout.addWidget(hours)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    picker.setFocus()
    qtbot.waitUntil(lambda: picker.lineEdit().hasFocus())
    return form, hours


def _type_name_tab_digits(qtbot, picker, name: str, hours: QLineEdit) -> None:
    qtbot.keyClicks(picker.lineEdit(), name)
    qtbot.waitUntil(lambda: picker.name_completer.popup().isVisible())
    # the Tab to the field that has the focus (the name's); the list must close with it
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not picker.name_completer.popup().isVisible())
    qtbot.keyClicks(QApplication.focusWidget(), "12")
    assert hours.text() == "12"
    assert QApplication.focusWidget() is hours


@pytest.mark.parametrize("name", ["Verdi", "verdi luca"])
def test_a_name_and_tab_close_the_list_and_the_digits_land_in_the_next_field(qtbot, database, name):
    ids = _people(database)
    picker = RecordPicker(database, "contacts")
    _form_kept, hours = _form(qtbot, picker)
    _type_name_tab_digits(qtbot, picker, name, hours)
    assert picker.record_id() == ids["luca"]


def test_the_tutor_picker_too(qtbot, database):
    ids = _people(database)
    picker = OrganizationPeoplePicker(database)
    picker.set_organization(ids["firm"])
    _form_kept, hours = _form(qtbot, picker)
    _type_name_tab_digits(qtbot, picker, "Ross", hours)
    assert picker.record_id() == ids["mario"]
