"""The import wizard's values page offers what an earlier import into the database chose
(services/import_value_memory.py): pre-filled, in italics and said so, and changeable; the
change is what the next import offers."""

from __future__ import annotations

import gc

from PySide6.QtWidgets import QMessageBox, QWizard
from sqlalchemy import select

from socialneet_desktop.db.models import Organization
from socialneet_desktop.ui import file_dialogs
from socialneet_desktop.ui.import_wizard import ImportWizard


def _values_page(qtbot, database, monkeypatch, path):
    gc.collect()  # as test_import_hand_kept_wizard: no earlier worker collected in here
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *a, **k: str(path))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    wizard = ImportWizard(database)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.browse()
    combo = wizard.file_page.kind_combo
    combo.setCurrentIndex(combo.findData("organizations"))
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.values_page
    return wizard


def _choices(page) -> dict[str, tuple[str, bool]]:
    """{value in the file: (the code chosen, shown in italics)}."""
    found = {}
    for row in range(page.table.rowCount()):
        combo = page.table.cellWidget(row, 3)
        found[page.table.item(row, 1).text()] = (combo.currentData(), combo.font().italic())
    return found


def _finish(wizard) -> None:
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_the_values_page_offers_the_earlier_choice_and_keeps_a_change(
    qtbot, database, tmp_path, monkeypatch
):
    first = tmp_path / "gennaio.csv"
    first.write_text("Denominazione;Tipo ente\nAlfa;Consorzio\n", encoding="utf-8")
    wizard = _values_page(qtbot, database, monkeypatch, first)
    assert _choices(wizard.values_page) == {"Consorzio": (None, False)}  # as written
    assert not wizard.values_page.memory_note.isVisibleTo(wizard.values_page)
    wizard.values_page.choose("Consorzio", "other")
    _finish(wizard)

    second = tmp_path / "febbraio.csv"
    second.write_text("Denominazione;TIPO ENTE\nBeta;consorzio\nGamma;Ente Pubblico\n", "utf-8")
    wizard = _values_page(qtbot, database, monkeypatch, second)
    page = wizard.values_page
    assert _choices(page) == {"consorzio": ("other", True), "Ente Pubblico": ("public_body", False)}
    assert page.memory_note.isVisibleTo(page)
    assert page.memory_note.text().startswith("1 values are chosen as an earlier import")
    page.choose("consorzio", "trade_association")  # the office changes its mind
    _finish(wizard)

    wizard = _values_page(qtbot, database, monkeypatch, second)
    assert _choices(wizard.values_page)["consorzio"] == ("trade_association", True)
    with database.read_session() as session:
        kinds = dict(session.execute(select(Organization.name, Organization.kind)).all())
    assert kinds == {"Alfa": "other", "Beta": "trade_association", "Gamma": "public_body"}
