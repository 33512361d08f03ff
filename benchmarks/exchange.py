"""Exchange packages (issue 21): a full package of the 100k demo, exported and received, and
an incremental package of 100 changes, each beside a bare copy of the same rows.

    python benchmarks/exchange.py [--size 100k] [--runs 3] [--parts export,import,incremental]
        [--scratch DIR]

Whole processes, interleaved A B A B (benchmarks/measure.py), medians and min–max. The
shared demo database is copied into the scratch folder (removed at the end) and migrated
once. The bare copies are what the same rows cost without the exchange:
- export: every record table's rows read with sqlite3 and written as zlib-compressed JSON
  (ours adds the clocks, the erasure register, the encryption);
- import: the same rows inserted with sqlite3's executemany into an empty migrated file, in
  one transaction, ids kept (ours turns uuids into ids, merges, writes the change log and
  an audit event per record);
- incremental: the same 100 field values written by 100 UPDATEs (ours: a package of the 100
  changes for the laptop, received by it; the time of the receiving itself is also printed
  by the child, without the program's start-up).
The aim: a full import within 3x the bare insert, the incremental under 1 s.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from measure import Case, bench_database, environment, interleave, print_table

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "benchmark exchange passphrase"
ENV = {"SOCIALNEET_EXCHANGE_PASSPHRASE": PASSPHRASE}

BARE_EXPORT = """
import json, sqlite3, sys, zlib
source = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
tables = sys.argv[3].split(",")
parts = []
for table in tables:
    rows = source.execute(f'SELECT * FROM "{table}"').fetchall()
    parts.append(json.dumps({"table": table, "rows": rows}, default=str))
open(sys.argv[2], "wb").write(zlib.compress("\\n".join(parts).encode(), 6))
"""

BARE_IMPORT = """
import sqlite3, sys
target = sqlite3.connect(sys.argv[2])
target.execute("ATTACH DATABASE ? AS source", (f"file:{sys.argv[1]}?mode=ro",))
with target:
    for table in sys.argv[3].split(","):
        rows = target.execute(f'SELECT * FROM source."{table}"').fetchall()
        if rows:
            marks = ", ".join("?" * len(rows[0]))
            target.executemany(f'INSERT INTO main."{table}" VALUES ({marks})', rows)
"""

BARE_UPDATES = """
import json, sqlite3, sys
target = sqlite3.connect(sys.argv[1])
changes = json.load(open(sys.argv[2]))
with target:
    for uuid, phone in changes:
        target.execute("UPDATE neet_contacts SET phone = ?, version = version + 1 WHERE uuid = ?",
                       (phone, uuid))
"""

TIMED_IMPORT = """
import sys, time
from socialneet_desktop.db.database import open_database
from socialneet_desktop.services.exchange import apply
database = open_database(sys.argv[1])
started = time.perf_counter()
report = apply.import_package(database, sys.argv[2], sys.argv[3])
print(f"updated {report.updated}", file=sys.stderr)
print(time.perf_counter() - started)
"""

MAKE_CHANGES = """
import json, sys
from sqlalchemy import select
from socialneet_desktop.db.database import open_database
from socialneet_desktop.db.models import NeetContact
from socialneet_desktop.services import records
database = open_database(sys.argv[1])
changes = []
with database.session() as session:
    for contact in session.scalars(select(NeetContact).order_by(NeetContact.id).limit(100)):
        phone = f"333 {contact.id:07d}"
        records.update_record(session, NeetContact, contact.id, contact.version,
                              {"phone": phone}, user="bench")
        changes.append([contact.uuid, phone])
json.dump(changes, open(sys.argv[2], "w"))
"""


def cli(database: Path, *arguments: str) -> list[str]:
    return [sys.executable, "-m", "socialneet_desktop.cli", "--database", str(database), *arguments]


def run(command: list[str]) -> str:
    done = subprocess.run(
        command, env=environment(ENV), cwd=ROOT, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)}\n{done.stdout}{done.stderr}")
    return done.stdout


def record_tables() -> list[str]:
    sys.path.insert(0, str(ROOT))
    from socialneet_desktop.db.models import RECORD_CLASSES, Base

    names = {model.__tablename__ for model in RECORD_CLASSES}
    links = {"meeting_organizations", "meeting_people", "project_idea_members"}
    return [t.name for t in Base.metadata.sorted_tables if t.name in names | links]


def copied(source: Path, target: Path):
    def copy() -> None:
        for tail in ("", "-wal", "-shm"):
            Path(f"{target}{tail}").unlink(missing_ok=True)
        shutil.copyfile(source, target)

    return copy


def prepare(size: str, scratch: Path) -> dict[str, Path]:
    paths = {name: scratch / f"{name}.sqlite" for name in ("source", "empty")}
    shutil.copyfile(bench_database(size), paths["source"])
    os.chmod(paths["source"], 0o600)
    run(cli(paths["source"], "exchange", "device", "--name", "Ufficio"))  # migrates it
    run(cli(paths["empty"], "exchange", "device", "--name", "Portatile"))
    for leftover in scratch.glob("*.before-migration-*"):
        leftover.unlink()
    shutil.rmtree(scratch / "backups", ignore_errors=True)
    paths["full"] = scratch / "full.snx"
    run(cli(paths["source"], "exchange", "export", "--full", "--out", str(paths["full"])))
    return paths


def export_cases(paths: dict[str, Path], scratch: Path, tables: str) -> list[Case]:
    bare_out, our_out = scratch / "bare.json.z", scratch / "again.snx"
    bare = Case(
        "bare: rows as compressed JSON",
        [sys.executable, "-c", BARE_EXPORT, str(paths["source"]), str(bare_out), tables],
    )
    ours = Case(
        "socialneet exchange export --full",
        cli(paths["source"], "exchange", "export", "--full", "--out", str(our_out), "--overwrite"),
        env=ENV,
    )
    return [bare, ours]


def import_cases(paths: dict[str, Path], scratch: Path, tables: str) -> list[Case]:
    bare_target, our_target = scratch / "bare-target.sqlite", scratch / "laptop.sqlite"
    bare = Case(
        "bare: INSERT the same rows (executemany)",
        [sys.executable, "-c", BARE_IMPORT, str(paths["source"]), str(bare_target), tables],
        before=copied(paths["empty"], bare_target),
    )
    ours = Case(
        "socialneet exchange import (full package)",
        cli(our_target, "exchange", "import", str(paths["full"])),
        env=ENV,
        before=copied(paths["empty"], our_target),
    )
    return [bare, ours]


def incremental_cases(paths: dict[str, Path], scratch: Path) -> list[Case]:
    base = scratch / "laptop-base.sqlite"
    if not base.exists():
        shutil.copyfile(paths["empty"], base)
        run(cli(base, "exchange", "import", str(paths["full"])))
    back = scratch / "back.snx"
    run(cli(base, "exchange", "export", "--for", "Ufficio", "--out", str(back), "--overwrite"))
    run(cli(paths["source"], "exchange", "import", str(back)))  # the office learns the laptop
    changes = scratch / "changes.json"
    run([sys.executable, "-c", MAKE_CHANGES, str(paths["source"]), str(changes)])
    package = scratch / "incremental.snx"
    run(cli(paths["source"], "exchange", "export", "--for", "Portatile", "--out", str(package),
            "--overwrite"))  # fmt: skip
    print(f"incremental package: {package.stat().st_size} bytes", file=sys.stderr)
    bare_target, our_target = scratch / "inc-bare.sqlite", scratch / "inc-ours.sqlite"
    bare = Case(
        "bare: 100 UPDATEs",
        [sys.executable, "-c", BARE_UPDATES, str(bare_target), str(changes)],
        before=copied(base, bare_target),
    )
    ours = Case(
        "socialneet exchange import (100 changes)",
        cli(our_target, "exchange", "import", str(package)),
        env=ENV,
        before=copied(base, our_target),
    )
    timed = Case(
        "  of which the receiving itself",
        [sys.executable, "-c", TIMED_IMPORT, str(our_target), str(package), PASSPHRASE],
        read=lambda out: float(out.strip().splitlines()[-1]),
        before=copied(base, our_target),
    )
    return [bare, ours, timed]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="100k")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--parts", default="export,import,incremental")
    parser.add_argument("--no-warm-up", action="store_true")
    parser.add_argument("--scratch", type=Path, help="a folder for the copies (default: /tmp)")
    arguments = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="exchange-bench-", dir=arguments.scratch))
    try:
        paths = prepare(arguments.size, scratch)
        tables = ",".join(record_tables())
        parts = arguments.parts.split(",")
        warm = not arguments.no_warm_up
        if "export" in parts:
            results = interleave(export_cases(paths, scratch, tables), arguments.runs, warm_up=warm)
            print_table(f"Full package of demo-{arguments.size}: export", results)
            sizes = (scratch / "bare.json.z").stat().st_size, paths["full"].stat().st_size
            print(f"size: bare {sizes[0] / 2**20:.1f} MiB, package {sizes[1] / 2**20:.1f} MiB")
        if "import" in parts:
            results = interleave(import_cases(paths, scratch, tables), arguments.runs, warm_up=warm)
            print_table(f"Full package of demo-{arguments.size}: import", results)
        if "incremental" in parts:
            results = interleave(incremental_cases(paths, scratch), arguments.runs, warm_up=warm)
            print_table(f"Incremental package of 100 changes on demo-{arguments.size}", results)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
