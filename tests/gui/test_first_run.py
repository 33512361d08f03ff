"""The first start (issue 16, item 1): the association's details are asked, required there,
and checked before a document prints them - "Il titolare del trattamento è , ." never again."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from socialneet_desktop import printing
from socialneet_desktop.db import models
from socialneet_desktop.services.association_details import MissingDetails
from socialneet_desktop.ui import first_run


def _contact(database) -> int:
    with database.session() as session:
        person = models.NeetContact(first_name="Luca", last_name="Bianchi")
        session.add(person)
        session.flush()
        return person.id


def test_the_consent_form_refuses_to_print_without_the_controller(database, tmp_path):
    contact_id = _contact(database)
    target = tmp_path / "consenso.pdf"
    with pytest.raises(MissingDetails, match="name.*address"):
        printing.write_consent_form(database, contact_id, target)
    assert not target.exists()
    with database.session() as session:
        session.add(models.AppSettings(id=1, association_name="Artigiani", association_address=""))
    with pytest.raises(MissingDetails, match="address"):
        printing.write_consent_form(database, contact_id, target)
    assert not target.exists()


def test_the_first_start_asks_the_details_and_requires_name_and_address(qtbot, database):
    dialog = first_run.ask_at_first_start(database, None)
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    assert dialog.findChild(type(dialog.problem_label), "welcome").isVisible()
    dialog.ui.association_name.setText("Associazione Artigiani Terni")
    dialog.accept()
    assert dialog.isVisible()  # the address is still missing: nothing saved
    message = dialog.feedback.errors["association_address"]
    qtbot.waitUntil(message.isVisible)
    field = dialog.ui.association_address
    assert message.mapTo(dialog, message.rect().topLeft()).y() >= field.geometry().bottom()
    assert first_run.missing_details(database) == ["the association's name",
                                                   "the association's address"]  # fmt: skip
    dialog.ui.association_address.setText("Via Roma 1, 05100 Terni")
    dialog.accept()
    assert not dialog.isVisible()
    assert first_run.missing_details(database) == []
    assert first_run.ask_at_first_start(database, None) is None  # asked once only


def test_printing_checks_the_details_first(qtbot, database, monkeypatch):
    asked = []

    def answer(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert not first_run.check_before_printing(None, database)
    assert "the association's name and the association's address" in asked[0]
    with database.session() as session:
        session.add(models.AppSettings(id=1, association_name="A", association_address="B"))
    assert first_run.check_before_printing(None, database)
    assert len(asked) == 1  # with the details there, nothing is asked
