"""Typing in a list's search box: keystroke to rows shown, to count shown, longest GUI stall.

    python benchmarks/search_typing.py [--size 100k|1m] [--runs 5] [--kind contacts]
        [--text "rossi mar"] [--interval-ms 120] [--modes raw,ours,uncapped]

Each run is a whole process (A B A B …, benchmarks/measure.py) on a private copy of the
shared demo database (/work/bench/demo-<size>.sqlite, upgraded by the first run):
- ours: the real list page (RecordListPage) shown offscreen; the text is typed one key every
  `--interval-ms` (QTest.keyClick on the search box, as a user types), while a QTimer
  heartbeat every 5 ms records the longest gap between its beats: the longest time the GUI
  thread could not answer. After the last key: the time until the rows of the whole text are
  painted, until its record count is shown, and until the first count is known (the exact
  one, or "more than 10,000" when more match: RecordTableModel.count_estimated).
- uncapped: ours with the list's first count not capped (one exact count, as before
  RecordTableModel.count_cap): the count part of ours before and after, side by side.
- raw: the list's page statement for the whole text and the count statement, run by sqlite3
  in a process with no window: what the database alone costs. Not the search's first look
  (services.search_index.plan), which runs before them; the page is the one that first look
  makes (by the ids it kept, when it kept them), and the list itself skips the count when
  the first look counted (services.list_queries.first_page).
- `--modes` runs only some of them (e.g. raw,ours).
Numbers are medians and min–max; a busy machine makes every number worse.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from measure import (  # noqa: E402
    Case,
    bench_database,
    interleave,
    private_copy,
    python_command,
    spread,
)

HERE = Path(__file__).resolve()
COPIES = Path(os.environ.get("SOCIALNEET_BENCH_COPIES", "/tmp/socialneet-bench-search"))
HEARTBEAT_MS = 5
MODES = ("raw", "ours", "uncapped")  # uncapped: ours with one exact count, as before the cap


def child_ours(path: Path, kind_key: str, text: str, interval_ms: int, capped: bool = True) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from socialneet_desktop.db.database import open_database
    from socialneet_desktop.services.record_kinds import kind_by_key
    from socialneet_desktop.ui.views.record_list import RecordListPage

    database = open_database(path)
    page = RecordListPage(kind_by_key(kind_key), database)
    page.resize(1200, 700)
    if not capped:  # the count as it was before the cap: one exact count
        page.model.count_cap = 10**12
    page.show()
    wait_until(app, lambda: page.model.rowCount() > 0, 60)
    wait_until(app, lambda: not page.model.loader.busy(), 60)
    marks: dict[str, float] = {}
    clock, beat = QElapsedTimer(), {"last": 0, "longest": 0}
    clock.start()

    def heartbeat() -> None:
        now = clock.elapsed()
        beat["longest"] = max(beat["longest"], now - beat["last"])
        beat["last"] = now

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(heartbeat)
    timer.start(HEARTBEAT_MS)

    def painted_rows() -> None:
        if page.model.query.search == text and "rows" not in marks and page.model.rowCount():
            marks["rows"] = time.perf_counter()

    def counted(_count: int) -> None:
        if page.model.query.search == text and "count" not in marks:
            marks["count"] = time.perf_counter()

    def estimated(_cap: int) -> None:  # "more than 10,000", before the exact count
        if page.model.query.search == text and "estimate" not in marks:
            marks["estimate"] = time.perf_counter()

    page.table.viewport().installEventFilter(_PaintWatch(page.table.viewport(), painted_rows))
    page.count_changed.connect(counted)
    page.model.count_estimated.connect(estimated)
    beat["last"] = clock.elapsed()
    for key in text:
        QTest.keyClicks(page.search, key)
        last_key = time.perf_counter()
        pause(app, interval_ms / 1000)
    wait_until(app, lambda: "rows" in marks and "count" in marks, 120)
    timer.stop()
    result = {
        "rows": marks["rows"] - last_key,
        "count": marks["count"] - last_key,
        "first_count": min(marks.get("estimate", marks["count"]), marks["count"]) - last_key,
        "stall": beat["longest"] / 1000,
        "shown": page.model.rowCount(),
    }
    page.close()
    page.model.loader.wait(10000)
    database.close()
    return result


class _PaintWatch:
    """Calls `after_paint` on each paint of the viewport (an event filter object)."""

    def __new__(cls, viewport, after_paint):
        from PySide6.QtCore import QEvent, QObject, QTimer

        class Watch(QObject):
            def eventFilter(self, watched, event):
                if event.type() == QEvent.Type.Paint:
                    QTimer.singleShot(0, after_paint)
                return False

        return Watch(viewport)


def pause(app, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)


def wait_until(app, condition, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while not condition():
        if time.perf_counter() > end:
            raise SystemExit("timed out")
        app.processEvents()
        time.sleep(0.001)


def child_raw(path: Path, kind_key: str, text: str) -> dict:
    """The list's own statements for `text`, compiled once, run by plain sqlite3."""
    import sqlite3

    from sqlalchemy.orm import Session

    from socialneet_desktop.db.engine import create_sqlite_engine
    from socialneet_desktop.services import list_queries
    from socialneet_desktop.services.list_specs import ListQuery

    engine = create_sqlite_engine(path, read_only=True)
    query = ListQuery(text)
    with Session(engine) as session:
        page = list_queries.page_select(session, kind_key, query, 0, list_queries.PAGE_SIZE)
        rows_sql = list_queries.compiled(session, page)
        count = list_queries.count_select(session, kind_key, query)
        count_sql = list_queries.compiled(session, count)
    engine.dispose()
    connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    started = time.perf_counter()
    rows = connection.execute(rows_sql).fetchall()
    after_rows = time.perf_counter()
    connection.execute(count_sql).fetchone()
    after_count = time.perf_counter()
    connection.close()
    times = {"rows": after_rows - started, "count": after_count - started}
    times["first_count"] = times["count"]
    return {**times, "stall": 0.0, "shown": len(rows)}


def upgraded_copy(size: str) -> Path:
    """A private copy of the shared demo database, migrated (the search index) once, outside
    the clock: a raw run opens it read-only and could not."""
    path = private_copy(bench_database(size), COPIES)
    from socialneet_desktop.db.database import open_database

    open_database(path).close()
    return path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="100k")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--kind", default="contacts")
    parser.add_argument("--text", default="rossi mar")
    parser.add_argument("--interval-ms", type=int, default=120)
    parser.add_argument("--modes", default=",".join(MODES), help="which of raw,ours,uncapped")
    parser.add_argument("--child", choices=MODES)
    parser.add_argument("--database", type=Path)
    arguments = parser.parse_args(argv)
    if arguments.child:
        if arguments.child != "raw":
            child = child_ours(
                arguments.database,
                arguments.kind,
                arguments.text,
                arguments.interval_ms,
                capped=arguments.child == "ours",
            )
        else:
            child = child_raw(arguments.database, arguments.kind, arguments.text)
        print(json.dumps(child))
        return
    path = upgraded_copy(arguments.size)
    modes = [mode for mode in MODES if mode in arguments.modes.split(",")]
    samples: dict[str, list[dict]] = {mode: [] for mode in modes}
    cases = []
    for mode in modes:
        options = ["--child", mode, "--database", str(path), "--kind", arguments.kind]
        options += ["--text", arguments.text, "--interval-ms", str(arguments.interval_ms)]
        label = f"{mode}: {arguments.kind} '{arguments.text}'"
        cases.append(Case(label, python_command(str(HERE), *options), read=_reader(samples[mode])))
    interleave(cases, arguments.runs)
    print_results(arguments, samples)


def _reader(store: list[dict]):
    def read(stdout: str) -> float:
        sample = json.loads(stdout.strip().splitlines()[-1])
        store.append(sample)
        return sample["rows"]

    return read


def print_results(arguments, samples: dict[str, list[dict]]) -> None:
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    runs = arguments.runs
    typed = f"'{arguments.text}' typed one key every {arguments.interval_ms} ms"
    print(f"\nSearch typing, {arguments.size}, {arguments.kind}, {typed}")
    print(f"({runs} runs each, interleaved; load average {load})")
    header = f"{'last key -> rows shown':>30}{'last key -> count shown':>30}"
    header += f"{'-> first count (or more than)':>32}"
    print(f"{'case':<10}{header}{'longest GUI stall':>28}")
    names = ("rows", "count", "first_count", "stall")
    for mode, store in samples.items():
        taken = store[-runs:]
        values = [[1000 * sample[name] for sample in taken] for name in names]
        cells = "".join(f"{spread(v, 'ms', 1):>30}" for v in values[:2])
        cells += f"{spread(values[2], 'ms', 1):>32}"
        print(f"{mode:<10}{cells}{spread(values[3], 'ms', 1):>28}")
    if "raw" in samples and "ours" in samples:
        base = statistics.median(1000 * s["rows"] for s in samples["raw"][-runs:])
        ours = statistics.median(1000 * s["rows"] for s in samples["ours"][-runs:])
        print(f"rows: ours {ours:.1f} ms against the database alone {base:.1f} ms")


if __name__ == "__main__":
    main()
