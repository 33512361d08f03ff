"""The funder workbook for all years, side by side with a bare openpyxl write-only script
writing the same cells, in whole processes run A B A B (benchmarks/measure.py).

    python benchmarks/funder_report.py [--size 10k 100k 1m] [--runs 3] [--mode identifiable]

The baseline's cells are ours: before the runs, our workbook is written once from a private
copy of /work/bench/demo-<size>.sqlite and read back with openpyxl (read-only), its cells
(values, types and number formats, sheet by sheet) dumped to a pickle stream. The bare script
loads that stream a row at a time and writes it with nothing but openpyxl's write-only
workbook, so it costs what writing those cells costs, and its memory stays flat too. Ours
also pays for the SQL, the person codes, the labels and the disclosure control.

Targets (issue 15): time within 1.3x the bare script; peak memory flat from 10k to 1M.
"""

from __future__ import annotations

import argparse
import pickle
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime
from datetime import time as time_of_day
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from measure import (  # noqa: E402 -- benchmarks/ is not a package
    ROOT,
    Case,
    bench_database,
    interleave,
    print_table,
    private_copy,
    python_command,
)

sys.path.insert(0, str(ROOT))  # the checkout, for the preparation in this process
PERIOD = (date(2000, 1, 1), date(2099, 12, 31))  # "all years"
WORK = Path(tempfile.gettempdir()) / "socialneet-bench-funder"


def ours(database_path: Path, out: Path, identifiable: bool) -> None:
    from socialneet_desktop.db.database import open_database
    from socialneet_desktop.exports.funder_report import write_funder_report

    database = open_database(database_path)
    try:
        write_funder_report(database, *PERIOD, out, identifiable=identifiable, user="bench")
    finally:
        database.close()


def dump_cells(workbook_path: Path, cells_path: Path) -> None:
    """Every sheet's cells as a pickle stream: ("sheet", title), then one list per row, a
    value with a number format other than General as (value, format)."""
    from openpyxl import load_workbook

    workbook = load_workbook(workbook_path, read_only=True)
    with cells_path.open("wb") as stream:
        for sheet in workbook.worksheets:
            pickle.dump(("sheet", sheet.title), stream)
            for row in sheet.iter_rows():
                values = [_dumped(cell) for cell in row]
                pickle.dump(values, stream)
    workbook.close()


def _dumped(cell):
    value = getattr(cell, "value", None)
    if isinstance(value, datetime | date | time_of_day) and cell.number_format != "General":
        return (value, cell.number_format)
    return value


def bare(cells_path: Path, out: Path) -> None:
    """Write the dumped cells with openpyxl's write-only workbook and nothing else."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet = None
    with cells_path.open("rb") as stream:
        while True:
            try:
                item = pickle.load(stream)
            except EOFError:
                break
            if isinstance(item, tuple) and item[0] == "sheet":
                sheet = workbook.create_sheet(item[1])
                continue
            row = []
            for value in item:
                if isinstance(value, tuple):
                    cell = WriteOnlyCell(sheet, value[0])
                    cell.number_format = value[1]
                    value = cell
                row.append(value)
            sheet.append(row)
    workbook.save(out)


def child(arguments) -> None:
    out = Path(arguments.out)
    out.unlink(missing_ok=True)
    if arguments.child == "prepare":
        ours(Path(arguments.database), out, arguments.identifiable)
        dump_cells(out, Path(arguments.cells))
        out.unlink()
        return
    started = time.perf_counter()
    if arguments.child == "ours":
        ours(Path(arguments.database), out, arguments.identifiable)
    else:
        bare(Path(arguments.cells), out)
    print(f"seconds {time.perf_counter() - started:.3f}")
    out.unlink(missing_ok=True)


def prepare(database: Path, identifiable: bool, mode: str) -> Path:
    """Our workbook once (outside the clock), its cells dumped for the bare script; in a
    process of its own, so that this one stays small (a child's peak memory starts from the
    size of the process it was forked from)."""
    cells = WORK / f"{database.stem}-{mode}.cells"
    print(f"preparing {cells.name} …", file=sys.stderr, flush=True)
    command = [__file__, "--child", "prepare", "--database", str(database), "--cells", str(cells)]
    command += ["--out", str(WORK / f"{database.stem}-{mode}.xlsx")]
    subprocess.run(python_command(*command, *["--identifiable"] * identifiable), check=True)
    return cells


def cases(database: Path, cells: Path, identifiable: bool, mode: str) -> list[Case]:
    out = WORK / f"out-{mode}.xlsx"
    me = [str(Path(__file__).resolve()), "--out", str(out)]
    ours_command = python_command(*me, "--child", "ours", "--database", str(database))
    return [
        Case(
            "bare openpyxl write-only, same cells",
            python_command(*me, "--child", "bare", "--cells", str(cells)),
        ),
        Case(f"ours: funder workbook, {mode}", ours_command + ["--identifiable"] * identifiable),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", nargs="+", default=["10k", "100k"])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--mode", nargs="+", default=["identifiable", "pseudonymous"], choices=MODES
    )
    parser.add_argument("--child", choices=("ours", "bare", "prepare"))
    parser.add_argument("--database")
    parser.add_argument("--cells")
    parser.add_argument("--out")
    parser.add_argument("--identifiable", action="store_true")
    arguments = parser.parse_args()
    if arguments.child:
        child(arguments)
        return
    WORK.mkdir(parents=True, exist_ok=True)
    for size in arguments.size:
        database = private_copy(bench_database(size), WORK)
        for mode in arguments.mode:
            identifiable = mode == "identifiable"
            cells = prepare(database, identifiable, mode)
            results = interleave(cases(database, cells, identifiable, mode), arguments.runs)
            print_table(f"Funder workbook, all years, {size} contacts, {mode}", results)
            cells.unlink()


MODES = ("identifiable", "pseudonymous")

if __name__ == "__main__":
    main()
