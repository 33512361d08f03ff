"""An encrypted database (SQLCipher, issue #24) side by side with the same one plain.

    python benchmarks/encrypted.py [--size 100k] [--runs 5] [--text "rossi mar"]

A private copy of the shared demo database (/work/bench/demo-<size>.sqlite) is upgraded, and a
second copy of it is encrypted (db.encryption); both are deleted at the end (the disk is
small). Each run is a whole process (A B A B …, benchmarks/measure.py):
- search: the contacts list's first page and count for `--text` (services.list_queries, the
  statements the list sends), timed inside the process after the opening;
- save: one contact changed and committed (a write transaction with FULL sync under WAL);
- first rows: the process from its launch to the contacts list's first page read, through the
  opening sequence (db.opening, as the window: the passphrase proved first for the encrypted
  file, which costs SQLCipher's key derivation once).
Medians and min–max; a busy machine makes every number worse.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from measure import Case, bench_database, interleave, print_table, python_command  # noqa: E402

HERE = Path(__file__).resolve()
COPIES = Path(os.environ.get("SOCIALNEET_BENCH_COPIES", "/tmp/socialneet-bench-encrypted"))
SECRET = "benchmark passphrase of the office"
MODES = ("search", "save", "first-rows")


def _open(path: Path, encrypted: bool):
    from socialneet_desktop.db import passphrase
    from socialneet_desktop.db.opening import open_file

    if encrypted and not passphrase.unlock(path, SECRET):
        raise SystemExit("the passphrase does not open the copy")
    return open_file(path, checked=False).database


def _first_page(database, text: str) -> int:
    from socialneet_desktop.services import list_queries
    from socialneet_desktop.services.list_specs import ListQuery

    query = ListQuery(text)
    with database.read_session() as session:
        page = list_queries.page_select(session, "contacts", query, 0, list_queries.PAGE_SIZE)
        rows = session.execute(page).all()
        session.execute(list_queries.count_select(session, "contacts", query)).scalar()
    return len(rows)


def child(mode: str, path: Path, encrypted: bool, text: str) -> dict:
    database = _open(path, encrypted)
    try:
        if mode == "first-rows":
            return {"rows": _first_page(database, "")}
        if mode == "search":
            _first_page(database, "")  # the imports and the first compilation, not timed
            started = time.perf_counter()
            rows = _first_page(database, text)
            return {"seconds": time.perf_counter() - started, "rows": rows}
        from socialneet_desktop.db.models import NeetContact

        with database.session() as session:  # warm: the first statement compiled
            session.get(NeetContact, 1)
        started = time.perf_counter()
        with database.session() as session:
            contact = session.get(NeetContact, 1)
            contact.notes = f"benchmark {time.time()}"
            session.commit()
        return {"seconds": time.perf_counter() - started}
    finally:
        database.close()


def _read(stdout: str) -> float:
    return json.loads(stdout.strip().splitlines()[-1])["seconds"]


def _copies(size: str) -> tuple[Path, Path]:
    from socialneet_desktop.db import encryption
    from socialneet_desktop.db.database import open_database

    COPIES.mkdir(parents=True, exist_ok=True)
    plain, encrypted = COPIES / "plain.sqlite", COPIES / "encrypted.sqlite"
    shutil.copyfile(bench_database(size), plain)
    open_database(plain).close()  # upgraded once, outside the clock
    shutil.copyfile(plain, encrypted)
    started = time.perf_counter()
    encryption.encrypt(encrypted, SECRET, copies=False)
    print(f"encrypted the copy in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return plain, encrypted


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="100k")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--text", default="rossi mar")
    parser.add_argument("--child", choices=MODES)
    parser.add_argument("--database", type=Path)
    parser.add_argument("--encrypted", action="store_true")
    arguments = parser.parse_args(argv)
    if arguments.child:
        result = child(arguments.child, arguments.database, arguments.encrypted, arguments.text)
        print(json.dumps(result))
        return
    plain, encrypted = _copies(arguments.size)
    try:
        for mode in MODES:
            cases = []
            for label, path, flag in (
                ("plain", plain, []),
                ("encrypted", encrypted, ["--encrypted"]),
            ):
                command = python_command(
                    str(HERE), "--child", mode, "--database", str(path), "--text", arguments.text,
                    *flag,
                )  # fmt: skip
                cases.append(Case(label, command, read=None if mode == "first-rows" else _read))
            title = f"{mode} ({arguments.size}, {arguments.text!r})"
            print_table(title, interleave(cases, arguments.runs))
    finally:
        shutil.rmtree(COPIES, ignore_errors=True)


if __name__ == "__main__":
    main()
