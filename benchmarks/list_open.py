"""The contacts list on 100,000 contacts, side by side with the raw SQL returning the same rows.

    python benchmarks/list_open.py [--contacts 100000] [--runs 7] [--database PATH]

(1) open: a new contacts page is built and shown until its first page of rows is in the
model and painted; raw: sqlite3 runs the same SELECT … LIMIT 200. (2) keystroke: the search
text is set, the debounce bypassed (apply_search) and the table repainted; raw: the same
WHERE. The record count, read just after the rows are painted, is timed on its own line.
Medians of `--runs`; peak RSS (ru_maxrss) with the list open.
"""

from __future__ import annotations

import argparse
import os
import resource as rusage
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / ".data"
WORDS = ("ros", "rossi ma", "zzq")  # common, narrow, no match
_MATCH = "({c} LIKE '%' || ? || '%' ESCAPE '/')"
_COLUMNS = ("last_name", "first_name", "tax_code", "email", "phone")
RAW_SELECT = (
    "SELECT last_name, first_name, gender, birth_date, residence_municipality_code, tax_code, "
    "consent_contact, id, version FROM neet_contacts WHERE {where} "
    "ORDER BY last_name, first_name, id LIMIT 200"
)


def ensure_database(path: Path, contacts: int) -> Path:
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        command = [sys.executable, "-m", "socialneet_desktop.cli", "--database", str(path)]
        subprocess.run([*command, "demo", "--contacts", str(contacts)], check=True, cwd=ROOT)
    return path


def raw_query(path: Path, text: str) -> float:
    """Seconds for sqlite3 to return the first page (connection opened outside the clock)."""
    words = text.split()
    where = " AND ".join(
        "(" + " OR ".join(_MATCH.format(c=c) for c in _COLUMNS) + ")" for _ in words
    )
    # The same SQL the list sends: "+deleted_at" keeps SQLite on the name index (no search).
    not_deleted = "deleted_at IS NULL" if words else "+deleted_at IS NULL"
    sql = RAW_SELECT.format(where=not_deleted + (f" AND {where}" if where else ""))
    parameters = [word for word in words for _ in _COLUMNS]
    connection = sqlite3.connect(path)
    try:
        start = time.perf_counter()
        rows = connection.execute(sql, parameters).fetchall()
        elapsed = time.perf_counter() - start
    finally:
        connection.close()
    assert len(rows) <= 200
    return elapsed


def median(function, runs: int) -> float:
    function()  # warm the page cache and Python's imports
    return statistics.median(function() for _ in range(runs))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--database", type=Path)
    arguments = parser.parse_args(argv)
    path = ensure_database(
        arguments.database or DATA / f"demo-{arguments.contacts}.sqlite", arguments.contacts
    )
    from PySide6.QtWidgets import QApplication

    from socialneet_desktop.db.database import open_database
    from socialneet_desktop.services.record_kinds import kind_by_key
    from socialneet_desktop.ui.views.record_list import RecordListPage

    app = QApplication.instance() or QApplication([])
    database = open_database(path)
    pages: list[RecordListPage] = []

    def open_page() -> float:
        start = time.perf_counter()
        page = RecordListPage(kind_by_key("contacts"), database)
        page.resize(1100, 700)
        page.show()
        page.table.viewport().repaint()
        elapsed = time.perf_counter() - start
        assert page.model.rowCount() > 0
        pages.append(page)
        return elapsed

    cold = open_page()  # the first one also loads the municipality list (shared afterwards)
    results = [
        ("open contacts list, first time", cold, raw_query(path, "")),
        (
            "open contacts list",
            median(open_page, arguments.runs),
            median(lambda: raw_query(path, ""), arguments.runs),
        ),
    ]
    page = pages[-1]
    app.processEvents()

    def keystroke(text: str) -> float:
        page.search.setText(text)
        start = time.perf_counter()
        page.apply_search()
        page.table.viewport().repaint()
        return time.perf_counter() - start

    for text in WORDS:
        ours = median(lambda text=text: keystroke(text), arguments.runs)
        raw = median(lambda text=text: raw_query(path, text), arguments.runs)
        results.append((f"keystroke {text!r} ({page.model.rowCount()} rows)", ours, raw))

    def count() -> float:
        start = time.perf_counter()
        page.update_count()
        return time.perf_counter() - start

    count_time = median(count, arguments.runs)
    app.processEvents()
    peak_mb = rusage.getrusage(rusage.RUSAGE_SELF).ru_maxrss / 1024
    print_table(results, count_time, peak_mb, path)
    database.close()


def print_table(results, count_time: float, peak_mb: float, path: Path) -> None:
    print(f"database: {path}")
    print(f"{'measure':<40} {'list ms':>9} {'raw SQL ms':>11} {'ratio':>7}")
    for name, ours, raw in results:
        print(f"{name:<40} {ours * 1000:>9.1f} {raw * 1000:>11.1f} {ours / raw:>7.2f}")
    print(f"{'record count after the rows (last search)':<40} {count_time * 1000:>9.1f}")
    print(f"peak RSS with the list open: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
