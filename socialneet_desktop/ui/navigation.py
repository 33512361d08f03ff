"""The window's navigation: one row per listed kind, grouped under the name of its area.

A row is a kind (row n is the list of page n); the first row of each area also draws the
area's name above itself, so the groups show without rows that cannot be chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyledItemDelegate

from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.i18n import translate
from socialneet_desktop.services.kind_facets import RecordKind

AREA_TITLES = {
    "territory": QT_TRANSLATE_NOOP("Navigation", "Territory"),
    "stakeholders": QT_TRANSLATE_NOOP("Navigation", "Stakeholders"),
    "young_people": QT_TRANSLATE_NOOP("Navigation", "Young people"),
    "office": QT_TRANSLATE_NOOP("Navigation", "Office"),
    "path": QT_TRANSLATE_NOOP("Navigation", "The young people's path"),
    "project": QT_TRANSLATE_NOOP("Navigation", "Project"),
    "network": QT_TRANSLATE_NOOP("Navigation", "Cooperation"),  # the list is narrow
}
ROW_HEIGHT = 30
HEADER_HEIGHT = 22
HEADER_ROLE = Qt.ItemDataRole.UserRole + 1  # the area's name, on the first row of an area


class GroupedDelegate(QStyledItemDelegate):
    """Draws a row's area header (HEADER_ROLE) above the row itself."""

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt's name
        header = HEADER_HEIGHT if index.data(HEADER_ROLE) else 0
        return QSize(0, ROW_HEIGHT + header)

    def paint(self, painter, option, index) -> None:
        header = index.data(HEADER_ROLE)
        if not header:
            super().paint(painter, option, index)
            return
        top = QRect(option.rect.left() + 6, option.rect.top(), option.rect.width() - 6,
                    HEADER_HEIGHT)  # fmt: skip
        painter.save()
        font = QFont(option.font)
        font.setBold(True)
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        painter.setFont(font)
        painter.setPen(option.palette.placeholderText().color())
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, header)
        painter.restore()
        option.rect = option.rect.adjusted(0, HEADER_HEIGHT, 0, 0)
        super().paint(painter, option, index)


def fill_navigation(navigation: QListWidget, kinds: tuple[RecordKind, ...]) -> None:
    """A row per kind, in the registry's order, each area's name above its first row."""
    navigation.setItemDelegate(GroupedDelegate(navigation))
    previous = None
    for kind in kinds:
        item = QListWidgetItem(translate("RecordKind", kind.title))
        if kind.area != previous and kind.area in AREA_TITLES:
            item.setData(HEADER_ROLE, translate("Navigation", AREA_TITLES[kind.area]))
        previous = kind.area
        navigation.addItem(item)
