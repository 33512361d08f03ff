"""The home page, the first thing the window shows: the first-run checklist (until done), the
counts of this month and of the project, next appointments, follow-ups due (of meetings, and
of the young people who left: services.follow_ups), recent records, the project's targets
against achieved so far (ui.home_targets) and the chart of people reached per month.

Everything is read off the GUI thread (services.home_figures): the short lists first, shown
at once, then the counts and the targets (seconds at a million contacts), then the chart in
another worker, which imports matplotlib there (half a second the first list must not wait
for) and hands back a PNG the page shows.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from socialneet_desktop.domain.italian_dates import date_text, datetime_text
from socialneet_desktop.i18n import Counts, fill
from socialneet_desktop.ui.home_targets import TargetsBox
from socialneet_desktop.ui.workers import Worker, start_worker, wait_stopped

if TYPE_CHECKING:
    from socialneet_desktop.db.database import Database
    from socialneet_desktop.services.home_figures import HomeCounts, HomeFigures, HomeLists

COUNTED = ("contacts", "visits", "meetings", "resources")
RECORD_ROLE = Qt.ItemDataRole.UserRole


def _read_lists(database):
    """The short lists, the checklist and the conflicts to review: milliseconds."""
    from socialneet_desktop.services.home_figures import read_lists

    with database.read_session() as session:
        return database, read_lists(session), _conflicts(session)


def _read_counts(database):
    """The counts and the targets against achieved from the first day up to today."""
    from socialneet_desktop.services.home_figures import read_counts
    from socialneet_desktop.services.targets import targets_against_achieved

    with database.read_session() as session:
        counts = read_counts(session)
        targets = targets_against_achieved(session, date(1900, 1, 1), date.today())
        return database, counts, targets


def _conflicts(session) -> int:
    """The exchange's conflicts to review (issue 21), 0 on a file without the exchange."""
    from socialneet_desktop.services.exchange.conflict_review import conflicts_to_review

    return conflicts_to_review(session)


def _draw(reached):
    from socialneet_desktop.printing.reach_chart import reach_png

    return reach_png(reached)


class HomePage(QWidget):
    """Signals ask the window to act; the page itself never writes."""

    open_requested = Signal(str, int)  # kind key, record id
    new_requested = Signal(str)  # kind key
    list_requested = Signal(str)  # kind key: show its list
    settings_requested = Signal()
    print_requested = Signal()  # the page as a PDF (printing.home_summary)
    lists_shown = Signal()  # the short lists: the first step of the reading
    figures_shown = Signal()  # the counts and targets too: the page is complete
    conflicts_requested = Signal()  # View > Conflicts… (issue 21)
    chart_shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("home_page")
        self.database: Database | None = None
        self.figures: HomeFigures | None = None
        self._lists: HomeLists | None = None
        self._threads: dict[str, object] = {}
        self._workers: dict[str, Worker] = {}
        self._again = False
        self._closed = False
        self._plans_asked = False  # the plans of the lists, made after their first read
        title = QLabel(self.tr("<h2>Home</h2>"))
        self.checklist = self._build_checklist()
        self.counts = QGridLayout()
        self.count_labels: dict[tuple[str, int], QLabel] = {}
        counts_box = QGroupBox(self.tr("Records"))
        counts_box.setLayout(self._build_counts())
        counts_box.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.appointments = self._list("appointments")
        self.follow_ups = self._list("follow_ups")
        self.young_follow_ups = self._list("young_follow_ups")
        self._fill(self.young_follow_ups, [], "…")  # read with the counts, after the lists
        self.recent = self._list("recent")
        self.targets = TargetsBox()
        self.targets.all_requested.connect(lambda: self.list_requested.emit("activities"))
        self.chart = QLabel(self.tr("The chart is being drawn…"))
        self.chart.setObjectName("chart")
        self.chart.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart.setMinimumHeight(180)
        top = QHBoxLayout()
        top.addWidget(counts_box)
        top.addWidget(self._boxed(self.tr("Next appointments"), self.appointments), 1)
        top.addWidget(self._boxed(self.tr("Follow-ups due"), self.follow_ups), 1)
        top.addWidget(self._boxed(self.tr("Follow-ups after leaving"), self.young_follow_ups), 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self._boxed(self.tr("Changed recently"), self.recent), 1)
        bottom.addWidget(self.targets, 1)
        bottom.addWidget(self.chart, 2)
        self.print_button = QPushButton(self.tr("&Print the summary…"))
        self.print_button.setObjectName("print_summary")
        self.print_button.clicked.connect(lambda _checked=False: self.print_requested.emit())
        self.conflicts = QPushButton()
        self.conflicts.setObjectName("conflicts")
        self.conflicts.clicked.connect(lambda _checked=False: self.conflicts_requested.emit())
        self.conflicts.hide()  # shown when an exchange left conflicts to review
        heading = QHBoxLayout()
        heading.addWidget(title, 1)
        heading.addWidget(self.conflicts)
        heading.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.checklist)
        layout.addLayout(top, 1)
        layout.addLayout(bottom, 1)

    def _build_checklist(self) -> QGroupBox:
        box = QGroupBox(self.tr("First steps"))
        box.setObjectName("checklist")
        grid = QGridLayout(box)
        steps = (
            ("association", self.tr("1. The association's details (printed on every document)"),
             self.tr("&Association details…"), self.settings_requested.emit),
            ("staff", self.tr("2. The staff, to choose who held a visit or a meeting"),
             self.tr("Add a member of &staff…"), lambda: self.new_requested.emit("staff")),
            ("contact", self.tr("3. The first young person who came to the Meeting Point"),
             self.tr("Add the first &contact…"), lambda: self.new_requested.emit("contacts")),
        )  # fmt: skip
        self.step_labels: dict[str, QLabel] = {}
        self.step_buttons: dict[str, QPushButton] = {}
        for row, (key, text, button_text, slot) in enumerate(steps):
            label, button = QLabel(text), QPushButton(button_text)
            label.setWordWrap(True)
            button.setObjectName(f"step_{key}")
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            grid.addWidget(label, row, 0)
            grid.addWidget(button, row, 1)
            self.step_labels[key], self.step_buttons[key] = label, button
        grid.setColumnStretch(0, 1)
        box.hide()  # shown once the figures say a step is left
        return box

    def _build_counts(self) -> QGridLayout:
        titles = {
            "contacts": self.tr("NEET contacts"),
            "visits": self.tr("Meeting Point visits"),
            "meetings": self.tr("Stakeholder meetings"),
            "resources": self.tr("Unused resources"),
        }
        self.counts.addWidget(QLabel(self.tr("<b>This month</b>")), 0, 1)
        self.counts.addWidget(QLabel(self.tr("<b>Project so far</b>")), 0, 2)
        for row, key in enumerate(COUNTED, start=1):
            self.counts.addWidget(QLabel(titles[key]), row, 0)
            for column in (1, 2):
                label = QLabel("…")
                label.setObjectName(f"count_{key}_{column}")
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.counts.addWidget(label, row, column)
                self.count_labels[key, column] = label
        self.counts.setRowStretch(len(COUNTED) + 1, 1)  # the rows together at the top
        self.counts.setHorizontalSpacing(18)
        return self.counts

    def _list(self, name: str) -> QListWidget:
        widget = QListWidget()
        widget.setObjectName(name)
        widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        widget.setWordWrap(True)  # a long topic wraps instead of being cut
        widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widget.setResizeMode(QListWidget.ResizeMode.Adjust)
        widget.itemActivated.connect(self._activated)
        return widget

    @staticmethod
    def _boxed(title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        QVBoxLayout(box).addWidget(widget)
        return box

    def _activated(self, item: QListWidgetItem) -> None:
        kind_key, record_id = item.data(RECORD_ROLE)
        self.open_requested.emit(kind_key, record_id)

    # Reading, off the GUI thread

    def set_database(self, database: Database | None) -> None:
        self.database, self.figures, self._lists = database, None, None
        if database is not None:
            self.refresh()

    def refresh(self) -> None:
        """Reads the page again (after a save): its lists, then its counts; one reading at a
        time, another asked meanwhile starts after it."""
        if self.database is None:
            return
        if "lists" in self._threads or "figures" in self._threads:
            self._again = True
            return
        database = self.database
        self._run("lists", lambda _r, _c: _read_lists(database), self._lists_read)

    def _run(self, name: str, job, done) -> None:
        if self._closed:  # a reading that ends after the close starts no drawing
            return
        worker = Worker(job)
        worker.finished.connect(done)
        worker.failed.connect(lambda _message, name=name: self._threads.pop(name, None))
        worker.cancelled.connect(lambda name=name: self._threads.pop(name, None))
        self._workers[name] = worker  # kept: a worker without a reference would be deleted
        self._threads[name] = start_worker(worker, self)

    def _lists_read(self, result) -> None:
        self._threads.pop("lists", None)
        database, lists, conflicts = result
        if database is not self.database or self._again:
            self._read_again()
            return
        self.show_conflicts(conflicts)
        self.show_lists(lists)
        self._run("figures", lambda _r, _c: _read_counts(database), self._counts_read)
        if not self._plans_asked and database.engine.dialect.name == "sqlite":
            from socialneet_desktop.ui.first_rows import keep_home_plans_later

            self._plans_asked = True  # for the next start (first_rows): once is enough
            keep_home_plans_later()

    def _counts_read(self, result) -> None:
        from socialneet_desktop.services.home_figures import HomeFigures  # with SQLAlchemy

        self._threads.pop("figures", None)
        database, counts, targets = result
        if database is self.database and self._lists is not None:
            self.targets.show_rows(targets)
            self.show_counts(counts)
            self.figures = HomeFigures.of(self._lists, counts)
            self.figures_shown.emit()
        self._read_again()

    def _read_again(self) -> None:
        if self._again:
            self._again = False
            self.refresh()

    def wait(self) -> None:
        """For tests and the close: no reading or drawing runs any more."""
        for thread in list(self._threads.values()):
            wait_stopped(thread)

    def close_down(self) -> None:
        """At the window's close: the reading is interrupted (at a million visits its counts
        take seconds), the drawing waited for, and nothing started after (a reading that
        ends now would start a drawing whose thread outlives the window: an abort)."""
        self._closed = True
        for worker in list(self._workers.values()):
            worker.cancel()
        self.wait()

    # Showing, on the GUI thread

    def show_conflicts(self, count: int) -> None:
        """ "3 conflicts to review", a button opening them; hidden when there are none."""
        self.conflicts.setText(Counts.tr("&Review %Ln conflict(s) of the exchanges", None, count))
        self.conflicts.setVisible(count > 0)

    def show_lists(self, lists: HomeLists) -> None:
        self._lists = lists
        self._fill_lists(lists)
        self.lists_shown.emit()

    def show_early_lists(self, lists: HomeLists) -> None:
        """The lists read before the file was opened (ui.first_rows.show_early_home): shown
        until the page reads them again from the open file."""
        self._fill_lists(lists)

    def _fill_lists(self, lists: HomeLists) -> None:
        self._fill(self.appointments, lists.appointments, self.tr("No appointments ahead."))
        self._fill(self.follow_ups, lists.follow_ups, self.tr("No follow-ups due."))
        self._fill(self.recent, lists.recent, self.tr("Nothing recorded yet."))
        self._show_checklist(lists.checklist)

    def show_counts(self, counts: HomeCounts) -> None:
        for key in COUNTED:
            month, total = counts.counts[key]
            self.count_labels[key, 1].setText(QLocale().toString(month))
            self.count_labels[key, 2].setText(QLocale().toString(total))
        self._fill_young(counts)
        if "chart" not in self._threads:
            reached = counts.reached
            self._run("chart", lambda _r, _c: _draw(reached), self._drawn)

    def _fill(self, widget: QListWidget, rows, empty: str) -> None:
        widget.clear()
        for row in rows:
            when = row.when
            day = datetime_text(when) if hasattr(when, "hour") else date_text(when)
            item = QListWidgetItem(fill(self.tr("%1 — %2"), day, row.text))
            item.setToolTip(item.text())
            item.setData(RECORD_ROLE, (row.kind_key, row.record_id))
            widget.addItem(item)
        if not rows:
            item = QListWidgetItem(empty)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            widget.addItem(item)

    def _fill_young(self, figures: HomeCounts) -> None:
        """The follow-ups due: the stage beside the name, the overdue said, and how many
        more there are (all of them: View > Follow-ups due)."""
        rows = figures.young_follow_ups
        self._fill(self.young_follow_ups, rows, self.tr("No follow-up due."))
        stages = {"months_6": self.tr("6 months"), "months_12": self.tr("12 months")}
        for number, row in enumerate(rows):
            item = self.young_follow_ups.item(number)
            stage = stages.get(row.label, row.label)
            late = self.tr(", overdue") if row.late else ""
            item.setText(fill(self.tr("%1 (%2%3)"), item.text(), stage, late))
            item.setToolTip(item.text())
        more = figures.young_follow_ups_total - len(rows)
        if more > 0:
            item = QListWidgetItem(fill(self.tr("… and %1 more"), more))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.young_follow_ups.addItem(item)

    def _show_checklist(self, checklist) -> None:
        self.checklist.setVisible(not checklist.done)
        for key in ("association", "staff", "contact"):
            done = getattr(checklist, key)
            self.step_buttons[key].setEnabled(not done)
            font = self.step_labels[key].font()
            font.setStrikeOut(done)
            self.step_labels[key].setFont(font)

    def _drawn(self, png: bytes) -> None:
        self._threads.pop("chart", None)
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        self.chart.setPixmap(pixmap)
        self.chart_shown.emit()
