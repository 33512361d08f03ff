"""The association details set the funder workbook's protection: the threshold typed in the
settings is the one the Summary applies."""

from __future__ import annotations

from datetime import date

import openpyxl

from socialneet_desktop.db.models import AppSettings
from socialneet_desktop.exports.funder_report import write_funder_report
from socialneet_desktop.services.demo import fill_demo
from socialneet_desktop.ui.editors.settings_editor import SettingsEditor

TODAY = date(2026, 6, 30)


def test_the_threshold_of_the_settings_is_the_one_applied(qtbot, database, tmp_path):
    fill_demo(database, contacts=60, seed=8, today=TODAY)
    editor = SettingsEditor(database)
    qtbot.addWidget(editor)
    assert (editor.ui.small_count_threshold.value(), editor.ui.k_anonymity.value()) == (3, 5)
    editor.ui.small_count_threshold.setValue(6)
    editor.ui.k_anonymity.setValue(7)
    editor.accept()
    with database.read_session() as session:
        settings = session.get(AppSettings, 1)
        assert (settings.small_count_threshold, settings.k_anonymity) == (6, 7)
    out = tmp_path / "funder.xlsx"
    write_funder_report(database, date(2025, 7, 1), date(2026, 3, 31), out, user="Anna")
    workbook = openpyxl.load_workbook(out)
    counts = [
        c.value
        for row in workbook["Summary"].iter_rows(min_row=6)
        for c in row[1:]
        if isinstance(c.value, int) and c.number_format != "0.0%"  # not a share (100% is 1)
    ]
    assert counts and not [n for n in counts if 0 < n < 6]
    notes = [c.comment.text for row in workbook["Summary"].iter_rows() for c in row if c.comment]
    assert notes and all("fewer than 6" in text for text in notes)
