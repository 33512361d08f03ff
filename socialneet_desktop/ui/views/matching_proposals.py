"""A need's "Proposals" tab: the resources that pass the hard rules, best first, each with
its score, the reasons of the score, the delegates' marks (mean, how many, spread) and the
proposal's status; buttons to propose, mark, confirm, reject and record the outcome.

A step writes at once (services.matching: audited) and reads the need again; it waits while
the need has unsaved changes, which would otherwise be lost or refused as stale.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from socialneet_desktop.domain import vocabularies as voc
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.services.current_user import current_user_name
from socialneet_desktop.services.matching import assign, proposals
from socialneet_desktop.services.matching import weights as matching_weights

RANK, RESOURCE, OWNER, SCORE, MEAN, COUNT, SPREAD, STATUS, REASONS = range(9)


def mark_text(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}".replace(".", ",")


class ProposalsTab(QWidget):
    def __init__(self, editor) -> None:
        super().__init__(editor)
        self.editor, self.need_id, self.rows = editor, None, []
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTreeWidget(self)
        self.table.setObjectName("proposals_view")
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setHeaderLabels(
            [
                self.tr("#"),
                self.tr("Unused resource"),
                self.tr("Owner"),
                self.tr("Score"),
                self.tr("Mean mark"),
                self.tr("Marks"),
                self.tr("Spread"),
                self.tr("Status"),
                self.tr("Reasons"),
            ]
        )
        header = self.table.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        widths = ((RANK, 30), (RESOURCE, 190), (OWNER, 110), (SCORE, 50), (MEAN, 76))
        for column, width in (*widths, (COUNT, 50), (SPREAD, 56), (STATUS, 80)):
            # never narrower than its title (the Italian ones are longer)
            self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        self.table.itemSelectionChanged.connect(self.selection_changed)
        layout.addWidget(self.table, 1)
        self.reasons = QLabel(self)  # the chosen row's reasons, whole
        self.reasons.setObjectName("reasons")
        self.reasons.setWordWrap(True)
        layout.addWidget(self.reasons)
        self.weights_label = QLabel(self)
        self.weights_label.setWordWrap(True)
        layout.addWidget(self.weights_label)
        buttons = QHBoxLayout()
        self.propose_button = self._button(buttons, self.tr("Pro&pose"), self.propose)
        self.mark_button = self._button(buttons, self.tr("&Mark…"), self.mark)
        self.confirm_button = self._button(buttons, self.tr("Con&firm…"), self.confirm)
        self.reject_button = self._button(buttons, self.tr("Re&ject"), self.reject)
        self.outcome_button = self._button(buttons, self.tr("Out&come…"), self.outcome)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.selection_changed()

    def _button(self, layout, text, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(lambda _checked=False: slot())
        layout.addWidget(button)
        return button

    # --- reading ----------------------------------------------------------------------------

    def need_changed(self, need_id: int | None) -> None:
        self.need_id = need_id
        self.refresh()

    def refresh(self) -> None:
        self.table.clear()
        self.rows = []
        if self.need_id is None:
            self.summary.setText(self.tr("Save the need to see the resources that may serve it."))
            self.weights_label.clear()
            self.selection_changed()
            return
        with self.editor.database.read_session() as session:
            self.rows = proposals.candidates(session, self.need_id)
            in_force = matching_weights.load(session)
        for place, candidate in enumerate(self.rows, start=1):
            self.table.addTopLevelItem(self._item(place, candidate))
        self.summary.setText(
            fill(
                self.tr(
                    "%1 resources may serve this need, best first: ranked by the delegates' "
                    "mean mark where there are marks (x 10), else by the score."
                ),
                str(len(self.rows)),
            )
        )
        self.weights_label.setText(weights_text(in_force))
        self.selection_changed()

    def _item(self, place: int, candidate) -> QTreeWidgetItem:
        status = candidate.proposal_status
        label = translate("Vocabulary", voc.PROPOSAL_STATUS.label_for(status)) if status else ""
        marks = candidate.marks
        texts = [
            str(place),
            candidate.resource_title,
            candidate.owner,
            str(candidate.scored.score),
            mark_text(marks.mean),
            str(marks.count) if marks.count else "",
            mark_text(marks.spread),
            label if candidate.passes else fill(self.tr("%1 (no longer passes)"), label),
            candidate.reasons_text(),
        ]
        item = QTreeWidgetItem(texts)
        for column in (RANK, SCORE, MEAN, COUNT, SPREAD):
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
        item.setToolTip(REASONS, candidate.reasons_text())
        return item

    def selected(self):
        row = self.table.indexOfTopLevelItem(self.table.currentItem())
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def selection_changed(self) -> None:
        candidate = self.selected()
        self.reasons.setText(
            fill(self.tr("Why: %1."), candidate.reasons_text()) if candidate is not None else ""
        )
        status = candidate.proposal_status if candidate else None
        self.propose_button.setEnabled(candidate is not None and status in ("", "rejected"))
        self.mark_button.setEnabled(candidate is not None)
        self.confirm_button.setEnabled(
            candidate is not None and candidate.passes and status != "confirmed"
        )
        self.reject_button.setEnabled(status == "proposed")
        self.outcome_button.setEnabled(status == "confirmed")

    # --- steps ------------------------------------------------------------------------------

    def _ready(self) -> bool:
        if self.editor.is_dirty():
            QMessageBox.information(
                self, self.tr("Proposals"), self.tr("Save the need first: it has changes.")
            )
            return False
        return self.selected() is not None

    def _run(self, step) -> bool:
        """Run `step(session)` in one transaction; a refusal shown; the need read again."""
        try:
            with self.editor.database.session() as session:
                step(session)
        except assign.MatchRefused as refusal:
            args = [translate("Matching", arg) for arg in refusal.args_]
            QMessageBox.warning(
                self, self.tr("Proposals"), fill(translate("Matching", refusal.message), *args)
            )
            return False
        current = self.table.indexOfTopLevelItem(self.table.currentItem())
        self.editor.reload_after_matching()
        self.table.setCurrentItem(self.table.topLevelItem(max(0, min(current, len(self.rows) - 1))))
        return True

    def propose(self) -> None:
        if self._ready():
            candidate, user = self.selected(), current_user_name()
            self._run(
                lambda session: assign.propose(
                    session, candidate.need_id, candidate.resource_id, "operator", user
                )
            )

    def mark(self) -> None:
        from socialneet_desktop.ui.views.matching_mark_dialog import MarkDialog

        if not self._ready():
            return
        candidate = self.selected()
        dialog = MarkDialog(self.editor.database, candidate, self)
        if dialog.exec():
            self.editor.reload_after_matching()

    def confirm(self) -> None:
        from socialneet_desktop.ui.views.matching_mark_dialog import ask_decider

        if not self._ready():
            return
        candidate = self.selected()
        decided = ask_decider(self.editor.database, candidate, self)
        if decided is None:
            return
        staff_id, user = decided, current_user_name()

        def step(session):
            proposal = candidate.proposal_id
            if proposal is None:
                proposal = assign.propose(
                    session, candidate.need_id, candidate.resource_id, "operator", user
                ).id
            assign.confirm(session, proposal, staff_id or None, user)

        self._run(step)

    def reject(self) -> None:
        if self._ready():
            candidate, user = self.selected(), current_user_name()
            self._run(lambda session: assign.reject(session, candidate.proposal_id, user))

    def outcome(self) -> None:
        if not self._ready():
            return
        candidate = self.selected()
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Outcome"))
        box.setText(fill(self.tr("Was the need satisfied by %1?"), candidate.resource_title))
        yes = box.addButton(self.tr("&Satisfied"), QMessageBox.ButtonRole.YesRole)
        no = box.addButton(self.tr("&Not satisfied"), QMessageBox.ButtonRole.NoRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() not in (yes, no):
            return
        satisfied, user = box.clickedButton() is yes, current_user_name()
        self._run(
            lambda session: assign.record_outcome(
                session, candidate.proposal_id, satisfied, None, user
            )
        )


def weights_text(in_force: dict[str, int]) -> str:
    """ "Weights: category fit 25, distance 20, …" in the user's language."""
    parts = ", ".join(
        f"{translate('Matching', name)} {in_force[key]}"
        for key, (_points, name) in matching_weights.PARTS.items()
    )
    return fill(translate("Matching", "Weights of the score: %1."), parts)
