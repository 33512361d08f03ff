"""An editor's save on the office server kept waiting by another desktop (issue 20): when the
record stays locked past the server's lock timeout, the save is refused with the server's
words (another computer held the same records, nothing saved, try again), not a file's
storage message naming this computer's folder; the form keeps what was typed. Against the
real test server: the other desktop is a second connection holding the row."""

from __future__ import annotations

import psycopg
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from socialneet_desktop.db import server
from socialneet_desktop.db.models import Organization
from socialneet_desktop.db.server import local_folder, open_server
from socialneet_desktop.services.records import create_record
from socialneet_desktop.ui.editors.organization_editor import OrganizationEditor
from tests.helpers_server import drop_database, new_database


@pytest.fixture
def address(postgres_template):
    made = new_database(postgres_template)
    yield made
    drop_database(postgres_template, made.database)


def test_a_save_kept_waiting_is_refused_in_the_servers_words(qtbot, address, monkeypatch):
    monkeypatch.setattr(server, "LOCK_TIMEOUT_MS", 300)  # the timeout, short for the test
    database = open_server(address)
    with database.session() as session:
        values = {"name": "Comune di Narni", "kind": "public_body", "municipality_code": "F844"}
        record_id = create_record(session, Organization, values, user="anna").id
    editor = OrganizationEditor(database, record_id)
    qtbot.addWidget(editor)
    editor.findChild(QLineEdit, "phone").setText("0744 123456")
    said = []

    def close_the_warning() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            said.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, close_the_warning)

    info = f"host={address.host} port={address.port} user={address.user} dbname={address.database}"
    with psycopg.connect(info) as other:  # another desktop, in the middle of its own save
        other.execute("SELECT id FROM organizations WHERE id = %s FOR UPDATE", (record_id,))
        QTimer.singleShot(20, close_the_warning)
        assert editor.save() is False
    assert said and "kept this change waiting" in said[0], said
    assert str(local_folder(address)) not in said[0]
    assert editor.findChild(QLineEdit, "phone").text() == "0744 123456"
    assert editor.save() is True  # released: the same form saves
    database.close()
