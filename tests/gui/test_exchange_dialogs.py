"""File > Exchange (issue 21) driven by keyboard: a package prepared for a new laptop (the
passphrase typed twice the first time), received on the laptop (a wrong passphrase told and
asked again, the report), a possible duplicate merged from the report, this computer's name.
Only the system's file chooser is replaced (it returns the path a user would pick)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QProgressDialog
from sqlalchemy import select

from socialneet_desktop.db import models
from socialneet_desktop.db.database import open_database
from socialneet_desktop.db.models_exchange import RecordTombstone
from socialneet_desktop.services.exchange import devices
from socialneet_desktop.services.records import create_record
from socialneet_desktop.ui import exchange_dialogs, file_dialogs
from socialneet_desktop.ui.exchange_passphrase import CONFIRMED_KEY
from socialneet_desktop.ui.user_settings import user_settings
from tests.gui.ui16_driving import ModalDriver

WORDS = "una frase lunga abbastanza"
ALT = Qt.KeyboardModifier.AltModifier
Key = Qt.Key


class Driver(ModalDriver):
    """ModalDriver, leaving alone the "please wait" of the work in its worker."""

    def _poll(self) -> None:
        if isinstance(QApplication.activeModalWidget(), QProgressDialog):
            return
        super()._poll()


@pytest.fixture(autouse=True)
def _no_credential_store(monkeypatch):
    """Nothing read from or written to the tester's own credential store; the passphrase
    counts as never confirmed on this computer."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    user_settings().remove(CONFIRMED_KEY)


def _type(widget, text: str) -> None:
    QTest.keyClicks(QApplication.focusWidget() or widget, text)


def _key(widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget() or widget, key, modifier)


def choose_new_laptop(dialog) -> None:
    assert dialog.objectName() == "prepare_package_dialog"
    dialog.target.setFocus()
    _key(dialog, Key.Key_Home)  # the first entry: a new laptop
    assert dialog.target.currentData() == ""
    _key(dialog, Key.Key_Return)


def passphrase(*typed: str):
    def step(dialog) -> None:
        assert dialog.objectName() == "passphrase_dialog"
        fields = [f for f in dialog.findChildren(QLineEdit) if f.isVisible()]
        assert len(fields) == len(typed), [f.objectName() for f in fields]
        for field, text in zip(fields, typed, strict=True):
            field.setFocus()
            _type(dialog, text)
        _key(dialog, Key.Key_Return)

    return step


def enter(expected: str):
    def step(box) -> None:
        assert isinstance(box, QMessageBox) and expected in box.text(), box.text()
        _key(box, Key.Key_Return)

    return step


def report(seen: dict, *then):
    """The report of a package received: its counts noted in `seen`, then `then` (else
    closed with Escape)."""

    def step(dialog) -> None:
        assert dialog.objectName() == "exchange_report_dialog"
        labels = dialog.findChildren(QLabel)
        seen.update({x.objectName(): x.text() for x in labels if x.objectName()[:6] == "count_"})
        for action in then:
            action(dialog)
        if not then:
            _key(dialog, Key.Key_Escape)

    return step


def _contact(database, first_name: str, tax_code: str = "") -> str:
    with database.session() as session:
        values = {"last_name": "Rossi", "first_name": first_name, "tax_code": tax_code}
        if tax_code:
            values["birth_date"] = date(2001, 3, 12)
        return create_record(session, models.NeetContact, values, user="anna").uuid


def _files(monkeypatch, path) -> None:
    monkeypatch.setattr(file_dialogs, "save_file_and_filter", lambda *_a: (str(path), "(*.snx)"))
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *_a: str(path))


def _prepare(qtbot, office, path) -> None:
    driver = Driver(
        [choose_new_laptop, passphrase(WORDS, WORDS), enter("A full package was saved")]
    )
    try:
        assert exchange_dialogs.prepare_package(None, office) == path
    finally:
        driver.stop()
    assert driver.unexpected == []


def test_a_package_for_a_new_laptop_prepared_and_received(qtbot, tmp_path, monkeypatch):
    office = open_database(tmp_path / "office.sqlite")
    laptop = open_database(tmp_path / "laptop.sqlite")
    try:
        uuid = _contact(office, "Mario")
        path = tmp_path / "pacchetto.snx"
        _files(monkeypatch, path)
        _prepare(qtbot, office, path)
        assert path.stat().st_size > 0
        seen: dict = {}
        driver = Driver(
            [
                passphrase("una frase sbagliata"),
                enter("passphrase is wrong"),
                passphrase(WORDS),  # once: the passphrase was confirmed on this computer
                report(seen),
            ]
        )
        try:
            assert exchange_dialogs.receive_package(None, laptop)
        finally:
            driver.stop()
        assert driver.unexpected == []
        assert seen["count_created"] == "1" and seen["count_conflicts"] == "0"
        with laptop.read_session() as session:
            query = select(models.NeetContact.first_name).where(models.NeetContact.uuid == uuid)
            assert session.scalar(query) == "Mario"
    finally:
        office.close()
        laptop.close()


def test_a_duplicate_that_came_in_is_merged_from_the_report(qtbot, tmp_path, monkeypatch):
    office = open_database(tmp_path / "office.sqlite")
    laptop = open_database(tmp_path / "laptop.sqlite")
    try:
        here = _contact(laptop, "Mario", "RSSMRA01C12L117X")
        came = _contact(office, "Mario Luigi", "RSSMRA01C12L117X")
        path = tmp_path / "pacchetto.snx"
        _files(monkeypatch, path)
        _prepare(qtbot, office, path)

        def merge_from_report(dialog) -> None:
            assert dialog.duplicates.count() == 1
            assert "Mario Luigi" in dialog.duplicates.item(0).text()
            _key(dialog, Key.Key_M, ALT)  # &Merge the two records…

        def merge_dialog(dialog) -> None:
            assert dialog.objectName() == "record_merge_dialog"
            radio = dialog.groups["first_name"].button(1)  # the received record's name
            radio.setFocus()
            _key(dialog, Key.Key_Space)
            assert radio.isChecked()
            _key(dialog, Key.Key_M, ALT)  # &Merge

        def close_report(dialog) -> None:
            qtbot.waitUntil(lambda: dialog.duplicates.count() == 0)
            _key(dialog, Key.Key_Escape)

        seen: dict = {}
        steps = [passphrase(WORDS), report(seen, merge_from_report), merge_dialog, close_report]
        driver = Driver(steps)
        try:
            exchange_dialogs.receive_package(None, laptop)
        finally:
            driver.stop()
        assert driver.unexpected == []
        with laptop.read_session() as session:
            kept = session.scalars(
                select(models.NeetContact).where(models.NeetContact.uuid == here)
            ).one()
            merged = session.scalars(
                select(models.NeetContact).where(models.NeetContact.uuid == came)
            ).one()
            assert kept.deleted_at is None and kept.first_name == "Mario Luigi"
            assert merged.deleted_at is not None
            assert session.get(RecordTombstone, came).survivor_uuid == here
    finally:
        office.close()
        laptop.close()


def test_this_computers_name(qtbot, database):
    def name(text: str):
        def step(dialog) -> None:
            field = dialog.findChild(QLineEdit)
            field.setFocus()
            field.selectAll()
            _type(dialog, text)
            _key(dialog, Key.Key_Return)

        return step

    driver = Driver([name("   "), enter("empty"), name("Portatile Anna")])
    try:
        assert exchange_dialogs.rename_this_computer(None, database) == "Portatile Anna"
    finally:
        driver.stop()
    assert driver.unexpected == []
    with database.read_session() as session:
        assert devices.this_device(session).name == "Portatile Anna"
