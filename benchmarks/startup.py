"""Start to the first rows painted, against a bare PySide6 window doing the same.

    python benchmarks/startup.py [--sizes 100k,1m] [--runs 7] [--home] [--phases] [--scratch DIR]

Each run is a new process that prints, as it paints the first rows of its first list, the
seconds since the process started (from /proc: the interpreter's own start-up counts), then
quits. Ours: `socialneet-desktop --quit-after-first-rows` on a private copy of the shared demo
database (/work/bench/demo-<size>.sqlite, made by `socialneet demo`). Baseline: a bare
QMainWindow holding a QTableView with 200 rows of a QStandardItemModel, timed the same way.
Interleaved A B A B (benchmarks/measure.py); the offscreen platform unless DISPLAY is set.
`--home` adds two cases: ours started on the home page (the default preference; the list used
last is a choice in Preferences), timed to the paint of its short lists filled
(SOCIALNEET_QUIT_AFTER_FIRST_ROWS=home: that start opens the file before its first rows), and
to its counts and targets shown too (=home-complete), which are read after the lists.

The uncounted warm-up round is also our "last session" on the file: its list is read the
ordinary way (SQLAlchemy) and the plan of its first page is kept beside the user's settings
(db.first_page), so the counted runs paint the first rows from the file by plain sqlite3
before SQLAlchemy loads and the file is opened (the opening follows the paint; it is not in
the number, which is what the user waits for to see the list). Run it once without the
plan (a new settings folder) to time a first start.

Both run from compiled bytecode, as an installed program does (pip and PyInstaller compile
it): the bytecode goes to a folder of the scratch directory (PYTHONPYCACHEPREFIX), written
by the uncounted warm-up round. Without it, under PYTHONDONTWRITEBYTECODE (set in this
project's environment), every module of the checkout changed since its last .pyc was
compiled again at every start, which no user's start does.

`--phases` then times where our start goes, in processes of their own (not interleaved, the
functions wrapped from outside: benchmarks/startup_phases.py): the interpreter, the imports,
the window built and shown, the file opened, the list asked for, the first rows painted.
`--scratch DIR` keeps the private copies (and the bytecode) there for the next invocation:
the 1M copy takes minutes to make and upgrade.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from measure import (
    Case,
    bench_database,
    compiled,
    interleave,
    last_float,
    print_table,
    private_copy,
)
from startup_phases import print_phases, time_phases

QUIT_ENV = "SOCIALNEET_QUIT_AFTER_FIRST_ROWS"  # ui.first_rows.QUIT_ENV (no Qt in this process)

BARE_WINDOW = """
import os, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

def started_at():
    with open("/proc/self/stat", "rb") as stat:
        fields = stat.read().rsplit(b")", 1)[1].split()
    with open("/proc/uptime", "rb") as uptime:
        up = float(uptime.read().split()[0])
    return time.time() - up + int(fields[19]) / os.sysconf("SC_CLK_TCK")

class FirstRows(QObject):
    done = False
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.done and model.rowCount():
            self.done = True
            QTimer.singleShot(0, report)
        return False

def report():
    print(f"{time.time() - started_at():.3f}", flush=True)
    app.quit()

app = QApplication([])
model = QStandardItemModel(0, 7)
for row in range(200):
    model.appendRow([QStandardItem(f"cell {row} {column}") for column in range(7)])
window = QMainWindow()
table = QTableView()
table.setModel(model)
window.setCentralWidget(table)
watch = FirstRows()
table.viewport().installEventFilter(watch)
window.resize(1180, 720)
window.show()
app.exec()
"""


def cases(database: Path, scratch: Path, home: bool) -> list[Case]:
    """The bare window, ours on a list and, with `home`, ours on the home page (the default
    start: its lists filled). Ours keep their settings and plans in a folder of the scratch
    directory (XDG_CONFIG_HOME), not the user's."""
    env = {**compiled(scratch / "bytecode"), "XDG_CONFIG_HOME": str(scratch / "config")}
    bare = Case(
        "bare QMainWindow + QTableView", [sys.executable, "-c", BARE_WINDOW], last_float, env
    )
    command = [sys.executable, "-m", "socialneet_desktop.app", "--database", str(database)]
    ours = Case(
        "SocialNEET: first rows of a list", [*command, "--quit-after-first-rows"], last_float, env
    )
    on_home = {**env, QUIT_ENV: "home"}
    home_page = Case("SocialNEET: home page, its lists", command, last_float, on_home)
    complete = {**env, QUIT_ENV: "home-complete"}
    home_counts = Case("SocialNEET: home page, its counts too", command, last_float, complete)
    return [bare, ours, home_page, home_counts] if home else [bare, ours]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100k,1m", help="demo databases: 10k, 100k, 1m")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--database", type=Path, help="this database instead of the demo ones")
    parser.add_argument("--phases", action="store_true", help="then time our start's phases")
    parser.add_argument("--home", action="store_true", help="also a start on the home page")
    parser.add_argument("--scratch", type=Path, help="keep the copies here (default: a new one)")
    arguments = parser.parse_args()
    scratch = arguments.scratch or Path(tempfile.mkdtemp(prefix="socialneet-bench-startup-"))
    targets = (
        [("given", arguments.database)]
        if arguments.database
        else [(size, bench_database(size)) for size in arguments.sizes.split(",")]
    )
    for size, source in targets:
        database = private_copy(source, scratch / size)
        results = interleave(cases(database, scratch, arguments.home), arguments.runs)
        print_table(f"start to first rows painted, {size} ({database})", results)
        if arguments.phases:
            env = {**compiled(scratch / "bytecode"), "XDG_CONFIG_HOME": str(scratch / "config")}
            phases = time_phases(database, arguments.runs, env)
            print_phases(f"where our start goes, {size}", phases)
    return 0


if __name__ == "__main__":
    sys.exit(main())
