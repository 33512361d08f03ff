"""The import pipeline beside a bare loop of SQLAlchemy Core inserts of the same rows.

    python benchmarks/import_pipeline.py [N] [--runs R] [--in-process]   (default 100000, 2)

First, the streaming import of a CSV file of N NEET contacts (generated once into
benchmarks/.data/, kept for the next run): our import (read_table + import_rows: reading,
mapping, conversion, validation, dedupe, insert in chunks, one transaction) against the bare
loop (the csv module, the few conversions the values need, one Core INSERT per row in one
transaction), each run in a process of its own, interleaved A B A B, R runs each. The
table gives the medians with min–max of the time of the import and of the peak resident
memory of the process (ru_maxrss), and the load of the machine before and after.

With --in-process, also the older cases on rows generated in memory (N rows each, a fresh
database file each):
- organisations (name, municipality, kind) into an empty database;
- NEET contacts (names, sex, birth date and place, codice fiscale checked against them,
  phone) into an empty database;
- the same contacts imported a second time: every row is found already imported (same
  origin) and nothing is written; there is no bare equivalent, so only its rate is shown;
- one Meeting Point visit per contact, each naming its person by the Access key of the
  contacts table (found among the contacts imported from the same file).
The bare loop inserts the values already converted (no text to parse, nothing checked).
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
from datetime import date, datetime, time, timedelta
from pathlib import Path
from time import perf_counter

from sqlalchemy import insert

from socialneet_desktop.db.database import open_database
from socialneet_desktop.db.models import MeetingPointVisit, NeetContact, Organization
from socialneet_desktop.importers.mapping import guess_mapping
from socialneet_desktop.importers.pipeline import ImportPlan, import_rows
from socialneet_desktop.importers.readers import SourceRow, SourceTable
from socialneet_desktop.services.demo import codice_fiscale
from socialneet_desktop.services.demo_names import FEMALE_NAMES, MALE_NAMES, SURNAMES

FIRST_NAMES = [(name, "F") for name in FEMALE_NAMES] + [(name, "M") for name in MALE_NAMES]


def organization_source(count: int) -> tuple[SourceTable, list[dict]]:
    rows = [
        SourceRow(i, {"ID": str(i), "Ente": f"Associazione Città {i}", "Comune": "Terni"})
        for i in range(1, count + 1)
    ]
    converted = [
        {"name": row.values["Ente"], "kind": "other", "municipality_code": "L117"} for row in rows
    ]
    return SourceTable(Path("bench.mdb"), ["ID", "Ente", "Comune"], rows), converted


def contact_source(count: int) -> tuple[SourceTable, list[dict]]:
    rng = random.Random(7)
    rows, converted = [], []
    for number in range(1, count + 1):
        first, sex = rng.choice(FIRST_NAMES)
        last = rng.choice(SURNAMES)
        birth = date(1992, 1, 1) + timedelta(days=rng.randrange(6000))  # 15 to 34 years old
        code = codice_fiscale(last, first, sex, birth, "L117")
        phone = f"333 {rng.randrange(10**7):07d}"
        rows.append(
            SourceRow(
                number,
                {
                    "ID": str(number),
                    "Cognome": last,
                    "Nome": first,
                    "Sesso": sex,
                    "Data di nascita": f"{birth:%d/%m/%Y}",
                    "Comune di nascita": "Terni",
                    "Codice fiscale": code,
                    "Telefono": phone,
                },
            )
        )
        converted.append(
            {
                "last_name": last,
                "first_name": first,
                "gender": "female" if sex == "F" else "male",
                "birth_date": birth,
                "birthplace_code": "L117",
                "tax_code": code,
                "phone": phone,
            }
        )
    return SourceTable(Path("bench.mdb"), list(rows[0].values), rows), converted


def visit_source(count: int, contact_ids: list[int]) -> tuple[SourceTable, list[dict]]:
    """Visit number i is of contact i; the bare loop gets the contact's database id."""
    rows, converted = [], []
    for number in range(1, count + 1):
        day = date(2024, 1, 8) + timedelta(days=number % 600)
        cells = {
            "ID": str(number),
            "IDContatto": str(number),
            "Data visita": f"{day:%d/%m/%Y}",
            "Ora inizio": "09:30",
            "Tipo": "Orientamento",
            "Esito": "Curriculum rivisto",
        }
        rows.append(SourceRow(number, cells))
        converted.append(
            {
                "contact_id": contact_ids[number - 1],
                "visit_date": day,
                "start_time": time(9, 30),
                "visit_type": "orientation",
                "outcome": "Curriculum rivisto",
            }
        )
    return SourceTable(Path("bench.mdb"), list(rows[0].values), rows), converted


def plan(kind: str, table: SourceTable) -> ImportPlan:
    if kind == "organizations":
        result = ImportPlan(kind, {"Ente": "name", "Comune": "municipality_code"})
        result.defaults = {"kind": "other"}
    else:
        result = ImportPlan(kind, guess_mapping(kind, table.headers))
    result.origin_source, result.origin_key_columns = f"bench.mdb / {kind}", ("ID",)
    return result


def timed_import(database, kind: str, table: SourceTable) -> tuple[float, int]:
    start = perf_counter()
    report = import_rows(database, table, plan(kind, table), user="bench")
    return perf_counter() - start, report.count("created")


def bare(database, model, converted: list[dict]) -> float:
    start = perf_counter()
    with database.session() as session:
        for values in converted:
            session.execute(insert(model), values)
    return perf_counter() - start


def visits_case(database, folder: Path, count: int) -> tuple:
    """Visits into the database holding the imported contacts; the bare loop inserts the
    same visits into the bare contacts database (contact ids 1 to N there)."""
    table, converted = visit_source(count, list(range(1, count + 1)))
    bare_database = open_database(folder / "bare-contacts.sqlite")
    bare_seconds = bare(bare_database, MeetingPointVisit, converted)
    bare_database.close()
    seconds, created = timed_import(database, "visits", table)
    return ("visits, one per contact", bare_seconds, seconds, created)


def in_process(count: int) -> None:
    results = []  # (case, bare seconds or None, pipeline seconds, rows created)
    with tempfile.TemporaryDirectory() as folder:
        for kind, model, source in (
            ("organizations", Organization, organization_source),
            ("contacts", NeetContact, contact_source),
        ):
            table, converted = source(count)
            database = open_database(Path(folder) / f"bare-{kind}.sqlite")
            bare_seconds = bare(database, model, converted)
            database.close()
            database = open_database(Path(folder) / f"pipeline-{kind}.sqlite")
            seconds, created = timed_import(database, kind, table)
            results.append((f"{kind}, first import", bare_seconds, seconds, created))
            if kind == "contacts":
                seconds, created = timed_import(database, kind, table)
                results.append((f"{kind}, same file again", None, seconds, created))
                results.append(visits_case(database, Path(folder), count))
            database.close()
    print(f"{count} source rows per case")
    print(f"{'case':32}{'bare s':>8}{'bare rows/s':>13}{'import s':>10}{'rows/s':>9}"
          f"{'created':>9}{'ratio':>7}")  # fmt: skip
    for case, bare_seconds, seconds, created in results:
        bare_cells = (
            f"{bare_seconds:8.1f}{count / bare_seconds:13.0f}" if bare_seconds else f"{'':21}"
        )
        ratio = f"{seconds / bare_seconds:6.2f}x" if bare_seconds else ""
        print(f"{case:32}{bare_cells}{seconds:10.1f}{count / seconds:9.0f}{created:9}{ratio:>7}")


DATA = Path(__file__).resolve().parent / ".data"
CONTACT_HEADER = ["Cognome", "Nome", "Sesso", "Data di nascita", "Comune di nascita",
                  "Codice fiscale", "Telefono"]  # fmt: skip


def contacts_csv(count: int) -> Path:
    """benchmarks/.data/contacts-N.csv, written the first time (as a spreadsheet saves it)."""
    path = DATA / f"contacts-{count}.csv"
    if path.exists():
        return path
    DATA.mkdir(exist_ok=True)
    (DATA / ".gitignore").write_text("*\n", encoding="utf-8")
    rng = random.Random(7)
    partial = path.with_suffix(".part")
    with partial.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file, delimiter=";")
        writer.writerow(CONTACT_HEADER)
        for _number in range(count):
            first, sex = rng.choice(FIRST_NAMES)
            last = rng.choice(SURNAMES)
            birth = date(1992, 1, 1) + timedelta(days=rng.randrange(6000))
            code = codice_fiscale(last, first, sex, birth, "L117")
            phone = f"333 {rng.randrange(10**7):07d}"
            writer.writerow([last, first, sex, f"{birth:%d/%m/%Y}", "Terni", code, phone])
    partial.replace(path)
    return path


def child_import(source: Path, database_path: Path) -> int:
    """Our import of the CSV file, as the wizard's last step does it."""
    from socialneet_desktop.importers.readers import read_table

    database = open_database(database_path)
    table = read_table(source)
    report = import_rows(
        database,
        table,
        ImportPlan("contacts", guess_mapping("contacts", table.headers)),
        user="bench",
    )
    database.close()
    return report.count("created")


def child_bare(source: Path, database_path: Path) -> int:
    """The same rows inserted by a bare loop: csv, the conversions, one Core INSERT each."""
    database = open_database(database_path)
    rows = 0
    with source.open(encoding="utf-8", newline="") as file, database.session() as session:
        reader = csv.reader(file, delimiter=";")
        next(reader)
        for last, first, sex, birth, _place, code, phone in reader:
            values = {
                "last_name": last,
                "first_name": first,
                "gender": "female" if sex == "F" else "male",
                "birth_date": datetime.strptime(birth, "%d/%m/%Y").date(),
                "birthplace_code": "L117",
                "tax_code": code,
                "phone": phone,
            }
            session.execute(insert(NeetContact), values)
            rows += 1
    database.close()
    return rows


def run_child(which: str, source: Path, folder: Path, run: int) -> tuple[float, float, int]:
    """(seconds, peak MB, rows) of one child process."""
    database = folder / f"{which}-{run}.sqlite"
    command = [sys.executable, __file__, "--child", which, str(source), str(database)]
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout.split()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    return float(out[0]), float(out[1]) / 1024, int(out[2])


def child_main(which: str, source: str, database: str) -> None:
    start = perf_counter()
    rows = (child_import if which == "import" else child_bare)(Path(source), Path(database))
    seconds = perf_counter() - start
    print(seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, rows)


def _spread(values: list[float], form: str) -> str:
    low, middle, high = min(values), statistics.median(values), max(values)
    return f"{middle:{form}} ({low:{form}}–{high:{form}})"


def streaming(count: int, runs: int) -> None:
    source = contacts_csv(count)
    load_before = os.getloadavg()
    results: dict[str, list[tuple[float, float, int]]] = {"import": [], "bare": []}
    with tempfile.TemporaryDirectory() as folder:
        for run in range(runs):
            for which in ("import", "bare"):  # A B A B: the machine's load hits both alike
                results[which].append(run_child(which, source, Path(folder), run))
                seconds, peak, rows = results[which][-1]
                print(f"  run {run + 1} {which}: {seconds:.1f} s, {peak:.0f} MB, {rows} rows, "
                      f"load {os.getloadavg()[0]:.2f}", file=sys.stderr, flush=True)  # fmt: skip
    load_after = os.getloadavg()
    print(f"{count} CSV rows of contacts, {runs} runs each, interleaved A B; "
          f"load average {load_before[0]:.2f} before, {load_after[0]:.2f} after, "
          f"{os.cpu_count()} CPUs")  # fmt: skip
    print(f"{'':22}{'seconds: median (min–max)':>30}{'peak RSS MB: median (min–max)':>32}"
          f"{'rows/s':>9}{'rows':>9}")  # fmt: skip
    for which, label in (("import", "our import"), ("bare", "bare Core loop")):
        seconds = [result[0] for result in results[which]]
        peaks = [result[1] for result in results[which]]
        rate = count / statistics.median(seconds)
        print(f"{label:22}{_spread(seconds, '.1f'):>30}{_spread(peaks, '.0f'):>32}"
              f"{rate:9.0f}{results[which][0][2]:9}")  # fmt: skip
    ratio = statistics.median(r[0] for r in results["import"]) / statistics.median(
        r[0] for r in results["bare"]
    )
    peak = max(result[1] for result in results["import"])
    print(f"time ratio import / bare: {ratio:.2f}x (aim: within 3x); "
          f"highest peak of the import: {peak:.0f} MB (aim: under 400)")  # fmt: skip


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child_main(*sys.argv[2:5])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", nargs="?", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--in-process", action="store_true")
    arguments = parser.parse_args()
    streaming(arguments.rows, arguments.runs)
    if arguments.in_process:
        in_process(arguments.rows)


if __name__ == "__main__":
    main()
