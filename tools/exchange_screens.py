"""Screenshots of an exchange between an office and two laptops (issue 21, "Done when").

    xvfb-run -a -s "-screen 0 1366x768x24" python -m tools.exchange_screens [--out DIR]

Three processes, three databases, one folder for the packages: the office makes a full
package, both laptops receive it; Anna and Bruno change the same phone number on their
laptops and each prepares a package for the office; the office receives both, the second
gives a conflict, which is reviewed and resolved; the office's package takes the decision to
both laptops. Every dialog is driven by keystrokes inside its window's process; between the
steps the root window is shot with ImageMagick's `import -window root`.

Each window process (`--role office|anna|bruno`) reads commands from files in the folder:
a command file `cmd-<role>-<n>.json`, answered by `done-<role>-<n>`; a dialog waits at each
"pause" for `go-<role>-<n>-<k>` after writing `paused-<role>-<n>-<k>`.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

WORDS = "associazione artigiani terni"
ROLES = {"office": "Ufficio", "anna": "Portatile Anna", "bruno": "Portatile Bruno"}


# --- the orchestrator -------------------------------------------------------------------------


class Screens:
    def __init__(self, folder: Path) -> None:
        self.folder, self.count, self.shots = folder, {}, []
        self.processes: dict[str, subprocess.Popen] = {}

    def start(self, role: str) -> None:
        env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
                   XDG_CONFIG_HOME=str(self.folder / f"config-{role}"))  # fmt: skip
        command = [sys.executable, "-m", "tools.exchange_screens", "--role", role]
        root = Path(__file__).resolve().parent.parent
        command += ["--out", str(self.folder)]
        self.processes[role] = subprocess.Popen(command, env=env, cwd=root)
        self._wait(self.folder / f"ready-{role}")

    def do(self, role: str, command: dict, pauses: list[str] = ()) -> None:
        """Run `command` in `role`'s window; at each of its pauses, a screenshot named so."""
        number = self.count[role] = self.count.get(role, 0) + 1
        (self.folder / f"cmd-{role}-{number}.json").write_text(json.dumps(command))
        for step, name in enumerate(pauses, start=1):
            self._wait(self.folder / f"paused-{role}-{number}-{step}")
            time.sleep(0.6)  # the dialog painted
            self.shoot(name)
            (self.folder / f"go-{role}-{number}-{step}").touch()
        self._wait(self.folder / f"done-{role}-{number}")

    def shoot(self, name: str) -> None:
        path = self.folder / f"{len(self.shots) + 1:02d}_{name}.png"
        subprocess.run(["import", "-window", "root", str(path)], check=True)
        self.shots.append(path)

    def _wait(self, path: Path, timeout: float = 120) -> None:
        end = time.monotonic() + timeout
        while not path.exists():
            if time.monotonic() > end:
                raise TimeoutError(path)
            time.sleep(0.1)

    def stop(self) -> None:
        for role, process in self.processes.items():
            (self.folder / f"quit-{role}").touch()
            process.wait(timeout=60)


def prepare_databases(folder: Path) -> None:
    """The office's demo database, the laptops from its full package (as a new laptop would
    start), each device named."""
    from socialneet_desktop.db import models
    from socialneet_desktop.db.database import open_database
    from socialneet_desktop.services.exchange import devices
    from socialneet_desktop.services.exchange.apply import import_package
    from socialneet_desktop.services.exchange.export import export_package

    office_path = folder / "office.sqlite"
    cli = [sys.executable, "-m", "socialneet_desktop.cli", "--database", str(office_path)]
    # not checked: the demo's summary may fail on a kind being added while its data is in
    subprocess.run([*cli, "demo", "--contacts", "60", "--seed", "21"], check=False)
    full = folder / "packages" / "full-from-office.snx"
    full.parent.mkdir(exist_ok=True)
    for role, name in ROLES.items():
        database = open_database(folder / f"{role}.sqlite")
        with database.session() as session:
            devices.rename(session, name)
            if session.get(models.AppSettings, 1) is None:
                session.add(models.AppSettings(id=1, association_name="Associazione Artigiani",
                                               association_address="Terni"))  # fmt: skip
        if role == "office":
            with database.session() as session:
                export_package(session, full, WORDS)
        else:
            import_package(database, full, WORDS)
        database.close()


def run_scenario(folder: Path) -> list[Path]:
    prepare_databases(folder)
    screens = Screens(folder)
    for role in ROLES:
        screens.start(role)
    screens.do("office", {"do": "tile", "x": 0, "y": 0, "w": 683, "h": 768})
    screens.do("anna", {"do": "tile", "x": 683, "y": 0, "w": 683, "h": 384})
    screens.do("bruno", {"do": "tile", "x": 683, "y": 384, "w": 683, "h": 384})
    screens.shoot("three_windows")
    packages = folder / "packages"
    for role, phone in (("anna", "333 1111111"), ("bruno", "333 2222222")):
        screens.do(role, {"do": "full"})
        screens.do(role, {"do": "edit_first_contact", "phone": phone})
        screens.shoot(f"{role}_edited_the_phone")
        out = packages / f"{role}-to-office.snx"
        screens.do(
            role,
            {"do": "prepare", "target": "Ufficio", "out": str(out)},
            [f"{role}_prepare_for", f"{role}_passphrase_twice", f"{role}_package_saved"],
        )
    screens.do("office", {"do": "full"})
    screens.do(
        "office",
        {"do": "receive", "path": str(packages / "anna-to-office.snx")},
        ["office_passphrase", "office_report_from_anna"],
    )
    screens.do(
        "office",
        {"do": "receive", "path": str(packages / "bruno-to-office.snx")},
        ["office_passphrase_again", "office_report_from_bruno_conflict"],
    )
    screens.do("office", {"do": "home"})
    screens.shoot("office_home_one_conflict")
    screens.do(
        "office",
        {"do": "review"},
        ["office_conflicts", "office_conflict_decided", "office_conflicts_none"],
    )
    screens.do("office", {"do": "home"})
    screens.shoot("office_home_after")
    for role in ("anna", "bruno"):
        out = packages / f"office-to-{role}.snx"
        screens.do(
            "office",
            {"do": "prepare", "target": ROLES[role], "out": str(out)},
            [
                f"office_prepare_for_{role}",
                f"office_passphrase_for_{role}",
                f"office_saved_for_{role}",
            ],
        )
        screens.do(role, {"do": "full"})
        screens.do(
            role,
            {"do": "receive", "path": str(out)},
            [f"{role}_passphrase", f"{role}_report_from_office"],
        )
        screens.do(role, {"do": "contacts"})
        screens.shoot(f"{role}_contacts_after")
    for role, x, y, w, h in (("office", 0, 0, 683, 768), ("anna", 683, 0, 683, 384),
                             ("bruno", 683, 384, 683, 384)):  # fmt: skip
        screens.do(role, {"do": "tile", "x": x, "y": y, "w": w, "h": h})
        screens.do(role, {"do": "contacts"})
    screens.shoot("three_windows_after")
    screens.stop()
    return screens.shots


# --- a window process -------------------------------------------------------------------------


class Window:
    """The program's window on `role`'s database, doing what the command files say."""

    def __init__(self, role: str, folder: Path) -> None:
        from PySide6.QtCore import QTimer

        from socialneet_desktop.app import Application, create_qapplication
        from socialneet_desktop.db.database import open_database
        from socialneet_desktop.i18n import install_translators

        self.role, self.folder, self.number = role, folder, 0
        self.app = create_qapplication([sys.argv[0]])
        install_translators(self.app, "en")
        self.database = open_database(folder / f"{role}.sqlite")
        self.application = Application(self.database)
        self.window = self.application.window
        self.window.setWindowState(self.window.windowState() & ~self._maximised())
        self.window.show()
        self.timer = QTimer()
        self.timer.timeout.connect(self.poll)
        self.timer.start(100)
        (folder / f"ready-{role}").touch()

    @staticmethod
    def _maximised():
        from PySide6.QtCore import Qt

        return Qt.WindowState.WindowMaximized

    def poll(self) -> None:
        if (self.folder / f"quit-{self.role}").exists():
            self.timer.stop()
            self.window.close()
            self.app.quit()
            return
        path = self.folder / f"cmd-{self.role}-{self.number + 1}.json"
        if not path.exists():
            return
        self.number += 1
        self.timer.stop()
        self.pause_count = 0
        command = json.loads(path.read_text())
        getattr(self, "do_" + command.pop("do"))(**command)
        (self.folder / f"done-{self.role}-{self.number}").touch()
        self.timer.start(100)

    def pause(self) -> None:
        """Wait (the window alive) for the orchestrator's screenshot of what is shown now."""
        self.pause_count += 1
        name = f"{self.role}-{self.number}-{self.pause_count}"
        (self.folder / f"paused-{name}").touch()
        while not (self.folder / f"go-{name}").exists():
            self.app.processEvents()
            time.sleep(0.05)

    # commands

    def do_tile(self, x: int, y: int, w: int, h: int) -> None:
        self.window.setGeometry(x, y + 0, w, h)
        self.window.raise_()
        self._settle()

    def do_full(self) -> None:
        self.window.setGeometry(0, 0, 1366, 768)
        self.window.raise_()
        self.window.activateWindow()
        self._settle()

    def do_home(self) -> None:
        self.window.show_home()
        self._settle(1.5)

    def do_contacts(self) -> None:
        from socialneet_desktop.services.record_kinds import RECORD_KINDS

        self.window.navigation.setCurrentRow([k.key for k in RECORD_KINDS].index("contacts"))
        page = self.window.current_list()
        if "phone" in page.model.keys:  # an optional column: the one the scenario changes
            index = page.model.keys.index("phone")
            page.set_column_shown(index, True)
            header = page.table.horizontalHeader()
            header.moveSection(header.visualIndex(index), 2)  # beside the names
        self.window.raise_()
        self._settle(1.5)

    def do_edit_first_contact(self, phone: str) -> None:
        from sqlalchemy import select

        from socialneet_desktop.db import models
        from socialneet_desktop.services.records import update_record

        with self.database.session() as session:
            contact = session.scalars(
                select(models.NeetContact)
                .where(models.NeetContact.deleted_at.is_(None))
                .order_by(models.NeetContact.last_name, models.NeetContact.id)
            ).first()
            values = {"phone": phone}
            update_record(session, models.NeetContact, contact.id, contact.version, values,
                          user=ROLES[self.role].split()[-1].lower())  # fmt: skip
        self.window.reload_lists("contacts")
        self.do_contacts()

    def do_prepare(self, target: str, out: str) -> None:
        from socialneet_desktop.ui import exchange_menu, file_dialogs

        file_dialogs.save_file_and_filter = lambda *_a: (out, "(*.snx)")
        steps = [self._choose_target(target), self._passphrase, self._enter]
        self._drive(steps, lambda: exchange_menu.prepare(self.window))

    def do_receive(self, path: str) -> None:
        from socialneet_desktop.ui import exchange_menu, file_dialogs

        file_dialogs.open_file_name = lambda *_a: path
        self._drive([self._passphrase, self._close], lambda: exchange_menu.receive(self.window))

    def do_review(self) -> None:
        """The home page's "Review 1 conflict of the exchanges", pressed by keyboard."""
        from PySide6.QtCore import Qt

        button = self.window.home.conflicts
        button.setFocus()
        press = (Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier)
        self._drive([self._conflicts], lambda: self._keys(button, press))

    # dialog steps (each shown, paused for its screenshot, then answered by keys)

    def _drive(self, steps, call) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QProgressDialog

        pending = list(steps)
        last = []  # the dialog handled last: the one under a closed dialog is handled again

        def poll() -> None:
            widget = QApplication.activeModalWidget()
            if widget is None or widget in last[-1:] or isinstance(widget, QProgressDialog):
                return
            if not widget.isVisible() or not pending:
                return
            last.append(widget)
            step = pending.pop(0)
            QTimer.singleShot(300, lambda: step(widget))

        timer = QTimer()
        timer.timeout.connect(poll)
        timer.start(100)
        call()
        timer.stop()

    def _keys(self, widget, *keys) -> None:
        """Keys pressed on the focused widget (`widget`, a dialog, when none has the focus)."""
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        for key, modifier in keys:
            QTest.keyClick(QApplication.focusWidget() or widget, key, modifier)
            self.app.processEvents()
            time.sleep(0.15)

    def _type(self, text: str) -> None:
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        QTest.keyClicks(QApplication.focusWidget(), text)

    def _choose_target(self, target: str):
        from PySide6.QtCore import Qt

        def step(dialog) -> None:
            dialog.target.setFocus()
            index = dialog.target.findText(target)
            while dialog.target.currentIndex() != index:
                self._keys(dialog, (Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier))
            self.pause()
            self._keys(dialog, (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier))

        return step

    def _passphrase(self, dialog) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QLineEdit

        for field in [f for f in dialog.findChildren(QLineEdit) if f.isVisible()]:
            field.setFocus()
            self._type(WORDS)
        self.pause()
        self._keys(dialog, (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier))

    def _enter(self, dialog) -> None:
        from PySide6.QtCore import Qt

        self.pause()
        self._keys(dialog, (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier))

    def _close(self, dialog) -> None:
        from PySide6.QtCore import Qt

        self.pause()
        self._keys(dialog, (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier))

    def _conflicts(self, dialog) -> None:
        from PySide6.QtCore import Qt

        dialog.tree.setFocus()
        self.pause()
        self._keys(dialog, (Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier))  # &Take the other's
        self.app.processEvents()
        time.sleep(0.3)
        self.app.processEvents()
        self.pause()
        self._keys(dialog, (Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier))  # &Resolved
        for _tick in range(10):
            self.app.processEvents()
            time.sleep(0.05)
        self.pause()
        self._keys(dialog, (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier))

    def _settle(self, seconds: float = 0.8) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.app.processEvents()
            time.sleep(0.05)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path("/tmp/exchange-screens"))
    parser.add_argument("--role", choices=sorted(ROLES))
    arguments = parser.parse_args()
    if arguments.role:
        window = Window(arguments.role, arguments.out)
        return window.app.exec()
    arguments.out.mkdir(parents=True, exist_ok=True)
    if any(arguments.out.iterdir()):
        print(f"{arguments.out} is not empty: choose an empty folder", file=sys.stderr)
        return 2
    for path in run_scenario(arguments.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
