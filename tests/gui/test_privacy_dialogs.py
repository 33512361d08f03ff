"""The erase, retention review and access-request dialogs, driven like a user would."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from socialneet_desktop.db.models import NeetContact
from socialneet_desktop.ui import file_dialogs
from socialneet_desktop.ui.privacy_dialogs import (
    EraseContactDialog,
    RetentionReviewDialog,
    export_access_request,
)
from tests.unit.test_privacy import NAME, add_person


class Recorder:
    """A stand-in for a QMessageBox function or a file dialog: records calls, returns `value`."""

    def __init__(self, value=None):
        self.value, self.calls = value, []

    def __call__(self, *args, **kwargs):
        self.calls.append(args)
        return self.value


def anonymised(database, contact_id: int) -> bool:
    with database.read_session() as session:
        return session.get(NeetContact, contact_id).anonymised_at is not None


def test_erase_needs_the_surname_and_a_reason(qtbot, database, monkeypatch):
    contact_id = add_person(database)
    warning = Recorder()
    monkeypatch.setattr(QMessageBox, "warning", warning)
    dialog = EraseContactDialog(database, contact_id)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.confirm_name, "Rossi")
    qtbot.keyClicks(dialog.reason, "Richiesta scritta")
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert warning.calls and not anonymised(database, contact_id)
    dialog.confirm_name.clear()
    qtbot.keyClicks(dialog.confirm_name, NAME.lower())
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == EraseContactDialog.DialogCode.Accepted
    assert anonymised(database, contact_id)
    assert NAME.encode() not in database.path.read_bytes()


def test_retention_review_anonymises_the_ticked_contacts(qtbot, database, monkeypatch):
    old = add_person(database, visits=((2021, 5, 4),))
    other = add_person(
        database, {"last_name": "Verdi", "first_name": "Ugo"}, visits=((2021, 6, 1),)
    )
    dialog = RetentionReviewDialog(database, today=date(2024, 6, 30))
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2
    names = [dialog.model.item(row, 0).text() for row in range(2)]
    dialog.model.item(names.index(f"{NAME} Giuseppina"), 0).setCheckState(Qt.CheckState.Checked)
    question = Recorder(QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.mouseClick(dialog.anonymise_button, Qt.MouseButton.LeftButton)
    assert question.calls
    assert anonymised(database, old) and not anonymised(database, other)
    assert dialog.model.rowCount() == 1
    dialog.months.setValue(60)
    assert dialog.model.rowCount() == 0


def test_export_access_request_asks_for_the_file(qtbot, database, monkeypatch, tmp_path):
    contact_id = add_person(database)
    chosen = Recorder((str(tmp_path / "dati"), "PDF (*.pdf)"))
    monkeypatch.setattr(file_dialogs, "save_file_and_filter", chosen)
    path = export_access_request(database, contact_id)
    assert path == tmp_path / "dati.pdf" and path.read_bytes().startswith(b"%PDF")


def test_retention_review_says_so_when_nobody_is_due(qtbot, database):
    add_person(database, visits=((2024, 5, 4),))
    dialog = RetentionReviewDialog(database, today=date(2024, 6, 30))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.model.rowCount() == 0
    assert dialog.nobody_label.isVisible() and not dialog.table.isVisible()
    months = dialog.months.value()
    assert (
        dialog.nobody_label.text()
        == f"Nobody: every contact had a visit in the last {months} months."
    )
    assert not dialog.anonymise_button.isEnabled()
    dialog.months.setValue(1)  # the visit of 4 May is older than one month
    assert dialog.model.rowCount() == 1
    assert dialog.table.isVisible() and not dialog.nobody_label.isVisible()
    assert dialog.anonymise_button.isEnabled()
