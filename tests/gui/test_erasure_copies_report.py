"""The window's erase dialog scrubs the backups and says how many, naming a folder it missed."""

from __future__ import annotations

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
