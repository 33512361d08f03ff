"""Start-up to the first shown window, against a bare PySide6 window.

    python benchmarks/startup.py [--contacts 100000] [--runs 7] [--database PATH]

Each run is a new process. The clock starts just before the process is launched and stops
when the main window receives its first Expose event (the moment it is on screen). The
baseline is a bare script that shows an empty QMainWindow holding a QTableView. The
SocialNEET run opens a demo database with `--contacts` NEET contacts (generated once and
kept in the benchmarks/.data folder). Uses the offscreen platform unless DISPLAY is set.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / ".data"

EXPOSE_PROBE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

class FirstExpose(QObject):
    done = False

    def eventFilter(self, watched, event):
        # Expose goes to the native window (QWidgetWindow) of the main window.
        if event.type() == QEvent.Type.Expose and isinstance(watched, QWindow):
            if watched.isExposed() and not self.done:
                self.done = True
                print(f"shown {time.time():.6f}", flush=True)
                self.poll.start()  # exec() may not run yet: the timer waits for it
        return False

    def check_rows(self):
        # Stop at the first table with rows (a bare window has none: stop at once).
        tables = QApplication.instance().allWidgets()
        tables = [t for t in tables if isinstance(t, QTableView) and t.isVisible()]
        if WANT_ROWS is False or any(t.model() and t.model().rowCount() for t in tables):
            print(f"rows {time.time():.6f}", flush=True)
            QApplication.instance().quit()

app = QApplication(sys.argv[:1])
probe = FirstExpose()
probe.poll = QTimer(interval=2)
probe.poll.timeout.connect(probe.check_rows)
app.installEventFilter(probe)
"""

BARE_WINDOW = (
    "WANT_ROWS = False\n"
    + EXPOSE_PROBE
    + """
from PySide6.QtWidgets import QTableView
window = QMainWindow()
window.setCentralWidget(QTableView())
window.resize(1180, 720)
window.show()
app.exec()
"""
)

SOCIALNEET_WINDOW = (
    "WANT_ROWS = True\n"
    + EXPOSE_PROBE
    + """
from socialneet_desktop.app import main
main(["--database", sys.argv[1]])
"""
)


def time_one(script: str, *arguments: str) -> tuple[float, float]:
    """Seconds from launch to the window on screen, and to the first rows in a list."""
    environment = dict(os.environ)
    if not environment.get("DISPLAY"):
        environment["QT_QPA_PLATFORM"] = "offscreen"
    started = time.time()
    result = subprocess.run(
        [sys.executable, "-c", script, *arguments],
        capture_output=True,
        text=True,
        env=environment,
        cwd=ROOT,
        check=True,
    )
    lines = result.stdout.splitlines()
    stamps = dict(line.split() for line in lines if line[:5] in ("shown", "rows "))
    if "shown" not in stamps or "rows" not in stamps:
        raise RuntimeError(f"the window never showed:\n{result.stderr}")
    return float(stamps["shown"]) - started, float(stamps["rows"]) - started


def demo_database(contacts: int) -> Path:
    path = DATA / f"demo-{contacts}.sqlite"
    if not path.exists():
        DATA.mkdir(exist_ok=True)
        print(f"generating {path.name} …", flush=True)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "socialneet_desktop.cli",
                "--database",
                str(path),
                "demo",
                "--contacts",
                str(contacts),
            ],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--database", type=Path, help="use this database instead of a demo one")
    arguments = parser.parse_args()
    database = arguments.database or demo_database(arguments.contacts)
    time_one(BARE_WINDOW)  # warm the disk cache for both
    time_one(SOCIALNEET_WINDOW, str(database))
    bare = [time_one(BARE_WINDOW)[0] for _ in range(arguments.runs)]
    ours = [time_one(SOCIALNEET_WINDOW, str(database)) for _ in range(arguments.runs)]
    shown, with_rows = [pair[0] for pair in ours], [pair[1] for pair in ours]
    rows = [
        ("bare QMainWindow + QTableView: window shown", bare),
        ("SocialNEET: window shown", shown),
        ("SocialNEET: first rows of the list shown", with_rows),
    ]
    print(f"\ndatabase: {database} ({arguments.runs} runs each)")
    print(f"{'start-up, launch to …':<46}{'median s':>10}{'min s':>8}{'max s':>8}")
    for label, times in rows:
        print(f"{label:<46}{statistics.median(times):>10.3f}{min(times):>8.3f}{max(times):>8.3f}")
    ratio = statistics.median(shown) / statistics.median(bare)
    print(f"{'window shown, ratio to bare (aim: within 2.5×)':<46}{ratio:>10.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
