"""The cooperation's editors driven with real keystrokes (issue 22): a questionnaire answer
typed and saved, an organisation it names added from its tab (relations ticked with the
space bar, intensity, since, trust typed), read back and counted as a tie by the network; an
agreement and its parties the same way; an answer without its organisation and date refused."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from sqlalchemy import select

from socialneet_desktop.db.models import Organization
from socialneet_desktop.db.models_network import Agreement, AgreementParty, CoopAnswer, CoopTie
from socialneet_desktop.services.network import ties
from socialneet_desktop.ui.editors.agreement_editor import AgreementEditor
from socialneet_desktop.ui.editors.coop_answer_editor import CoopAnswerEditor
from tests.gui.test_keyboard_entry import boxes, field_name, focused, opened, press, type_keys
from tests.gui.test_mentor_editors import active
from tests.gui.test_placement_editor import pick_by_typing

__all__ = ["boxes"]

SAVE = (Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
TAB = Qt.Key.Key_Tab


def _organizations(database) -> dict[str, int]:
    with database.session() as session:
        rows = [
            Organization(name="Comune di Narni", kind="public_body"),
            Organization(name="Cooperativa Alba", kind="social_cooperative"),
            Organization(name="Comune di Orvieto", kind="public_body"),
        ]
        session.add_all(rows)
        session.flush()
        return {row.name: row.id for row in rows}


def test_an_answer_and_an_organisation_it_names_typed_with_the_keys(qtbot, database):
    ids = _organizations(database)
    editor = opened(qtbot, CoopAnswerEditor(database))
    assert field_name(focused(), editor) == "organization_id"
    pick_by_typing(qtbot, "Narni")
    assert field_name(focused(), editor) == "answered_on"
    type_keys(qtbot, "15/03/2025")
    press(qtbot, TAB)
    press(qtbot, TAB)  # nobody chosen as who answered
    type_keys(qtbot, "Assessore")
    press(qtbot, *SAVE)
    assert editor.record_id is not None
    tab = editor.named
    editor.ui.tabs.setCurrentWidget(tab)
    named = active(qtbot, tab.new_record())
    assert field_name(focused(), named) == "organization_id"
    pick_by_typing(qtbot, "Alba")
    assert field_name(focused(), named) == "information"
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, TAB)
    press(qtbot, Qt.Key.Key_Space)  # referral
    for _ in range(4):
        press(qtbot, TAB)
    assert field_name(focused(), named) == "intensity"
    focused().selectAll()
    type_keys(qtbot, "3")
    press(qtbot, TAB)
    focused().selectAll()
    type_keys(qtbot, "2019")
    press(qtbot, TAB)
    focused().selectAll()
    type_keys(qtbot, "4")
    press(qtbot, *SAVE)
    assert named.record_id is not None
    named.close()
    with database.read_session() as session:
        answer = session.scalars(select(CoopAnswer)).one()
        assert (answer.organization_id, answer.answered_on) == (
            ids["Comune di Narni"],
            date(2025, 3, 15),
        )
        assert answer.respondent_role == "Assessore"
        tie = session.scalars(select(CoopTie)).one()
        assert (tie.answer_id, tie.organization_id) == (answer.id, ids["Cooperativa Alba"])
        assert (tie.information, tie.referral, tie.joint_project) == (True, True, False)
        assert (tie.intensity, tie.since_year, tie.trust, tie.value) == (3, 2019, 4, None)
        pairs = ties.cooperation_pairs(session)
    assert pairs == {frozenset((ids["Comune di Narni"], ids["Cooperativa Alba"])): 3.0}
    assert tab.table.rowCount() == 1 and tab.table.item(0, 0).text() == "Cooperativa Alba"


def test_an_agreement_and_its_parties_typed_with_the_keys(qtbot, database):
    ids = _organizations(database)
    editor = opened(qtbot, AgreementEditor(database))
    assert field_name(focused(), editor) == "title"
    type_keys(qtbot, "Protocollo d'intesa per i giovani NEET")
    press(qtbot, TAB)
    type_keys(qtbot, "Convention")
    press(qtbot, TAB)
    type_keys(qtbot, "01/02/2025")
    press(qtbot, TAB)
    type_keys(qtbot, "31/01/2028")
    press(qtbot, *SAVE)
    assert editor.record_id is not None
    tab = editor.parties
    editor.ui.tabs.setCurrentWidget(tab)
    for name in ("Narni", "Orvieto"):
        party = active(qtbot, tab.new_record())
        assert field_name(focused(), party) == "organization_id"
        pick_by_typing(qtbot, name)
        type_keys(qtbot, "Ente firmatario")
        press(qtbot, *SAVE)
        assert party.record_id is not None
        party.close()
    with database.read_session() as session:
        agreement = session.scalars(select(Agreement)).one()
        assert agreement.agreement_kind == "convention"
        assert (agreement.signed_on, agreement.valid_until) == (date(2025, 2, 1), date(2028, 1, 31))
        parties = session.scalars(select(AgreementParty)).all()
        assert {p.organization_id for p in parties} == {
            ids["Comune di Narni"],
            ids["Comune di Orvieto"],
        }
        assert {p.role for p in parties} == {"Ente firmatario"}
        found = ties.agreement_ties(session)
    assert found == {frozenset((ids["Comune di Narni"], ids["Comune di Orvieto"])): 1}
    assert tab.table.rowCount() == 2


def test_an_answer_without_its_organisation_or_date_is_refused_beside_the_fields(qtbot, database):
    _organizations(database)
    editor = opened(qtbot, CoopAnswerEditor(database))
    press(qtbot, TAB)
    press(qtbot, TAB)
    press(qtbot, TAB)
    type_keys(qtbot, "Presidente")
    press(qtbot, *SAVE)
    assert editor.record_id is None
    assert set(editor.feedback.showing()) == {"organization_id", "answered_on"}
    with database.read_session() as session:
        assert session.scalars(select(CoopAnswer)).all() == []
