"""View > Conflicts…: the fields that two computers changed both since they last exchanged
packages, grouped by record, for a person to decide (issue 21).

Each line: Field | This computer | Other computer, every side with its device, user and time,
the value the record holds now marked. Below, the choice for the line chosen: keep this
computer's value, take the other's, or type one; "Resolved" saves it (a normal save, so the
decision travels in the next packages) and moves to the next line. All by keyboard: the
arrows choose the line, Alt+letters the choice, Alt+R resolves.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from socialneet_desktop.db.database import Database
from socialneet_desktop.i18n import Counts, fill, translate
from socialneet_desktop.services.current_user import current_user_name
from socialneet_desktop.services.exchange import conflict_review as review
from socialneet_desktop.services.exchange.conflict_values import (
    ValueRefused,
    editable,
    typed_value,
)
from socialneet_desktop.services.record_kinds import kind_by_key
from socialneet_desktop.ui.views.history_view import field_title, local_time_text, value_text

LINE = Qt.ItemDataRole.UserRole
CHOICES = (review.LOCAL, review.INCOMING, review.TYPED)


def _tr(text: str) -> str:
    return translate("ConflictReview", text)


def line_field_title(kind_key: str, field: str) -> str:
    if field == review.DELETED_FIELD:
        return _tr("In the recycle bin")
    column = kind_by_key(kind_key).column_spec(field)
    return translate("Columns", column.title) if column is not None else field_title(field)


def side_text(field: str, side: review.Side, applied: bool) -> str:
    """ "333 1234567 ✓ in the record now" over "Portatile Anna · anna · 30/11/2026 09:00"."""
    if field == review.DELETED_FIELD:
        value = _tr("deleted") if side.value is not None else _tr("kept (edited)")
    else:
        value = value_text(field, side.shown) or _tr("(empty)")
    if applied:
        value = fill(_tr("%1 ✓ in the record now"), value)
    who = " · ".join(part for part in (side.device, side.user, local_time_text(side.at)) if part)
    return f"{value}\n{who}"


class ConflictsDialog(QDialog):
    resolved = Signal(str)  # kind key of the record changed

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.setObjectName("conflicts_dialog")
        self.setWindowTitle(_tr("Conflicts to review"))
        self.resize(940, 600)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tree = self._tree()
        layout.addWidget(self.tree, 1)
        layout.addWidget(self._choice_box())
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a40000")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    def _tree(self) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setObjectName("conflicts")
        tree.setColumnCount(3)
        tree.setHeaderLabels([_tr("Field"), _tr("This computer"), _tr("Other computer")])
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setUniformRowHeights(False)
        tree.setWordWrap(True)
        tree.setAlternatingRowColors(True)
        header = tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        tree.currentItemChanged.connect(lambda _now, _before: self._line_chosen())
        return tree

    def _choice_box(self) -> QGroupBox:
        box = QGroupBox(_tr("Decision for the line chosen"), self)
        grid = QGridLayout(box)
        self.choice = QButtonGroup(self)
        self.keep = QRadioButton(_tr("&Keep this computer's value"), box)
        self.take = QRadioButton(_tr("&Take the other computer's value"), box)
        self.type = QRadioButton(_tr("T&ype a value:"), box)
        self.value = QLineEdit(box)
        self.value.setObjectName("typed_value")
        self.value.textEdited.connect(lambda _text: self.type.setChecked(True))
        buttons = (self.keep, self.take, self.type)
        for number, (button, name) in enumerate(zip(buttons, CHOICES, strict=True)):
            button.setObjectName(f"choice_{name}")
            self.choice.addButton(button, number)
        self.choice.buttonToggled.connect(lambda _button, _on: self._choice_made())
        self.resolve_button = QPushButton(_tr("&Resolved"), box)
        self.resolve_button.setObjectName("resolve")
        self.resolve_button.setDefault(True)
        self.resolve_button.clicked.connect(lambda _checked=False: self.resolve_current())
        grid.addWidget(self.keep, 0, 0, 1, 2)
        grid.addWidget(self.take, 1, 0, 1, 2)
        grid.addWidget(self.type, 2, 0)
        grid.addWidget(self.value, 2, 1)
        grid.addWidget(self.resolve_button, 0, 2, 3, 1, Qt.AlignmentFlag.AlignBottom)
        grid.setColumnStretch(1, 1)
        self.choice_box = box
        return box

    # Reading

    def reload(self) -> None:
        with self.database.read_session() as session:
            self.groups = review.open_conflicts(session)
        self.tree.clear()
        for group in self.groups:
            self.tree.addTopLevelItem(self._group_item(group))
        self.tree.expandAll()
        count = sum(len(group.lines) for group in self.groups)
        if count:
            text = fill(
                _tr("%1 in %2 to decide. The value marked ✓ is the one the exchange kept for now."),
                Counts.tr("%Ln field(s)", None, count),
                Counts.tr("%Ln record(s)", None, len(self.groups)),
            )
        else:
            text = _tr("No conflicts to review: every exchange merged without one.")
        self.summary.setText(text)
        self._select_first()

    def _group_item(self, group: review.ConflictGroup) -> QTreeWidgetItem:
        kind = translate("RecordKind", kind_by_key(group.kind_key).singular)
        item = QTreeWidgetItem([fill(_tr("%1: %2"), kind, group.label)])
        item.setFirstColumnSpanned(True)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        for line in group.lines:
            item.addChild(self._line_item(group, line))
        return item

    def _line_item(self, group: review.ConflictGroup, line: review.ConflictLine):
        applied_here = line.applied == review.LOCAL
        item = QTreeWidgetItem(
            [
                line_field_title(group.kind_key, line.field),
                side_text(line.field, line.this, applied_here),
                side_text(line.field, line.other, not applied_here),
            ]
        )
        item.setData(0, LINE, (group, line))
        for column in (1, 2):
            item.setToolTip(column, item.text(column))
        return item

    def _select_first(self) -> None:
        top = self.tree.topLevelItem(0)
        self.tree.setCurrentItem(top.child(0) if top is not None else None)
        self._line_chosen()

    # Deciding

    def current(self) -> tuple[review.ConflictGroup, review.ConflictLine] | None:
        item = self.tree.currentItem()
        return item.data(0, LINE) if item is not None else None

    def _line_chosen(self) -> None:
        chosen = self.current()
        self.message.clear()
        self.choice_box.setEnabled(chosen is not None)
        self.choice.setExclusive(False)
        for button in self.choice.buttons():
            button.setChecked(False)
        self.choice.setExclusive(True)
        self.value.clear()
        self._choice_made()
        if chosen is None:
            return
        group, line = chosen
        model = kind_by_key(group.kind_key).model
        can_type = editable(model, line.field)
        self.type.setEnabled(can_type)
        self.value.setEnabled(can_type)
        self.value.setText(value_text(line.field, line.this.shown) if can_type else "")

    def _choice_made(self) -> None:
        self.resolve_button.setEnabled(self.choice.checkedId() >= 0)

    def resolve_current(self) -> None:
        chosen = self.current()
        if chosen is None or self.choice.checkedId() < 0:
            return
        group, line = chosen
        choice, notice = CHOICES[self.choice.checkedId()], ""
        try:
            typed = self._typed(group, line) if choice == review.TYPED else None
            with self.database.session() as session:
                review.resolve(
                    session, line.conflict_id, choice, user=current_user_name(), typed=typed
                )
        except ValueRefused as refused:
            self.message.setText(refused.problem.render(lambda _c, text: _tr(text)))
            self.value.setFocus()
            return
        except review.ConflictGone as gone:
            notice = _tr(gone.message)
        self.resolved.emit(group.kind_key)
        self.reload()
        self.message.setText(notice)
        self.tree.setFocus()

    def _typed(self, group: review.ConflictGroup, line: review.ConflictLine):
        model = kind_by_key(group.kind_key).model
        title = line_field_title(group.kind_key, line.field)
        return typed_value(model, line.field, title, self.value.text())
