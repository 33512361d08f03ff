"""Is the file whole? SQLite's own checks, run on a read-only connection.

`opening_check` runs when a database is opened: milliseconds whatever the file's size (the
small tables that guard the data: settings, revision, erasure register, keys, staff).
`quick_check` (seconds on large files) runs when it is due (db.check_record): off the GUI
thread after the window shows its first rows, or before a command works on the file; it can
be stopped (`cancelled`, by sqlite3_interrupt). `integrity_check` also compares every index with its
table, on demand (`socialneet check --full`). `examine` is what `check` and a restore ask: is
the file ours (db.database.inspect_existing), whole (SQLite's check) and as its revision
should be (db.schema_check)?
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass, field
from pathlib import Path

from socialneet_desktop.db import sqlite_connect
from socialneet_desktop.db.database_files import inspect_closed
from socialneet_desktop.db.database_files import read_only_uri as read_only_uri
from socialneet_desktop.db.refusals import DatabaseRefused
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP

MAX_PROBLEMS = 20
GUARD_TABLES = (  # checked at every opening: small, and what protects the rest
    "alembic_version",
    "app_settings",
    "erasure_register",
    "pseudonym_keys",
    "audit_scrub_permit",
    "staff",
)
SQLITE_CORRUPT = 11  # "database disk image is malformed"
CANCEL_POLL_S = 0.05  # how often a running check looks at `cancelled`


class CheckCancelled(Exception):
    """The check was stopped before its end: it says nothing about the file."""


GOOD = QT_TRANSLATE_NOOP("Integrity", "%1 was checked and is in good order.")
DAMAGED = QT_TRANSLATE_NOOP(
    "Integrity",
    "%1 is damaged: SQLite found problems in it. Do not keep working on it: restore the newest "
    "good backup (File > Restore from backup…). The damaged file is kept aside, not deleted.",
)
UNREADABLE = QT_TRANSLATE_NOOP(
    "Integrity",
    "%1 cannot be read as a database: it may be damaged or not a database at all. Restore the "
    "newest good backup (File > Restore from backup…).",
)
MISSING = QT_TRANSLATE_NOOP("Integrity", "%1 does not exist.")
SCHEMA_CHANGED = QT_TRANSLATE_NOOP(
    "Integrity",
    "%1 is not as SocialNEET Desktop left it: its tables, columns, indexes or triggers were "
    "changed outside the program (listed below). Do not keep working on it: restore the newest "
    "good backup (File > Restore from backup…).",
)


@dataclass(frozen=True)
class IntegrityResult:
    """The outcome of a check; `message` is a template for translate(context, …)."""

    path: Path
    ok: bool
    message: str
    problems: list[str] = field(default_factory=list)
    full: bool = False
    context: str = "Integrity"  # "Database" for a refusal of db.database.inspect_existing


def quick_check(path: Path, cancelled=None) -> IntegrityResult:
    """SQLite's quick check of the whole file; CheckCancelled if `cancelled()` turns true."""
    if cancelled is None and (early := _early_result(path, "quick_check")) is not None:
        return early
    return _check(Path(path), "quick_check", full=False, cancelled=cancelled)


_EARLY: dict[tuple[str, str], tuple[threading.Thread, dict]] = {}


def start_early(path: Path, *, full: bool = False) -> None:
    """Begin SQLite's check of `path` in a thread now; the next quick_check (integrity_check
    with `full`) of that path takes its result. `socialneet check` starts it before loading
    Qt and its own modules: SQLite works (without the GIL) while Python imports, so the
    command costs little more than the check itself."""
    pragma = "integrity_check" if full else "quick_check"
    box: dict = {}

    def run() -> None:
        box["result"] = _check(Path(path), pragma, full=full)

    thread = threading.Thread(target=run, name="early-check", daemon=True)
    _EARLY[(_early_key(path), pragma)] = (thread, box)
    thread.start()


def _early_key(path: Path) -> str:
    return str(Path(path).expanduser().absolute())


def _early_result(path: Path, pragma: str) -> IntegrityResult | None:
    entry = _EARLY.pop((_early_key(path), pragma), None)
    if entry is None:
        return None
    thread, box = entry
    thread.join()
    return box.get("result")  # None if the thread failed: the check runs again


def opening_check(path: Path) -> IntegrityResult:
    """The quick check of the guard tables only (those the file has): constant in the size."""
    path = Path(path)
    if not path.is_file():
        return IntegrityResult(path, False, MISSING)
    try:
        connection = sqlite_connect.connect(path, sqlite_connect.READ_CLOSED, timeout=5)
    except sqlite3.Error as error:
        return IntegrityResult(path, False, UNREADABLE, [str(error)])
    problems: list[str] = []
    try:
        present = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        for table in (name for name in GUARD_TABLES if name in present):
            rows = connection.execute(f'PRAGMA quick_check("{table}")').fetchall()
            problems += [row[0] for row in rows if row[0] != "ok"]
    except sqlite3.DatabaseError as error:
        return IntegrityResult(path, False, UNREADABLE, [str(error)])
    finally:
        connection.close()
    if problems:
        return IntegrityResult(path, False, DAMAGED, problems[:MAX_PROBLEMS])
    return IntegrityResult(path, True, GOOD)


def integrity_check(path: Path) -> IntegrityResult:
    if (early := _early_result(path, "integrity_check")) is not None:
        return early
    return _check(Path(path), "integrity_check", full=True)


def examine(path: Path, *, full: bool = False) -> IntegrityResult:
    """Ours, whole and with the schema of its revision? The first failing step is told, with
    each of its problems; the file is only read."""
    path = Path(path)
    if not path.is_file():
        return IntegrityResult(path, False, MISSING, full=full)
    try:
        inspect_closed(path)  # db.database's inspection without SQLAlchemy
    except DatabaseRefused as refusal:
        details = [refusal.detail] if refusal.detail else []
        return IntegrityResult(path, False, refusal.message, details, full, "Database")
    result = integrity_check(path) if full else quick_check(path)
    if not result.ok:
        return result
    problems = schema_problems_of(path)
    if problems:
        return IntegrityResult(path, False, SCHEMA_CHANGED, problems, full)
    return result


def schema_problems_of(path: Path) -> list[str]:
    from socialneet_desktop.db.schema_check import UNREADABLE as SCHEMA_UNREADABLE
    from socialneet_desktop.db.schema_check import Problem, schema_problems

    try:
        connection = sqlite_connect.connect(path, sqlite_connect.READ_CLOSED, timeout=5)
    except sqlite3.Error as error:
        return [Problem(SCHEMA_UNREADABLE, error)]
    try:
        return schema_problems(connection)
    finally:
        connection.close()


def _interrupt_when(cancelled, connection: sqlite3.Connection) -> threading.Event:
    """Interrupt `connection` once `cancelled()` is true; set the returned event when done.
    SQLite's check of one b-tree is a single step of its virtual machine, so a progress
    handler would only be asked between tables; sqlite3_interrupt stops it within pages."""
    done = threading.Event()

    def watch() -> None:
        while not done.wait(CANCEL_POLL_S):
            if cancelled():
                connection.interrupt()
                return

    threading.Thread(target=watch, name="check-cancel", daemon=True).start()
    return done


def _check(path: Path, pragma: str, full: bool, cancelled=None) -> IntegrityResult:
    if not path.is_file():
        return IntegrityResult(path, False, MISSING, full=full)
    try:
        connection = sqlite_connect.connect(path, sqlite_connect.READ_CLOSED, timeout=5)
    except sqlite3.Error as error:
        return IntegrityResult(path, False, UNREADABLE, [str(error)], full)
    if cancelled is not None and cancelled():
        connection.close()
        raise CheckCancelled()
    watch = _interrupt_when(cancelled, connection) if cancelled is not None else None
    problems: list[str] = []
    try:
        for (row,) in connection.execute(f"PRAGMA {pragma}({MAX_PROBLEMS})"):
            if row != "ok":
                problems.append(row)
    except sqlite3.DatabaseError as error:
        if cancelled is not None and cancelled():
            raise CheckCancelled() from error
        if problems or getattr(error, "sqlite_errorcode", None) == SQLITE_CORRUPT:
            # The check told its first problems, then stopped on the damage (its scan of
            # the NOT NULL columns reads the broken pages): damaged, not unreadable.
            return IntegrityResult(path, False, DAMAGED, [*problems, str(error)], full)
        return IntegrityResult(path, False, UNREADABLE, [str(error)], full)
    finally:
        if watch is not None:
            watch.set()
        connection.close()
    if problems:
        return IntegrityResult(path, False, DAMAGED, problems, full)
    return IntegrityResult(path, True, GOOD, [], full)
