"""`socialneet backup` against the sqlite3 command's `.backup` of the same file.

    python benchmarks/backup.py [--sizes 100k,1m] [--runs 5] [--database PATH]

Whole processes, interleaved A B A B (benchmarks/measure.py), wall clock from launch to exit.
Both read the shared demo database (/work/bench/demo-<size>.sqlite, opened read-only) and
write into a scratch folder emptied before each run. Ours also flushes the copy to the disk,
renames it into place and rotates the folder (db.backup): what a user's backup costs.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from measure import Case, bench_database, compiled, interleave, print_table


def emptied(folder: Path):
    def empty() -> None:
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)

    return empty


def cases(database: Path, scratch: Path) -> list[Case]:
    bare_folder, our_folder = scratch / "sqlite3", scratch / "ours"
    target = bare_folder / "copy.sqlite"
    bare = Case(
        "sqlite3 FILE '.backup COPY'",
        ["sqlite3", f"file:{database}?mode=ro", f".backup '{target}'"],
        before=emptied(bare_folder),
    )
    ours = Case(
        "socialneet backup",
        [
            sys.executable,
            "-m",
            "socialneet_desktop.cli",
            "--database",
            str(database),
            "backup",
            "--folder",
            str(our_folder),
        ],
        env=compiled(),  # from bytecode, as installed
        before=emptied(our_folder),
    )
    return [bare, ours]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100k,1m", help="demo databases: 10k, 100k, 1m")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--database", type=Path, help="this database instead of the demo ones")
    arguments = parser.parse_args()
    if shutil.which("sqlite3") is None:
        raise SystemExit("the sqlite3 command is missing: apt-get install -y sqlite3")
    targets = (
        [("given", arguments.database)]
        if arguments.database
        else [(size, bench_database(size)) for size in arguments.sizes.split(",")]
    )
    scratch = Path(tempfile.mkdtemp(prefix="socialneet-bench-backup-"))
    try:
        for size, database in targets:
            results = interleave(cases(database, scratch), arguments.runs)
            print_table(f"backup, {size} ({database})", results)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
