"""View → Cooperation map (issue 22): the network of the organisations for a period, with its
indicator panel and the table of each organisation's figures.

The filters: the period, the tie kinds and the questionnaire's rule (read again from the
database), the sector, the minimum intensity and the ego network of the organisation chosen
(applied to what was read). Every organisation keeps its place on the map (dragged by hand or
laid out once): next year's map is comparable. A double-click on a node, or Enter on it or on
its row of the table, opens the organisation. From here: the one-page PDF for funders, the
workbook, GEXF, the printable questionnaire, its spreadsheet template and its import.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QGraphicsView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from socialneet_desktop.domain.vocabularies import ORGANIZATION_KIND, TIE_KIND
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.services.network import filters, layout, palette
from socialneet_desktop.services.network import report as texts
from socialneet_desktop.services.network.indicators import compute
from socialneet_desktop.services.network.report import NetworkReport, build_report
from socialneet_desktop.services.network.ties import TIE_KINDS
from socialneet_desktop.ui.busy import run_busy
from socialneet_desktop.ui.editors.date_edit import OptionalDateEdit
from socialneet_desktop.ui.views import network_actions
from socialneet_desktop.ui.views.network_scene import NetworkScene

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def legend_html() -> str:
    """The colours of the kinds of organisation and of tie, and the association's ring."""

    def mark(symbol: str, colour: str, text: str) -> str:
        return f'<span style="color:{colour}">{symbol}</span>&nbsp;{escape(text)}'

    parts = [
        mark("&#9679;", palette.organization_colour(term.code), translate("Vocabulary", term.label))
        for term in ORGANIZATION_KIND
    ]
    parts += [
        mark(
            "&#9473;", palette.TIE_COLOURS[kind], translate("Vocabulary", TIE_KIND.label_for(kind))
        )
        for kind in TIE_KINDS
    ]
    association = translate("CooperationMap", "the association")
    parts.append(mark("&#9711;", palette.ASSOCIATION, association))
    return " &nbsp; ".join(parts)


class MapView(QGraphicsView):
    """The map, zoomed with Ctrl+wheel or Ctrl++ / Ctrl+-, Tab walking its nodes."""

    def __init__(self, scene, parent=None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("map")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.zoomed = False  # by the user: a resize no longer fits the map to the view

    def fit(self) -> None:
        self.zoomed = False
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if not self.zoomed:
            self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def scale(self, x: float, y: float) -> None:
        self.zoomed = True
        super().scale(x, y)

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            factor = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
            self.scale(factor, factor)
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
                self.scale(1.2, 1.2)
                return
            if event.key() == Qt.Key.Key_Minus:
                self.scale(1 / 1.2, 1 / 1.2)
                return
        super().keyPressEvent(event)


class CooperationMapWindow(QDialog):
    def __init__(self, database, opener=None, parent: QWidget | None = None, today=None) -> None:
        super().__init__(parent)
        self.database, self.opener = database, opener
        self.today = today or date.today()
        self.report: NetworkReport | None = None
        self.shown: NetworkReport | None = None
        self.positions: dict[int, tuple[float, float]] = {}
        self.ego: int | None = None
        self.setObjectName("cooperation_map")
        self.setWindowTitle(translate("CooperationMap", "Cooperation map"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1280, 760)
        layout_ = QVBoxLayout(self)
        layout_.addLayout(self._filters())
        layout_.addWidget(self._body(), 1)
        layout_.addLayout(self._buttons())
        self.reload()
        self.since_edit.setFocus()

    # --- building -------------------------------------------------------------------------

    def _filters(self) -> QVBoxLayout:
        rows = QVBoxLayout()
        first = QHBoxLayout()
        self.since_edit, self.until_edit = OptionalDateEdit(self), OptionalDateEdit(self)
        for edit in (self.since_edit, self.until_edit):
            edit.setMaximumWidth(170)
        self.since_edit.setObjectName("since")
        self.until_edit.setObjectName("until")
        self.since_edit.set_date_value(self.today - timedelta(days=364))
        self.until_edit.set_date_value(self.today)
        self.kind_boxes = {
            "co_attendance": QCheckBox(translate("CooperationMap", "Co-&attendance"), self),
            "questionnaire": QCheckBox(translate("CooperationMap", "&Questionnaire"), self),
            "agreements": QCheckBox(translate("CooperationMap", "A&greements"), self),
        }
        for key, box in self.kind_boxes.items():
            box.setObjectName(key)
            box.setChecked(True)
        self.rule_combo = QComboBox(self)
        self.rule_combo.setObjectName("rule")
        for rule in ("either", "both"):
            self.rule_combo.addItem(texts.rule_text(rule), rule)
        self.sector_combo = QComboBox(self)
        self.sector_combo.setObjectName("sector")
        self.intensity_spin = QSpinBox(self)
        self.intensity_spin.setObjectName("min_intensity")
        self.intensity_spin.setRange(1, 4)
        self.update_button = QPushButton(translate("CooperationMap", "&Update"), self)
        self.update_button.setObjectName("update")
        self.update_button.setAutoDefault(False)
        self.update_button.clicked.connect(lambda _checked=False: self.reload())
        self.sector_combo.currentIndexChanged.connect(lambda _index: self.redraw())
        self.intensity_spin.valueChanged.connect(lambda _value: self.redraw())
        row = [
            (translate("CooperationMap", "&From"), self.since_edit),
            (translate("CooperationMap", "&To"), self.until_edit),
            (translate("CooperationMap", "&Sector"), self.sector_combo),
            (translate("CooperationMap", "Minimum &intensity"), self.intensity_spin),
        ]
        for text, widget in row:
            label = QLabel(text, self)
            label.setBuddy(widget)
            label.setMinimumWidth(label.sizeHint().width() + 4)
            first.addSpacing(6)
            first.addWidget(label)
            first.addWidget(widget)
        first.addStretch(1)
        rows.addLayout(first)
        boxes = QHBoxLayout()
        for box in self.kind_boxes.values():
            boxes.addWidget(box)
        rule_label = QLabel(translate("CooperationMap", "&Rule"), self)
        rule_label.setBuddy(self.rule_combo)
        boxes.addWidget(rule_label)
        boxes.addWidget(self.rule_combo)
        boxes.addStretch(1)
        boxes.addWidget(self.update_button)
        rows.addLayout(boxes)
        return rows

    def _body(self) -> QSplitter:
        splitter = QSplitter(self)
        self.tabs = QTabWidget(self)
        self.scene = NetworkScene(self)
        self.scene.signals.moved.connect(self.keep_position)
        self.scene.signals.open_requested.connect(self.open_organization)
        self.scene.selectionChanged.connect(self._scene_selected)
        self.view = MapView(self.scene, self)
        self.tabs.addTab(self.view, translate("CooperationMap", "Map"))
        self.model = QStandardItemModel(self)
        self.model.setSortRole(SORT_ROLE)
        self.table = self._table()
        self.tabs.addTab(self.table, translate("CooperationMap", "Organisations"))
        splitter.addWidget(self.tabs)
        side = QWidget(self)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        self.ego_label = QLabel(side)
        self.ego_label.setObjectName("ego_label")
        self.ego_label.setWordWrap(True)
        column.addWidget(self.ego_label)
        self.panel = QTableWidget(0, 2, side)
        self.panel.setObjectName("indicators")
        self.panel.setHorizontalHeaderLabels(
            [translate("CooperationMap", "Indicator"), translate("CooperationMap", "Value")]
        )
        self.panel.verticalHeader().setVisible(False)
        self.panel.verticalHeader().setDefaultSectionSize(24)
        self.panel.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.panel.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        column.addWidget(self.panel, 1)
        self.note_label = QLabel(side)
        self.note_label.setObjectName("note")
        self.note_label.setWordWrap(True)
        column.addWidget(self.note_label)
        self.legend = QLabel(legend_html(), side)
        self.legend.setObjectName("legend")
        self.legend.setWordWrap(True)
        column.addWidget(self.legend)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 360])
        return splitter

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("organizations")
        table.setModel(self.model)
        table.setSortingEnabled(True)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(24)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setDefaultSectionSize(120)
        table.horizontalHeader().setStretchLastSection(True)
        table.activated.connect(lambda index: self.open_organization(self._row_id(index.row())))
        return table

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.ego_button = self._button(
            row, "ego", translate("CooperationMap", "&Ego network"), self.show_ego
        )
        self.whole_button = self._button(
            row, "whole", translate("CooperationMap", "&Whole network"), self.show_whole
        )
        self._button(
            row, "relayout", translate("CooperationMap", "Re&do the layout"), self.redo_layout
        )
        row.addStretch(1)
        actions = network_actions.Actions(self)
        self._button(
            row, "pdf", translate("CooperationMap", "&Print for funders…"), actions.funder_pdf
        )
        self._button(row, "xlsx", translate("CooperationMap", "E&xcel…"), actions.workbook)
        self._button(row, "gexf", translate("CooperationMap", "GEXF for Gep&hi…"), actions.gexf)
        self._button(
            row,
            "form",
            translate("CooperationMap", "Questionnaire f&orm…"),
            actions.questionnaire_pdf,
        )
        self._button(
            row,
            "template",
            translate("CooperationMap", "Questionnaire temp&late…"),
            actions.template,
        )
        self._button(
            row, "import", translate("CooperationMap", "I&mport answers…"), actions.import_answers
        )
        self._button(row, "close", translate("CooperationMap", "&Close"), self.close)
        return row

    def _button(self, row, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        row.addWidget(button)
        return button

    # --- reading and drawing ---------------------------------------------------------------

    def chosen_kinds(self) -> tuple[str, ...]:
        return tuple(key for key, box in self.kind_boxes.items() if box.isChecked())

    def reload(self) -> None:
        """Read the period's network again (and the period before's), then draw it."""
        since, until = self.since_edit.date_value(), self.until_edit.date_value()
        if since is not None and until is not None and until < since:
            QMessageBox.warning(
                self,
                translate("CooperationMap", "Cooperation map"),
                translate("CooperationMap", "To: it cannot be before From."),
            )
            return
        options = {"since": since, "until": until, "kinds": self.chosen_kinds()}
        options["rule"] = self.rule_combo.currentData()

        def read():
            with self.database.session() as session:
                found = build_report(session, **options)
                placed = layout.positions(session, found.figures.network.graph())
            return found, placed

        self.report, self.positions = run_busy(
            self, translate("CooperationMap", "Reading the network…"), read
        )
        self._fill_sectors()
        self.redraw()

    def _fill_sectors(self) -> None:
        current = self.sector_combo.currentData() or ""
        self.sector_combo.blockSignals(True)
        self.sector_combo.clear()
        self.sector_combo.addItem(translate("CooperationMap", "All sectors"), "")
        for sector in filters.sectors(self.report.figures.network):
            self.sector_combo.addItem(sector, sector)
        index = self.sector_combo.findData(current)
        self.sector_combo.setCurrentIndex(max(0, index))
        self.sector_combo.blockSignals(False)

    def _filtered(self, figures):
        if figures is None:
            return None
        options = {
            "sector": self.sector_combo.currentData() or "",
            "min_intensity": self.intensity_spin.value(),
            "ego": self.ego,
        }
        plain = not options["sector"] and options["min_intensity"] == 1 and self.ego is None
        return figures if plain else compute(filters.filtered(figures.network, **options))

    def redraw(self) -> None:
        if self.report is None:
            return
        figures = self._filtered(self.report.figures)
        before = self._filtered(self.report.before)
        self.shown = replace(self.report, figures=figures, before=before)
        degrees = {row.id: row.degree for row in figures.organizations}
        self.scene.draw(figures.network, degrees, self.positions, self.report.association_id)
        self.view.fit()
        self._fill_panel()
        self._fill_table()
        self._tell_ego()

    def _fill_panel(self) -> None:
        rows = [
            (texts.indicator_label(item) + (" *" if item.questionnaire else ""), item)
            for item in self.shown.figures.indicators
        ]
        extra = texts.change_rows(self.shown)
        self.panel.setRowCount(len(rows) + len(extra))
        for number, (label, item) in enumerate(rows):
            self.panel.setItem(number, 0, QTableWidgetItem(label))
            value = QTableWidgetItem(texts.value_text(item))
            value.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            note = texts.response_note(self.shown, item)
            if note:
                value.setToolTip(note)
            self.panel.setItem(number, 1, value)
        for number, (label, value) in enumerate(extra, len(rows)):
            self.panel.setItem(number, 0, QTableWidgetItem(label))
            shown = QTableWidgetItem(value)
            shown.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.panel.setItem(number, 1, shown)
        note = texts.response_note(self.shown)
        self.note_label.setText(
            fill(translate("CooperationMap", "* From the questionnaire: %1."), note)
            if note
            else translate("CooperationMap", "No questionnaire ties counted.")
        )

    def _fill_table(self) -> None:
        self.model.clear()
        titles = [
            translate("CooperationMap", "Organisation"),
            translate("CooperationMap", "Kind"),
            translate("CooperationMap", "Sector"),
            translate("CooperationMap", "Degree"),
            translate("CooperationMap", "Weighted degree"),
            translate("CooperationMap", "Betweenness"),
            translate("CooperationMap", "Constraint"),
            translate("CooperationMap", "Effective size"),
        ]
        self.model.setHorizontalHeaderLabels(titles)
        for row in self.shown.figures.organizations:
            kind = translate("Vocabulary", ORGANIZATION_KIND.label_for(row.kind))
            values = (
                (row.name, row.name.casefold()),
                (kind, kind.casefold()),
                (row.sector, row.sector.casefold()),
                (str(row.degree), row.degree),
                (texts.number_text(row.strength), row.strength),
                (f"{row.betweenness:.4f}".replace(".", ","), row.betweenness),
                (
                    texts.number_text(row.constraint),
                    row.constraint if row.constraint is not None else -1,
                ),
                (texts.number_text(row.effective_size), row.effective_size or -1),
            )
            items = []
            for text, key in values:
                item = QStandardItem(text)
                item.setData(key, SORT_ROLE)
                item.setData(row.id, ID_ROLE)
                items.append(item)
            self.model.appendRow(items)
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()  # never narrower than its title (Italian)
        for column, width in enumerate((300, 190, 140, 70, 110, 95, 90, 100)):
            self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))

    def _tell_ego(self) -> None:
        network = self.shown.figures.network
        if self.ego is not None and self.ego in network.nodes:
            name = network.nodes[self.ego].name
            self.ego_label.setText(fill(translate("CooperationMap", "Ego network of %1"), name))
        else:
            self.ego_label.setText(
                fill(
                    translate("CooperationMap", "%1 · %2"),
                    texts.period_text(network.since, network.until),
                    texts.kinds_text(network.kinds),
                )
            )
        self.whole_button.setEnabled(self.ego is not None)

    # --- choosing ---------------------------------------------------------------------------

    def _row_id(self, row: int) -> int | None:
        return self.model.index(row, 0).data(ID_ROLE) if row >= 0 else None

    def selected_id(self) -> int | None:
        for item in self.scene.selectedItems():
            return getattr(item, "node_id", None)
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self._row_id(rows[0].row()) if rows else None

    def _scene_selected(self) -> None:
        selected = [item for item in self.scene.selectedItems() if hasattr(item, "node_id")]
        if not selected:
            return
        for row in range(self.model.rowCount()):
            if self._row_id(row) == selected[0].node_id:
                self.table.selectRow(row)
                break

    def show_ego(self) -> None:
        chosen = self.selected_id()
        if chosen is None:
            QMessageBox.information(
                self,
                translate("CooperationMap", "Ego network"),
                translate(
                    "CooperationMap", "Choose an organisation on the map or in the table first."
                ),
            )
            return
        self.ego = chosen
        self.redraw()

    def show_whole(self) -> None:
        self.ego = None
        self.redraw()

    def open_organization(self, organization_id: int | None) -> None:
        if organization_id is not None and self.opener is not None:
            self.opener.open_record("organizations", organization_id)

    def keep_position(self, organization_id: int, x: float, y: float) -> None:
        self.positions[organization_id] = (x, y)
        with self.database.session() as session:
            uuids = layout.uuids_of(session, [organization_id])
            if organization_id in uuids:
                layout.save_positions(session, {uuids[organization_id]: (x, y)})

    def redo_layout(self) -> None:
        answer = QMessageBox.question(
            self,
            translate("CooperationMap", "Redo the layout"),
            translate(
                "CooperationMap",
                "Every organisation gets a new place on the map, and maps drawn before will no "
                "longer be comparable with the next ones. Redo the layout?",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        with self.database.session() as session:
            layout.forget_positions(session)
        self.reload()

    def written(self, path) -> None:
        QMessageBox.information(
            self,
            translate("CooperationMap", "Cooperation map"),
            fill(translate("CooperationMap", "Written %1"), path),
        )

    def now(self) -> datetime:
        return datetime.now()
