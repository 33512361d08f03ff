"""Two records that are the same person or organisation, side by side, merged into one
(issue 21): a row per field whose values differ, a radio for each side (the record kept is
chosen by default), "Merge" moves everything pointing to the other record to the one kept
and puts the other in the recycle bin, remembered as merged (services.exchange.record_merge).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from socialneet_desktop.db.database import Database
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.services.current_user import current_user_name
from socialneet_desktop.services.exchange.record_merge import (
    MergePlan,
    MergeRefused,
    RecordRef,
    merge_plan,
    merge_records,
)
from socialneet_desktop.services.record_kinds import kind_by_key
from socialneet_desktop.ui.views.history_view import field_title, value_text


def _tr(text: str) -> str:
    return translate("RecordMerge", text)


def refusal_text(refused: MergeRefused) -> str:
    values = [translate("RecordKind", value) for value in refused.values]
    return fill(_tr(refused.message), *values)


class RecordMergeDialog(QDialog):
    def __init__(
        self, database: Database, kept: RecordRef, other: RecordRef, parent: QWidget | None = None
    ) -> None:
        """MergeRefused (before anything is shown) when the two cannot be merged."""
        super().__init__(parent)
        self.database, self.kept, self.other = database, kept, other
        with database.read_session() as session:
            self.plan: MergePlan = merge_plan(session, kept, other)
        self.setObjectName("record_merge_dialog")
        self.setWindowTitle(_tr("Merge two records"))
        self.groups: dict[str, QButtonGroup] = {}
        layout = QVBoxLayout(self)
        intro = QLabel(self._intro(), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self._fields(), 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button = QPushButton(_tr("&Merge"), self)
        self.merge_button.setObjectName("merge")
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(860, min(640, 220 + 44 * len(self.plan.differing)))

    def _intro(self) -> str:
        kind = translate("RecordKind", kind_by_key(self.plan.kind_key).singular)
        return fill(
            _tr(
                "%1: <b>%2</b> is kept, <b>%3</b> is merged into it. Choose, for each field "
                "that differs, the value to keep. %4 records and links naming the merged "
                "record will name the one kept; the merged record goes to the recycle bin, "
                "and packages from other computers that still have it will follow it."
            ),
            kind,
            self.plan.survivor_label,
            self.plan.other_label,
            self.plan.links,
        )

    def _fields(self) -> QScrollArea:
        inner = QWidget()
        grid = QGridLayout(inner)
        grid.addWidget(QLabel(_tr("<b>Field</b>")), 0, 0)
        grid.addWidget(QLabel(fill(_tr("<b>Kept: %1</b>"), self.plan.survivor_label)), 0, 1)
        grid.addWidget(QLabel(fill(_tr("<b>Merged: %1</b>"), self.plan.other_label)), 0, 2)
        kind = kind_by_key(self.plan.kind_key)
        for row, choice in enumerate(self.plan.differing, start=1):
            column = kind.column_spec(choice.field)
            title = translate("Columns", column.title) if column else field_title(choice.field)
            grid.addWidget(QLabel(title), row, 0)
            group = QButtonGroup(self)
            for side, value in ((0, choice.survivor_value), (1, choice.other_value)):
                button = QRadioButton(value_text(choice.field, value) or _tr("(empty)"), inner)
                button.setObjectName(f"{choice.field}_{'kept' if side == 0 else 'merged'}")
                button.setChecked(side == 0)
                group.addButton(button, side)
                grid.addWidget(button, row, 1 + side)
            self.groups[choice.field] = group
        if not self.plan.differing:
            grid.addWidget(QLabel(_tr("The two records hold the same values.")), 1, 0, 1, 3)
        grid.setRowStretch(len(self.plan.differing) + 1, 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        area = QScrollArea(self)
        area.setWidget(inner)
        area.setWidgetResizable(True)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return area

    def taken_from_other(self) -> list[str]:
        return [field for field, group in self.groups.items() if group.checkedId() == 1]

    def accept(self) -> None:
        try:
            with self.database.session() as session:
                merge_records(
                    session, self.kept, self.other, self.taken_from_other(),
                    user=current_user_name(),
                )  # fmt: skip
        except MergeRefused as refused:
            QMessageBox.warning(self, self.windowTitle(), refusal_text(refused))
            return
        super().accept()


def merge_two(
    parent: QWidget | None, database: Database, kept: RecordRef, other: RecordRef
) -> bool:
    """Open the merge of `other` into `kept`; True when they were merged. A refusal (two
    kinds, an erased record, …) is said at once."""
    try:
        dialog = RecordMergeDialog(database, kept, other, parent)
    except MergeRefused as refused:
        QMessageBox.warning(parent, _tr("Merge two records"), refusal_text(refused))
        return False
    return dialog.exec() == QDialog.DialogCode.Accepted
