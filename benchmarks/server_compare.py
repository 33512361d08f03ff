"""The office server against the local file (issue 20): the list search, a save and the
funder report on PostgreSQL (localhost) side by side with the same on SQLite, 100,000 contacts.

    SOCIALNEET_TEST_POSTGRES_URL=postgresql+psycopg://postgres@127.0.0.1:54329/postgres \\
        python benchmarks/server_compare.py [--contacts 100k] [--runs 5]

The demo file of /work/bench (never written: copied first) is uploaded once into the server
database `socialneet_bench_<size>` (kept for the next run; `--fresh` uploads again). Each
action runs SQLite, PostgreSQL, SQLite, PostgreSQL … (one warm-up round not counted) in this
one process, on open databases: what the user waits for after the window is open. Printed:
median and min-max per engine, the ratio to SQLite, the load average.

- search: the contacts list for "ros" (accents and case ignored): the number of matches and
  the first 100 rows by name. SQLite through its FTS5 index, the server through its trigram
  index (db.server_search), the same folded words.
- save: one contact's phone changed through services.records (version check, audit event).
- funder report: exports.funder_report for all years to a scratch workbook.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
BENCH_DATA = Path(os.environ.get("SOCIALNEET_BENCH_DATA", "/work/bench"))
WORD = "ros"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", default="100k")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--fresh", action="store_true")
    parser.add_argument("--skip", nargs="*", default=[], help="actions to leave out")
    arguments = parser.parse_args()
    url = os.environ.get("SOCIALNEET_TEST_POSTGRES_URL")
    if not url:
        print("SOCIALNEET_TEST_POSTGRES_URL is not set: no server to compare with")
        return 2
    scratch = Path(tempfile.mkdtemp(prefix="server-compare-"))
    try:
        local, server = prepared(arguments.contacts, url, scratch, arguments.fresh)
        actions = {"search": search, "save": save, "funder report": funder_report}
        for name, action in actions.items():
            if name not in arguments.skip:
                compare(name, action, local, server, arguments.runs, scratch)
        local.close()
        server.close()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


def prepared(size: str, url: str, scratch: Path, fresh: bool):
    from socialneet_desktop.db.database import open_database
    from socialneet_desktop.db.server import open_server
    from socialneet_desktop.db.server_admin import upload
    from socialneet_desktop.db.server_url import parse_server_url
    from tests.helpers_server import admin_execute, drop_database

    source = BENCH_DATA / f"demo-{size}.sqlite"
    copy = scratch / source.name
    for suffix in ("", "-wal"):
        if source.with_name(source.name + suffix).exists():
            shutil.copyfile(source.with_name(source.name + suffix), str(copy) + suffix)
    local = open_database(copy)
    address = replace(parse_server_url(url), database=f"socialneet_bench_{size}")
    if fresh:
        drop_database(address, address.database)
    try:
        server = open_server(address)
    except Exception:  # noqa: BLE001 - missing: made now
        admin_execute(address, f'CREATE DATABASE "{address.database}"')
        server = open_server(address)
    if server.record_counts()["neet_contacts"] == 0:
        server.close()
        started = time.perf_counter()
        upload(copy, address)
        print(f"uploaded {source.name} in {time.perf_counter() - started:.0f} s")
        server = open_server(address)
    return local, server


def search(database, _scratch) -> None:
    from sqlalchemy import text

    from socialneet_desktop.domain.search_text import fold_for_search

    word = fold_for_search(WORD)
    with database.read_session() as session:
        if database.engine.dialect.name == "postgresql":
            where = "deleted_at IS NULL AND search_folded LIKE :pattern"
            parameters = {"pattern": f"%{word}%"}
            table = "neet_contacts"
        else:
            where = "id IN (SELECT rowid FROM neet_contacts_search WHERE neet_contacts_search "
            where += "MATCH :pattern)"
            parameters = {"pattern": f'"{word}"'}
            table = "neet_contacts"
        session.scalar(text(f"SELECT count(*) FROM {table} WHERE {where}"), parameters)
        session.execute(
            text(f"SELECT * FROM {table} WHERE {where} ORDER BY last_name, first_name LIMIT 100"),
            parameters,
        ).all()


def save(database, _scratch) -> None:
    from sqlalchemy import select

    from socialneet_desktop.db.models import NeetContact
    from socialneet_desktop.services.records import update_record

    with database.session() as session:
        contact = session.scalars(select(NeetContact).order_by(NeetContact.id).limit(1)).one()
        phone = f"0744 {time.perf_counter_ns() % 1_000_000:06d}"
        update_record(
            session, NeetContact, contact.id, contact.version, {"phone": phone}, user="bench"
        )


def funder_report(database, scratch: Path) -> None:
    from socialneet_desktop.exports.funder_report import write_funder_report

    out = scratch / f"funder-{database.engine.dialect.name}.xlsx"
    out.unlink(missing_ok=True)
    write_funder_report(database, date(2000, 1, 1), date(2030, 12, 31), out, user="bench")


def compare(name, action, local, server, runs: int, scratch: Path) -> None:
    times = {"SQLite": [], "PostgreSQL": []}
    failures = {}
    for round_number in range(runs + 1):  # round 0 warms up
        for label, database in (("SQLite", local), ("PostgreSQL", server)):
            if label in failures:
                continue
            started = time.perf_counter()
            try:
                action(database, scratch)
            except Exception as error:  # noqa: BLE001 - told in the table, not hidden
                failures[label] = f"{type(error).__name__}: {str(error).splitlines()[0][:120]}"
                continue
            if round_number:
                times[label].append(time.perf_counter() - started)
    base = statistics.median(times["SQLite"]) if times["SQLite"] else None
    print(f"\n{name} ({runs} runs, load {os.getloadavg()[0]:.2f})")
    for label, values in times.items():
        if label in failures:
            print(f"  {label:<11} failed: {failures[label]}")
            continue
        median = statistics.median(values)
        ratio = f"  x{median / base:.2f}" if base else ""
        print(
            f"  {label:<11} median {median * 1000:9.1f} ms   "
            f"min-max {min(values) * 1000:.1f}-{max(values) * 1000:.1f} ms{ratio}"
        )


if __name__ == "__main__":
    sys.exit(main())
