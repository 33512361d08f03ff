"""The attendance register of 1,000 visits, side by side with a bare reportlab script.

    python benchmarks/print_register.py [--visits 1000] [--runs 5]

ours: socialneet_desktop.printing.write_register (read session, fixed-row table drawn on
the canvas with the header repeated, grid, letterhead, "Page X of Y"); bare: the same rows,
read with sqlite3, drawn with Canvas.drawString one line per visit in the same embedded
font. Medians of `--runs`.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from socialneet_desktop.db.database import open_database
from socialneet_desktop.printing import write_register
from socialneet_desktop.printing.layout import FONT, register_fonts
from socialneet_desktop.services.demo import fill_demo

ROWS_SQL = """
SELECT v.visit_date, c.last_name || ' ' || c.first_name, v.start_time, v.end_time,
       v.visit_type, COALESCE(s.last_name || ' ' || s.first_name, '')
FROM meeting_point_visits v JOIN neet_contacts c ON c.id = v.contact_id
LEFT JOIN staff s ON s.id = v.staff_id
WHERE v.deleted_at IS NULL ORDER BY v.visit_date, v.start_time LIMIT ?
"""


def bare(path: Path, database: Path, visits: int, out: Path) -> None:
    register_fonts()
    rows = sqlite3.connect(database).execute(ROWS_SQL, (visits,)).fetchall()
    canvas = Canvas(str(out), pagesize=landscape(A4))
    y = 0
    for number, row in enumerate(rows, start=1):
        if y < 60:
            if number > 1:
                canvas.showPage()
            canvas.setFont(FONT, 8)
            y = 540
        canvas.drawString(40, y, f"{number}  " + "  ".join(str(v or "") for v in row))
        y -= 8 * 2.835
    canvas.save()


def median_seconds(run, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--visits", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    arguments = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="print_register_"))
    database = open_database(folder / "bench.sqlite")
    fill_demo(database, contacts=arguments.visits // 2 + 50)
    with sqlite3.connect(database.path) as raw:
        visits = raw.execute("SELECT COUNT(*) FROM meeting_point_visits").fetchone()[0]
        last = raw.execute(
            "SELECT visit_date FROM (SELECT visit_date FROM meeting_point_visits "
            "ORDER BY visit_date, start_time LIMIT ?) ORDER BY visit_date DESC LIMIT 1",
            (arguments.visits,),
        ).fetchone()[0]
    end = date.fromisoformat(last)
    ours_pdf, bare_pdf = folder / "ours.pdf", folder / "bare.pdf"
    ours = median_seconds(
        lambda: write_register(database, date(1900, 1, 1), end, ours_pdf), arguments.runs
    )
    plain = median_seconds(
        lambda: bare(bare_pdf, database.path, arguments.visits, bare_pdf), arguments.runs
    )
    database.close()
    rows = sum(p.extract_text().count("/20") for p in PdfReader(ours_pdf).pages)
    print(f"{visits} visits in the database; register up to {end:%d/%m/%Y}")
    print(f"{'':28}{'seconds':>9}{'pages':>7}")
    print(f"{'ours (write_register)':28}{ours:9.3f}{len(PdfReader(ours_pdf).pages):7}")
    print(f"{'bare canvas.drawString':28}{plain:9.3f}{len(PdfReader(bare_pdf).pages):7}")
    print(f"ratio ours/bare: {ours / plain:.2f}x  (date cells read back from ours: ~{rows})")


if __name__ == "__main__":
    main()
