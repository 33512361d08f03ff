"""The need editor driven with real keys (issue 23): typed, saved, read back; its Proposals
tab lists the candidates with their reasons and confirms one (who decided recorded); a mark
of 10 without a note is refused naming the note; the matrix view imports the delegates'
marks and shows what a bad file holds, nothing written."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import select

from socialneet_desktop.db.models import Organization, Staff, UnusedResource
from socialneet_desktop.db.models_needs import DelegateMark, MatchProposal, Need
from socialneet_desktop.exports.matching_workbook import write_matching_workbook
from socialneet_desktop.ui.editors.need_editor import NeedEditor
from socialneet_desktop.ui.views.matching_mark_dialog import DeciderDialog, MarkDialog
from socialneet_desktop.ui.views.matching_matrix import MatchingMatrix, ProblemsDialog
from tests.gui.test_keyboard_entry import field_name, focused, opened, press, type_keys

TERNI = "L117"


def world(database) -> dict[str, int]:
    with database.session() as session:
        org = Organization(name="APS Terni Giovani", kind="aps", municipality_code=TERNI)
        staff = Staff(first_name="Paola", last_name="Conti")
        session.add_all([org, staff])
        for title, size in (("Ex scuola di via Roma", 50), ("Salone parrocchiale", 120)):
            session.add(
                UnusedResource(
                    title=title, category="premises", status="verified",
                    municipality_code=TERNI, quantity=size, unit="m²", schedule="sabato",
                )
            )  # fmt: skip
        session.flush()
        return {"org": org.id, "staff": staff.id}


def test_a_need_typed_with_the_keys_is_saved_and_read_back(qtbot, database):
    ids = world(database)
    editor = opened(qtbot, NeedEditor(database))
    assert field_name(focused(), editor) == "title"
    type_keys(qtbot, "Sala per il doposcuola")
    press(qtbot, Qt.Key.Key_Tab)
    assert field_name(focused(), editor) == "organization_id"
    type_keys(qtbot, "Terni Giovani")
    press(qtbot, Qt.Key.Key_Tab)
    assert editor.ui.organization_id.record_id() == ids["org"]
    assert editor.ui.municipality_code.code() == TERNI  # offered from the organisation
    assert field_name(focused(), editor) == "group_description"
    type_keys(qtbot, "Ragazzi del doposcuola")
    press(qtbot, Qt.Key.Key_Tab)
    focused().selectAll()
    type_keys(qtbot, "12")
    press(qtbot, Qt.Key.Key_Tab)
    assert field_name(focused(), editor) == "category"
    type_keys(qtbot, "P")  # Premises, by its first letter
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "Un locale al coperto")
    press(qtbot, Qt.Key.Key_Tab)
    assert field_name(focused(), editor) == "municipality_code"
    press(qtbot, Qt.Key.Key_Tab)
    assert field_name(focused(), editor) == "urgency"
    focused().selectAll()
    type_keys(qtbot, "3")
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.record_id is not None
    with database.read_session() as session:
        need = session.get(Need, editor.record_id)
        assert (need.title, need.organization_id, need.group_size) == (
            "Sala per il doposcuola",
            ids["org"],
            12,
        )
        assert (need.category, need.urgency, need.status) == ("premises", 3, "open")
        assert (need.municipality_code, need.recorded_on) == (TERNI, date.today())
    table = editor.proposals.table
    assert table.topLevelItemCount() == 2  # the proposals come once the need is saved
    assert "same municipality" in table.topLevelItem(0).text(8)


def saved_need(database, ids) -> int:
    with database.session() as session:
        need = Need(
            title="Sala", category="premises", organization_id=ids["org"],
            municipality_code=TERNI, quantity=40, unit="m²", days="sat",
        )  # fmt: skip
        session.add(need)
        session.flush()
        return need.id


def answer_next_dialog(qtbot, kind, act) -> None:
    """When a dialog of `kind` opens (modal), `act(dialog)` with it. A dialog `act` failed
    on (its exception is the test's failure) is closed: the test fails instead of waiting."""

    def handle():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(50, handle)
            return
        try:
            act(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(50, handle)


def test_the_proposals_tab_confirms_the_best_resource_recording_who_decided(qtbot, database):
    ids = world(database)
    editor = opened(qtbot, NeedEditor(database, saved_need(database, ids)))
    editor.ui.tabs.setCurrentWidget(editor.proposals)
    table = editor.proposals.table
    first = table.topLevelItem(0)
    assert first.text(1) == "Ex scuola di via Roma"  # 40 of 50 m² fits better than 120
    assert "available on Saturday" in first.text(8) and "capacity 80%" in first.text(8)
    table.setCurrentItem(first)

    def decide(dialog):
        # typed only once the dialog has the focus: a Tab in a window not yet active (late
        # under load) moves no focus, so the picker never takes the name typed
        dialog.activateWindow()
        dialog.staff.setFocus()
        qtbot.waitUntil(lambda: dialog.staff.lineEdit().hasFocus(), timeout=30_000)
        qtbot.keyClicks(dialog.staff.lineEdit(), "Conti")
        qtbot.keyClick(dialog.staff.lineEdit(), Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda: dialog.staff.record_id() is not None, timeout=30_000)
        dialog.accept()

    answer_next_dialog(qtbot, DeciderDialog, decide)
    qtbot.mouseClick(editor.proposals.confirm_button, Qt.MouseButton.LeftButton)
    with database.read_session() as session:
        proposal = session.scalars(select(MatchProposal)).one()
        assert (proposal.status, proposal.decided_by_id) == ("confirmed", ids["staff"])
        assert session.get(Need, proposal.need_id).status == "matched"
        assert session.get(UnusedResource, proposal.resource_id).status == "matched"
    assert editor.ui.status.code() == "matched"  # the editor read the need again
    assert not editor.is_dirty()


def test_a_mark_of_ten_without_a_note_is_refused_naming_the_note(qtbot, database):
    ids = world(database)
    need_id = saved_need(database, ids)
    editor = opened(qtbot, NeedEditor(database, need_id))
    editor.ui.tabs.setCurrentWidget(editor.proposals)
    candidate = editor.proposals.rows[0]
    dialog = opened(qtbot, MarkDialog(database, candidate, editor))
    qtbot.keyClicks(dialog.staff.lineEdit(), "Conti")
    qtbot.keyClick(dialog.staff.lineEdit(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: dialog.staff.record_id() is not None)
    dialog.mark.setFocus()
    dialog.mark.selectAll()
    qtbot.keyClicks(dialog.mark, "10")
    dialog.accept()
    assert "Note: required for a mark of 10" in dialog.problem.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    with database.read_session() as session:
        assert session.scalar(select(DelegateMark.id)) is None
    qtbot.keyClicks(dialog.note, "Locale pronto, chiavi dal parroco")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with database.read_session() as session:
        mark = session.scalars(select(DelegateMark)).one()
        assert (mark.mark, mark.staff_id) == (10, ids["staff"])


def test_the_matrix_imports_the_marks_and_lists_a_bad_files_rows(qtbot, database, tmp_path):
    ids = world(database)
    saved_need(database, ids)
    path = tmp_path / "scoring.xlsx"
    write_matching_workbook(database, path)
    book = load_workbook(path)
    sheet = book["Scoring"]
    sheet.cell(5, 7).value, sheet.cell(5, 8).value = "Paola Conti", 9  # no note
    book.save(path)
    matrix = opened(qtbot, MatchingMatrix(database))
    assert matrix.table.rowCount() == 1 and matrix.table.columnCount() == 2
    shown = []
    answer_next_dialog(
        qtbot, ProblemsDialog, lambda d: (shown.append(d.problems.toPlainText()), d.reject())
    )
    matrix.import_file(path)
    assert shown == ["Row 5, Note: required for a mark of 9 (1-2, 9-10): say why."]
    with database.read_session() as session:
        assert session.scalar(select(DelegateMark.id)) is None
    sheet.cell(5, 9).value = "Ottimo"
    book.save(path)
    answer_next_dialog(qtbot, QDialog, lambda d: d.accept())
    outcome = matrix.import_file(path)
    assert (outcome.written, outcome.problems) == (1, [])
    assert matrix.table.item(0, 0).text() == "90"  # the mean mark x 10, in the heat map


def test_the_weights_are_changed_from_the_matrix_and_change_the_scores(qtbot, database):
    from socialneet_desktop.services.matching import weights
    from socialneet_desktop.ui.views.matching_weights import WeightsDialog

    ids = world(database)
    saved_need(database, ids)
    matrix = opened(qtbot, MatchingMatrix(database))
    before = [matrix.table.item(0, column).text() for column in range(2)]
    dialog = opened(qtbot, WeightsDialog(database, matrix))
    for key in ("category", "distance", "time", "urgency", "tie"):
        dialog.spins[key].setValue(0)
    dialog.spins["capacity"].setFocus()
    dialog.spins["capacity"].selectAll()
    qtbot.keyClicks(dialog.spins["capacity"], "0")
    dialog.accept()
    assert "at least one must be more than 0" in dialog.problem.text()  # nothing saved
    qtbot.keyClicks(dialog.spins["capacity"], "50")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with database.read_session() as session:
        assert weights.load(session)["capacity"] == 50
    matrix.refresh()
    after = [matrix.table.item(0, column).text() for column in range(2)]
    assert after != before and after[0] == "80"  # only the capacity counts: 40 of 50 m²


def test_tab_walks_the_details_in_reading_order(qtbot, database):
    from tests.gui.test_keyboard_entry import walk_with_tab

    editor = opened(qtbot, NeedEditor(database))
    assert walk_with_tab(qtbot, editor)[:10] == [
        "title",
        "organization_id",
        "group_description",
        "group_size",
        "category",
        "description",
        "municipality_code",
        "urgency",
        "status",
        "source",
    ]


def test_optimise_proposes_the_plan_and_confirms_nothing(qtbot, database):
    from socialneet_desktop.ui.views.matching_matrix import PlanDialog

    ids = world(database)
    saved_need(database, ids)
    matrix = opened(qtbot, MatchingMatrix(database))
    seen = []

    def propose(dialog):
        seen.append(dialog.findChild(type(matrix.table), "plan").rowCount())
        dialog.accept()

    answer_next_dialog(qtbot, PlanDialog, propose)
    matrix.optimise()
    assert seen == [1]
    with database.read_session() as session:
        proposal = session.scalars(select(MatchProposal)).one()
        assert (proposal.status, proposal.origin) == ("proposed", "optimiser")
        assert session.get(Need, proposal.need_id).status == "proposed"
        assert session.get(UnusedResource, proposal.resource_id).status == "verified"
