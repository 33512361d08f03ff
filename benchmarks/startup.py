"""Start to the first rows painted, against a bare PySide6 window doing the same.

    python benchmarks/startup.py [--sizes 100k,1m] [--runs 7]

Each run is a new process that prints, as it paints the first rows of its first list, the
seconds since the process started (from /proc: the interpreter's own start-up counts), then
quits. Ours: `socialneet-desktop --quit-after-first-rows` on a private copy of the shared demo
database (/work/bench/demo-<size>.sqlite, made by `socialneet demo`). Baseline: a bare
QMainWindow holding a QTableView with 200 rows of a QStandardItemModel, timed the same way.
Interleaved A B A B (benchmarks/measure.py); the offscreen platform unless DISPLAY is set.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from measure import Case, bench_database, interleave, last_float, print_table, private_copy

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


def cases(database: Path) -> list[Case]:
    bare = Case("bare QMainWindow + QTableView", [sys.executable, "-c", BARE_WINDOW], last_float)
    ours = Case(
        "SocialNEET: first rows painted",
        [
            sys.executable,
            "-m",
            "socialneet_desktop.app",
            "--database",
            str(database),
            "--quit-after-first-rows",
        ],
        last_float,
    )
    return [bare, ours]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100k,1m", help="demo databases: 10k, 100k, 1m")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--database", type=Path, help="this database instead of the demo ones")
    arguments = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="socialneet-bench-startup-"))
    targets = (
        [("given", arguments.database)]
        if arguments.database
        else [(size, bench_database(size)) for size in arguments.sizes.split(",")]
    )
    for size, source in targets:
        database = private_copy(source, scratch / size)
        results = interleave(cases(database), arguments.runs)
        print_table(f"start to first rows painted, {size} ({database})", results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
