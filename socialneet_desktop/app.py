"""Start of the window: arguments, settings, translation, the database, the main window."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from socialneet_desktop import APP_NAME, ORGANIZATION_NAME, __version__
from socialneet_desktop.i18n import fill, install_translators, resolve_language, translate
from socialneet_desktop.paths import (
    DATABASE_ENV,
    chosen_database_path,
    database_folder,
    database_path_is_explicit,
    missing_folder_problem,
)
from socialneet_desktop.ui.deferred_opening import (
    FALLBACK_MS,
    DeferredOpening,
    close_with_exit_backup,
)
from socialneet_desktop.ui.first_rows import (
    FirstRowsWatch,
    quit_after_first_rows_asked,
    quit_when_emitted,
    quit_when_painted,
    show_early_home,
    show_early_rows,
)
from socialneet_desktop.ui.first_run import ask_at_first_start
from socialneet_desktop.ui.main_window import MainWindow
from socialneet_desktop.ui.opening import chosen_backup_folder, try_open
from socialneet_desktop.ui.preferences_dialog import PreferencesDialog
from socialneet_desktop.ui.style import APPLICATION_STYLE
from socialneet_desktop.ui.user_settings import language_choice, last_list, start_on_last_list

if TYPE_CHECKING:
    from socialneet_desktop.db.database import Database

DATABASE_FILTER = "SocialNEET (*.sqlite *.db)"
EARLY_FALLBACK_MS = 300  # the early rows of a window not painted (hidden): open anyway


class ArgumentProblem(Exception):
    """Bad command-line arguments: a windowed program has no console to print them to."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise ArgumentProblem(message)


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    parser = _Parser(prog="socialneet-desktop", description="SocialNEET Desktop")
    parser.add_argument(
        "--database",
        metavar="PATH",
        help=f"database file (default: ${DATABASE_ENV} or the user data folder)",
    )
    parser.add_argument("--language", choices=["it", "en"], help="language of the window")
    parser.add_argument("--version", action="version", version=__version__)
    parser.add_argument(
        "--self-test", action="store_true", help="check the installation without a window"
    )
    parser.add_argument(
        "--quit-after-first-rows",
        action="store_true",
        help="print the seconds from the start to the first rows painted, then quit "
        "(for benchmarks; also SOCIALNEET_QUIT_AFTER_FIRST_ROWS=1)",
    )
    return parser.parse_args(argv)


class Application(QObject):
    """Owns the open database and the main window; switches files when asked."""

    def __init__(self, database: Database | None = None, start_list: str | None = None) -> None:
        super().__init__()
        self.database = database
        self.window = MainWindow(database, start_list=start_list)
        self.window.open_database_requested.connect(self.choose_existing)
        self.window.new_database_requested.connect(self.choose_new)
        self.window.preferences_requested.connect(self.edit_preferences)
        self.window.backup_requested.connect(self.back_up)
        self.window.restore_requested.connect(self.restore)
        self.deferred = DeferredOpening(self.window)
        self.first_start = None  # the association's details asked at the first start, if so
        self.deferred.damaged.connect(self.damage_found)
        self.window.show_opened_database = self.switch_to_open  # File > Connect… (issue 20)
        from socialneet_desktop.ui.encryption_dialogs import add_encryption_menu

        add_encryption_menu(self.window, self.with_file_closed)  # issue #24

    def choose_existing(self) -> None:
        from socialneet_desktop.ui.file_dialogs import open_file_name

        path = open_file_name(
            self.window, self.tr("Open database"), self._folder(), DATABASE_FILTER
        )
        if path:
            self.switch_to(Path(path))

    def choose_new(self) -> None:
        from socialneet_desktop.ui.file_dialogs import save_file_name

        path = save_file_name(self.window, self.tr("New database"), self._folder(), DATABASE_FILTER)
        if not path:
            return
        if Path(path).exists():
            QMessageBox.warning(
                self.window,
                self.tr("New database"),
                self.tr("%1 already exists. Choose a new file name.").replace("%1", path),
            )
            return
        from socialneet_desktop.ui.encryption_dialogs import ask_new_encryption

        if ask_new_encryption(self.window, Path(path)) is None:  # the tick "Encrypt" (#24)
            return
        self.switch_to(Path(path))

    def switch_to(self, path: Path) -> None:
        """Open `path` in place of the current file, which stays open if `path` is refused."""
        database = try_open(self.window, path)
        if database is not None:
            self.switch_to_open(database)

    def open_first(self, path: Path) -> None:
        """Open the start-up database once the window shows; quit if it is refused.

        The association's details are asked at once in a new file (there are no rows to
        show first); in a file that exists, they are looked for once its first rows are
        painted: reading them costs a query and its imports, in front of the user."""
        if not self.show_early_rows(path):
            self.open_now(path)

    def show_early_rows(self, path: Path) -> bool:
        """The first rows of the list shown, or the home page's short lists, read before the
        file is opened (ui.first_rows: db.first_page, plain sqlite3 by the plans kept from
        their last read); the opening follows right after their paint. False (the file
        still to open) when there is no plan, or the file cannot be read so.

        main() calls it before the window is shown: the rows are in its first paint."""
        self.window.path_label.setText(self.tr("Opening %1…").replace("%1", str(path)))
        page = self.window.current_list()
        if page is None:
            if not show_early_home(self.window.home, path):
                return False
        elif not show_early_rows(page, path):
            return False
        started = []

        def go() -> None:
            if not started:  # once: after the paint, or the fallback (a hidden window)
                started.append(True)
                self.open_now(path, early=True)

        watch = FirstRowsWatch(self.window.first_rows_view())  # after those on the same paint:
        watch.painted.connect(lambda: QTimer.singleShot(0, self.window, go))
        QTimer.singleShot(EARLY_FALLBACK_MS, self.window, go)
        return True

    def open_now(self, path: Path, early: bool = False) -> None:
        """The opening sequence (ui.opening.try_open) of the start-up file; `early`: its
        list's first rows are painted already."""
        new = not path.exists()
        database = try_open(self.window, path)
        if database is None:
            QCoreApplication.exit(1)
            return
        watch = self.switch_to_open(database)
        if early:  # the rows are there: this paint ends the start-up for the deferred work
            self.window.first_rows_view().viewport().update()
        if new:
            self.ask_details(database)
        else:  # or after the deferred checks' fallback: the rows may never paint in sight
            watch.painted.connect(lambda: self.ask_details(database))
            QTimer.singleShot(FALLBACK_MS, self.window, lambda: self.ask_details(database))

    def open_server_first(self, url: str) -> None:
        """The start-up database is the office server's (--database or SOCIALNEET_DATABASE
        is its address): opened with the stored password; when that is refused (no password
        stored, the server not reachable…) the connection dialog shows the address and why,
        for the user to correct or type the password; Cancel quits."""
        from socialneet_desktop.db.server import ServerRefused, open_server
        from socialneet_desktop.db.server_url import ServerAddressError, parse_server_url
        from socialneet_desktop.ui.server_dialog import ServerDialog

        self.window.path_label.setText(self.tr("Opening %1…").replace("%1", url))
        try:
            address = parse_server_url(url)
        except ServerAddressError as error:
            text = fill(translate("Server", error.message), error.text, error.detail)
            QMessageBox.critical(self.window, "SocialNEET Desktop", text)
            QCoreApplication.exit(2)
            return
        try:
            database = open_server(address)
        except ServerRefused as refused:
            dialog = ServerDialog(self.window)
            dialog.show_address(address)
            dialog.tell(fill(translate("Server", refused.message), refused.shown, refused.detail))
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.database is None:
                QCoreApplication.exit(1)
                return
            database = dialog.database
        self.switch_to_open(database)

    def ask_details(self, database: Database) -> None:
        """The first-start dialog, when the details are missing from the file still shown."""
        shown = database is self.database and self.window.isVisible()
        if shown and self.first_start is None:
            self.first_start = ask_at_first_start(database, self.window)  # None: all there

    def switch_to_open(self, database: Database) -> FirstRowsWatch:
        """Show `database` and close the one shown before (the same file stays open: the
        two are handles on one open file). Its full check and daily backup start in a worker
        once its first rows are painted; the watch of that moment is returned."""
        self.deferred.stop()
        previous, self.database = self.database, database
        watch = self.window.first_rows_watch()
        self.window.set_database(database)
        if previous is not None and previous is not database:
            previous.close()
        self.deferred.start_after_first_rows(database, watch)
        return watch

    def damage_found(self, damaged) -> None:
        """The full check after opening found the file damaged: told at once, the newest good
        backup offered as at opening; the damaged file is closed either way."""
        from socialneet_desktop.ui.backup_dialogs import offer_backup_after_failed_check

        if self.database is None or self.database.path != damaged.path:
            return
        path = self.database.path
        restored = offer_backup_after_failed_check(
            damaged.result, damaged.folder, self.window, self._close_for_restore
        )
        if self.database is not None:
            self._close_for_restore()
        self.window.path_label.setText(
            self.tr("%1 is damaged and was closed.").replace("%1", str(path))
        )
        if restored is not None:
            database = try_open(self.window, path)
            if database is not None:
                self.switch_to_open(database)

    def _folder(self) -> str:
        return str(self.database.path.parent) if self.database is not None else ""

    def back_up(self) -> None:
        from socialneet_desktop.ui.backup_dialogs import back_up_now

        if self.database is not None:
            back_up_now(self.database, self.window, chosen_backup_folder(self.database.path))

    def restore(self) -> None:
        """Pick a backup and put it in place of the open file. The file is closed only when a
        restore really starts, and opened again after it, also when it failed; Cancel
        changes nothing."""
        from socialneet_desktop.db import backup
        from socialneet_desktop.ui.backup_dialogs import restore_with_dialog

        if self.database is None:
            return
        path = self.database.path
        restore_with_dialog(
            path, backup.configured_backup_folder(path), self.window, self._close_for_restore
        )
        if self.database is None:
            database = try_open(self.window, path)
            if database is not None:
                self.switch_to_open(database)

    def with_file_closed(self, work) -> None:
        """Close the open file everywhere in this process, run `work(path)`, open it again
        (also when the work failed): the encryption's conversions (issue #24)."""
        if self.database is None:
            return
        path = self.database.path
        self._close_for_restore()
        try:
            work(path)
        finally:
            database = try_open(self.window, path)
            if database is not None:
                self.switch_to_open(database)

    def _close_for_restore(self) -> None:
        """No connection of this process may stay on a file that is being replaced."""
        from socialneet_desktop.db.database import close_everywhere

        self.deferred.stop()
        database, self.database = self.database, None
        self.window.set_database(None)
        database.close()
        close_everywhere(database.path)

    def edit_preferences(self) -> None:
        PreferencesDialog(self.window).exec()


def create_qapplication(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    QCoreApplication.setOrganizationName(ORGANIZATION_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app.setStyleSheet(APPLICATION_STYLE)
    return app


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if "--self-test" in argv:  # before any QApplication: it needs no display
        from socialneet_desktop.self_test import run_self_test

        return run_self_test()
    app = create_qapplication([sys.argv[0], *argv])
    try:
        arguments = parse_arguments(argv)
    except ArgumentProblem as problem:
        install_translators(app, resolve_language(language_choice()))
        print(f"socialneet-desktop: {problem}", file=sys.stderr)
        QMessageBox.critical(
            None, "SocialNEET Desktop", fill(translate("App", "Wrong arguments: %1"), problem)
        )
        return 2
    install_translators(app, arguments.language or resolve_language(language_choice()))
    timed = quit_after_first_rows_asked(arguments.quit_after_first_rows)  # a benchmark's start
    on_list = timed == "list" or (timed is None and start_on_last_list())
    application = Application(start_list=last_list() if on_list else None)
    window = application.window
    if timed == "home-complete":  # its moment: the home page with its counts
        quit_when_emitted(window.home.figures_shown)
    elif timed is not None:  # the first rows of the list, or of the home page
        quit_when_painted(window.first_rows_view())
    url = chosen_server_url(arguments.database)
    if url is not None:  # the office server (issue 20)
        application.window.show()
        app.processEvents()
        QTimer.singleShot(0, lambda: application.open_server_first(url))
        return run(app, application)
    path = chosen_database_path(arguments.database)
    problem = missing_folder_problem(path, database_path_is_explicit(arguments.database))
    # a list's rows read by their plan are in the window's first paint
    early = problem is None and application.show_early_rows(path)
    application.window.show()
    if problem is not None:  # a typing error must not create folders and an empty database
        text = fill(translate("Database", problem), database_folder(path))
        QMessageBox.critical(application.window, "SocialNEET Desktop", text)
        return 1
    if not early:  # the frame painted first, then the file opened
        app.processEvents()
        QTimer.singleShot(0, lambda: application.open_now(path))
    return run(app, application)


def run(app: QApplication, application: Application) -> int:
    """The event loop, then the close."""
    code = app.exec()
    close(application)
    return code


def chosen_server_url(cli_value: str | None) -> str | None:
    """The office server's address when --database (or else $SOCIALNEET_DATABASE) is one."""
    from socialneet_desktop.db.server_url import is_server_url
    from socialneet_desktop.paths import DATABASE_ENV

    chosen = cli_value if cli_value else os.environ.get(DATABASE_ENV, "").strip()
    return chosen if is_server_url(chosen) else None


def close(application: Application) -> None:
    """After the window is gone: the checks still running are stopped, the exit backup is
    taken only if the file was written since its newest backup, the file is closed."""
    from socialneet_desktop.ui.first_rows import wait_for_plans

    application.deferred.stop()
    wait_for_plans()  # the next start reads its first rows by them
    application.window.wait_for_counts()
    application.window.wait_for_home()  # its figures or chart, when the window quit at once
    if application.database is not None:
        close_with_exit_backup(application.database)


if __name__ == "__main__":
    raise SystemExit(main())
