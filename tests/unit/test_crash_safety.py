"""Kill a writing process with SIGKILL at random moments, many times, then check the file.

Saves, bulk imports (1,000 rows in one transaction) and a migration from the base revision
must each be found whole or not at all, and every operation the child reported as committed
(printed after commit returned) must be there.

Nothing here depends on the machine's speed: the fork server configures the mappers before
forking, a writing child is killed only after it reported its first commit (at a random
moment after it), and a migration that several early kills stopped is killed only once it
reported its commit. So every kill of a writer counts, however busy the machine.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from socialneet_desktop.db import migrate
from socialneet_desktop.db.database import open_database
from socialneet_desktop.db.engine import APPLICATION_ID

ROOT = Path(__file__).resolve().parents[2]
LANES = 2
KILLS_PER_LANE = 110
RUNS_PER_FILE = 10  # a fresh file now and then keeps integrity_check fast
MIGRATION_EVERY = 4  # one run in four starts from a file at the base revision
MIGRATION_PATIENCE = 3  # after this many early kills, a migration is let commit first
HUNG_CHILD_SECONDS = 120  # not a speed limit: only a child that hangs waits this long

pytestmark = pytest.mark.skipif(
    sys.platform == "win32" or not hasattr(os, "fork"),
    reason="the kill test needs SIGKILL and fork (POSIX only)",
)


@dataclass
class Figures:
    kills: int = 0
    writer_runs: int = 0  # runs on a migrated file: the child only writes records
    writer_kills: int = 0  # of those, kills of a child that had reported a commit
    operations: int = 0
    migrations_killed: int = 0
    migrations_committed: int = 0
    failures: list[str] = field(default_factory=list)
    lost: int = 0


@dataclass
class Committed:
    """What the children reported as committed to one file."""

    creates: set[str] = field(default_factory=set)
    updates: dict[int, int] = field(default_factory=dict)
    imports: set[str] = field(default_factory=set)
    migrated: bool = True


class ForkServer:
    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.helpers_crash"],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            bufsize=1,
        )

    def ask(self, line: str) -> str:
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()
        return self.process.stdout.readline().strip()

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=10)


def make_base_file(path: Path) -> None:
    """A SocialNEET file at the base revision (before 0001), holding some older data."""
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.execute("CREATE TABLE legacy_notes (id INTEGER PRIMARY KEY, text TEXT)")
    connection.executemany("INSERT INTO legacy_notes (text) VALUES (?)", [("old",)] * 500)
    connection.commit()
    connection.close()


def read_log(log: Path, committed: Committed) -> int:
    """The commits the child reported (a `failed` line is no commit)."""
    lines = log.read_text().splitlines() if log.exists() else []
    lines = [line for line in lines if not line.startswith("failed")]
    for line in lines:
        kind, *rest = line.split()
        if kind == "create":
            committed.creates.add(rest[0])
        elif kind == "update":
            committed.updates[int(rest[0])] = max(
                committed.updates.get(int(rest[0]), 0), int(rest[1])
            )
        elif kind == "import":
            committed.imports.add(rest[0])
        elif kind == "migrated":
            committed.migrated = True
    return len(lines)


def verify(path: Path, committed: Committed, figures: Figures, label: str) -> None:
    connection = sqlite3.connect(path, timeout=10)
    try:
        problems = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        if problems != ["ok"]:
            figures.failures.append(f"{label}: integrity {problems[:3]}")
            return
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        if "alembic_version" not in tables:
            verify_base(connection, tables, committed, figures, label)
            return
        verify_head(connection, committed, figures, label)
    finally:
        connection.close()


def verify_base(connection, tables, committed: Committed, figures: Figures, label: str) -> None:
    """Killed during the migration: the file must be exactly as before it."""
    figures.migrations_killed += 1
    if committed.migrated:
        figures.lost += 1
        figures.failures.append(f"{label}: a committed migration is gone")
    if tables != {"legacy_notes"}:
        figures.failures.append(f"{label}: half a migration: {sorted(tables)}")
    if connection.execute("SELECT count(*) FROM legacy_notes").fetchone()[0] != 500:
        figures.failures.append(f"{label}: old data changed before the migration")


def verify_head(connection, committed: Committed, figures: Figures, label: str) -> None:
    revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    if revision != (migrate.HEAD_REVISION,):
        figures.failures.append(f"{label}: revision {revision}")
    uuids = {row[0] for row in connection.execute("SELECT uuid FROM neet_contacts")}
    figures.lost += len(committed.creates - uuids)
    batches = Counter(
        row[0][6:]
        for row in connection.execute("SELECT notes FROM neet_contacts WHERE notes LIKE 'batch:%'")
    )
    partial = {batch: n for batch, n in batches.items() if n != 1000}
    if partial:
        figures.failures.append(f"{label}: partial imports {partial}")
    figures.lost += len(committed.imports - set(batches))
    names = dict(connection.execute("SELECT id, first_name FROM neet_contacts"))
    for record_id, counter in committed.updates.items():
        value = names.get(record_id, "")
        if not value.startswith("n") or int(value[1:]) < counter:
            figures.lost += 1


def wait_for_report(log: Path, word: str = "") -> str:
    """Until the child's log holds a whole line (starting with `word`, if given): "" then,
    or why not (the child failed, or hung)."""
    deadline = time.monotonic() + HUNG_CHILD_SECONDS
    while time.monotonic() < deadline:
        lines = log.read_text().splitlines(keepends=True) if log.exists() else []
        whole = [line for line in lines if line.endswith("\n")]
        if failed := [line.strip() for line in whole if line.startswith("failed")]:
            return f"the child stopped: {failed[0]}"
        if any(line.startswith(word) for line in whole):
            return ""
        time.sleep(0.005)
    return f"the child reported no commit in {HUNG_CHILD_SECONDS} s"


def failure_in(log: Path) -> str:
    lines = log.read_text().splitlines() if log.exists() else []
    failed = [line for line in lines if line.startswith("failed")]
    return f"the child stopped: {failed[0]}" if failed else ""


def wait_then_kill(rng: random.Random, mode: str, attempts: int, log: Path) -> str:
    """Wait as the mode needs, then a random moment; "" or why the child was not killed
    where it should have been."""
    if mode == "migrate" and attempts <= MIGRATION_PATIENCE:
        time.sleep(rng.uniform(0.001, 0.05 * attempts))  # most land before the commit
        return ""
    problem = wait_for_report(log, "migrated" if mode == "migrate" else "")
    time.sleep(0 if problem else rng.uniform(0.002, 0.25))
    return problem


def run_lane(lane: int, folder: Path, template: Path) -> Figures:
    figures = Figures()
    rng = random.Random(lane)
    server = ForkServer()
    try:
        for run in range(KILLS_PER_LANE):
            if run % RUNS_PER_FILE == 0:
                path = folder / f"lane{lane}-{run}.sqlite"
                migrating = (run // RUNS_PER_FILE) % MIGRATION_EVERY == 1
                committed = Committed(migrated=not migrating)
                if migrating:
                    make_base_file(path)
                else:
                    shutil.copy(template, path)
                attempts = 0  # kills during this file's migration so far
            mode = "migrate" if not committed.migrated else "ops"
            attempts += mode == "migrate"
            log = folder / f"lane{lane}-{run}.log"
            seed = lane * 100_000 + run + 1
            pid = int(server.ask(f"{path} {mode} {seed} {log}"))
            problem = wait_then_kill(rng, mode, attempts, log)
            os.kill(pid, signal.SIGKILL)
            server.ask(f"reap {pid}")
            figures.kills += 1
            label = f"lane {lane} run {run}"
            problem = problem or failure_in(log)
            if problem:
                figures.failures.append(f"{label}: {problem}")
            was_migrated = committed.migrated
            reported = read_log(log, committed)
            figures.operations += reported
            figures.writer_runs += mode == "ops"
            figures.writer_kills += mode == "ops" and reported > 0
            if committed.migrated and not was_migrated:
                figures.migrations_committed += 1
            verify(path, committed, figures, label)
            for leftover in path.parent.glob(f"{path.stem}.before-migration-*"):
                leftover.unlink()
    finally:
        server.close()
    return figures


def test_killed_writers_never_leave_half_an_operation(tmp_path, capsys):
    template = tmp_path / "template.sqlite"
    open_database(template).close()
    started = time.monotonic()
    with ThreadPoolExecutor(LANES) as pool:
        lanes = list(pool.map(lambda n: run_lane(n, tmp_path, template), range(LANES)))
    total = Figures(
        kills=sum(f.kills for f in lanes),
        writer_runs=sum(f.writer_runs for f in lanes),
        writer_kills=sum(f.writer_kills for f in lanes),
        operations=sum(f.operations for f in lanes),
        migrations_killed=sum(f.migrations_killed for f in lanes),
        migrations_committed=sum(f.migrations_committed for f in lanes),
        failures=[failure for f in lanes for failure in f.failures],
        lost=sum(f.lost for f in lanes),
    )
    with capsys.disabled():
        print(
            f"\nKILL TEST SUMMARY: kills={total.kills} of writers={total.writer_kills} "
            f"operations={total.operations} "
            f"migration runs killed before commit (file untouched)={total.migrations_killed} "
            f"migrations committed={total.migrations_committed} "
            f"integrity/partial failures={len(total.failures)} lost committed={total.lost} "
            f"seconds={time.monotonic() - started:.1f}"
        )
    assert total.kills >= 200
    assert total.failures == []
    assert total.lost == 0
    # Every writer had reported a commit before its kill: no kill is spent on a start-up.
    assert total.writer_kills == total.writer_runs > 0
    assert total.migrations_killed > 0 and total.migrations_committed > 0
