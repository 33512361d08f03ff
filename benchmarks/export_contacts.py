"""Export of 100,000 NEET contacts to .xlsx, side by side with a bare openpyxl write-only loop
writing the same cells (same values, types, number formats, bold header, frozen pane and
autofilter) from a raw sqlite3 cursor.

    python benchmarks/export_contacts.py [--contacts 100000] [--runs 3] [--database PATH]

Each run is a fresh subprocess: wall time of the export, and its peak RSS (ru_maxrss). Memory
is flat when the peak for all rows is close to the peak for a small filtered subset.
"""

from __future__ import annotations

import argparse
import json
import os
import resource as rusage
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / ".data"
SELECT = (
    "SELECT uuid, last_name, first_name, gender, birth_date, residence_municipality_code, "
    "tax_code, consent_contact FROM neet_contacts WHERE deleted_at IS NULL {where} "
    "ORDER BY last_name, first_name, id"
)


def ensure_database(path: Path, contacts: int) -> Path:
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        command = [sys.executable, "-m", "socialneet_desktop.cli", "--database", str(path)]
        subprocess.run([*command, "demo", "--contacts", str(contacts)], check=True, cwd=ROOT)
    return path


def ours(database_path: Path, out: Path, identifiable: bool, subset: bool) -> None:
    from socialneet_desktop.db.database import open_database
    from socialneet_desktop.exports.list_export import export_list
    from socialneet_desktop.services.list_specs import ListQuery

    database = open_database(database_path)
    query = ListQuery(filters={"gender": "other"} if subset else {})
    export_list(database, "contacts", query, out, identifiable=identifiable)
    database.close()


def bare(database_path: Path, out: Path, identifiable: bool, subset: bool) -> None:
    """The same cells with nothing but sqlite3 and openpyxl (plus the same label lookups)."""
    import sqlite3

    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    from socialneet_desktop.domain.age import age_band, age_band_label
    from socialneet_desktop.domain.municipalities import bundled_index
    from socialneet_desktop.domain.vocabularies import GENDER
    from socialneet_desktop.services.pseudonyms import pseudonym

    index, genders = bundled_index(), {t.code: t.label for t in GENDER}
    today = date.today()
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("NEET contacts")
    widths = [12, 18, 16, 10, 14, 22, 22, 8, 10] if identifiable else [12, 10, 22, 8, 10]
    for number, width in enumerate(widths):
        sheet.column_dimensions["ABCDEFGHI"[number]].width = width + 2
    sheet.freeze_panes = "A5"
    bold = Font(bold=True)
    sheet.append([WriteOnlyCell(sheet, "NEET contacts")])
    sheet.append([f"Exported on {datetime.now():%d/%m/%Y %H:%M}"])
    sheet.append([])
    headers = ["Person code", "Last name", "First name", "Gender", "Birth date", "Municipality"]
    headers = headers + ["Codice fiscale", "Consent", "Age band"]
    if not identifiable:
        headers = [headers[i] for i in (0, 3, 5, 7, 8)]
    header_cells = []
    for text in headers:
        cell = WriteOnlyCell(sheet, text)
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    connection = sqlite3.connect(database_path)
    where = "AND gender = 'other'" if subset else ""
    rows = 0
    for uuid, last, first, gender, birth, town, cf, consent in connection.execute(
        SELECT.format(where=where)
    ):
        born = date.fromisoformat(birth) if birth else None
        band = age_band_label(age_band(born, today)) if born and born <= today else None
        code, place = pseudonym(uuid), index.display(town) if town else None
        yes_no = "Yes" if consent else "No"
        if identifiable:
            birth_cell = None
            if born is not None:
                birth_cell = WriteOnlyCell(sheet, datetime(born.year, born.month, born.day))
                birth_cell.number_format = "DD/MM/YYYY"
            row = [code, last or None, first or None, genders.get(gender), birth_cell, place]
            sheet.append([*row, cf or None, yes_no, band])
        else:
            sheet.append([code, genders.get(gender), place, yes_no, band])
        rows += 1
    sheet.auto_filter.ref = f"A4:{'ABCDEFGHI'[len(headers) - 1]}{4 + rows}"
    workbook.save(out)


def child(mode: str, database: str, identifiable: bool, subset: bool) -> None:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "contacts.xlsx"
        start = time.perf_counter()
        (ours if mode == "ours" else bare)(Path(database), out, identifiable, subset)
        elapsed = time.perf_counter() - start
        peak_mib = rusage.getrusage(rusage.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps({"seconds": elapsed, "peak_mib": peak_mib, "bytes": out.stat().st_size}))


def measure(mode: str, database: Path, identifiable: bool, subset: bool, runs: int) -> dict:
    results = []
    for _ in range(runs):
        command = [sys.executable, __file__, "--child", mode, "--database", str(database)]
        command += ["--identifiable"] * identifiable + ["--subset"] * subset
        output = subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT)
        results.append(json.loads(output.stdout.strip().splitlines()[-1]))
    return {
        "seconds": statistics.median(r["seconds"] for r in results),
        "peak_mib": max(r["peak_mib"] for r in results),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--database", type=Path)
    parser.add_argument("--child", choices=("ours", "bare"))
    parser.add_argument("--identifiable", action="store_true")
    parser.add_argument("--subset", action="store_true")
    arguments = parser.parse_args()
    if arguments.child:
        child(arguments.child, arguments.database, arguments.identifiable, arguments.subset)
        return
    database = arguments.database or DATA / f"demo-{arguments.contacts}.sqlite"
    ensure_database(database, arguments.contacts)
    print(
        f"{'export':<40} {'ours s':>8} {'bare s':>8} {'ratio':>6} {'ours MiB':>9} {'bare MiB':>9}"
    )
    for identifiable in (False, True):
        for subset in (True, False):
            name = ("identifiable" if identifiable else "pseudonymous") + (
                ", gender=other subset" if subset else ", all contacts"
            )
            a = measure("ours", database, identifiable, subset, arguments.runs)
            b = measure("bare", database, identifiable, subset, arguments.runs)
            ratio = a["seconds"] / b["seconds"]
            print(
                f"{name:<40} {a['seconds']:>8.2f} {b['seconds']:>8.2f} {ratio:>6.2f} "
                f"{a['peak_mib']:>9.0f} {b['peak_mib']:>9.0f}"
            )


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main()
