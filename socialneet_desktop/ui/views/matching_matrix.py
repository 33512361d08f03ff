"""View > Needs and resources: the open needs x the unused resources as a heat map (the
delegates' mean mark x 10 where there are marks, else the score; empty where the resource
fails the hard rules), with the workbook for scoring offline, the import of the delegates'
marks, and Optimise (the best one-to-one set of assignments, proposed only).

Double-clicking a cell opens the need's editor on its Proposals tab. Reading and writing go
through services.matching and the workbook modules; work runs in a worker (run_busy).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.services.current_user import current_user_name
from socialneet_desktop.services.matching import optimise
from socialneet_desktop.ui.busy import run_busy

MAX_PROBLEMS_SHOWN = 40


def heat_colour(value: float | None) -> QColor | None:
    """White (0) to green (100), as the workbook's matrix."""
    from socialneet_desktop.exports.matching_workbook import heat

    fill_ = heat(value)
    return None if fill_ is None else QColor(f"#{fill_.start_color.rgb[-6:]}")


class TurnedHeader(QHeaderView):
    """Column titles written upwards, so that many narrow columns keep readable names."""

    HEIGHT = 150

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultSectionSize(34)
        self.setMinimumHeight(self.HEIGHT)

    def sizeHint(self):  # noqa: N802 - Qt override
        hint = super().sizeHint()
        hint.setHeight(self.HEIGHT)
        return hint

    def paintSection(self, painter: QPainter, rect: QRect, index: int) -> None:  # noqa: N802
        painter.save()
        super().paintSection(painter, rect, -1)  # the frame and background, no text
        painter.restore()
        text = self.model().headerData(index, Qt.Orientation.Horizontal) or ""
        painter.save()
        painter.translate(rect.x() + rect.width() / 2 + 5, rect.bottom() - 4)
        painter.rotate(-90)
        elided = self.fontMetrics().elidedText(
            str(text), Qt.TextElideMode.ElideRight, self.HEIGHT - 8
        )
        painter.drawText(0, 0, elided)
        painter.restore()


class MatchingMatrix(QDialog):
    def __init__(self, database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.setWindowTitle(self.tr("Needs and resources"))
        self.resize(1180, 640)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(self)
        self.table.setObjectName("matrix")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setHorizontalHeader(TurnedHeader(self.table))
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setMaximumWidth(380)  # long labels elided: the tooltip has them
        self.table.cellDoubleClicked.connect(self.open_need)
        layout.addWidget(self.table, 1)
        self.weights = QLabel(self)
        self.weights.setWordWrap(True)
        layout.addWidget(self.weights)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("&Export for scoring…"), self.export),
            (self.tr("&Import marks…"), self.import_marks),
            (self.tr("&Optimise…"), self.optimise),
            (self.tr("&Weights…"), self.edit_weights),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.matching = None
        self.refresh()

    # --- the heat map -----------------------------------------------------------------------

    def refresh(self) -> None:
        from socialneet_desktop.exports.matching_workbook import matrix_resources, read_matching
        from socialneet_desktop.ui.views.matching_proposals import weights_text

        database = self.database
        title = self.tr("Needs and resources")
        self.matching = matching = run_busy(self, title, lambda: read_matching(database))
        self.resources = matrix_resources(matching)
        table = self.table
        table.clear()
        table.setRowCount(len(matching.needs))
        table.setColumnCount(len(self.resources))
        # who needs it beside the title: several needs share a title ("Sala per il doposcuola")
        labels = [f"{n.title} – {n.who}" if n.who else n.title for n in matching.needs]
        table.setVerticalHeaderLabels(labels)
        for row, label in enumerate(labels):
            table.verticalHeaderItem(row).setToolTip(label)
        table.setHorizontalHeaderLabels([title for _rid, title in self.resources])
        for column, (_rid, title) in enumerate(self.resources):
            table.setColumnWidth(column, 34)
            table.horizontalHeaderItem(column).setToolTip(title)
        for row, need in enumerate(matching.needs):
            by_resource = {c.resource_id: c for c in matching.candidates.get(need.id, [])}
            for column, (resource_id, _title) in enumerate(self.resources):
                candidate = by_resource.get(resource_id)
                if candidate is not None:
                    table.setItem(row, column, self._cell(candidate))
        self.summary.setText(
            fill(
                self.tr(
                    "%1 open needs, %2 resources. Each cell: the delegates' mean mark x 10 "
                    "where there are marks, else the score (0-100); empty: the resource does "
                    "not pass the hard rules. Double-click a cell to open the need."
                ),
                str(len(matching.needs)),
                str(len(self.resources)),
            )
        )
        self.weights.setText(weights_text(matching.weights))

    def _cell(self, candidate) -> QTableWidgetItem:
        item = QTableWidgetItem(str(round(candidate.rank_value)))
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        colour = heat_colour(candidate.rank_value)
        if colour is not None:
            item.setBackground(colour)
            item.setForeground(QColor("#000000"))
        marks = candidate.marks
        tip = fill(self.tr("%1 – score %2"), candidate.resource_title, str(candidate.scored.score))
        if marks.count:
            mean = f"{marks.mean:.1f}".replace(".", ",")
            tip += "\n" + fill(self.tr("mean mark %1 of %2 marks"), mean, str(marks.count))
        item.setToolTip(f"{tip}\n{candidate.reasons_text()}")
        return item

    def open_need(self, row: int, _column: int) -> None:
        from socialneet_desktop.ui.editors.need_editor import NeedEditor

        editor = NeedEditor(self.database, self.matching.needs[row].id, self)
        editor.ui.tabs.setCurrentWidget(editor.proposals)
        editor.exec()
        self.refresh()

    # --- the workbook -----------------------------------------------------------------------

    def export(self) -> Path | None:
        from socialneet_desktop.exports.matching_workbook import write_matching_workbook
        from socialneet_desktop.ui.save_paths import ask_save_path, file_name

        title = self.tr("Export for scoring")
        suggested = file_name(translate("Matching", "Needs and resources"), ".xlsx")
        filters = [(self.tr("Excel workbook (*.xlsx)"), ".xlsx")]
        path = ask_save_path(self, title, suggested, filters, database=self.database)
        if path is None:
            return None
        database = self.database
        run_busy(self, title, lambda: write_matching_workbook(database, path))
        QMessageBox.information(self, title, fill(self.tr("Written %1"), str(path)))
        return path

    def import_marks(self) -> None:
        from socialneet_desktop.ui.file_dialogs import open_file_name
        from socialneet_desktop.ui.user_settings import save_folder

        title = self.tr("Import the delegates' marks")
        name = open_file_name(self, title, str(save_folder()), self.tr("Excel workbook (*.xlsx)"))
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path):
        """Read and import `path`; the outcome shown (problems in a dialog of their own)."""
        from socialneet_desktop.importers import matching_marks

        title = self.tr("Import the delegates' marks")
        database, user = self.database, current_user_name()

        def work():
            rows = matching_marks.read_rows(path)
            with database.session() as session:
                return matching_marks.import_marks(session, rows, user)

        try:
            outcome = run_busy(self, title, work)
        except matching_marks.NotAScoringFile as refusal:
            message = fill(translate("MarksImport", refusal.message), *refusal.args_)
            QMessageBox.warning(self, title, message)
            return None
        if outcome.problems:
            ProblemsDialog(outcome, self).exec()
            return outcome
        QMessageBox.information(
            self,
            title,
            fill(self.tr("%1 marks imported from %2."), str(outcome.written), path.name),
        )
        self.refresh()
        return outcome

    def edit_weights(self) -> None:
        from socialneet_desktop.ui.views.matching_weights import WeightsDialog

        if WeightsDialog(self.database, self).exec():
            self.refresh()

    # --- optimise ---------------------------------------------------------------------------

    def optimise(self) -> None:
        database = self.database

        def work():
            with database.read_session() as session:
                return optimise.plan(session)

        plan = run_busy(self, self.tr("Optimise"), work)
        dialog = PlanDialog(plan, self)
        if dialog.exec() and plan:
            user = current_user_name()
            with database.session() as session:
                optimise.propose_plan(session, plan, user)
            self.refresh()


class ProblemsDialog(QDialog):
    """Why the marks were not imported: every row and column refused (nothing was written)."""

    def __init__(self, outcome, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Marks not imported"))
        self.resize(720, 380)
        layout = QVBoxLayout(self)
        text = self.tr(
            "Nothing was imported: %1 rows need correcting in the workbook. Correct them and "
            "import the file again."
        )
        header = QLabel(fill(text, str(len({p.row for p in outcome.problems}))), self)
        header.setWordWrap(True)
        layout.addWidget(header)
        self.problems = QPlainTextEdit(self)
        self.problems.setReadOnly(True)
        lines = [problem.text() for problem in outcome.problems[:MAX_PROBLEMS_SHOWN]]
        if len(outcome.problems) > MAX_PROBLEMS_SHOWN:
            more = len(outcome.problems) - MAX_PROBLEMS_SHOWN
            lines.append(fill(self.tr("… and %1 more."), str(more)))
        self.problems.setPlainText("\n".join(lines))
        layout.addWidget(self.problems, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class PlanDialog(QDialog):
    """The optimiser's set of assignments, to be proposed (never confirmed) or left."""

    def __init__(self, plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Optimise"))
        self.resize(900, 460)
        layout = QVBoxLayout(self)
        text = self.tr(
            "The best one-to-one set of assignments for the open needs (%1 pairs, total %2). "
            "Proposing records them as proposals: each one is still confirmed by a person."
        )
        total = str(round(sum(pair.value for pair in plan)))
        label = QLabel(fill(text, str(len(plan)), total), self)
        label.setWordWrap(True)
        layout.addWidget(label)
        table = QTableWidget(len(plan), 4, self)
        table.setObjectName("plan")
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setHorizontalHeaderLabels(
            [self.tr("Need"), self.tr("Unused resource"), self.tr("Value"), self.tr("Reasons")]
        )
        for row, pair in enumerate(plan):
            cells = (pair.need_title, pair.candidate.resource_title, str(round(pair.value)))
            for column, value in enumerate((*cells, pair.candidate.reasons_text())):
                table.setItem(row, column, QTableWidgetItem(value))
        table.setColumnWidth(0, 220)
        table.setColumnWidth(1, 220)
        table.setColumnWidth(2, 60)
        table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        propose = buttons.addButton(
            self.tr("&Propose these"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        propose.setEnabled(bool(plan))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
