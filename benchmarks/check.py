"""`socialneet check` against the sqlite3 command's `pragma quick_check` on the same file.

    python benchmarks/check.py [--sizes 100k,1m] [--runs 7] [--database PATH]

Whole processes, interleaved A B A B (benchmarks/measure.py), wall clock from launch to exit.
Both only read the shared demo database (/work/bench/demo-<size>.sqlite); ours runs from
compiled bytecode, as an installed program does (measure.compiled). The aim of issue 15:
ours within 1.5x of the bare quick check at 100,000 contacts. Needs the sqlite3 command
(`apt-get install -y sqlite3`).
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from measure import Case, bench_database, compiled, interleave, print_table


def cases(database: Path) -> list[Case]:
    quick_check = ["sqlite3", f"file:{database}?mode=ro", "pragma quick_check"]
    bare = Case("sqlite3 FILE 'pragma quick_check'", quick_check)
    ours = Case(
        "socialneet check",
        [sys.executable, "-m", "socialneet_desktop.cli", "--database", str(database), "check"],
        env=compiled(),  # from bytecode, as installed
    )
    return [bare, ours]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100k,1m", help="demo databases: 10k, 100k, 1m")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--database", type=Path, help="this database instead of the demo ones")
    arguments = parser.parse_args()
    if shutil.which("sqlite3") is None:
        raise SystemExit("the sqlite3 command is missing: apt-get install -y sqlite3")
    targets = (
        [("given", arguments.database)]
        if arguments.database
        else [(size, bench_database(size)) for size in arguments.sizes.split(",")]
    )
    for size, database in targets:
        results = interleave(cases(database), arguments.runs)
        print_table(f"check, {size} ({database})", results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
