"""Where our start goes, phase by phase: `benchmarks/startup.py --phases` uses it.

Each run is a new process: `socialneet_desktop.app.main` with `--quit-after-first-rows`, a
few of its functions wrapped from outside (the program is not changed) to note the seconds
since the process started at the end of each phase:

    interpreter      Python itself and site, up to the first line of this script
    imports          socialneet_desktop.app and all it imports (Qt, SQLAlchemy, the models…)
    QApplication     the application object, its style sheet
    window built     the main window and its pages
    window shown     shown and painted once, until the event loop runs the opening
    first page read  the list's first page read by plain sqlite3 (db.first_page), before the
                     file is opened; when there is no plan for it, instead:
    file opened      ui.opening.try_open: db.opening's sequence, the scrub of pending copies
    list asked for   the list's first read started, the first-start check of the details
    first rows       the rows painted (after the read in a worker, when not read early)

Each phase is given in wall-clock seconds and in CPU seconds (the process's threads
together, time.process_time): on a busy machine the wall clock of every phase swells, its
CPU time much less, so the CPU column says better where the work is. The wrapping costs a
few microseconds a call; the headline number is the unwrapped run's.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from measure import ROOT, environment, spread

PHASES = """
import json, os, sys, time


def since_start():
    with open("/proc/self/stat", "rb") as stat:
        fields = stat.read().rsplit(b")", 1)[1].split()
    with open("/proc/uptime", "rb") as uptime:
        up = float(uptime.read().split()[0])
    started = time.time() - up + int(fields[19]) / os.sysconf("SC_CLK_TCK")
    return time.time() - started, time.process_time()


marks = [("interpreter", *since_start())]
import socialneet_desktop.app as app

marks.append(("imports", *since_start()))


def note(owner, name, label, *, before=False):
    real = getattr(owner, name)

    def wrapped(*args, **kwargs):
        if before:
            marks.append((label, *since_start()))
        try:
            return real(*args, **kwargs)
        finally:
            if not before:
                marks.append((label, *since_start()))

    setattr(owner, name, wrapped)


note(app, "create_qapplication", "QApplication")
note(app.Application, "__init__", "window built")
note(app.Application, "open_first", "window shown", before=True)
note(app, "show_early_rows", "first page read")
note(app, "try_open", "file opened")
note(app.Application, "open_now", "list asked for")
quit_when_painted = app.quit_when_painted


def watched(view):
    watch = quit_when_painted(view)

    def painted():
        marks.append(("first rows", *since_start()))
        print(json.dumps(marks), flush=True)

    watch.painted.connect(painted)
    return watch


app.quit_when_painted = watched
sys.exit(app.main(sys.argv[1:]))
"""


Marks = list[tuple[str, float, float]]  # (phase, wall seconds, CPU seconds) at its end


def time_phases(database: Path, runs: int, env: dict[str, str]) -> list[Marks]:
    """`runs` processes (after one uncounted warm-up), each giving its marks in order."""
    command = [sys.executable, "-c", PHASES, "--database", str(database)]
    command.append("--quit-after-first-rows")
    results = []
    for run in range(runs + 1):
        done = subprocess.run(
            command, capture_output=True, text=True, env=environment(env), cwd=ROOT, check=True
        )
        marks = json.loads(done.stdout.splitlines()[-1])
        if run:
            results.append([(label, float(wall), float(cpu)) for label, wall, cpu in marks])
    return results


def print_phases(title: str, runs: list[Marks]) -> None:
    """Each phase's own seconds (from the end of the one before), wall clock and CPU:
    median (min–max)."""
    print(f"\n{title}\n({len(runs)} runs, not interleaved)")
    print(f"  {'phase':<20}{'wall: median (min–max)':>30}{'CPU: median (min–max)':>30}")
    for index, label in enumerate(label for label, *_at in runs[0]):
        columns = [_own(runs, index, 1), _own(runs, index, 2)]
        print(f"  {label:<20}{spread(columns[0]):>30}{spread(columns[1]):>30}")
    total = [[marks[-1][1] for marks in runs], [marks[-1][2] for marks in runs]]
    print(f"  {'total':<20}{spread(total[0]):>30}{spread(total[1]):>30}")


def _own(runs: list[Marks], index: int, column: int) -> list[float]:
    return [marks[index][column] - (marks[index - 1][column] if index else 0.0) for marks in runs]
