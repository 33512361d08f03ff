"""The cooperation map (issue 22) driven with the keys and the mouse on a hand-made network:
the panel shows the hand-checked figures, the filters redraw it, Enter on an organisation's
row opens it, the ego network shows it and its neighbours only, a dragged node keeps its new
place in the database, and the View menu opens the map."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy import select

from socialneet_desktop.db import models
from socialneet_desktop.db.models_network import MapPosition
from socialneet_desktop.services.network import report as texts
from socialneet_desktop.ui.views.cooperation_map import CooperationMapWindow
from tests.gui.test_keyboard_entry import opened, press
from tests.unit import network_records as build

TODAY = date(2025, 12, 31)
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture(autouse=True)
def no_boxes(monkeypatch):
    def answer(*_args, **_kwargs):
        return QMessageBox.StandardButton.No

    for kind in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(answer))


class Opener:
    def __init__(self) -> None:
        self.opened: list[tuple[str, int]] = []

    def open_record(self, kind: str, record_id: int) -> None:
        self.opened.append((kind, record_id))


def _network(database) -> dict[str, int]:
    """A, B, C at two meetings together, D and E at one, F alone; B named C with intensity 4."""
    with database.session() as session:
        sectors = {"A": "Cultura", "B": "Cultura", "C": "Sociale", "D": "Sociale",
                   "E": "Sociale", "F": ""}  # fmt: skip
        ids = build.organizations(session, sectors, sector=sectors)
        build.meeting(session, ids, date(2025, 3, 1), "A", "B", "C")
        build.meeting(session, ids, date(2025, 4, 1), "A", "B", "C")
        build.meeting(session, ids, date(2025, 5, 1), "D", "E")
        build.answer(session, ids, "B", date(2025, 6, 1), {"C": {"intensity": 4}})
        return ids


def _panel(window) -> dict[str, str]:
    panel = window.panel
    return {
        panel.item(row, 0).text().rstrip(" *"): panel.item(row, 1).text()
        for row in range(panel.rowCount())
    }


def _map(qtbot, database, opener=None) -> CooperationMapWindow:
    return opened(qtbot, CooperationMapWindow(database, opener, None, today=TODAY))


def test_the_panel_shows_the_figures_and_the_filters_redraw(qtbot, database):
    _network(database)
    window = _map(qtbot, database)
    shown = _panel(window)
    assert shown["Ties"] == "4" and shown["Isolates"] == "1" and shown["Components"] == "3"
    assert shown["Density"] == texts.number_text(4 / 15, True)
    assert len(window.scene.nodes) == 6
    window.intensity_spin.setFocus()
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Up)  # at least 3: AB, AC (met twice) and DE (once) go
    assert _panel(window)["Ties"] == "1"  # BC: met twice and named with intensity 4
    window.sector_combo.setFocus()
    press(qtbot, Qt.Key.Key_Down)  # the first sector: Cultura
    assert window.sector_combo.currentData() == "Cultura"
    assert len(window.scene.nodes) == 2 and _panel(window)["Ties"] == "0"


def test_enter_opens_the_organisation_and_the_ego_network(qtbot, database):
    ids = _network(database)
    opener = Opener()
    window = _map(qtbot, database, opener)
    window.tabs.setCurrentIndex(1)
    window.table.setFocus()
    names = [window.model.index(row, 0).data() for row in range(window.model.rowCount())]
    window.table.selectRow(names.index("D"))
    press(qtbot, Qt.Key.Key_Return)
    assert opener.opened == [("organizations", ids["D"])]
    press(qtbot, Qt.Key.Key_E, ALT)  # &Ego network (Qt clicks it a moment later)
    qtbot.waitUntil(lambda: len(window.scene.nodes) < 6)
    assert set(window.scene.nodes) == {ids["D"], ids["E"]}
    assert "Ego network of D" in window.ego_label.text()
    press(qtbot, Qt.Key.Key_W, ALT)  # &Whole network
    qtbot.waitUntil(lambda: len(window.scene.nodes) == 6)


def test_a_dragged_node_keeps_its_place(qtbot, database):
    ids = _network(database)
    window = _map(qtbot, database)
    window.resize(900, 700)
    item = window.scene.nodes[ids["F"]]
    start = window.view.mapFromScene(item.scenePos())
    end = start + QPoint(60, 40)
    viewport = window.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, pos=start + QPoint(20, 15))
    qtbot.mouseMove(viewport, pos=end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    moved = item.scenePos()
    with database.read_session() as session:
        uuid = session.get(models.Organization, ids["F"]).uuid
        kept = session.scalars(
            select(MapPosition).where(MapPosition.organization_uuid == uuid)
        ).one()
        assert (kept.x, kept.y) == pytest.approx((moved.x() / 1000, moved.y() / 1000))
    window.close()
    again = _map(qtbot, database)
    assert again.scene.nodes[ids["F"]].scenePos() == moved


def test_the_view_menu_opens_the_map(qtbot, database):
    from socialneet_desktop.ui.views.network_menu import open_cooperation_map

    _network(database)

    window = QWidget()
    qtbot.addWidget(window)
    window.database, window.opener = database, Opener()
    shown = open_cooperation_map(window)
    qtbot.addWidget(shown)
    assert shown.isVisible() and len(shown.scene.nodes) == 6
