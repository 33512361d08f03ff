"""The plan of a list's first page (db.first_page.Plan), made from the list's own SQL.

`make_plan` compiles the very statements `services.list_queries.fetch_page` runs for a list
with no search, filter or selection (its first page, then its columns computed per row for
the page's ids), as SQLite gets them, and notes how each value is turned into Python.
It is made after the list was read the ordinary way (SQLAlchemy is loaded by then), kept by
db.first_page.save_plan, and read by the next start before SQLAlchemy is loaded.

A parameter that changes with the day (a contact's age compares with today) is found by
compiling for two days and named by its form (db.first_page.DAY_FORMS); a statement whose
values no form explains, or a column type with no known converter, gets no plan: that
list is read the ordinary way at start-up, as before.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import Boolean, Date, DateTime, Float, Numeric, Time, bindparam
from sqlalchemy.dialects import sqlite

from socialneet_desktop.db import first_page
from socialneet_desktop.db.first_page import DAY_FORMS, IDS, Plan, Statement, plan_key
from socialneet_desktop.db.migrate import HEAD_REVISION
from socialneet_desktop.services import list_queries
from socialneet_desktop.services.list_specs import PAGE_SIZE, ListQuery
from socialneet_desktop.services.record_kinds import kind_by_key

DAYS = (date(2001, 2, 3), date(2004, 7, 9))  # every day form differs between the two
_SENTINEL = -987_654_321  # the ids' place in the deferred statement
_DIALECT = sqlite.dialect()


class NoPlan(Exception):
    """This list's first page cannot be read without SQLAlchemy (told why)."""


def make_plan(
    kind_key: str,
    keys: list[str],
    sort_key: str,
    descending: bool,
    unread: tuple[str, ...] = (),
    revision: str = HEAD_REVISION,
) -> Plan:
    """The plan of the first page of `kind_key`'s list showing `keys`, sorted as given (the
    sort fetch_page would fall back to is written in the SQL, as there), the columns
    computed per row among `unread` left empty as fetch_page does; NoPlan if none."""
    kind = kind_by_key(kind_key)
    deferred = kind.per_row_keys(keys)
    filled = tuple(key for key in deferred if key not in unread)
    query = ListQuery(sort_key=sort_key, descending=descending)

    def rows(day: date):
        statement = list_queries.rows_select(
            kind_key, query, today=day, keys=keys, deferred=deferred
        )
        return statement.offset(0).limit(PAGE_SIZE)

    statement = rows(DAYS[0])
    converters = tuple(value_converter(column.type) for column in statement.selected_columns)
    plan_rows = statement_by_day(rows)
    late, late_converters = None, ()
    if filled:

        def per_row(day: date):
            ids = bindparam("first_page_ids", value=[_SENTINEL], expanding=True)
            return list_queries.per_row_select(kind, ids, filled, day)

        late = statement_by_day(per_row, ids=True)
        late_converters = tuple(
            value_converter(column.type) for column in per_row(DAYS[0]).selected_columns[1:]
        )
    return Plan(
        plan_key(kind_key, keys, sort_key, descending, unread),
        plan_rows,
        converters,
        late,
        tuple(keys.index(key) for key in filled),
        late_converters,
        revision,
        len(keys),
    )


def _compiled(statement) -> tuple[str, list]:
    """Its SQL and its values as SQLite gets them (a date as the text it is stored as)."""
    compiled = statement.compile(dialect=_DIALECT, compile_kwargs={"render_postcompile": True})
    return str(compiled), [_bound(compiled, name) for name in compiled.positiontup]


def _bound(compiled, name: str):
    value, bind = compiled.params[name], compiled.binds.get(name)
    if bind is None or value is None:  # an expanded list's value: an id
        return value
    processor = bind.type.dialect_impl(_DIALECT).bind_processor(_DIALECT)
    return value if processor is None else processor(value)


def statement_by_day(build, ids: bool = False) -> Statement:
    """The statement built for each of DAYS, with the values that differ named by form;
    NoPlan when some differ in a way no form explains."""
    (sql, first), (other_sql, second) = (_compiled(build(day)) for day in DAYS)
    if sql != other_sql or len(first) != len(second):
        raise NoPlan("the statement's text changes with the day")
    params = []
    for value, other in zip(first, second, strict=True):
        if value == other:
            if value is not None and not isinstance(value, int | float | str):
                raise NoPlan(f"a parameter of type {type(value).__name__}")
            params.append(value)
            continue
        form = next((name for name, of in DAY_FORMS.items() if _formed(of, value, other)), None)
        if form is None:
            raise NoPlan(f"a parameter changes with the day: {value!r}")
        params.append({"day": form})
    if ids:
        return _ids_placed(sql, params)
    return Statement(sql, tuple(params))


def _formed(of, value, other) -> bool:
    return of(DAYS[0]) == value and of(DAYS[1]) == other


def _ids_placed(sql: str, params: list) -> Statement:
    """The ids' `?` (the last parameter) written as IDS, for as many ids as a page has."""
    if params.count(_SENTINEL) != 1 or params[-1] != _SENTINEL:
        raise NoPlan("the ids are not the statement's last parameter")
    head, mark, tail = sql.rpartition("?")
    if not mark or "?" in tail:
        raise NoPlan("the ids' placeholder was not found")
    return Statement(head + IDS + tail, tuple(params[:-1]))


def value_converter(column_type) -> str:
    """The db.first_page converter giving the value SQLAlchemy's type gives on SQLite."""
    processor = column_type.dialect_impl(_DIALECT).result_processor(_DIALECT, None)
    if processor is None:
        return ""
    for kind, name in ((DateTime, "datetime"), (Date, "date"), (Time, "time"), (Boolean, "bool")):
        if isinstance(column_type, kind):
            return name
    if isinstance(column_type, Float) or (
        isinstance(column_type, Numeric) and not column_type.asdecimal
    ):
        return "float"
    if isinstance(column_type, Numeric):
        return f"decimal:{column_type._effective_decimal_return_scale}"
    raise NoPlan(f"no converter for {type(column_type).__name__}")


def keep_plan(
    plans: Path,
    kind_key: str,
    keys: list[str],
    sort_key: str,
    descending: bool,
    unread: tuple[str, ...] = (),
) -> bool:
    """Make the plan and keep it in the file `plans` unless an up-to-date one is kept there
    already; True when kept now. Never raises for want of a plan: the list is then read
    the ordinary way."""
    key = plan_key(kind_key, keys, sort_key, descending, unread)
    if key in first_page.load_plans(plans):
        return False
    try:
        plan = make_plan(kind_key, keys, sort_key, descending, unread)
    except NoPlan:
        return False
    first_page.save_plan(plan, plans)
    return True
