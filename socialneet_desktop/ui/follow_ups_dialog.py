"""The follow-ups due (issue 18), in the retention review's style: the young people whose
follow-up at 6 or 12 months after leaving is due within the days chosen or overdue, the
earliest first. "Record the follow-up…" (or Enter, or a double-click) opens a new outcome of
that person and stage; the list follows its save."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from socialneet_desktop.db.database import Database
from socialneet_desktop.domain.validation import format_italian_date
from socialneet_desktop.domain.vocabularies import OUTCOME_STAGE
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.services.follow_ups import AHEAD_DAYS, FollowUpDue, follow_ups_due

ROW = Qt.ItemDataRole.UserRole


class FollowUpsDialog(QDialog):
    def __init__(
        self, database: Database, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.database, self.today = database, today or date.today()
        self.due: list[FollowUpDue] = []
        self.setWindowTitle(translate("FollowUps", "Follow-ups due"))
        self.resize(720, 480)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.days = QSpinBox(self)
        self.days.setObjectName("days")
        self.days.setRange(0, 365)
        self.days.setValue(AHEAD_DAYS)
        self.days.valueChanged.connect(self.reload)
        form.addRow(translate("FollowUps", "Due within (days), or overdue:"), self.days)
        layout.addLayout(form)
        self.model = QStandardItemModel(self)
        self.table = self._table()
        layout.addWidget(self.table)
        self.nobody_label = QLabel(self)
        self.nobody_label.setObjectName("nobody")
        self.nobody_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.nobody_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.record_button = QPushButton(translate("FollowUps", "&Record the follow-up…"), self)
        self.record_button.setObjectName("record")
        self.record_button.setAutoDefault(False)
        buttons.addButton(self.record_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.record_button.clicked.connect(lambda _checked=False: self.record_current())
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("follow_ups")
        table.setModel(self.model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.doubleClicked.connect(lambda _index: self.record_current())
        table.activated.connect(lambda _index: self.record_current())  # Enter
        return table

    def reload(self) -> None:
        with self.database.read_session() as session:
            self.due = follow_ups_due(session, self.today, ahead_days=self.days.value())
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [
                translate("FollowUps", "Name"),
                translate("FollowUps", "Follow-up"),
                translate("FollowUps", "Due on"),
                translate("FollowUps", "Left on"),
            ]
        )
        for number, item in enumerate(self.due):
            self.model.appendRow(self._items(number, item))
        nobody = translate("FollowUps", "No follow-up is due in the next %1 days, none overdue.")
        self.nobody_label.setText(fill(nobody, self.days.value()))
        self.nobody_label.setVisible(not self.due)
        self.table.setVisible(bool(self.due))
        self.record_button.setEnabled(bool(self.due))
        if self.due:
            self.table.selectRow(0)

    def _items(self, number: int, item: FollowUpDue) -> list[QStandardItem]:
        due = format_italian_date(item.due)
        if item.overdue(self.today):
            due = fill(translate("FollowUps", "%1 (overdue)"), due)
        texts = (
            item.name,
            translate("Vocabulary", OUTCOME_STAGE.label_for(item.stage)),
            due,
            format_italian_date(item.left_on),
        )
        items = [QStandardItem(text) for text in texts]
        items[0].setData(number, ROW)
        for cell in items:
            cell.setEditable(False)
        if item.overdue(self.today):
            font = items[2].font()
            font.setBold(True)
            items[2].setFont(font)
        return items

    def current(self) -> FollowUpDue | None:
        rows = self.table.selectionModel().selectedRows()
        number = self.model.item(rows[0].row(), 0).data(ROW) if rows else None
        return self.due[number] if number is not None else None

    def record_current(self) -> QDialog | None:
        """A new outcome of the chosen person and stage, over this dialog."""
        from socialneet_desktop.ui.editors.outcome_editor import OutcomeEditor

        chosen = self.current()
        if chosen is None:
            return None
        editor = OutcomeEditor(
            self.database, None, self, contact_id=chosen.contact_id, stage=chosen.stage
        )
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(lambda _id: self.reload())
        editor.open()
        return editor
