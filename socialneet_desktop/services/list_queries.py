"""The SQL behind the lists: search, filters, sort and paging pushed down to the database.

Each row comes back as the values of the kind's column specs, in order, then id and version.
What to search, filter, sort and join are facets of the kind (services/kinds/); this module
turns them into SQL.

Search: every whitespace-separated word must occur (case-insensitively, anywhere) in one of
the kind's main text columns. The existing indexes use the BINARY collation, so SQLite cannot
serve a case-insensitive `LIKE 'abc%'` from them either; measured on 100,000 contacts a
prefix and a substring scan cost the same (~30 ms), so the friendlier substring match is used
and speed comes from walking the sort index and stopping at the page's LIMIT.

The search text is cut (`search_words`) to MAX_SEARCH_WORDS words and MAX_SEARCH_CHARACTERS
characters before it reaches SQL: SQLite refuses 1,000 words ("Expression tree is too large")
and a 50,000-character word ("LIKE pattern too complex"); `search_hint` says what was cut.
`%` and `_` typed by the user are searched literally (LIKE with an escape character).
"""

from __future__ import annotations

from datetime import date
from functools import cache

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, aliased

from socialneet_desktop.domain.age import AGE_BANDS
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP, without_illegal_characters
from socialneet_desktop.services.kind_facets import RecordKind, resolve
from socialneet_desktop.services.list_specs import (  # noqa: F401 - re-exported
    PAGE_SIZE,
    FilterSpec,
    ListQuery,
)
from socialneet_desktop.services.record_kinds import kind_by_key


class NotDeleted(ColumnElement):
    """`deleted_at IS NULL`; with `walk_sort_index`, written so SQLite ignores its index.

    Without statistics SQLite believes the deleted_at index selective and sorts the whole
    table in a temporary B-tree; `+col` keeps it on the sort index instead (17 ms -> 1 ms
    for a first page of 100,000 contacts). With a search the sequential scan plus top-N
    sort is better: walking the sort index to find a rare name costs 190 ms, scanning 35 ms.
    """

    inherit_cache = False

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


def _column(kind: RecordKind, key: str) -> ColumnElement:
    """The SQL of a list column: a field, "alias.field" of a join, or a computed name."""
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


def _count_select(kind: RecordKind, query: ListQuery) -> Select:
    """COUNT(*) joins only the records searched in (a visit always has a contact): an inner
    join the kind declares must not drop rows, an outer one cannot."""
    statement = select(func.count()).select_from(kind.model)
    statement = statement.where(NotDeleted(kind.model.deleted_at, walk_sort_index=False))
    if not search_words(query.search):
        return statement
    searched = {key.rpartition(".")[0] for key in kind.search_columns}
    return _joined(kind, statement, [join for join in kind.joins if join.alias in searched])


MAX_SEARCH_WORDS = 20
MAX_SEARCH_CHARACTERS = 200
TOO_MANY_WORDS = QT_TRANSLATE_NOOP("Search", "Only the first %1 words are searched.")
TOO_MANY_CHARACTERS = QT_TRANSLATE_NOOP("Search", "Only the first %1 characters are searched.")


def search_words(text: str) -> list[str]:
    """The words searched for `text`: at most MAX_SEARCH_WORDS, MAX_SEARCH_CHARACTERS in all."""
    words, room = [], MAX_SEARCH_CHARACTERS
    for word in without_illegal_characters(text).split()[:MAX_SEARCH_WORDS]:
        if room <= 0:
            break
        words.append(word[:room])
        room -= len(words[-1])
    return words


def search_hint(text: str) -> tuple[str, int] | None:
    """(English message, limit) when `text` is cut before it is searched, else None."""
    words = without_illegal_characters(text).split()
    if len(words) > MAX_SEARCH_WORDS:
        return TOO_MANY_WORDS, MAX_SEARCH_WORDS
    if sum(map(len, words)) > MAX_SEARCH_CHARACTERS:
        return TOO_MANY_CHARACTERS, MAX_SEARCH_CHARACTERS
    return None


def _search_clause(kind: RecordKind, text: str) -> ColumnElement | None:
    words = search_words(text)
    if not words:
        return None
    columns = [_column(kind, key) for key in kind.search_columns]
    return and_(*(or_(*(c.contains(w, autoescape=True) for c in columns)) for w in words))


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


def _filter_clauses(kind: RecordKind, filters: dict, today: date) -> list[ColumnElement]:
    clauses = []
    for spec in kind.filters:
        value = filters.get(spec.key)
        if value is not None and value != "":
            clauses.append(_filter_clause(kind, spec, value, today))
    return clauses


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


def _where(kind: RecordKind, statement: Select, query: ListQuery, today: date) -> Select:
    search = _search_clause(kind, query.search)
    if search is not None:
        statement = statement.where(search)
    return statement.where(*_filter_clauses(kind, query.filters, today))


def rows_select(kind_key: str, query: ListQuery, today: date | None = None) -> Select:
    """The statement of all list rows of a kind (page it with .limit/.offset)."""
    kind = kind_by_key(kind_key)
    columns = [_column(kind, spec.key) for spec in kind.columns]
    columns += [kind.model.id, kind.model.version]
    statement = base_select(kind, columns, walk_sort_index=not search_words(query.search))
    statement = _where(kind, statement, query, today or date.today())
    sort_key, descending = query.sort_key, query.descending
    if sort_key not in {spec.key for spec in kind.columns}:
        sort_key, descending = kind.default_sort
    order = [*_sort_columns(kind, sort_key), kind.model.id]
    return statement.order_by(*(c.desc() if descending else c.asc() for c in order))


def fetch_page(
    session: Session, kind_key: str, query: ListQuery, offset: int, limit: int = PAGE_SIZE
) -> list[tuple]:
    statement = rows_select(kind_key, query).offset(offset).limit(limit)
    return [tuple(row) for row in session.execute(statement)]


def count_rows(session: Session, kind_key: str, query: ListQuery) -> int:
    kind = kind_by_key(kind_key)
    statement = _where(kind, _count_select(kind, query), query, date.today())
    return session.scalar(statement) or 0
