"""Run by tests/gui/test_fits_the_screen.py in its own process, on an offscreen screen of
1366x768 (QT_QPA_PLATFORM=offscreen:configfile=...), in Italian: opens every window and
dialog and writes {window: [what is cut or off the screen]} as JSON to argv[1].

    python tests/gui/fits_the_screen_run.py OUT.json DATABASE.sqlite SETTINGS_FOLDER

What counts as cut: a visible QLabel without word wrap whose text is wider than the room it
has; a header section narrower than its text; a window whose frame leaves the screen's
available area. Each window is checked as shown, then on every tab and wizard page.
"""

from __future__ import annotations

import faulthandler
import json
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QStyle,
    QTabWidget,
    QWidget,
    QWizard,
)

EDITOR_KINDS = (
    "staff", "organizations", "contacts", "resources", "meetings", "visits",
    "needs", "coop_answers", "agreements",
)  # fmt: skip
TOLERANCE = 1  # px: rounding of fractional advances
faulthandler.enable()  # a crash tells where, in the stderr the test shows


def label_need(label: QLabel) -> int:
    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    ):
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(label.font())
        document.setHtml(text)
        return int(document.idealWidth() + 0.99)
    metrics = label.fontMetrics()
    plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return max(metrics.horizontalAdvance(line) for line in plain.split("\n"))


def cut_labels(window: QWidget) -> list[str]:
    found = []
    for label in window.findChildren(QLabel):
        if not label.isVisible() or label.wordWrap() or not label.text().strip():
            continue
        if label.pixmap() is not None and not label.pixmap().isNull():
            continue
        room = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
        need = label_need(label)
        if need > room + TOLERANCE:
            found.append(f"label {label.text()[:60]!r}: needs {need} px, has {room}")
    return found


def turned(header: QHeaderView) -> bool:
    """A header writing its titles upwards (the needs' matrix): its height is their room,
    and it elides them to it."""
    return type(header).__name__ == "TurnedHeader"


def cut_headers(window: QWidget) -> list[str]:
    found = []
    for header in window.findChildren(QHeaderView):
        model = header.model()
        if not header.isVisible() or model is None or turned(header):
            continue
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        metrics = header.fontMetrics()
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
            if not text:
                continue
            lines = str(text).split("\n")
            need = max(metrics.horizontalAdvance(line) for line in lines) + 2 * margin
            if header.orientation() == Qt.Orientation.Vertical:
                continue  # row numbers: the header grows to them
            if header.sectionSize(section) + TOLERANCE < need:
                found.append(
                    f"header {str(text)[:40]!r}: needs {need} px, has {header.sectionSize(section)}"
                )
    return found


def off_screen(window: QWidget) -> list[str]:
    screen = window.screen().availableGeometry()
    frame = window.frameGeometry()
    if screen.contains(frame):
        return []
    return [f"window {frame.width()}x{frame.height()} at {frame.x()},{frame.y()} leaves {screen}"]


def check(app: QApplication, window: QWidget) -> list[str]:
    app.processEvents()
    return off_screen(window) + cut_labels(window) + cut_headers(window)


def check_all_views(app: QApplication, window: QWidget) -> list[str]:
    """As shown, then every tab of every tab widget and every page of a wizard."""
    found = check(app, window)
    for tabs in window.findChildren(QTabWidget):
        for index in range(tabs.count()):
            if tabs.isTabEnabled(index) and tabs.isVisible():
                tabs.setCurrentIndex(index)
                found += check(app, window)
    return sorted(set(found))


class Checker:
    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.results: dict[str, list[str]] = {}

    def dialog(self, name: str, make: Callable[[], QWidget], walk=None, keep=False) -> None:
        try:
            window = make()
            window.show()
            found = check_all_views(self.app, window)
            if walk is not None:
                found += walk(self.app, window)
            self.results[name] = sorted(set(found))
            if isinstance(window, QDialog):
                QDialog.done(window, QDialog.DialogCode.Rejected)
            if not keep:
                window.hide()
                window.deleteLater()
        except Exception as error:  # noqa: BLE001 - reported as the window's problem
            self.results[name] = [f"could not be opened: {type(error).__name__}: {error}"]


def first_ids(database) -> dict[str, int | None]:
    from sqlalchemy import select

    from socialneet_desktop.services.record_kinds import RECORD_KINDS

    ids = {}
    with database.read_session() as session:
        for kind in RECORD_KINDS:
            model = kind.model
            query = select(model.id).where(model.deleted_at.is_(None)).order_by(model.id)
            ids[kind.key] = session.scalar(query.limit(1))
    return ids


def walk_main_window(app, window) -> list[str]:
    """The home page with its figures and chart in, then every list."""
    import time

    deadline = time.monotonic() + 60
    while window.home.chart.pixmap().isNull() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    found = check(app, window)
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        found += check(app, window)
    return found


def walk_wizard(pages: Callable[[QWizard], None]):
    def walk(app, wizard) -> list[str]:
        return pages(app, wizard)

    return walk


def import_pages(source: Path):
    def walk(app, wizard) -> list[str]:
        from socialneet_desktop.ui import file_dialogs

        file_dialogs.open_file_name = lambda *a, **k: str(source)
        wizard.file_page.browse()
        found = []
        for _step in range(4):
            wizard.next()
            found += check_all_views(app, wizard)
        return found

    return walk


def access_pages(source: Path):
    def walk(app, wizard) -> list[str]:
        from socialneet_desktop.ui import file_dialogs

        file_dialogs.open_file_name = lambda *a, **k: str(source)
        wizard.file_page.browse()
        found = []
        wizard.next()
        found += check_all_views(app, wizard)
        tables = wizard.tables_page.tables
        if tables.rowCount():
            tables.selectRow(0)
            wizard.next()
            found += check_all_views(app, wizard)
        return found

    return walk


def run(checker: Checker, database, folder: Path, testdata: Path) -> None:
    from socialneet_desktop.ui import first_run
    from socialneet_desktop.ui.access_wizard import AccessWizard
    from socialneet_desktop.ui.backup_dialogs import RestoreDialog
    from socialneet_desktop.ui.editors.registry import open_editor, open_settings
    from socialneet_desktop.ui.export_dialogs import FunderReportDialog
    from socialneet_desktop.ui.help_dialogs import GuideDialog, ShortcutsDialog
    from socialneet_desktop.ui.import_batches_dialog import ImportBatchesDialog
    from socialneet_desktop.ui.import_wizard import ImportWizard
    from socialneet_desktop.ui.main_window import MainWindow
    from socialneet_desktop.ui.preferences_dialog import PreferencesDialog
    from socialneet_desktop.ui.print_actions import PeriodDialog
    from socialneet_desktop.ui.privacy_dialogs import RetentionReviewDialog
    from socialneet_desktop.ui.views.recycle_bin_dialog import RecycleBinDialog

    window = MainWindow(database)
    checker.dialog("main window", lambda: window, walk_main_window, keep=True)
    ids = first_ids(database)
    for kind in EDITOR_KINDS:
        checker.dialog(f"new {kind}", lambda kind=kind: open_editor(kind, database, None, None))
        checker.dialog(
            f"{kind} editor", lambda kind=kind: open_editor(kind, database, ids[kind], None)
        )
    checker.dialog("association details", lambda: open_settings(database, None))
    checker.dialog("first start", lambda: first_run.details_dialog(database, None))
    register = testdata / "registers" / "5x1000_ade_beneficiari_SAMPLE.csv"
    access = testdata / "access" / "nwind.mdb"
    if register.exists() and access.exists():
        checker.dialog("import wizard", lambda: ImportWizard(database), import_pages(register))
        checker.dialog(
            "access wizard",
            lambda: AccessWizard(database, store=folder / "access-store"),
            access_pages(access),
        )
    backups = folder / "backups"
    checker.dialog("restore", lambda: RestoreDialog(backups))
    checker.dialog("funder report", lambda: FunderReportDialog())
    checker.dialog("period", lambda: PeriodDialog("Registro presenze"))
    checker.dialog("preferences", lambda: PreferencesDialog())
    checker.dialog("recycle bin", lambda: RecycleBinDialog(database))
    checker.dialog("retention review", lambda: RetentionReviewDialog(database))
    checker.dialog("imports", lambda: ImportBatchesDialog(database))
    checker.dialog("guide", lambda: GuideDialog())
    checker.dialog("keyboard shortcuts", lambda: ShortcutsDialog(window))
    run_new_windows(checker, database, folder, ids)
    window.close()


def run_new_windows(checker: Checker, database, folder: Path, ids: dict) -> None:
    """The windows of issues 20-24: exchange, conflicts, merge, encryption, map, needs."""
    from socialneet_desktop.services.exchange.record_merge import RecordRef
    from socialneet_desktop.ui import exchange_passphrase
    from socialneet_desktop.ui.conflicts_dialog import ConflictsDialog
    from socialneet_desktop.ui.encryption_dialogs import PassphraseChoice
    from socialneet_desktop.ui.exchange_dialogs import PrepareDialog
    from socialneet_desktop.ui.exchange_report import ExchangeReportDialog
    from socialneet_desktop.ui.passphrase_dialog import PassphraseDialog
    from socialneet_desktop.ui.record_merge_dialog import RecordMergeDialog
    from socialneet_desktop.ui.views.cooperation_map import CooperationMapWindow
    from socialneet_desktop.ui.views.matching_matrix import MatchingMatrix
    from socialneet_desktop.ui.views.matching_weights import WeightsDialog

    first, second = two_contacts(database)
    merged = RecordRef("contacts", first), RecordRef("contacts", second)
    path = folder / "demo.sqlite"
    checker.dialog("conflicts", lambda: ConflictsDialog(database))
    checker.dialog("exchange package", lambda: PrepareDialog(database))
    checker.dialog(
        "exchange passphrase", lambda: exchange_passphrase.PassphraseDialog(None, confirm=True)
    )
    checker.dialog("record merge", lambda: RecordMergeDialog(database, *merged))
    checker.dialog("package received", lambda: ExchangeReportDialog(database, received(merged)))
    checker.dialog("encryption passphrase", lambda: PassphraseChoice(path, new_file=True))
    checker.dialog("change passphrase", lambda: PassphraseChoice(path, current=True))
    checker.dialog("opening passphrase", lambda: PassphraseDialog(path))
    checker.dialog("cooperation map", lambda: CooperationMapWindow(database))
    checker.dialog("matching matrix", lambda: MatchingMatrix(database))
    checker.dialog("matching weights", lambda: WeightsDialog(database))


def received(records) -> object:
    """What a package from another computer did, as its dialog shows it (refusals included)."""
    from socialneet_desktop.services.exchange.apply import ImportReport

    refusal = ("The record %1 was erased here: its change is dropped.", ("Rossi Mario",))
    new = [(ref.kind_key, ref.record_id) for ref in records]
    return ImportReport("Portatile dello sportello di Narni", 120, 34, 5000, 2, 1, 3, 1,
                        refusals=[refusal], new_records=new)  # fmt: skip


def two_contacts(database) -> tuple[int, int]:
    """The ids of the first two contacts: the merge dialog puts them side by side."""
    from sqlalchemy import select

    from socialneet_desktop.db.models import NeetContact

    query = select(NeetContact.id).where(NeetContact.deleted_at.is_(None))
    with database.read_session() as session:
        first, second = session.scalars(query.order_by(NeetContact.id).limit(2))
    return first, second


def quiet_message_boxes() -> None:
    """A wizard's questions answer No at once (nothing is imported)."""
    for name in ("warning", "question", "information", "critical"):
        setattr(QMessageBox, name, staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    QMessageBox.exec = lambda self: QMessageBox.StandardButton.No


def main(argv: list[str]) -> int:
    out, database_path, settings, testdata = (Path(arg) for arg in argv[1:5])
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings))
    from socialneet_desktop.app import create_qapplication
    from socialneet_desktop.db.database import open_database
    from socialneet_desktop.i18n import install_translators

    app = create_qapplication([argv[0]])
    install_translators(app, "it")
    quiet_message_boxes()
    database = open_database(database_path)
    checker = Checker(app)
    try:
        run(checker, database, database_path.parent, testdata)
    finally:
        database.close()
    screen = app.primaryScreen().geometry()
    checker.results["screen"] = [] if screen.width() == 1366 else [f"screen is {screen}"]
    out.write_text(json.dumps(checker.results, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
