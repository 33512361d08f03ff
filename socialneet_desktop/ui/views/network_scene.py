"""The drawing of the cooperation map (issue 22): a QGraphicsScene with one node per
organisation (sized by degree, coloured by its kind, the association ringed in red) and one
line per tie (coloured by its kind, thicker with its intensity). Nodes can be dragged: the
scene says where each one was dropped, and the map window keeps it. A double-click on a node
asks to open the organisation."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPen
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
)

from socialneet_desktop.domain.vocabularies import ORGANIZATION_KIND
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.services.network import palette
from socialneet_desktop.services.network.indicators import Network

SIZE = 1000.0  # the scene's side: positions 0..1 become 0..SIZE
LABELLED = 5


class SceneSignals(QObject):
    moved = Signal(int, float, float)  # organisation id, x, y (0..1)
    open_requested = Signal(int)  # organisation id


class NodeItem(QGraphicsEllipseItem):
    def __init__(self, node_id: int, radius: float, signals: SceneSignals) -> None:
        super().__init__(-radius, -radius, 2 * radius, 2 * radius)
        self.node_id, self.signals, self.edges = node_id, signals, []
        flags = QGraphicsItem.GraphicsItemFlag
        self.setFlags(
            flags.ItemIsMovable
            | flags.ItemIsSelectable
            | flags.ItemSendsGeometryChanges
            | flags.ItemIsFocusable
        )
        self.setZValue(2)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def itemChange(self, change, value):  # noqa: N802 - Qt's name
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            for edge in self.edges:
                edge.follow()
        return super().itemChange(change, value)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        if event.buttonDownScenePos(Qt.MouseButton.LeftButton) != event.scenePos():
            point = self.pos()
            self.signals.moved.emit(self.node_id, point.x() / SIZE, point.y() / SIZE)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        self.signals.open_requested.emit(self.node_id)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.signals.open_requested.emit(self.node_id)
            return
        super().keyPressEvent(event)


class EdgeItem(QGraphicsLineItem):
    def __init__(self, one: NodeItem, other: NodeItem) -> None:
        super().__init__()
        self.one, self.other = one, other
        one.edges.append(self)
        other.edges.append(self)
        self.setZValue(1)
        self.follow()

    def follow(self) -> None:
        self.setLine(QLineF(self.one.pos(), self.other.pos()))


class NetworkScene(QGraphicsScene):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.signals = SceneSignals()
        self.nodes: dict[int, NodeItem] = {}
        self.setBackgroundBrush(QBrush(QColor("#FAFAFA")))

    def draw(self, network: Network, degrees: dict[int, int], positions, association) -> None:
        self.clear()
        self.nodes = {}
        largest = max(degrees.values(), default=0)
        for node in network.nodes.values():
            self._node(node, degrees.get(node.id, 0), largest, positions, association)
        for pair, linked in sorted(network.ties.items(), key=lambda item: item[1].intensity):
            a, b = sorted(pair)
            if a in self.nodes and b in self.nodes:
                edge = EdgeItem(self.nodes[a], self.nodes[b])
                kind = palette.tie_kind_shown(linked.weights)
                colour = QColor(palette.TIE_COLOURS[kind])
                colour.setAlpha(150)
                pen = QPen(colour, 0.5 + 0.9 * max(1, linked.intensity))
                pen.setCosmetic(True)
                edge.setPen(pen)
                self.addItem(edge)
        self._labels(network, degrees, association)
        margin = 40
        self.setSceneRect(-margin, -margin, SIZE + 2 * margin, SIZE + 2 * margin)

    def _node(self, node, degree, largest, positions, association) -> None:
        radius = palette.node_radius(degree, largest, 4, 22)
        item = NodeItem(node.id, radius, self.signals)
        x, y = positions.get(node.id, (0.5, 0.5))
        item.setPos(QPointF(x * SIZE, y * SIZE))
        item.setBrush(QBrush(QColor(palette.organization_colour(node.kind))))
        ring = node.id == association
        pen = QPen(QColor(palette.ASSOCIATION if ring else "#FFFFFF"), 4 if ring else 1)
        item.setPen(pen)
        kind = translate("Vocabulary", ORGANIZATION_KIND.label_for(node.kind))
        item.setToolTip(
            fill(translate("CooperationMap", "%1\n%2 · %3 ties"), node.name, kind, degree)
        )
        self.nodes[node.id] = item
        self.addItem(item)

    def _labels(self, network, degrees, association) -> None:
        """The names of the association and of the most tied organisations; a name that would
        cover one already written is left out (hover a node for its name)."""
        ranked = sorted(network.nodes, key=lambda key: (-degrees.get(key, 0), key))
        shown = [key for key in ranked if degrees.get(key, 0)][:LABELLED]
        if association in self.nodes:
            shown = [association, *(key for key in shown if key != association)]
        taken = []
        for key in shown:
            font = QFont()
            font.setPixelSize(17)
            font.setBold(key == association)
            label = QGraphicsSimpleTextItem(network.nodes[key].name, self.nodes[key])
            label.setFont(font)
            label.setPos(self.nodes[key].rect().right() + 4, -10)
            box = label.sceneBoundingRect()
            if any(box.intersects(other) for other in taken):
                self.removeItem(label)
                continue
            taken.append(box)
            backdrop = QGraphicsRectItem(label.boundingRect().adjusted(-2, -1, 2, 1), label)
            backdrop.setBrush(QBrush(QColor(255, 255, 255, 200)))
            backdrop.setPen(QPen(Qt.PenStyle.NoPen))
            backdrop.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent)
            self.nodes[key].setZValue(3)

    def select_node(self, node_id: int) -> NodeItem | None:
        self.clearSelection()
        item = self.nodes.get(node_id)
        if item is not None:
            item.setSelected(True)
            item.setFocus()
        return item
