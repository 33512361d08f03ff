"""The funder workbook for all years, side by side with a bare openpyxl write-only script
writing the same cells, in whole processes run A B A B (benchmarks/measure.py).

    python benchmarks/funder_report.py [--size 10k 100k 1m] [--runs 3] [--mode identifiable]
        [--no-warm-up]

Ours writes the ESF+ indicator set and the charts (issue 19); the bare script draws as many
bar charts on the same sheets. The baseline's cells are ours: before the runs, our workbook is
written once from a private copy of /work/bench/demo-<size>.sqlite, and every row appended to
its write-only sheets is recorded on the way (values, and the number format of a dated cell)
into a pickle stream, sheet by sheet in the saved workbook's order (Recorder: reading the
1m workbook back with openpyxl was slower than writing it). The bare script
loads that stream a row at a time and writes it with nothing but openpyxl's write-only
workbook, so it costs what writing those cells costs, and its memory stays flat too. Ours
also pays for the SQL, the person codes, the labels and the disclosure control.

Two tables a size and mode, from the same runs: the whole processes (launch to exit, as a
`socialneet export funder` user waits; ours also imports the program and opens the database),
and the write alone as each process times it (write_funder_report on the open database, as
the window's user waits; the bare script from its new workbook to the saved file). The peak
memory is each whole process's. The pseudonymous workbook of the 10k and 100k demo databases
holds only the sheets of counts, the dictionary and the manifest (their person-level
sheets fail k-anonymity), so its bare script writes a few hundred cells and the ratio says
what the SQL aggregates cost; at 1M the Visits sheet is k-anonymous and there (2.5M rows).

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
    Result,
    Sample,
    bench_database,
    interleave,
    last_float,
    print_table,
    private_copy,
    python_command,
)

sys.path.insert(0, str(ROOT))  # the checkout, for the preparation in this process
PERIOD = (date(2000, 1, 1), date(2099, 12, 31))  # "all years"
WORK = Path(tempfile.gettempdir()) / "socialneet-bench-funder"
SET = "esf_plus"  # the indicator set written (issue 19), its counts in the disclosure control


def ours(database_path: Path, out: Path, identifiable: bool) -> float:
    """Write our workbook, with the ESF+ indicator set and its charts; the seconds of
    write_funder_report alone (the window's user has the database open and waits for that
    only)."""
    from socialneet_desktop.db.database import open_database
    from socialneet_desktop.exports.funder_report import write_funder_report

    database = open_database(database_path)
    try:
        started = time.perf_counter()
        write_funder_report(
            database, *PERIOD, out, identifiable=identifiable, user="bench", indicator_set=SET
        )
        return time.perf_counter() - started
    finally:
        database.close()


class Recorder:
    """Every row appended to a write-only sheet while our workbook is written, pickled into a
    part file of its sheet as the bare script appends it: a list of values, a date or time
    in a cell whose number format is not General as (value, format). It wraps openpyxl's
    WriteOnlyWorksheet.append, which every sheet of ours ends in (PlainSheet.append through
    super(), FunderTable through the unbound method it keeps). The 1m workbook read back
    with openpyxl's read-only reader instead had not ended 17 minutes after its 42-minute
    write."""

    def __init__(self, cells_path: Path) -> None:
        from openpyxl.worksheet._write_only import WriteOnlyWorksheet

        self.cells_path = cells_path
        self.parts: dict[int, tuple[object, object]] = {}  # id(sheet): (sheet, open file)
        self.append = WriteOnlyWorksheet.append
        recorder = self

        def append(sheet, row):
            row = list(row)  # a generator would be spent by the first reader
            pickle.dump([_recorded(value) for value in row], recorder.part(sheet))
            recorder.append(sheet, row)

        WriteOnlyWorksheet.append = append

    def part(self, sheet):
        entry = self.parts.get(id(sheet))
        if entry is None:
            path = self.cells_path.with_name(f"{self.cells_path.name}.part{len(self.parts)}")
            entry = self.parts[id(sheet)] = (sheet, path.open("wb"))
        return entry[1]

    def dump(self, workbook_path: Path) -> None:
        """The stream the bare script reads: per sheet of the saved workbook, in its order,
        ("sheet", title), ("charts", n), then the sheet's rows."""
        import shutil

        by_title = {}
        for sheet, part in self.parts.values():
            part.close()
            by_title[sheet.title] = Path(part.name)
        with self.cells_path.open("wb") as stream:
            for title, charts in _sheets_in_file(workbook_path):
                pickle.dump(("sheet", title), stream)
                pickle.dump(("charts", charts), stream)
                part = by_title.pop(title, None)
                if part is not None:
                    with part.open("rb") as rows:
                        shutil.copyfileobj(rows, stream, 1 << 20)
                    part.unlink()
        if by_title:
            raise RuntimeError(f"rows appended to sheets not in the workbook: {list(by_title)}")


def _recorded(value):
    """What the read-back dump before the Recorder kept of a cell: its value, a date or time
    with its number format (other formats, fonts and notes the bare script does not write)."""
    if not hasattr(value, "number_format"):
        return value
    if isinstance(value.value, datetime | date | time_of_day) and value.number_format != "General":
        return (value.value, value.number_format)
    return value.value


def _sheets_in_file(workbook_path: Path) -> list[tuple[str, int]]:
    """The sheets of our saved workbook in their order, each with how many charts it holds
    (the bare script draws as many), from the parts of the file."""
    import re
    import zipfile
    from xml.etree import ElementTree

    main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    with zipfile.ZipFile(workbook_path) as archive:
        root = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        names = [sheet.get("name") for sheet in root.iter(f"{main}sheet")]
        members = set(archive.namelist())
        found = []
        for number, name in enumerate(names, 1):  # openpyxl writes sheetN in this order
            rels, charts = f"xl/worksheets/_rels/sheet{number}.xml.rels", 0
            if rels in members:
                targets = re.findall(r'Target="/?(xl/drawings/[^"]+)"', archive.read(rels).decode())
                for drawing in targets:
                    xml = archive.read(drawing).decode()  # <c:chart r:id=…> or <chart r:id=…>
                    charts += len(re.findall(r"<(?:\w+:)?chart\b[^>]*:id=", xml))
            found.append((name, charts))
    return found


def _bar_chart(sheet):
    from openpyxl.chart import BarChart, Reference

    chart = BarChart()
    chart.add_data(Reference(sheet, min_col=2, min_row=1, max_row=12), titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=12))
    return chart


def bare(cells_path: Path, out: Path) -> float:
    """Write the dumped cells with openpyxl's write-only workbook and nothing else; the
    seconds from the new workbook to the saved file."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    started = time.perf_counter()
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
            if isinstance(item, tuple) and item[0] == "charts":
                for n in range(item[1]):
                    sheet.add_chart(_bar_chart(sheet), f"D{1 + 18 * n}")
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
    return time.perf_counter() - started


def child(arguments) -> None:
    out = Path(arguments.out)
    out.unlink(missing_ok=True)
    if arguments.child == "prepare":
        recorder = Recorder(Path(arguments.cells))
        ours(Path(arguments.database), out, arguments.identifiable)
        recorder.dump(out)
        out.unlink(missing_ok=True)
        return
    if arguments.child == "ours":
        seconds = ours(Path(arguments.database), out, arguments.identifiable)
    else:
        seconds = bare(Path(arguments.cells), out)
    print(f"write {seconds:.3f}")
    out.unlink(missing_ok=True)


class Clock:
    """A case's whole-process seconds (launch to exit, as measure.run_once times them) and,
    on the side, the seconds of the write alone that the process prints."""

    def __init__(self) -> None:
        self.started = 0.0
        self.writes: list[float] = []

    def start(self) -> None:
        self.started = time.perf_counter()

    def read(self, stdout: str) -> float:
        self.writes.append(last_float(stdout))
        return time.perf_counter() - self.started


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


def cases(database: Path, cells: Path, identifiable: bool, mode: str) -> list[tuple[Case, Clock]]:
    out = WORK / f"out-{database.stem}-{mode}.xlsx"  # 100k and 1m may run at once
    me = [str(Path(__file__).resolve()), "--out", str(out)]
    ours_command = python_command(*me, "--child", "ours", "--database", str(database))
    bare_clock, ours_clock = Clock(), Clock()
    bare_case = Case(
        "bare openpyxl write-only, same cells",
        python_command(*me, "--child", "bare", "--cells", str(cells)),
        read=bare_clock.read,
        before=bare_clock.start,
    )
    ours_case = Case(
        f"ours: funder workbook, {mode}",
        ours_command + ["--identifiable"] * identifiable,
        read=ours_clock.read,
        before=ours_clock.start,
    )
    return [(bare_case, bare_clock), (ours_case, ours_clock)]


def print_tables(title: str, results: list[Result], clocks: list[Clock], warm_up: bool) -> None:
    """The whole processes, then the write alone (imports, opening and start-up left out)."""
    print_table(f"{title}: whole process", results)
    alone = []
    for result, clock in zip(results, clocks, strict=True):
        writes = clock.writes[1:] if warm_up else clock.writes  # a warm-up is not counted
        samples = [Sample(w, s.peak_kib) for w, s in zip(writes, result.samples, strict=True)]
        alone.append(Result(result.case, samples))
    print_table(f"{title}: the write alone", alone, memory=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", nargs="+", default=["10k", "100k"])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--mode", nargs="+", default=["identifiable", "pseudonymous"], choices=MODES
    )
    parser.add_argument(
        "--no-warm-up",
        dest="warm_up",
        action="store_false",
        help="no uncounted first round (1m: one round of each is two hours)",
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
            pairs = cases(database, cells, identifiable, mode)
            timed = [case for case, _clock in pairs]
            results = interleave(timed, arguments.runs, warm_up=arguments.warm_up)
            title = f"Funder workbook, all years, {size} contacts, {mode}"
            clocks = [clock for _case, clock in pairs]
            print_tables(title, results, clocks, arguments.warm_up)
            cells.unlink()


MODES = ("identifiable", "pseudonymous")

if __name__ == "__main__":
    main()
