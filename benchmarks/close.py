"""Closing the window, against a bare PySide6 window closing.

    python benchmarks/close.py [--sizes 100k,1m] [--runs 5] [--database PATH]

Each run is a new process. A probe waits for the first rows of the first list, then closes
the main window and prints the seconds from the close to the end of the program's main()
(what the user waits for before the program is gone: stopping the checks still running,
the exit backup if one is due, closing the file). Cases: ours on a file not written since
its last backup (no exit backup), ours after one record was saved (an exit backup: a file
over 64 MiB is closed and copied by a detached process, db.exit_backup, which the probe
waits for outside the clock so that runs never overlap), and a bare QMainWindow + QTableView
closed the same way. Private copies of the
shared demo databases (/work/bench); interleaved A B C A B C (benchmarks/measure.py).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from measure import Case, bench_database, interleave, last_float, print_table, private_copy

PROBE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

app = QApplication.instance() or QApplication(sys.argv[:1])
state = {}

def poll():
    windows = [w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
    tables = [t for w in windows for t in w.findChildren(QTableView) if t.isVisible()]
    if windows and not tables and hasattr(windows[0], "navigation"):
        windows[0].navigation.setCurrentRow(3)  # the home page shows first: open the contacts
        return
    if not any(t.model() is not None and t.model().rowCount() for t in tables):
        return
    timer.stop()
    window = windows[0]
    if WRITE:
        from socialneet_desktop.db.models import NeetContact
        from socialneet_desktop.services.records import create_record
        with window.database.session() as session:
            create_record(session, NeetContact, {"last_name": "Prova chiusura"}, user="bench")
    state["closed"] = time.perf_counter()
    window.close()

timer = QTimer(interval=20)
timer.timeout.connect(poll)
timer.start()
"""

BARE = (
    "WRITE = False\n"
    + PROBE
    + """
window = QMainWindow()
from PySide6.QtGui import QStandardItem, QStandardItemModel
model = QStandardItemModel(0, 7)
for row in range(200):
    model.appendRow([QStandardItem(f"cell {row} {column}") for column in range(7)])
table = QTableView()
table.setModel(model)
window.setCentralWidget(table)
window.resize(1180, 720)
window.show()
app.exec()
print(f"{time.perf_counter() - state['closed']:.3f}", flush=True)
"""
)

OURS = (
    PROBE
    + """
from socialneet_desktop.app import main
from socialneet_desktop.db import exit_backup
main(["--database", sys.argv[1]])
closed = time.perf_counter() - state["closed"]
for process in exit_backup.LAST_HANDED:  # outside the clock: the next run must not overlap
    process.wait()
    copied = time.perf_counter() - state["closed"]
    print(f"exit backup copied by a detached process {copied:.1f} s after the close")
print(f"{closed:.3f}", flush=True)
"""
)


def cases(unchanged: Path, written: Path) -> list[Case]:
    bare = Case("bare QMainWindow + QTableView: close", [sys.executable, "-c", BARE], last_float)
    still = Case(
        "SocialNEET: close, nothing written",
        [sys.executable, "-c", "WRITE = False\n" + OURS, str(unchanged)],
        last_float,
    )
    after = Case(
        "SocialNEET: close after one record saved",
        [sys.executable, "-c", "WRITE = True\n" + OURS, str(written)],
        last_float,
    )
    return [bare, still, after]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100k,1m", help="demo databases: 10k, 100k, 1m")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--database", type=Path, help="this database instead of the demo ones")
    parser.add_argument("--scratch", type=Path, help="reuse the copies in this folder")
    arguments = parser.parse_args()
    scratch = arguments.scratch or Path(tempfile.mkdtemp(prefix="socialneet-bench-close-"))
    targets = (
        [("given", arguments.database)]
        if arguments.database
        else [(size, bench_database(size)) for size in arguments.sizes.split(",")]
    )
    for size, source in targets:
        unchanged = private_copy(source, scratch / size / "unchanged")
        written = private_copy(source, scratch / size / "written")
        results = interleave(cases(unchanged, written), arguments.runs)
        print_table(f"close the window, {size}", results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
