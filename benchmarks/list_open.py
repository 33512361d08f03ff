"""Opening a list: until its first rows are painted and its record count is shown.

    python benchmarks/list_open.py [--size 100k|1m] [--runs 5] [--kind contacts]
        [--text ""]

Each run is a whole process (A B A B …, benchmarks/measure.py) on a private copy of the
shared demo database (/work/bench/demo-<size>.sqlite, upgraded by the first run):
- ours: a list page (RecordListPage) built and shown offscreen, with `--text` already in its
  search box; the times from building it to its first rows painted and to its count shown
  (both read off the GUI thread by the list's loader);
- raw: the two statements that list sends (its first page, its count), run by sqlite3 in a
  process with no window: what the database alone costs.
Medians and min–max; a busy machine makes every number worse.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from measure import Case, interleave, python_command, spread  # noqa: E402
from search_typing import child_raw, upgraded_copy, wait_until  # noqa: E402

HERE = Path(__file__).resolve()


def child_ours(path: Path, kind_key: str, text: str) -> dict:
    """The list opened twice in one process: the first time pays the imports and SQLAlchemy's
    first compilation of its statements, the second is what a user switching lists waits."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from socialneet_desktop.db.database import open_database

    database = open_database(path)
    first = open_once(app, database, kind_key, text)
    again = open_once(app, database, kind_key, text)
    database.close()
    return {**first, "rows_again": again["rows"], "count_again": again["count"]}


def open_once(app, database, kind_key: str, text: str) -> dict:
    from PySide6.QtCore import QEvent, QObject, QTimer

    from socialneet_desktop.services.record_kinds import kind_by_key
    from socialneet_desktop.ui.views.record_list import RecordListPage

    marks: dict[str, float] = {}

    class Painted(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint and page.model.rowCount():
                QTimer.singleShot(0, lambda: marks.setdefault("rows", time.perf_counter()))
            return False

    started = time.perf_counter()
    page = RecordListPage(kind_by_key(kind_key), None)
    page.search.setText(text)
    page.count_changed.connect(lambda _n: marks.setdefault("count", time.perf_counter()))
    page.resize(1200, 700)
    page.table.viewport().installEventFilter(Painted(page))
    page.set_database(database)
    page.show()
    wait_until(app, lambda: "rows" in marks and "count" in marks, 120)
    page.close()
    page.model.loader.wait(10000)
    return {name: marks[name] - started for name in ("rows", "count")}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="100k")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--kind", default="contacts")
    parser.add_argument("--text", default="")
    parser.add_argument("--child", choices=("ours", "raw"))
    parser.add_argument("--database", type=Path)
    arguments = parser.parse_args(argv)
    if arguments.child == "ours":
        print(json.dumps(child_ours(arguments.database, arguments.kind, arguments.text)))
        return
    if arguments.child == "raw":
        print(json.dumps(child_raw(arguments.database, arguments.kind, arguments.text)))
        return
    path = upgraded_copy(arguments.size)
    samples: dict[str, list[dict]] = {"raw": [], "ours": []}
    cases = []
    for mode in ("raw", "ours"):
        options = ["--child", mode, "--database", str(path), "--kind", arguments.kind]
        options += ["--text", arguments.text]
        label = f"{mode}: open {arguments.kind} '{arguments.text}'"
        cases.append(Case(label, python_command(str(HERE), *options), read=_reader(samples[mode])))
    interleave(cases, arguments.runs)
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    print(f"\nList open, {arguments.size}, {arguments.kind}, search '{arguments.text}'")
    print(f"({arguments.runs} runs each, interleaved; load average {load})")
    names = ("rows", "count", "rows_again", "count_again")
    titles = ("to first rows painted", "to count shown", "again: rows", "again: count")
    print(f"{'case':<8}" + "".join(f"{title:>28}" for title in titles))
    for mode in ("raw", "ours"):
        taken = samples[mode][-arguments.runs :]
        cells = [spread([1000 * s.get(name, s[name.split("_")[0]]) for s in taken], "ms", 1)
                 for name in names]  # fmt: skip
        print(f"{mode:<8}" + "".join(f"{cell:>28}" for cell in cells))


def _reader(store: list[dict]):
    def read(stdout: str) -> float:
        sample = json.loads(stdout.strip().splitlines()[-1])
        store.append(sample)
        return sample["rows"]

    return read


if __name__ == "__main__":
    main()
