"""The outcome editor driven with the keys (issue 18): an outcome on leaving typed and saved,
then a follow-up refused beside its field while it is dated before leaving."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from socialneet_desktop.db import models
from socialneet_desktop.ui.editors.outcome_editor import OutcomeEditor
from tests.gui.test_keyboard_entry import field_name, focused, opened, press, type_keys

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def asked(monkeypatch) -> list[str]:
    """Message boxes answered without showing; what they said."""
    said: list[str] = []

    def answer(_parent, _title, text, *_args, **_kwargs):
        said.append(text)
        return QMessageBox.StandardButton.Discard

    for kind in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(answer))
    return said


def _people(database) -> tuple[int, int]:
    with database.session() as session:
        contact = models.NeetContact(first_name="Luca", last_name="Verdi")
        employer = models.Organization(name="Cooperativa Il Ponte", kind="social_cooperative")
        session.add_all([contact, employer])
        session.flush()
        return contact.id, employer.id


def test_an_outcome_on_leaving_typed_and_saved(qtbot, database, asked):
    contact_id, employer_id = _people(database)
    editor = opened(qtbot, OutcomeEditor(database))
    assert field_name(focused(), editor) == "contact_id"
    type_keys(qtbot, "Verdi")
    press(qtbot, Qt.Key.Key_Tab)
    assert field_name(focused(), editor) == "stage"
    assert editor.ui.stage.code() == "leaving"  # the default
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_keys(qtbot, "30062026")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "Emp")  # "Employed"
    press(qtbot, Qt.Key.Key_Tab)
    assert field_name(focused(), editor) == "organization_id"
    type_keys(qtbot, "Ponte")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "Soc")  # "Social enterprise"
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)  # how it was learned: nothing on leaving
    type_keys(qtbot, "Assunto con contratto di un anno.")
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert asked == [] and editor.record_id is not None
    with database.read_session() as session:
        outcome = session.get(models.Outcome, editor.record_id)
        assert (outcome.contact_id, outcome.stage, outcome.outcome_date) == (
            contact_id,
            "leaving",
            date(2026, 6, 30),
        )
        assert (outcome.status, outcome.organization_id, outcome.employer_kind) == (
            "employed",
            employer_id,
            "social_enterprise",
        )
        assert outcome.notes == "Assunto con contratto di un anno."


def test_a_follow_up_before_leaving_is_refused_beside_the_date(qtbot, database, asked):
    contact_id, _employer = _people(database)
    with database.session() as session:
        session.add(
            models.Outcome(
                contact_id=contact_id,
                stage="leaving",
                outcome_date=date(2026, 6, 30),
                status="job_search",
            )
        )
    editor = opened(qtbot, OutcomeEditor(database, contact_id=contact_id, stage="months_6"))
    assert field_name(focused(), editor) == "stage"  # the person is fixed
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_keys(qtbot, "01062026")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "Emp")
    press(qtbot, Qt.Key.Key_S, CTRL)
    message = editor.feedback.errors["outcome_date"]
    assert message.isVisible()
    assert message.text() == (
        "Date of the outcome: a follow-up must be after leaving the project (30/06/2026)."
    )
    assert field_name(focused(), editor) == "outcome_date"
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_keys(qtbot, "02012027")
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert editor.record_id is not None
    with database.read_session() as session:
        stages = session.scalars(select(models.Outcome.stage).order_by(models.Outcome.id)).all()
    assert stages == ["leaving", "months_6"]
