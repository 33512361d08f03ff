"""While the window has a database open, every check it runs on that file leaves the process's
POSIX lock on it in place (closing any descriptor of a file drops all of a process's fcntl
locks on it; another process would then delete the live WAL), and so does every file dialog
listing the database's folder (Qt's own reads each file it lists). Read from /proc/locks."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QFileSystemModel, QMessageBox

from socialneet_desktop.app import Application
from socialneet_desktop.db import backup, integrity, sqlite_connect
from socialneet_desktop.db.database import open_database
from socialneet_desktop.db.models import AppSettings
from socialneet_desktop.ui import backup_dialogs, file_dialogs, print_actions
from socialneet_desktop.ui.access_wizard import AccessWizard
from socialneet_desktop.ui.editors.settings_editor import SettingsEditor
from socialneet_desktop.ui.import_wizard import ImportWizard
from socialneet_desktop.ui.opening import try_open
from socialneet_desktop.ui.privacy_dialogs import export_access_request
from tests.conftest import shared_testdata

PROC_LOCKS = Path("/proc/locks")


def held_locks(path: Path) -> list[str]:
    """The POSIX locks this process holds on `path`, as /proc/locks lists them."""
    inode, pid = path.stat().st_ino, str(os.getpid())
    held = []
    for line in PROC_LOCKS.read_text(encoding="ascii").splitlines():
        fields = line.split()
        if "->" in fields:  # a request waiting for a lock, not a lock held
            continue
        # "1: POSIX  ADVISORY  READ 4242 fe:00:2146677 1073741826 1073742335"
        if fields[1] == "POSIX" and fields[4] == pid and fields[5].split(":")[-1] == str(inode):
            held.append(line)
    return held


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    if not sys.platform.startswith("linux") or not PROC_LOCKS.exists():
        pytest.skip("the probe reads /proc/locks, which only Linux has")
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(
        backup_dialogs.RestoreDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected
    )
    path = tmp_path / "ufficio.sqlite"
    open_database(path).close()
    application = Application()
    qtbot.addWidget(application.window)
    application.open_first(path)  # as at start-up: checks, daily backup, the lists read
    yield application
    if application.database is not None:
        application.database.close()


@pytest.fixture
def another_key_known(tmp_path):
    """An encrypted database was opened earlier in this process: its key is kept (#24)."""
    sqlite_connect.remember_key(tmp_path / "portatile.sqlite", "la frase del portatile")
    yield
    sqlite_connect.forget_all_keys()


def test_a_plain_file_keeps_its_lock_while_another_files_key_is_known(another_key_known, window):
    """With a key known, a connection to a file looks at its header to tell an encrypted copy;
    read again on every connection to the open plain file, it dropped the process's locks."""
    path = window.database.path
    assert held_locks(path), "the open database holds a POSIX lock to begin with"
    for _ in range(3):
        integrity.quick_check(path)
        window.database.record_counts()
    assert held_locks(path), "the process lost its lock on the open file"


def test_every_check_on_the_open_file_keeps_the_lock(window, tmp_path):
    path = window.database.path
    assert held_locks(path), "the open database holds a POSIX lock to begin with"
    checks = {
        "the opening sequence again (File > Open of the same file)": lambda: window.switch_to(path),
        "the window's opening of the same path": lambda: _open_and_close(path),
        "the quick integrity check": lambda: integrity.quick_check(path),
        "the full integrity check": lambda: integrity.integrity_check(path),
        "the backup folder from the settings": lambda: backup.configured_backup_folder(path),
        "File > Back up now": lambda: window.back_up(),
        "File > Restore from backup…, then Cancel": lambda: window.restore(),
        "File > Open database…, listing the folder, then Cancel": lambda: _list_and_cancel(
            window.choose_existing, path
        ),
        "File > New database…, listing the folder, then Cancel": lambda: _list_and_cancel(
            window.choose_new, path
        ),
        "the restore dialog's list of backups": lambda: backup.list_backups(
            backup.default_backup_folder(path)
        ),
    }
    for name, check in checks.items():  # once lost, a lock stays lost: the first one counts
        check()
        window.database.record_counts()  # the window goes on reading
        assert held_locks(path), f"the process lost its lock on the open file after {name}"


def _open_and_close(path: Path) -> None:
    database = try_open(None, path)
    assert database is not None
    database.close()


def _list_and_cancel(show_dialog, path: Path) -> None:
    """Show the file dialog, wait until it has the icon and type of every file of the folder
    (that is when Qt's default would have read them), then press Cancel."""
    listed = []

    def cancel_once_listed() -> None:
        dialog = QApplication.activeModalWidget()
        model = dialog.findChild(QFileSystemModel) if isinstance(dialog, QFileDialog) else None
        if model is not None:
            root = model.index(str(path.parent))
            names = {model.index(row, 0, root).data() for row in range(model.rowCount(root))}
            if path.name in names and model.type(model.index(str(path))):
                listed.append(sorted(names))
                dialog.reject()
                return
        QTimer.singleShot(20, cancel_once_listed)

    QTimer.singleShot(0, cancel_once_listed)
    show_dialog()
    assert listed, "the dialog was cancelled once it had listed the folder"


class FolderLister(QObject):
    """Every QFileDialog that shows up is sent to `folder` and cancelled once its model has
    loaded that folder (directoryLoaded: by then each file has been given an icon and a type,
    which is when Qt's default icon provider reads it). The connection is made in the dialog's
    Show event, before the event loop can deliver the model's news. Other modal dialogs go
    through `answers` (type name -> what to do with it); the rest are rejected and recorded."""

    def __init__(self, folder: Path, answers=None) -> None:
        super().__init__()
        self.folder, self.answers = folder, answers or {}
        self.listed: list[str] = []
        self.unexpected: list[str] = []
        self._seen: set[int] = set()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Show and id(watched) not in self._seen:
            if isinstance(watched, QFileDialog):
                self._seen.add(id(watched))
                self._watch(watched)
            elif isinstance(watched, QDialog) and watched.isModal():
                self._seen.add(id(watched))
                answer = self.answers.get(type(watched).__name__)
                if answer is None:
                    self.unexpected.append(type(watched).__name__)
                _timer_of(watched, lambda: (answer or QDialog.reject)(watched)).start(0)
        return False

    def _watch(self, dialog: QFileDialog) -> None:
        model = dialog.findChild(QFileSystemModel)
        cancel = _timer_of(dialog, dialog.reject)  # dies with the dialog, as does its model

        def loaded(folder: str) -> None:
            if folder and os.path.samefile(folder, self.folder) and not cancel.isActive():
                self.listed.append(dialog.windowTitle())
                cancel.start(0)  # from the event loop, after this signal

        model.directoryLoaded.connect(loaded)
        if not os.path.samefile(dialog.directory().absolutePath(), self.folder):
            dialog.setDirectory(str(self.folder))
        # A guard against hanging the suite, never a measure: listing a folder of a few files
        # takes far less than this even on a busy machine; if not, the test fails, it says why.
        _timer_of(dialog, dialog.reject).start(120_000)


def _timer_of(owner: QObject, slot) -> QTimer:
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.timeout.connect(slot)
    return timer


def _browse_then_cancel(wizard) -> None:
    wizard.file_page.browse()
    wizard.reject()


def _funder_report_with_a_meeting(dialog) -> None:
    """The default period (1 January to today) with a meeting in it: the dialog refuses a
    period where nothing is recorded, and would stay open."""
    from datetime import date

    from socialneet_desktop.db.models import StakeholderMeeting

    with dialog.database.session() as session:
        session.add(StakeholderMeeting(meeting_date=date.today(), meeting_type="other"))
    dialog.accept()


ANSWERS = {
    "FunderReportDialog": _funder_report_with_a_meeting,
    "ImportWizard": _browse_then_cancel,
    "AccessWizard": _browse_then_cancel,
}


def _print_to_file(window, monkeypatch) -> None:
    with window.database.session() as session:  # the letterhead every print checks first
        session.merge(AppSettings(id=1, association_name="Artigiani", association_address="Terni"))
    monkeypatch.setattr(print_actions, "ask_open_or_save", lambda parent: "save")
    never = lambda path: pytest.fail("nothing is printed after Cancel")  # noqa: E731
    assert print_actions.deliver_pdf(window.window, never, "register.pdf", window.database) is None


def _settings_editor(window, qtbot) -> SettingsEditor:
    editor = SettingsEditor(window.database, window.window)
    qtbot.addWidget(editor)
    editor.ui.backup_folder.setText(str(window.database.path.parent))
    return editor


def _access_mapping_page(window, qtbot):
    """The Access wizard on the mapping page of an Access file kept beside the database (the
    mapping file's dialogs start in the Access file's folder)."""
    source = shared_testdata("access", "nwind.mdb")
    copy = Path(shutil.copy(source, window.database.path.parent / source.name))
    wizard = AccessWizard(window.database, window.window, store=copy.with_name("mappings.json"))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(copy))
    wizard.next()
    tables = wizard.tables_page.tables
    names = [tables.item(row, 0).text() for row in range(tables.rowCount())]
    tables.selectRow(names.index("Customers"))
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    return wizard.mapping_page


DIALOGS = {  # the window's own menu entries where they lead straight to the file dialog
    "File > Export to Excel": lambda window, **_: window.window.export_list(),
    "File > Funder report": lambda window, **_: window.window.funder_report(),
    "Print, Save as": lambda window, monkeypatch, **_: _print_to_file(window, monkeypatch),
    "Data held on a person, Save": lambda window, **_: export_access_request(
        window.database, 1, window.window
    ),
    "File > Import from a spreadsheet, Browse…": lambda window, **_: (
        window.window.import_spreadsheet()
    ),
    "File > Import from Access, Browse…": lambda window, **_: window.window.import_access(),
    "Import from Access, Load a mapping from a file…": lambda window, qtbot, **_: (
        _access_mapping_page(window, qtbot).load_from_file()
    ),
    "Import from Access, Save the mapping to a file…": lambda window, qtbot, **_: (
        _access_mapping_page(window, qtbot).save_to_file()
    ),
    "Settings, Choose the logo": lambda window, qtbot, **_: _settings_editor(
        window, qtbot
    ).choose_logo(),
    "Settings, Backup folder": lambda window, qtbot, **_: _settings_editor(
        window, qtbot
    ).choose_backup_folder(),
}


@pytest.mark.parametrize("name", DIALOGS)
def test_every_file_dialog_on_the_database_folder_keeps_the_lock(name, window, qtbot, monkeypatch):
    path = window.database.path
    monkeypatch.chdir(path.parent)  # the dialogs that start in the current folder start there
    assert held_locks(path), "the open database holds a POSIX lock to begin with"
    lister = FolderLister(path.parent, ANSWERS)
    QApplication.instance().installEventFilter(lister)
    try:
        DIALOGS[name](window=window, qtbot=qtbot, monkeypatch=monkeypatch)
    finally:
        QApplication.instance().removeEventFilter(lister)
    assert lister.listed, f"{name}: no file dialog listed the database's folder"
    assert not lister.unexpected, f"{name}: unexpected windows {lister.unexpected}"
    window.database.record_counts()  # the window goes on reading
    assert held_locks(path), f"the process lost its lock on the open file after {name}"


def _logo_of_database(window, qtbot) -> None:
    editor = _settings_editor(window, qtbot)
    editor.choose_logo()
    assert editor.logo is None


def _wizard_reads_database(wizard_class, window, qtbot) -> None:
    wizard = wizard_class(window.database, window.window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.browse()
    wizard.next()
    assert wizard.currentPage() is wizard.file_page


CHOSEN = {  # the file the dialog gives back is the open database itself
    "Settings, Choose the logo": _logo_of_database,
    "Import from Access, Load a mapping from a file…": lambda window, qtbot: _access_mapping_page(
        window, qtbot
    ).load_from_file(),
    "File > Import from a spreadsheet": lambda window, qtbot: _wizard_reads_database(
        ImportWizard, window, qtbot
    ),
    "File > Import from Access": lambda window, qtbot: _wizard_reads_database(
        AccessWizard, window, qtbot
    ),
}


@pytest.mark.parametrize("name", CHOSEN)
def test_the_open_database_chosen_to_be_read_is_refused_unread(name, window, qtbot, monkeypatch):
    path = window.database.path
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_: told.append(text))
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *_args: str(path))
    CHOSEN[name](window, qtbot)
    window.database.record_counts()
    assert held_locks(path), f"the process lost its lock on the open file after {name}"
    assert told and path.name in told[0] and "database open in this program" in told[0]
