"""The window's erase dialog scrubs the backups and says how many, naming a folder it missed."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from socialneet_desktop.db import backup
from socialneet_desktop.db.models import AppSettings
from socialneet_desktop.ui.privacy_dialogs import EraseContactDialog
from tests.unit.test_privacy import NAME, TAX_CODE, add_person


def shown_report() -> QMessageBox:
    boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "scrub_report"]
    assert len(boxes) == 1
    return boxes[0]


def test_the_erase_dialog_reports_the_copies_scrubbed_and_the_folder_missed(
    qtbot, database, tmp_path
):
    contact_id = add_person(database)
    taken = backup.backup_now(database)
    stick = tmp_path / "stick"
    with database.session() as session:
        settings = session.get(AppSettings, 1) or AppSettings(id=1)
        settings.backup_folder = str(stick)  # not plugged in
        session.add(settings)
    dialog = EraseContactDialog(database, contact_id)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.confirm_name, NAME)
    qtbot.keyClicks(dialog.reason, "Richiesta scritta")
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    box = shown_report()
    assert "scrubbed of the erased data: 1 of 1." in box.text()
    assert str(stick) in box.text()
    assert TAX_CODE.encode() not in taken.read_bytes()
    box.close()


def test_opening_the_database_again_scrubs_the_folder_plugged_in_since(qtbot, tmp_path):
    from socialneet_desktop.db.opening import open_file
    from socialneet_desktop.services import privacy
    from socialneet_desktop.ui.opening import try_open

    path = tmp_path / "office.sqlite"
    database = open_file(path).database
    contact_id = add_person(database)
    stick = tmp_path / "stick"
    stick.mkdir()
    with database.session() as session:
        settings = session.get(AppSettings, 1) or AppSettings(id=1)
        settings.backup_folder = str(stick)
        session.add(settings)
    on_stick = backup.backup_now(database, stick)
    stick.rename(tmp_path / "unplugged")  # the stick is taken away, then the person erased
    with database.session() as session:
        privacy.erase_contact(session, contact_id, user="anna", reason="Richiesta scritta")
    database.close()
    (tmp_path / "unplugged").rename(stick)  # plugged in again before the next start
    assert TAX_CODE.encode() in on_stick.read_bytes()
    reopened = try_open(None, path)
    try:
        box = shown_report()
        assert re.search(r"scrubbed of the erased data: (\d+) of \1\.", box.text())
        assert str(stick) not in box.text()  # reached: nothing left pending
        box.close()
        assert TAX_CODE.encode() not in on_stick.read_bytes()
    finally:
        reopened.close()
