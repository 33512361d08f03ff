"""The home page's "Targets" block (issue 19): the project's targets against what the records
say was achieved so far (services.targets), one bar per target, the first few only; "All
targets…" opens the activities list, where each activity's Targets tab has all of them.

The rows are read with the page's figures, off the GUI thread (home_page._read); this block
only shows plain values.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QProgressBar, QPushButton

from socialneet_desktop.domain.vocabularies import TARGET_INDICATOR
from socialneet_desktop.i18n import fill, translate

if TYPE_CHECKING:
    from socialneet_desktop.services.targets import TargetRow

SHOWN = 5  # bars on the page; the rest are in the activities' Targets tabs


def percent(row: TargetRow) -> int | None:
    """The share of the target achieved, rounded; None for a target of 0."""
    return round(100 * row.achieved / row.target) if row.target > 0 else None


def progress_text(row: TargetRow) -> str:
    """ "12 / 40 (30%)": what the bar says, the numbers in the user's locale."""
    locale = QLocale()
    share = percent(row)
    if share is None:
        return fill(translate("HomeTargets", "%1 / %2"), locale.toString(row.achieved),
                    locale.toString(row.target))  # fmt: skip
    return fill(
        translate("HomeTargets", "%1 / %2 (%3%)"),
        locale.toString(row.achieved),
        locale.toString(row.target),
        locale.toString(share),
    )


def indicator_text(row: TargetRow) -> str:
    label = translate("Vocabulary", TARGET_INDICATOR.label_for(row.indicator))
    return f"{row.activity_code} {label}"


class TargetsBox(QGroupBox):
    """Hidden while no activity has a target (an office without a project plan)."""

    all_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(self.tr("Targets"), parent)
        self.setObjectName("targets")
        self.grid = QGridLayout(self)
        self.grid.setColumnStretch(0, 1)
        self.grid.setVerticalSpacing(3)
        self.labels: list[QLabel] = []
        self.bars: list[QProgressBar] = []
        self.numbers: list[QLabel] = []
        self.more = QLabel()
        self.more.setObjectName("targets_more")
        self.all_button = QPushButton(self.tr("All tar&gets…"))
        self.all_button.setObjectName("all_targets")
        self.all_button.clicked.connect(lambda _checked=False: self.all_requested.emit())
        self.hide()

    def show_rows(self, rows: list[TargetRow]) -> None:
        """A target on two lines: what is counted, then its bar and "achieved / target (%)"."""
        self._clear()
        for number, row in enumerate(rows[:SHOWN]):
            label = QLabel(indicator_text(row))
            label.setObjectName(f"target_label_{number}")
            label.setToolTip(f"{row.activity_code} {row.activity_title}")
            bar = QProgressBar()
            bar.setObjectName(f"target_bar_{number}")
            bar.setRange(0, max(row.target, 1))
            bar.setValue(min(row.achieved, max(row.target, 1)))
            bar.setTextVisible(False)  # the numbers beside it: inside a narrow bar they wrap
            bar.setMaximumHeight(12)
            numbers = QLabel(progress_text(row))
            numbers.setObjectName(f"target_numbers_{number}")
            numbers.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for widget in (bar, numbers):
                widget.setToolTip(self._tooltip(row))
            self.grid.addWidget(label, 2 * number, 0, 1, 2)
            self.grid.addWidget(bar, 2 * number + 1, 0)
            self.grid.addWidget(numbers, 2 * number + 1, 1)
            self.labels.append(label)
            self.bars.append(bar)
            self.numbers.append(numbers)
        more = len(rows) - SHOWN
        self.more.setText(fill(self.tr("… and %1 more"), more) if more > 0 else "")
        self.grid.addWidget(self.more, 2 * SHOWN, 0)
        self.grid.addWidget(self.all_button, 2 * SHOWN, 1, Qt.AlignmentFlag.AlignRight)
        self.grid.setRowStretch(2 * SHOWN + 1, 1)  # the rows together at the top
        self.setVisible(bool(rows))

    def _tooltip(self, row: TargetRow) -> str:
        activity = f"{row.activity_code} {row.activity_title}"
        text = f"{activity}\n{indicator_text(row)}: {progress_text(row)}"
        if row.project_wide:
            text += "\n" + self.tr("Counted for the whole project: these records name no activity.")
        return text

    def _clear(self) -> None:
        for widget in (*self.labels, *self.bars, *self.numbers):
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self.labels, self.bars, self.numbers = [], [], []
