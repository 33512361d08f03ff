"""Exporting the contacts' list: the special-category data (disability, mental health) is
asked for separately after an identifiable export is confirmed, No by default; only a Yes
puts its columns in the workbook (read back)."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from socialneet_desktop.db import models
from socialneet_desktop.services.records import create_record
from tests.gui.test_ui16_lists import saved_to, window_on
from tests.gui.ui16_driving import ModalDriver, click_button


def _headers(path) -> set[str]:
    return {cell for row in load_workbook(path).active.iter_rows(values_only=True) for cell in row
            if isinstance(cell, str)}  # fmt: skip


def _export(qtbot, window, page, monkeypatch, path, special: str) -> set[str]:
    saved_to(monkeypatch, path)
    window.export_run = None
    page.table.clearSelection()
    steps = [click_button("Yes"), click_button("Yes"), click_button(special), click_button("No")]
    driver = ModalDriver(steps)
    try:
        export = window.toolbar.widgetForAction(window.toolbar.actions_by_name["export"])
        QTest.mouseClick(export, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: getattr(window, "export_run", None) is not None, timeout=20000)
        qtbot.waitUntil(lambda: window.export_run.outcome != "", timeout=30000)
        qtbot.waitUntil(lambda: not driver.steps, timeout=10000)
    finally:
        driver.stop()
    assert driver.unexpected == []
    return _headers(path)


def test_special_category_columns_only_when_asked(qtbot, database, tmp_path, monkeypatch):
    with database.session() as session:
        create_record(session, models.NeetContact, {
            "first_name": "Sara", "last_name": "Moretti", "gender": "female",
            "special_category_consent": True, "special_category_consent_on": date(2026, 3, 1),
            "disability": True}, user="anna")  # fmt: skip
    window, page = window_on(qtbot, database, "contacts")
    without = _export(qtbot, window, page, monkeypatch, tmp_path / "senza.xlsx", "No")
    with_them = _export(qtbot, window, page, monkeypatch, tmp_path / "con.xlsx", "Yes")
    assert "Moretti" in without and "Moretti" in with_them
    assert "Disability" not in without
    assert "Disability" in with_them
