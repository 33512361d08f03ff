"""A list's first page read with plain sqlite3, before SQLAlchemy and the models are loaded.

Start-up (issue 15): the first rows of the list shown are painted from the file itself,
read by the SQL that SQLAlchemy wrote for exactly that list the last time the program ran it
(services.first_page_plan makes a `Plan` from services.list_queries; the window keeps it in
a small JSON file beside its settings). Nothing here imports SQLAlchemy, Qt or the models.

A plan is used only when everything it was made from is still the same: the program's
version and the sources that write a list's SQL (`code_fingerprint`), the file's schema at
the program's head revision (no migration due), the kind, its columns, the sort. Anything
else (no plan yet, an encrypted file whose key is not known yet, a damaged file, a locked
one) gives None, and the list is read the ordinary way once the file is opened: a plan can
make the first rows come sooner, never different.

Values come back as SQLAlchemy gives them: each column's `converter` (a name in CONVERTERS)
turns the stored text or number into the Python value (a date, a bool) its type returns.
A parameter that depends on the day (a contact's age) is kept as a `DayForm` name and
worked out for today.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from socialneet_desktop import __version__

PLAN_FORMAT = 1
IDS = "{ids}"  # where the deferred statement's list of ids goes
BUSY_TIMEOUT = 0.5  # a writer holding the file: the ordinary read comes instead


def _to_date(value):
    return date.fromisoformat(value) if isinstance(value, str) else value


def _to_datetime(value):
    return datetime.fromisoformat(value) if isinstance(value, str) else value


def _to_time(value):
    return time.fromisoformat(value) if isinstance(value, str) else value


def _to_bool(value):
    return None if value is None else bool(value)


def _to_float(value):
    return None if value is None else float(value)


CONVERTERS: dict[str, Callable[[Any], Any]] = {
    "date": _to_date,
    "datetime": _to_datetime,
    "time": _to_time,
    "bool": _to_bool,
    "float": _to_float,
}

# A parameter that depends on the day, by its form (how it is computed from today).
DAY_FORMS: dict[str, Callable[[date], Any]] = {
    "year": lambda day: day.year,
    "month-day": lambda day: day.strftime("%m-%d"),
    "iso": lambda day: day.isoformat(),
    "midnight": lambda day: f"{day.isoformat()} 00:00:00.000000",  # a DateTime as stored
    "iso-31-days-before": lambda day: (day - timedelta(days=31)).isoformat(),
}


def converter(name: str) -> Callable[[Any], Any] | None:
    """The converter called `name`: "" none, "decimal:N" a Decimal of N places."""
    if not name:
        return None
    if name.startswith("decimal:"):
        from decimal import Decimal

        places = int(name.partition(":")[2])
        return lambda value: None if value is None else Decimal(f"{float(value):.{places}f}")
    return CONVERTERS[name]


@dataclass(frozen=True)
class Statement:
    """SQL with `?` placeholders; `params` its values, a {"day": form} for a day's value."""

    sql: str
    params: tuple = ()

    def values(self, today: date) -> list:
        return [
            DAY_FORMS[value["day"]](today) if isinstance(value, dict) else value
            for value in self.params
        ]


@dataclass(frozen=True)
class Plan:
    """How to read one list's first page: its statement, then the statement of the columns
    computed per row (for the page's ids, at IDS), and a converter per value of a row."""

    key: str
    rows: Statement
    converters: tuple[str, ...]
    deferred: Statement | None = None
    deferred_places: tuple[int, ...] = ()  # where each deferred value goes in a row
    deferred_converters: tuple[str, ...] = ()
    revision: str = ""
    id_place: int = 0  # the place of the record's id in a row
    extra: dict = field(default_factory=dict)

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> Plan:
        rows = Statement(data["rows"]["sql"], tuple(data["rows"]["params"]))
        deferred = data.get("deferred")
        if deferred is not None:
            deferred = Statement(deferred["sql"], tuple(deferred["params"]))
        return cls(
            data["key"],
            rows,
            tuple(data["converters"]),
            deferred,
            tuple(data.get("deferred_places", ())),
            tuple(data.get("deferred_converters", ())),
            data.get("revision", ""),
            int(data.get("id_place", 0)),
        )


def plan_key(
    kind_key: str,
    keys: list[str] | tuple[str, ...],
    sort_key: str,
    descending: bool,
    unread: tuple[str, ...] = (),
):
    """The plan's name: the kind, its columns in order, the sort, the columns computed per
    row it leaves empty (not shown)."""
    return json.dumps([kind_key, list(keys), sort_key, bool(descending), list(unread)])


_FINGERPRINTED = (  # what writes a list's SQL: a change there makes every plan stale
    "services/list_queries.py",
    "services/list_columns.py",
    "services/mentor_columns.py",
    "services/kind_facets.py",
    "services/first_page_plan.py",
    "services/home_figures.py",
    "services/home_lists.py",
    "services/home_plan.py",
    "services/search_index.py",
    "services/kinds",
    "domain/columns.py",
    "db/first_page.py",
    "db/model_base.py",
    "db/models.py",
    "db/models_path.py",
    "db/models_network.py",
    "db/models_exchange.py",
    "db/models_needs.py",
    "db/migrate.py",
)


def code_fingerprint() -> str:
    """The program's version and the size and time of each source file that writes a list's
    SQL (an installed program changes them only with a new version; a checkout, on edit)."""
    root = Path(__file__).resolve().parent.parent
    parts = [__version__, str(PLAN_FORMAT)]
    for name in _FINGERPRINTED:
        path = root / name
        files = sorted(path.glob("*.py")) if path.is_dir() else [path]
        for file in files:
            with contextlib.suppress(OSError):
                stat = file.stat()
                parts.append(f"{file.name}:{stat.st_size}:{stat.st_mtime_ns}")
    return "\n".join(parts)  # compared whole: no hash library to import for it


def load_plans(path: Path) -> dict[str, Plan]:
    """The plans kept in `path` for this program's code ({} when none, or made by other
    code). The window keeps them beside its settings (ui.views.record_list)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("code") != code_fingerprint():
            return {}
        return {key: Plan.from_json(value) for key, value in data["plans"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def save_plan(plan: Plan, path: Path) -> None:
    """Keep `plan` in `path` beside the others (written aside, then moved in place: a reader
    never sees half a file; a failure only means the next start reads the ordinary way)."""
    save_plans([plan], path)


def save_plans(new: list[Plan], path: Path) -> None:
    """Keep the plans `new` in `path` beside the others, as save_plan does."""
    plans = load_plans(path)
    plans.update((plan.key, plan) for plan in new)
    data = {"code": code_fingerprint(), "plans": {k: p.to_json() for k, p in plans.items()}}
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        spare = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        spare.write_text(json.dumps(data), encoding="utf-8")
        os.replace(spare, path)


def read_first_page(database_path: Path, plan: Plan, today: date | None = None):
    """The first page's rows by `plan`, as fetch_page returns them; None when the file
    cannot be read that way now (the ordinary read, after the opening, tells why)."""
    found = read_by_plans(database_path, [plan], today)
    return None if found is None else found[0]


def read_by_plans(database_path: Path, plans: list[Plan], today: date | None = None):
    """Each plan's rows, in one read of the file (the home page's lists); None when the file
    cannot be read that way now."""
    from socialneet_desktop.db.migrate import HEAD_REVISION
    from socialneet_desktop.db.sqlite_connect import READ_ONLY, connect, is_encrypted_file

    today = today or date.today()
    if any(plan.revision != HEAD_REVISION for plan in plans) or not database_path.is_file():
        return None
    if is_encrypted_file(database_path):
        return None  # its key is asked by the opening: the ordinary read follows
    try:
        connection = connect(database_path, READ_ONLY, timeout=BUSY_TIMEOUT, key=None)
    except sqlite3.Error:
        return None
    try:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        if any(revision != [(plan.revision,)] for plan in plans):
            return None
        return [_read(connection, plan, today) for plan in plans]
    except (sqlite3.Error, ValueError, TypeError, KeyError):
        return None
    finally:
        connection.close()


def _read(connection, plan: Plan, today: date) -> list[tuple]:
    found = connection.execute(plan.rows.sql, plan.rows.values(today)).fetchall()
    rows = [_converted(row, plan.converters) for row in found]
    if plan.deferred is not None and rows:
        _fill_deferred(connection, plan, rows, today)
    return [tuple(row) for row in rows]


def _converted(row, names) -> list:
    values = list(row)
    for place, name in enumerate(names):
        change = converter(name)
        if change is not None:
            values[place] = change(values[place])
    return values


def _fill_deferred(connection, plan: Plan, rows: list[list], today: date) -> None:
    ids = [row[plan.id_place] for row in rows]
    sql = plan.deferred.sql.replace(IDS, ", ".join("?" * len(ids)))
    found = connection.execute(sql, [*plan.deferred.values(today), *ids]).fetchall()
    values = {row[0]: _converted(row[1:], plan.deferred_converters) for row in found}
    for row in rows:
        for place, value in zip(
            plan.deferred_places, values.get(row[plan.id_place], ()), strict=False
        ):
            row[place] = value
