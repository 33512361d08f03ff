"""The SQL behind the lists: search, filters, sort and paging pushed down to the database.

Each row comes back as the values of the kind's column specs, in order, then id and version.
What to search, filter, sort and join are facets of the kind (services/kinds/); this module
turns them into SQL.

Search: every whitespace-separated word must occur in one of the kind's search columns,
case and accents ignored; services.search_index makes that SQL (through the FTS5 trigram
index of migration 0006; its docstring says how words of 1-2 letters are found and how it
chooses to read the rows), and `fetch_page` asks it first how the words are best read.
That first look often counts the list's rows too: `first_page` hands that count over with
the page, and the list does not count again.

The search text is cut (services.search_words) to MAX_SEARCH_WORDS words and
MAX_SEARCH_CHARACTERS characters before it reaches SQL: SQLite refuses 1,000 words
("Expression tree is too large") and a 50,000-character word ("LIKE pattern too complex").
`%` and `_` typed by the user are searched literally.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from sqlalchemy import ColumnElement, Select, and_, func, null, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.visitors import InternalTraversal

from socialneet_desktop.db import read_budget
from socialneet_desktop.domain.age import AGE_BANDS
from socialneet_desktop.services import search_index
from socialneet_desktop.services.kind_facets import RecordKind, resolve
from socialneet_desktop.services.list_specs import (  # noqa: F401 - re-exported
    PAGE_SIZE,
    FilterSpec,
    ListQuery,
)
from socialneet_desktop.services.record_kinds import kind_by_key
from socialneet_desktop.services.search_index import SearchPlan
from socialneet_desktop.services.search_words import (  # noqa: F401 - re-exported
    MAX_SEARCH_CHARACTERS,
    MAX_SEARCH_WORDS,
    TOO_MANY_CHARACTERS,
    TOO_MANY_WORDS,
    search_hint,
    search_words,
)


class NotDeleted(ColumnElement):
    """`deleted_at IS NULL`; with `walk_sort_index`, written so SQLite ignores its index.

    Without statistics SQLite believes the deleted_at index selective and sorts the whole
    table in a temporary B-tree; `+col` keeps it on the sort index instead (17 ms -> 1 ms
    for a first page of 100,000 contacts). With a search, services.search_index.plan says
    which is better: reading the few matches by id and sorting them, or walking.
    """

    inherit_cache = False
    # its state as its cache key: SQLAlchemy compiles a list's statements once, not on
    # every keystroke (6 ms a page)
    _traverse_internals = [
        ("column", InternalTraversal.dp_clauseelement),
        ("walk_sort_index", InternalTraversal.dp_boolean),
    ]

    def __init__(self, column: ColumnElement, walk_sort_index: bool = True) -> None:
        self.column = column
        self.walk_sort_index = walk_sort_index


@compiles(NotDeleted)
def _not_deleted(element: NotDeleted, compiler, **kw) -> str:
    return f"{compiler.process(element.column, **kw)} IS NULL"


@compiles(NotDeleted, "sqlite")
def _not_deleted_sqlite(element: NotDeleted, compiler, **kw) -> str:
    plus = "+" if element.walk_sort_index else ""
    return f"{plus}{compiler.process(element.column, **kw)} IS NULL"


def _aliased(kind: RecordKind, alias: str):
    """The joined record `alias` of the kind's list, under its SQL alias."""
    return _alias_of(kind.join(alias).model_path, alias)


@cache
def _alias_of(model_path: str, alias: str):
    return aliased(resolve(model_path), name=alias)


def _column(kind: RecordKind, key: str, today: date | None = None) -> ColumnElement:
    """The SQL of a list column: a field, "alias.field" of a join, a computed name, or a
    value computed per row (ColumnSpec.sql, services.list_columns)."""
    spec = kind.column_spec(key)
    if spec is not None and spec.sql:
        from socialneet_desktop.services.list_columns import sql_column

        return sql_column(spec.sql, today or date.today()).label(key)
    computed = kind.computed_column(key)
    if computed is not None:
        parts = [getattr(_aliased(kind, computed.alias), part) for part in computed.parts]
        name = parts[0]
        for part in parts[1:]:
            name = name + " " + part
        return (func.trim(name) if computed.trim else name).label(key)
    alias, _, field = key.rpartition(".")
    return getattr(_aliased(kind, alias) if alias else kind.model, field)


def _sort_columns(kind: RecordKind, key: str) -> list[ColumnElement]:
    spec = kind.column_spec(key)
    if spec is not None and spec.sql:
        from socialneet_desktop.services.list_columns import sql_column

        return [sql_column(spec.sql, date.today())]
    computed = kind.computed_column(key)
    if computed is not None:
        return [getattr(_aliased(kind, computed.alias), part) for part in computed.parts]
    return [getattr(kind.model, name) for name in (key, *kind.sorts_also_by(key))]


def _joined(kind: RecordKind, statement: Select, joins) -> Select:
    for join in joins:
        other = _aliased(kind, join.alias)
        on = getattr(kind.model, join.foreign_key) == other.id
        statement = statement.outerjoin(other, on) if join.outer else statement.join(other, on)
    return statement


def base_select(kind: RecordKind, columns: list, walk_sort_index: bool = False) -> Select:
    """`columns` of the kind's rows not in the recycle bin, with the joins they need."""
    not_deleted = NotDeleted(kind.model.deleted_at, walk_sort_index)
    statement = select(*columns).select_from(kind.model).where(not_deleted)
    return _joined(kind, statement, kind.joins)


def _count_select(kind: RecordKind, query: ListQuery, how: str) -> Select:
    """COUNT(*) joins only the records searched in by LIKE (a visit always has a contact):
    an inner join the kind declares must not drop rows, an outer one cannot. The index is
    searched through the list's own id or foreign keys: no join."""
    statement = select(func.count()).select_from(kind.model)
    statement = statement.where(NotDeleted(kind.model.deleted_at, walk_sort_index=False))
    needed = {_alias_of_key(kind, key) for key, _value, _excluding in query.selections}
    if search_words(query.search) and how == "like":
        needed |= {key.rpartition(".")[0] for key in kind.search_columns}
    return _joined(kind, statement, [join for join in kind.joins if join.alias in needed])


def _alias_of_key(kind: RecordKind, key: str) -> str:
    """The join a column is read through ("" for the list's own table)."""
    computed = kind.computed_column(key)
    return computed.alias if computed is not None else key.rpartition(".")[0]


def _search_clause(kind: RecordKind, text: str, plan: SearchPlan) -> ColumnElement | None:
    words = search_words(text)
    if not words:
        return None
    return search_index.search_clause(
        kind, words, lambda key: _column(kind, key), plan.how, plan.ids
    )


def _as_plan(how: str | SearchPlan) -> SearchPlan:
    return how if isinstance(how, SearchPlan) else SearchPlan(how)


def search_plan(session: Session, kind: RecordKind, query: ListQuery) -> SearchPlan:
    """How the rows of `query` are best read (search_index.plan): "ids" without a search."""
    words = search_words(query.search)
    return search_index.plan(session, kind, words) if words else SearchPlan("ids")


def years_before(day: date, years: int) -> date:
    """The same day `years` earlier; 29 February becomes 28 February (see domain.age.age_on)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def age_band_clause(column: ColumnElement, code: str, today: date) -> ColumnElement:
    """Birth dates of people whose age on `today` falls in the band `code`."""
    band = next(band for band in AGE_BANDS if band.code == code)
    clauses = [column <= years_before(today, band.min_age)]
    if band.max_age is not None:
        clauses.append(column > years_before(today, band.max_age + 1))
    return and_(*clauses)


def _filter_clauses(
    kind: RecordKind, filters: dict, today: date, selections: tuple = (), ids: tuple = ()
) -> list[ColumnElement]:
    clauses = [_filter_clause(kind, spec, value, today) for spec, value in _set(kind, filters)]
    clauses += [selection_clause(kind, *selection) for selection in selections]
    return clauses + ([kind.model.id.in_(ids)] if ids else [])


def _set(kind: RecordKind, filters: dict) -> list[tuple[FilterSpec, object]]:
    """The kind's filters given a value (an empty text is no value), with it."""
    values = ((spec, filters.get(spec.key)) for spec in kind.filters)
    return [(spec, value) for spec, value in values if value is not None and value != ""]


def _filtered(kind: RecordKind, query: ListQuery) -> bool:
    """True when a filter, a selection or a set of ids narrows the list (`_filter_clauses`
    has a clause)."""
    return bool(_set(kind, query.filters) or query.selections or query.ids)


def selection_clause(kind: RecordKind, key: str, value, excluding: bool) -> ColumnElement:
    """Filter by selection: the rows whose column `key` holds `value` (an empty cell: NULL or
    ""); excluding: every other row, those with the column empty included."""
    column = _column(kind, key)
    empty = value is None or value == ""
    same = or_(column.is_(None), column == "") if empty else column == value
    if not excluding:
        return same
    return and_(column.is_not(None), column != "") if empty else or_(column.is_(None), ~same)


def _filter_clause(kind: RecordKind, spec: FilterSpec, value, today: date) -> ColumnElement:
    column = getattr(kind.model, spec.column)
    if spec.kind == "date_from":
        return column >= value
    if spec.kind == "date_to":
        return column <= value
    if spec.kind == "age_band":
        return age_band_clause(column, value, today)
    if spec.kind == "bool":
        return column.is_(True) if value else column.is_(False)
    return column == value


def _where(
    kind: RecordKind, statement: Select, query: ListQuery, today: date, how: str | SearchPlan
) -> Select:
    search = _search_clause(kind, query.search, _as_plan(how))
    if search is not None:
        statement = statement.where(search)
    return statement.where(
        *_filter_clauses(kind, query.filters, today, query.selections, query.ids)
    )


def rows_select(
    kind_key: str,
    query: ListQuery,
    today: date | None = None,
    how: str | SearchPlan = "ids",
    keys: list[str] | None = None,
    deferred: tuple[str, ...] = (),
) -> Select:
    """The statement of all list rows of a kind (page it with .limit/.offset); `how` the
    search is read (`search_plan`, or its `how`: "ids" reads all matches from the index,
    as an export does). The columns
    are `keys` (default: the kind's columns), then id and version; those `deferred` are
    NULL here (a page reads them after, for its rows only: `fetch_page`)."""
    kind = kind_by_key(kind_key)
    keys = keys if keys is not None else [spec.key for spec in kind.columns]
    columns = [null().label(key) if key in deferred else _column(kind, key, today) for key in keys]
    columns += [kind.model.id, kind.model.version]
    # Not by the index on deleted_at: the matches of a search read by id ("ids") are looked
    # up by the primary key (by the index on deleted_at, or 0012's month index walked in
    # date order, SQLite read every live visit to find none: 0.6 s at 1M). A LIKE search
    # keeps it: its scan of the live rows beats walking the sort index when few match.
    plan = _as_plan(how)
    walk = not search_words(query.search) or plan.how != "like"
    statement = base_select(kind, columns, walk_sort_index=walk)
    statement = _where(kind, statement, query, today or date.today(), plan)
    sort_key, descending = query.sort_key, query.descending
    spec = kind.column_spec(sort_key)
    if sort_key not in keys or spec is None or not spec.sortable:
        sort_key, descending = kind.default_sort
    order = [*_sort_columns(kind, sort_key), kind.model.id]
    return statement.order_by(*(c.desc() if descending else c.asc() for c in order))


def page_select(
    session: Session,
    kind_key: str,
    query: ListQuery,
    offset: int,
    limit: int,
    keys: list[str] | None = None,
    deferred: tuple[str, ...] = (),
    plan: SearchPlan | None = None,
):
    plan = plan or search_plan(session, kind_by_key(kind_key), query)
    statement = rows_select(kind_key, query, how=plan, keys=keys, deferred=deferred)
    return statement.offset(offset).limit(limit)


def fetch_page(
    session: Session,
    kind_key: str,
    query: ListQuery,
    offset: int,
    limit: int = PAGE_SIZE,
    keys: list[str] | None = None,
    unread: tuple[str, ...] = (),
    plan: SearchPlan | None = None,
) -> list[tuple]:
    """One page of rows (read the way `plan` says, else as `search_plan` says; a walk
    checking each row's text that has not found its page in search_index.WALK_SECONDS
    reads all the matches instead, "in"). The columns
    computed per row (a contact's number of visits) are read by a second statement for the
    page's ids only: in the page's own statement SQLite could work them out for every
    matching row before sorting and cutting the page. Those `unread` (RecordKind.unread_keys:
    the list does not show them) stay None."""
    kind = kind_by_key(kind_key)
    keys = keys if keys is not None else [spec.key for spec in kind.columns]
    deferred = kind.per_row_keys(keys)
    plan = plan or search_plan(session, kind, query)

    def read(plan: SearchPlan) -> list[list]:
        statement = page_select(session, kind_key, query, offset, limit, keys, deferred, plan)
        return [list(row) for row in session.execute(statement)]

    if plan.how != "text":
        rows = read(plan)
    else:
        try:
            with read_budget.within(session, search_index.WALK_SECONDS):
                rows = read(plan)
        except read_budget.OverBudget:  # the matches come late in the sort: read them all
            rows = read(replace(plan, how="in"))
    filled = tuple(key for key in deferred if key not in unread)
    if filled and rows:
        _fill_per_row(session, kind, rows, keys, filled)
    return [tuple(row) for row in rows]


@dataclass(frozen=True)
class FirstPage:
    """A list's first page, and its count when the search's first look counted it (None:
    the list counts its rows itself, count_rows)."""

    rows: list[tuple]
    count: int | None = None


def first_page(
    session: Session,
    kind_key: str,
    query: ListQuery,
    keys: list[str] | None = None,
    unread: tuple[str, ...] = (),
) -> FirstPage:
    """The first page of `query`, with the count its search's first look found when that is
    the list's count: the matches in the list's own index, without filters (at 1M, 'rossi'
    counted again took 10 ms, 'rossi mar' among the visits 65 ms)."""
    kind = kind_by_key(kind_key)
    plan = search_plan(session, kind, query)
    rows = fetch_page(session, kind_key, query, 0, keys=keys, unread=unread, plan=plan)
    return FirstPage(rows, None if _filtered(kind, query) else plan.counted)


def per_row_select(
    kind: RecordKind, ids, deferred: tuple[str, ...], today: date | None = None
) -> Select:
    """The columns computed per row (`deferred`) of the rows `ids` (a list, or an expanding
    parameter: services.first_page_plan), each row's id first."""
    columns = [_column(kind, key, today) for key in deferred]
    return select(kind.model.id, *columns).where(kind.model.id.in_(ids))


def _fill_per_row(session: Session, kind: RecordKind, rows: list[list], keys, deferred) -> None:
    ids = [row[len(keys)] for row in rows]
    found = session.execute(per_row_select(kind, ids, deferred))
    values = {row[0]: row[1:] for row in found}
    places = [keys.index(key) for key in deferred]
    for row in rows:
        for place, value in zip(places, values.get(row[len(keys)], ()), strict=False):
            row[place] = value


def count_select(session: Session, kind_key: str, query: ListQuery) -> Select:
    """COUNT(*) of the list's rows: by the search index alone when only words are asked."""
    kind, today = kind_by_key(kind_key), date.today()
    words, indexed = search_words(query.search), search_index.indexed(session)
    if words and indexed and not _filtered(kind, query):
        counted = search_index.count_select(kind, words)
        if counted is not None:
            return counted
    how = "like" if search_index.kind_sources(kind) is None or not indexed else "ids"
    return _where(kind, _count_select(kind, query, how), query, today, how)


def count_rows(session: Session, kind_key: str, query: ListQuery, cap: int | None = None) -> int:
    """The rows of the list; with `cap`, counting stops after `cap` + 1 of them, meaning "more
    than `cap`" (milliseconds where a word in most of a million rows takes half a second)."""
    counted = count_select(session, kind_key, query)
    if cap is not None:
        counted = search_index.capped_count(counted, cap)
    return session.scalar(counted) or 0


def compiled(session: Session, statement: Select) -> str:
    """`statement` as the SQL text SQLite runs, values written in (for the benchmarks)."""
    dialect = session.get_bind().dialect
    return str(statement.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
