"""Screenshots of every window, list and dialog in Italian, filled with demo data.

    python tools/screenshots.py [--database /tmp/shots2/demo.sqlite] [--out /tmp/shots2]

The demo database is created when missing and never modified: the recycle bin is shown on a
copy. User settings go to a temporary folder, so remembered geometries do not leak in.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QSize  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget  # noqa: E402

DEFAULT_FOLDER = Path("/tmp/shots2")
EDITOR_KINDS = ("staff", "organizations", "contacts", "resources", "meetings", "visits")


class Shooter:
    """Grabs widgets into numbered PNG files of one folder."""

    def __init__(self, app: QApplication, folder: Path) -> None:
        self.app = app
        self.folder = folder
        self.files: list[Path] = []
        self.titles: list[str] = []  # the window title of each file: grab() leaves it out

    def grab(self, widget: QWidget, name: str) -> None:
        self.app.processEvents()
        path = self.folder / f"{len(self.files) + 1:02d}_{name}.png"
        widget.grab().save(str(path))
        self.files.append(path)
        self.titles.append(f"{path.name}\t{widget.window().windowTitle()}")

    def dialog(self, dialog: QWidget, name: str) -> None:
        """Show, grab every tab (if any), then close without questions."""
        dialog.show()
        self.app.processEvents()
        tabs = getattr(getattr(dialog, "ui", None), "tabs", None)
        if tabs is None:
            self.grab(dialog, name)
        else:
            for index in range(tabs.count()):
                if not tabs.isTabEnabled(index):
                    continue
                tabs.setCurrentIndex(index)
                self.grab(dialog, f"{name}_tab{index + 1}_{tabs.widget(index).objectName()}")
            tabs.setCurrentIndex(0)
        QDialog.done(dialog, QDialog.DialogCode.Rejected)
        dialog.deleteLater()


def ensure_demo(path: Path) -> None:
    if path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "socialneet_desktop.cli", "--database", str(path)]
    subprocess.run([*command, "demo", "--contacts", "800"], check=True)


def first_ids(database, count: int = 1) -> dict[str, list[int]]:
    from sqlalchemy import select

    from socialneet_desktop.services.record_kinds import RECORD_KINDS

    ids = {}
    with database.read_session() as session:
        for kind in RECORD_KINDS:
            model = kind.model
            query = select(model.id).where(model.deleted_at.is_(None)).order_by(model.id)
            ids[kind.key] = list(session.scalars(query.limit(count)))
    return ids


def shoot_main_window(shooter: Shooter, database) -> None:
    from socialneet_desktop.services.record_kinds import RECORD_KINDS
    from socialneet_desktop.ui.main_window import MainWindow

    window = MainWindow(database)
    window.resize(QSize(1180, 720))
    window.show()
    for row, kind in enumerate(RECORD_KINDS):
        window.navigation.setCurrentRow(row)
        shooter.app.processEvents()
        shooter.grab(window, f"list_{kind.key}")
    window.hide()
    window.deleteLater()


def shoot_editors(shooter: Shooter, database) -> None:
    from socialneet_desktop.ui.editors.registry import open_editor, open_settings

    ids = first_ids(database)
    for kind_key in EDITOR_KINDS:
        record_id = ids[kind_key][0] if ids[kind_key] else None
        shooter.dialog(open_editor(kind_key, database, record_id, None), f"edit_{kind_key}")
        shooter.dialog(open_editor(kind_key, database, None, None), f"new_{kind_key}")
    shooter.dialog(open_settings(database, None), "settings")
    shoot_contact_person(shooter, database, ids["organizations"][0])


def shoot_contact_person(shooter: Shooter, database, organization_id: int) -> None:
    from socialneet_desktop.ui.editors.contact_person_editor import ContactPersonEditor

    values = None
    with database.read_session() as session:
        from socialneet_desktop.db.models import ContactPerson

        person = session.query(ContactPerson).filter_by(deleted_at=None).first()
        if person is not None:
            values = {
                column.name: getattr(person, column.name)
                for column in ContactPerson.__table__.columns
            }
    shooter.dialog(ContactPersonEditor(values, None), "contact_person")


def shoot_validation(shooter: Shooter, database) -> None:
    """A new contact with a bad e-mail and codice fiscale, after pressing Save."""
    from socialneet_desktop.ui.editors.registry import open_editor

    editor = open_editor("contacts", database, None, None)
    editor.show()
    editor.ui.first_name.setText("Giulia")
    editor.ui.last_name.setText("Bianchi")
    editor.ui.email.setText("giulia.bianchi@")
    editor.ui.tax_code.setText("BNCGLI99X41L117")
    editor.ui.phone.setText("abc")
    with patched_message_boxes():
        editor.ui.buttons.button(editor.ui.buttons.StandardButton.Save).click()
        shooter.app.processEvents()
    shooter.grab(editor, "validation_contacts")
    for index in range(1, editor.ui.tabs.count() - 1):
        editor.ui.tabs.setCurrentIndex(index)
        shooter.grab(editor, f"validation_contacts_tab{index + 1}")
    QDialog.done(editor, QDialog.DialogCode.Rejected)


class patched_message_boxes:  # noqa: N801 - used as a context manager
    """Every static QMessageBox answers at once, without showing."""

    NAMES = ("warning", "question", "information", "critical")

    def __enter__(self) -> None:
        self.saved = {name: getattr(QMessageBox, name) for name in self.NAMES}
        for name in self.NAMES:
            setattr(QMessageBox, name, staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
        self.saved_exec = QMessageBox.exec
        QMessageBox.exec = lambda self: QMessageBox.StandardButton.No

    def __exit__(self, *_exc) -> None:
        for name, value in self.saved.items():
            setattr(QMessageBox, name, value)
        QMessageBox.exec = self.saved_exec


def shoot_recycle_bin(shooter: Shooter, source: Path, scratch: Path) -> None:
    from socialneet_desktop.db.database import open_database
    from socialneet_desktop.services.record_kinds import RECORD_KINDS
    from socialneet_desktop.services.records import delete_record
    from socialneet_desktop.ui.views.recycle_bin_dialog import RecycleBinDialog

    copy = scratch / "recycle.sqlite"
    shutil.copy2(source, copy)
    database = open_database(copy)
    try:
        ids = first_ids(database)
        models = {kind.key: kind.model for kind in RECORD_KINDS}
        with database.session() as session:
            for kind_key in ("contacts", "organizations"):
                record = session.get(models[kind_key], ids[kind_key][0])
                delete_record(session, models[kind_key], record.id, record.version, user="m.rossi")
        shooter.dialog(RecycleBinDialog(database, None), "recycle_bin")
    finally:
        database.close()


def shoot_preferences(shooter: Shooter) -> None:
    from socialneet_desktop.ui.preferences_dialog import PreferencesDialog

    shooter.dialog(PreferencesDialog(None), "preferences")


def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", type=Path, default=DEFAULT_FOLDER / "demo.sqlite")
    parser.add_argument("--out", type=Path, default=DEFAULT_FOLDER)
    return parser.parse_args(argv)


def run(shooter: Shooter, database_path: Path, scratch: Path) -> None:
    from socialneet_desktop.db.database import open_database

    working = scratch / "demo.sqlite"
    shutil.copy2(database_path, working)  # opening may migrate: never touch the original
    database = open_database(working)
    steps: list[Callable[[], None]] = [
        lambda: shoot_main_window(shooter, database),
        lambda: shoot_editors(shooter, database),
        lambda: shoot_validation(shooter, database),
        lambda: shoot_recycle_bin(shooter, working, scratch),
        lambda: shoot_preferences(shooter),
    ]
    try:
        for step in steps:
            step()
    finally:
        database.close()


def main(argv: list[str] | None = None) -> int:
    arguments = parse_arguments(argv)
    ensure_demo(arguments.database)
    arguments.out.mkdir(parents=True, exist_ok=True)
    for old in arguments.out.glob("[0-9][0-9]_*.png"):
        old.unlink()
    from socialneet_desktop.app import create_qapplication
    from socialneet_desktop.i18n import install_translators

    with tempfile.TemporaryDirectory(prefix="shots-") as scratch:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch)
        app = create_qapplication([sys.argv[0]])
        install_translators(app, "it")
        shooter = Shooter(app, arguments.out)
        run(shooter, arguments.database, Path(scratch))
    titles = arguments.out / "window_titles.txt"
    titles.write_text("\n".join(shooter.titles) + "\n", encoding="utf-8")
    for path in shooter.files:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
