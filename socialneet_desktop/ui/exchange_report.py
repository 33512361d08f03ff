"""What a received package did (issue 21): records created, updated, unchanged, conflicts,
refused, erased people's changes dropped; then the conflicts to review and the records that
may be duplicates, each offered for the records merge."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from socialneet_desktop.db.database import Database
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.services.duplicates import REASONS
from socialneet_desktop.services.exchange.merge_candidates import DuplicatePair, duplicate_pairs
from socialneet_desktop.services.exchange.record_merge import RecordRef

PAIR = Qt.ItemDataRole.UserRole


def _tr(text: str) -> str:
    return translate("ExchangeDialogs", text)


class ExchangeReportDialog(QDialog):
    def __init__(self, database: Database, report, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.report = database, report
        self.setObjectName("exchange_report_dialog")
        self.setWindowTitle(_tr("Package received"))
        with database.read_session() as session:
            self.pairs = duplicate_pairs(session, report.new_records)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(fill(_tr("<b>From %1</b>"), report.source or "?"), self))
        layout.addLayout(self._counts())
        for message, args in report.refusals[:20]:
            refusal = QLabel(fill(translate("Exchange", message), *args), self)
            refusal.setWordWrap(True)
            layout.addWidget(refusal)
        self.duplicates = self._duplicates()
        if self.pairs:
            layout.addWidget(QLabel(_tr("Records that may be the same as one already here:")))
            layout.addWidget(self.duplicates, 1)
        else:
            self.duplicates.hide()  # not in the layout: it would show in a corner
        layout.addWidget(self._buttons())
        self.resize(640, 460 if self.pairs else self.sizeHint().height())

    def _counts(self) -> QFormLayout:
        report, form = self.report, QFormLayout()
        rows = (
            (_tr("Records created:"), report.created, "created"),
            (_tr("Records updated:"), report.updated, "updated"),
            (_tr("Records unchanged:"), report.unchanged, "unchanged"),
            (_tr("Conflicts to review:"), report.conflicts, "conflicts"),
            (_tr("Changes refused:"), report.refused, "refused"),
            (_tr("Changes for erased people, dropped:"), report.erased_dropped, "erased"),
            (_tr("Changes for merged records, moved to the record kept:"), report.redirected,
             "redirected"),
            (_tr("Possible duplicates:"), len(self.pairs), "duplicates"),
        )  # fmt: skip
        for title, number, name in rows:
            value = QLabel(str(number), self)
            value.setObjectName(f"count_{name}")
            form.addRow(title, value)
        return form

    def _duplicates(self) -> QListWidget:
        widget = QListWidget(self)
        widget.setObjectName("duplicates")
        for pair in self.pairs:
            reason = translate("Records", REASONS[pair.reason])
            text = fill(_tr("%1 (received) — %2 (already here): %3"), pair.new_label,
                        pair.existing_label, reason)  # fmt: skip
            item = QListWidgetItem(text)
            item.setData(PAIR, pair)
            widget.addItem(item)
        widget.setCurrentRow(0)
        widget.itemActivated.connect(lambda _item: self.merge_current())
        return widget

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        if self.report.conflicts:
            review = QPushButton(_tr("Review the &conflicts…"), self)
            review.setObjectName("review_conflicts")
            review.clicked.connect(lambda _checked=False: self.review_conflicts())
            buttons.addButton(review, QDialogButtonBox.ButtonRole.ActionRole)
        if self.pairs:
            merge = QPushButton(_tr("&Merge the two records…"), self)
            merge.setObjectName("merge_pair")
            merge.clicked.connect(lambda _checked=False: self.merge_current())
            buttons.addButton(merge, QDialogButtonBox.ButtonRole.ActionRole)
        return buttons

    def review_conflicts(self) -> None:
        from socialneet_desktop.ui.conflicts_dialog import ConflictsDialog

        ConflictsDialog(self.database, self).exec()

    def merge_current(self) -> None:
        from socialneet_desktop.ui.record_merge_dialog import merge_two

        item = self.duplicates.currentItem()
        if item is None:
            return
        pair: DuplicatePair = item.data(PAIR)
        kept = RecordRef(pair.kind_key, pair.existing_id)
        if merge_two(self, self.database, kept, RecordRef(pair.kind_key, pair.new_id)):
            self.duplicates.takeItem(self.duplicates.row(item))


def show_report(parent: QWidget | None, database: Database, report) -> None:
    ExchangeReportDialog(database, report, parent).exec()
