"""The main window: navigation on the left, the home page or the chosen list on the right,
a toolbar, menus, status bar. The home page is shown first, or the list used last when the
user chose so in Preferences; it opens maximised the first time. The home page is built when
first shown: a start on a list does not wait for it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from socialneet_desktop import __version__
from socialneet_desktop.i18n import Counts, fill, translate
from socialneet_desktop.services.record_kinds import RECORD_KINDS
from socialneet_desktop.ui.exchange_menu import (
    add_conflicts_action,
    add_exchange_menu,
    add_merge_action,
    review_conflicts,
)
from socialneet_desktop.ui.first_rows import FirstRowsWatch
from socialneet_desktop.ui.help_menu import add_help_actions
from socialneet_desktop.ui.import_batches_dialog import add_import_actions
from socialneet_desktop.ui.list_pages import ListPages
from socialneet_desktop.ui.main_toolbar import MainToolBar
from socialneet_desktop.ui.navigation import fill_navigation
from socialneet_desktop.ui.print_menu import build_print_menu
from socialneet_desktop.ui.record_opener import RecordOpener
from socialneet_desktop.ui.server_menu import (
    add_server_actions,
    back_up_or,
    restore_or,
    where_shown,
)
from socialneet_desktop.ui.user_settings import LAST_LIST_KEY, user_settings
from socialneet_desktop.ui.views.matching_menu import add_matching_action
from socialneet_desktop.ui.views.network_menu import add_cooperation_map_action
from socialneet_desktop.ui.views.record_list import RecordListPage
from socialneet_desktop.ui.workers import Worker, start_worker

if TYPE_CHECKING:
    from socialneet_desktop.db.database import Database
    from socialneet_desktop.ui.home_page import HomePage

GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
SPLITTER_KEY = "main_window/splitter"
DEFAULT_SIZE = QSize(1180, 720)
MINIMUM_USEFUL = QSize(640, 420)


class MainWindow(QMainWindow):
    """Holds the open database; asks the application to switch files through signals."""

    open_database_requested = Signal()
    new_database_requested = Signal()
    preferences_requested = Signal()
    backup_requested = Signal()
    restore_requested = Signal()

    def __init__(
        self,
        database: Database | None = None,
        parent: QWidget | None = None,
        start_list: str | None = None,
    ) -> None:
        """Without a database the frame shows at once; set_database() fills it. The home page
        shows first; with `start_list` the list of that kind (the first list if it is not
        one: "" for a user who never opened one)."""
        super().__init__(parent)
        self.setObjectName("main_window")
        self.database = database
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.pages = ListPages(RECORD_KINDS, self._list_page)  # each built when first shown
        self._home: HomePage | None = None  # built when first shown (the `home` property)
        self.content = QStackedWidget()  # the home page, or the pages of the lists
        self.path_label = QLabel()
        self.counts_label = QLabel()
        self._counts: dict[str, int] | None = None
        self._counting = None  # the QThread counting the records, while it runs
        self._count_worker: Worker | None = None
        self._count_again = False
        self.opener = RecordOpener(self)
        self.opener.records_changed.connect(self.reload_lists)
        self._build_body()
        self.toolbar = MainToolBar(self)
        self.addToolBar(self.toolbar)
        self._build_menus()
        self.statusBar().addWidget(self.path_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.navigation.currentRowChanged.connect(self._show_page)
        self.navigation.itemClicked.connect(lambda _item: self.show_list())
        keys = [kind.key for kind in RECORD_KINDS]
        self.last_list = start_list if start_list in keys else keys[0]
        self.navigation.setCurrentRow(keys.index(self.last_list))  # its list, built
        if start_list is None:
            self.show_home()
        self.setWindowTitle("SocialNEET Desktop")
        if database is not None:
            self.set_database(database)
        self._restore_geometry()

    def _build_body(self) -> None:
        fill_navigation(self.navigation, RECORD_KINDS)
        self.navigation.setMinimumWidth(190)
        self.home_button = QPushButton(self.tr("&Home"))
        self.home_button.setObjectName("home_button")
        self.home_button.clicked.connect(self.show_home)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.home_button)
        column.addWidget(self.navigation, 1)
        self.home_area = QScrollArea()  # a small window scrolls the page instead of cutting it
        self.home_area.setWidgetResizable(True)
        self.home_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.content.addWidget(self.home_area)
        self.content.addWidget(self.pages)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.content)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([210, 900])
        self.setCentralWidget(self.splitter)

    def _list_page(self, kind) -> RecordListPage:
        """The list of `kind`, built by self.pages when first needed (ui.list_pages)."""
        page = RecordListPage(kind)
        page.open_requested.connect(
            lambda record_id, key=kind.key: self.opener.open_record(key, record_id)
        )
        page.count_changed.connect(lambda _count, page=page: self._list_counted(page))
        page.records_deleted.connect(lambda _count, key=kind.key: self.reload_lists(key))
        return page

    @property
    def home(self) -> HomePage:
        """The home page, built the first time it is shown or asked for."""
        if self._home is None:
            from socialneet_desktop.ui.home_page import HomePage

            home = self._home = HomePage()
            home.open_requested.connect(
                lambda key, record_id: self.opener.open_record(key, record_id)
            )
            home.new_requested.connect(lambda key: self.opener.open_record(key, None))
            home.settings_requested.connect(self.opener.open_settings)
            home.print_requested.connect(self.print_summary)
            home.conflicts_requested.connect(lambda: review_conflicts(self))
            home.list_requested.connect(self.show_kind)
            home.set_database(self.database)
            self.home_area.setWidget(home)
        return self._home

    def wait_for_home(self) -> None:
        """The home page's reads (figures, chart) ended, if it was ever built."""
        if self._home is not None:
            self._home.wait()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._add_action(file_menu, self.tr("New &record…"), self.new_record, "Ctrl+N")
        build_print_menu(self, file_menu.addMenu(self.tr("&Print")))
        self._add_action(file_menu, self.tr("&Import from a spreadsheet…"), self.import_spreadsheet)
        self._add_action(file_menu, self.tr("Import from &Access…"), self.import_access)
        add_import_actions(self, file_menu)
        self._add_action(
            file_menu, self.tr("&Export the list to Excel…"), self.export_list, "Ctrl+E"
        )
        self._add_action(file_menu, self.tr("&Funder report…"), self.funder_report)
        self._add_action(file_menu, self.tr("Pro&gress report…"), self.progress_report)
        file_menu.addSeparator()
        self._add_action(  # a server database: its own backup (ui.server_backup)
            file_menu, self.tr("&Back up now"), lambda: back_up_or(self, self.backup_requested.emit)
        )
        self._add_action(
            file_menu,
            self.tr("Restore from &backup…"),
            lambda: restore_or(self, self.restore_requested.emit),
        )
        file_menu.addSeparator()
        self._add_action(file_menu, self.tr("&New database…"), self.new_database_requested.emit)
        self._add_action(
            file_menu, self.tr("&Open database…"), self.open_database_requested.emit, "Ctrl+O"
        )
        add_server_actions(self, file_menu)
        file_menu.addSeparator()
        add_exchange_menu(self, file_menu)
        file_menu.addSeparator()
        self._add_action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self._add_action(edit_menu, self.tr("&Find…"), self.focus_search, "Ctrl+F")
        add_merge_action(self, edit_menu)
        edit_menu.addSeparator()
        self._add_action(edit_menu, self.tr("&Association details…"), self.opener.open_settings)
        self._add_action(edit_menu, self.tr("&Preferences…"), self.preferences_requested.emit)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self._add_action(view_menu, self.tr("&Home page"), self.show_home, "Alt+Home")
        self._add_action(  # what others saved meanwhile (several desktops on one server)
            view_menu, self.tr("Refresh"), lambda: self.reload_lists(""), "F5"
        )
        area = None
        for row, kind in enumerate(RECORD_KINDS):
            if kind.area != area and area is not None:
                view_menu.addSeparator()  # the navigation's groups
            area = kind.area
            self._add_action(
                view_menu,
                translate("RecordKind", kind.title),
                lambda checked=False, row=row: self.navigation.setCurrentRow(row),
                f"Ctrl+{row + 1}" if row < 9 else None,  # Ctrl+1 … Ctrl+9
            )
        view_menu.addSeparator()
        self._add_action(view_menu, self.tr("&Recycle bin…"), self.opener.open_recycle_bin)
        self._add_action(view_menu, self.tr("R&etention review…"), self.retention_review)
        self._add_action(view_menu, self.tr("&Follow-ups due…"), self.follow_ups)
        add_conflicts_action(self, view_menu)
        add_matching_action(self, view_menu)  # issue 23
        add_cooperation_map_action(self, view_menu)  # issue 22
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._add_action(help_menu, self.tr("&About SocialNEET Desktop"), self.show_about)
        add_help_actions(self, help_menu)

    def _add_action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _show_page(self, row: int) -> None:
        if row < 0:  # no kind chosen: the home page
            return
        self.pages.setCurrentIndex(row)
        self.last_list = self.pages.kinds[row].key  # the list a start may open on
        self.show_list()
        self._show_counts()

    def show_home(self) -> None:
        """The home page in place of the list (the figures are read again)."""
        home = self.home  # built now, the first time
        self.content.setCurrentWidget(self.home_area)
        self.navigation.setCurrentRow(-1)  # choosing any kind, the first too, shows its list
        self.toolbar.set_list_shown(False)
        self._show_counts()
        if self.database is not None and self.isVisible():
            home.refresh()

    def show_kind(self, key: str) -> None:
        """The list of the kind `key` (the home page's "All targets…": the activities)."""
        keys = [kind.key for kind in RECORD_KINDS]
        if key in keys:
            self.navigation.setCurrentRow(keys.index(key))
            self.show_list()

    def show_list(self) -> None:
        self.content.setCurrentWidget(self.pages)
        self.toolbar.set_list_shown(True)
        self._show_counts()

    def current_list(self) -> RecordListPage | None:
        """The list shown, None while the home page is."""
        return self.pages.currentWidget() if self.content.currentWidget() is self.pages else None

    def print_summary(self) -> None:
        from socialneet_desktop.printing.home_summary import write_summary
        from socialneet_desktop.ui.print_actions import deliver_pdf
        from socialneet_desktop.ui.save_paths import document_file_name

        database = self.database
        if database is not None:
            name = document_file_name("summary")
            deliver_pdf(self, lambda path: write_summary(database, path), name, database)

    def set_database(self, database: Database | None) -> None:
        """Show `database`; None empties the window (while a restore replaces the file)."""
        self.wait_for_counts()
        self.database, self._counts = database, None
        self.opener.database = database
        if self._home is not None:  # else given when built
            self._home.set_database(database)
        self.pages.set_database(database)  # and to the lists built later
        if database is None:
            self.setWindowTitle("SocialNEET Desktop")
            self.path_label.setText("")
            self.counts_label.setText("")
            return
        name, place = where_shown(database)  # a server database: "socialneet on HOST"
        title = self.tr("SocialNEET Desktop — %1").replace("%1", name)
        if database.read_only:
            title = self.tr("%1 (read-only)").replace("%1", title)
        self.setWindowTitle(title)
        self.path_label.setText(self.tr("Database: %1").replace("%1", place))
        self.path_label.setToolTip(place)
        self._count_in_background()

    def refresh_status(self) -> None:
        """The counts of the status bar after a save or a delete: counted again in a worker
        (never on the GUI thread: at a million records a count takes a while)."""
        if self.database is None:
            return
        self._show_counts()
        self._count_in_background()

    def _count_in_background(self) -> None:
        """At opening, the counts are read in a worker: counting a million visits takes
        longer than painting the first rows, which must not wait for it."""
        if self._counting is not None:
            self._count_again = True
            return
        database = self.database
        worker = Worker(lambda _report, _cancelled: (database, database.record_counts()))
        worker.finished.connect(self._counted)
        worker.failed.connect(self._count_failed)
        self._count_worker = worker  # kept: a worker without a reference would be deleted
        self._counting = start_worker(worker, self)

    def _counted(self, result) -> None:
        database, counts = result
        self._counting = None
        if database is self.database:
            self._counts = counts
            self._show_counts()
        if self._count_again:
            self._count_again = False
            self._count_in_background()

    def _count_failed(self, _message: str) -> None:
        self._counting = None  # a closed file: the next refresh counts again

    def _list_counted(self, page: RecordListPage) -> None:
        if page is self.current_list():
            self._show_counts()

    def _show_counts(self) -> None:
        """The status bar counts the kind shown (issue 16: "N records · M records in all"
        added up every kind): the records in its list now (search and filters applied, as
        the list counted them) and the kind's records in all. Nothing on the home page."""
        page = self.current_list()
        if page is None or self.database is None:
            self.counts_label.setText("")
            return
        shown = page.total
        total = self._counts.get(page.kind.table_name) if self._counts else None
        if shown is not None and not page.search.text().strip() and not page.has_filters():
            total = shown  # the whole list: its own count is the newer one
        title = translate("RecordKind", page.kind.title)
        if shown is None and total is None:
            text = title
        elif shown is None or total is None or shown == total:
            number = total if total is not None else shown
            text = fill("%1: %2", title, Counts.tr("%Ln record(s)", None, number))
        else:
            text = fill(
                "%1: %2 · %3",
                title,
                Counts.tr("%Ln record(s) shown", None, shown),
                Counts.tr("%Ln record(s) in all", None, total),
            )
        self.counts_label.setText(text)

    def wait_for_counts(self) -> None:
        """For tests and the close: the counting worker, if any, has finished (at the close
        it was interrupted first: ui.workers.stop_every_read)."""
        from socialneet_desktop.ui.workers import wait_stopped

        wait_stopped(self._counting)

    def export_list(self) -> None:
        """File > Export and the toolbar: the rows chosen in the list shown, or all of it."""
        from socialneet_desktop.ui.export_dialogs import export_list_or_chosen

        if self.database is not None:
            self.export_run = export_list_or_chosen(self.pages.currentWidget(), self)

    def progress_report(self) -> None:
        from socialneet_desktop.ui.progress_dialog import progress_report_action

        if self.database is not None:
            progress_report_action(self.database, self)

    def funder_report(self) -> None:
        from socialneet_desktop.ui.export_dialogs import export_funder_report

        if self.database is not None:
            self.export_run = export_funder_report(self.database, self)

    def follow_ups(self) -> None:
        """The follow-ups at 6 and 12 months due or overdue (issue 18)."""
        from socialneet_desktop.ui.follow_ups_dialog import FollowUpsDialog

        if self.database is not None:
            FollowUpsDialog(self.database, self).exec()
            self.reload_lists("outcomes")

    def retention_review(self) -> None:
        """Contacts with no visit for longer than the settings allow, to anonymise."""
        from socialneet_desktop.ui.privacy_dialogs import RetentionReviewDialog

        if self.database is not None:
            RetentionReviewDialog(self.database, self).exec()
            self.reload_lists("contacts")

    def import_access(self) -> None:
        from socialneet_desktop.ui.access_wizard import AccessWizard

        if self.database is not None:
            wizard = AccessWizard(self.database, self)
            wizard.imported.connect(self.reload_lists)
            wizard.exec()

    def import_spreadsheet(self) -> None:
        from socialneet_desktop.ui.import_wizard import ImportWizard

        if self.database is None:
            return
        wizard = ImportWizard(self.database, self)
        wizard.imported.connect(self.reload_lists)
        wizard.exec()

    def new_record(self) -> None:
        self.opener.open_record(self.pages.currentWidget().kind.key, None)

    def reload_lists(self, kind_key: str) -> None:
        """After a save, delete or restore: the lists concerned read their rows again."""
        for page in self.pages.built_pages():  # those not built yet read when shown
            if kind_key in ("", page.kind.key) or page.kind.key == "visits":
                page.set_database(self.database)
        if self._home is not None:  # else read when built and shown
            self._home.refresh()
        self.refresh_status()

    def focus_search(self) -> None:
        self.show_list()
        self.pages.currentWidget().focus_search()

    def first_rows_watch(self) -> FirstRowsWatch:
        """Fires once the list shown now paints its first rows: the end of the start-up for
        the user, after which the slow checks may run (ui.deferred_opening)."""
        return FirstRowsWatch(self.first_rows_view())

    def first_rows_view(self):
        """The view whose first rows end the start-up: the list's table, or the home page's
        "Changed recently" (its lists are filled last)."""
        return self.home.recent if self.current_list() is None else self.pages.currentWidget().table

    def show_about(self) -> None:
        text = self.tr(
            "<h3>SocialNEET Desktop %1</h3>"
            "<p>Meeting Point contacts and visits, stakeholders met and unused resources "
            "of the SocialNEET project.</p><p>Database:<br><code>%2</code></p>"
        )
        path = str(self.database.path) if self.database is not None else "—"
        text = text.replace("%1", __version__).replace("%2", path)
        QMessageBox.about(self, self.tr("About SocialNEET Desktop"), text)

    def _restore_geometry(self) -> None:
        settings = user_settings()
        geometry = settings.value(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry) or self._too_small():
            self.resize(DEFAULT_SIZE)
        if geometry is None:  # the first time: the whole screen (shown maximised)
            self.setWindowState(Qt.WindowState.WindowMaximized)
        state = settings.value(STATE_KEY)
        if state is not None:
            self.restoreState(state)
        splitter = settings.value(SPLITTER_KEY)
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def _too_small(self) -> bool:
        """A window saved tiny (or on a smaller screen) is not worth restoring."""
        return self.width() < MINIMUM_USEFUL.width() or self.height() < MINIMUM_USEFUL.height()

    def closeEvent(self, event: QCloseEvent) -> None:
        from socialneet_desktop.ui.workers import stop_every_read

        stop_every_read()  # a count over a million rows is interrupted, not waited for
        self.wait_for_counts()  # a running thread must not outlive the window
        if self._home is not None:
            self._home.close_down()
        settings = user_settings()
        settings.setValue(LAST_LIST_KEY, self.last_list)
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(STATE_KEY, self.saveState())
        settings.setValue(SPLITTER_KEY, self.splitter.saveState())
        settings.sync()
        super().closeEvent(event)
