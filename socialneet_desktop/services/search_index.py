"""What a list's search words find, through the search index of migration 0006.

The one place the SQL of a search is made (services.list_queries asks it), so the server
(PostgreSQL, pg_trgm and unaccent) can put its own here. A kind's search columns are found
in the index of its table (db.search_ddl; a visit's holds its contact's name too), else in
the index of each table they come from, matched through the list's foreign key. Every word
must occur in one of the columns:
- a word of 3 characters or more anywhere in a column ("oss" finds "Rossi"),
- a word of 1 or 2 characters at the start of a word of a column ("ro" finds "Rossi" and
  "De Rosa", not "Ferro"): a trigram index has nothing shorter than 3 characters, so word
  starts are marked in the indexed text (domain.search_text.WORD_START),
case and accents ignored both ways (domain.search_text folds the words as the index folds
the text), `%`, `_`, `*` and quotes taken literally.

How the rows are read (`plan`): a first look at the index (at most MANY matches, a few
milliseconds) says how many rows match and how densely:
- fewer than MANY: the list reads those rows by id and sorts them ("ids");
- more, and dense (`walk_share` of the ids looked at match): the list walks its sort index
  and checks each row's own indexed text, stopping at the page's LIMIT ("text"); a walk
  that has not filled its page within WALK_SECONDS is stopped and the page read "in"
  (services.list_queries.fetch_page), as the matches may be bunched late in the sort;
- more, sparse: it walks its sort index keeping the rows among the matches ("in"), so that
  a word matching many rows that all sort last does not check the text of every row first.
Each way costs milliseconds where another could cost seconds. With fewer than MANY matches
of a kind found in one index, the first look keeps their ids (`SearchPlan.ids`, a JSON
array) and the page reads those instead of asking the index again (at 1M, 20-60 ms a
search), and, when the index holds the list's own rows, their number is the list's count
(`SearchPlan.counted`): the count need not be read after the page.

A kind whose search columns the index does not cover (a kind added by a test, columns changed
without a migration) is searched as before the index: LIKE on each column ("like").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from math import sqrt

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Select,
    and_,
    bindparam,
    column,
    exists,
    func,
    literal_column,
    or_,
    select,
    table,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql import operators
from sqlalchemy.sql.visitors import InternalTraversal

from socialneet_desktop.db.search_ddl import INDEXED_TABLES, IndexedTable
from socialneet_desktop.domain.search_text import WORD_START, fold_for_search
from socialneet_desktop.services.kind_facets import RecordKind, resolve

MANY = 20_000  # matches from which the list walks its sort index instead
WALK_WEIGHT = 50_000  # see walk_share
WALK_SECONDS = 0.04  # a walk checking each row's text gives up after this (see fetch_page)


@dataclass(frozen=True)
class Source:
    """Where some of a kind's search columns are indexed: the FTS5 table, the FTS columns to
    look in (all when empty), and the list's column holding the indexed row's id."""

    index: str
    columns: tuple[str, ...]
    key: str  # a column of the listed model: "id", or a join's foreign key


@dataclass(frozen=True)
class SearchPlan:
    """How a list reads the rows of a search: `how` is "ids", "in", "text" or "like" (see
    the module's docstring); `seen` the matches the first look found (MANY at most); `ids`
    the JSON array of the matches' keys when it found them all in one index; `counted`
    their number when they are the list's own rows (the rows of the list with no filter)."""

    how: str
    seen: int = 0
    ids: str | None = field(default=None, repr=False)
    counted: int | None = None

    @property
    def walks(self) -> bool:
        return self.how in ("in", "text")


class Unindexed(ColumnElement):
    """`column` written `+column` on SQLite, so SQLite does not drive the query by it."""

    inherit_cache = False
    # its state as its cache key: SQLAlchemy then compiles a statement holding it once, not
    # on every run (a search's page and count took 6 ms each to compile)
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement)]

    def __init__(self, column: ColumnElement) -> None:
        self.column = column
        self.type = column.type


@compiles(Unindexed)
def _unindexed(element: Unindexed, compiler, **kw) -> str:
    return compiler.process(element.column, **kw)


@compiles(Unindexed, "sqlite")
def _unindexed_sqlite(element: Unindexed, compiler, **kw) -> str:
    return f"+{compiler.process(element.column, **kw)}"


def folded_words(words: list[str]) -> list[str]:
    """The words as the index holds them; those folding to nothing are dropped."""
    return [folded for folded in map(fold_for_search, words) if folded]


def indexed(session: Session) -> bool:
    """True on SQLite, whose files have the FTS5 index; on the office server (PostgreSQL,
    db/server_search.py's pg_trgm twin) the lists search with LIKE until this module gets
    the server's own SQL."""
    return session.get_bind().dialect.name == "sqlite"


def plan(session: Session, kind: RecordKind, words: list[str]) -> SearchPlan:
    """The way to read the rows matching `words`, from a first look at the index."""
    sources, folded = kind_sources(kind), folded_words(words)
    if sources is None or not indexed(session):
        return SearchPlan("like")
    if not folded:
        return SearchPlan("ids")
    seen, last, ids = 0, 0, []
    for source in sources:
        some = _matching(source, folded, literal_column("rowid")).limit(MANY).subquery()
        found = [func.count(), func.max(some.c.rowid)]
        if len(sources) == 1:  # the ids, kept for the page (json_group_array: one value)
            found.append(func.json_group_array(some.c.rowid))
        count, highest, *ids = session.execute(select(*found).select_from(some)).one()
        seen, last = max(seen, count), max(last, highest or 0)
    own = len(sources) == 1 and sources[0].key == "id"
    if seen < MANY:
        return SearchPlan("ids", seen, ids[0] if ids else None, seen if own else None)
    if own and seen >= walk_share(session.scalar(select(func.max(kind.model.id)))) * last:
        return SearchPlan("text", seen)
    return SearchPlan("in", seen)


def walk_share(rows: int | None) -> float:
    """The share of a table of `rows` rows matching a search from which walking its sort
    index, checking each row's text ("text": about PAGE_SIZE / share rows, 10-20 us each),
    beats reading every match first ("in": share * rows matches, 0.2 us each):
    sqrt(WALK_WEIGHT / rows), a margin in WALK_WEIGHT for matches bunched in the sort order
    (the demo's contacts sorted by name). 0.22 at 1M rows, 0.14 at 2.5M; above 1 (never a
    walk) under 50,000 rows, where reading every match takes milliseconds. Measured at 1M
    contacts: visits "ma" (0.155 of 2.5M) 17-35 ms walked against 100 ms read "in"; contacts
    "ma" (0.155 of 1M) 53-60 ms walked against 25 ms."""
    return sqrt(WALK_WEIGHT / (rows or 1))


def search_clause(
    kind: RecordKind,
    words: list[str],
    column_of: Callable[[str], ColumnElement],
    how: str = "ids",
    ids: str | None = None,
) -> ColumnElement | None:
    """The WHERE clause of rows of `kind` matching every word, read the way `how` says
    (`plan`), by the matches' `ids` when the plan found them (SearchPlan.ids); None when
    there is no word. `column_of(key)` gives the SQL column of a search column key, for a
    kind the index does not cover."""
    sources = kind_sources(kind)
    if sources is None or how == "like":
        return _like_clause(kind, words, column_of)
    folded = folded_words(words)
    if not folded:
        return None
    # A statement built without a session (an export's, rows_select's default "ids") runs
    # on either engine: the FTS5 clause on a file, the trigram twin's on the server.
    return ServerOrLike(
        _indexed_clause(kind, sources, folded, how, ids),
        _server_clause(kind, sources, folded, column_of),
    )


def _indexed_clause(
    kind: RecordKind, sources: list[Source], folded: list[str], how: str, ids: str | None
):
    model = kind.model
    if ids is not None and how == "ids" and len(sources) == 1:
        found = select(column("value")).select_from(func.json_each(bindparam("search_ids", ids)))
        return getattr(model, sources[0].key).in_(found)
    if how == "text":
        return _in_text(model, sources[0], folded)
    walk = how == "in"
    if len(sources) == 1:
        return _in_source(model, sources[0], folded, walk)
    return and_(*(or_(*(_in_source(model, s, [word], walk) for s in sources)) for word in folded))


def count_select(kind: RecordKind, words: list[str]) -> Select | None:
    """COUNT of the rows of `kind` not in the recycle bin matching `words`, by the index
    alone; None when it cannot say so (the words are looked up through another kind)."""
    sources, folded = kind_sources(kind), folded_words(words)
    if sources is None or len(sources) != 1 or sources[0].key != "id" or not folded:
        return None
    return _matching(sources[0], folded, func.count())


def capped_count(counted: Select, cap: int) -> Select:
    """`counted` (a COUNT select) counting no further than `cap` + 1 rows: milliseconds even
    when a word is in most rows (FTS5 takes ~0.5 s to count 1.2 million matches of one
    long word at a million contacts). A result of `cap` or less is the exact count; more
    says only "more than `cap`", and the list counts again in the background."""
    some = counted.with_only_columns(literal_column("1")).limit(cap + 1).subquery()
    return select(func.count()).select_from(some)


def _in_source(model, source: Source, words: list[str], walk: bool) -> ColumnElement:
    key = getattr(model, source.key)
    return (Unindexed(key) if walk else key).in_(_matching(source, words, "rowid"))


def _in_text(model, source: Source, words: list[str]) -> ColumnElement:
    """The row's own indexed text (the index's view) holds every word: checked row by row."""
    names = _columns_of(source)
    view = table(_indexed_by(source).view, column("id"), *(column(name) for name in names))
    texts = [view.c[name] for name in names]
    found = [or_(*(func.instr(text, phrase_text(word)) > 0 for text in texts)) for word in words]
    return exists().where(view.c.id == model.id, *found)


def _matching(source: Source, words: list[str], what) -> Select:
    """SELECT `what` FROM the source's index WHERE it matches every word."""
    what = literal_column(what) if isinstance(what, str) else what
    return (
        select(what)
        .select_from(table(source.index))
        .where(literal_column(source.index).op("MATCH")(match_expression(source, words)))
    )


def match_expression(source: Source, words: list[str]) -> str:
    """The FTS5 query: every word as a phrase (see `phrase`), within the source's columns."""
    query = " AND ".join(phrase(word) for word in words)
    if source.columns:
        return "{" + " ".join(source.columns) + "} : (" + query + ")"
    return query


def phrase_text(word: str) -> str:
    """What the indexed text holds where `word` (folded) is found: the word itself when it
    has 3 characters or more, else the start of a word (the marks of a word start before it:
    3 characters again)."""
    return word if len(word) >= 3 else WORD_START[: 3 - len(word)] + word


def phrase(word: str) -> str:
    """The FTS5 phrase finding `word` (folded)."""
    return '"' + phrase_text(word).replace('"', '""') + '"'


def kind_sources(kind: RecordKind) -> list[Source] | None:
    """Where the kind's search columns are indexed, or None when some of them are not."""
    own = _source(kind.table_name, frozenset(kind.search_columns), "id")
    if own is not None:
        return [own]
    groups: dict[str, list[str]] = {}
    for key in kind.search_columns:
        alias, _, name = key.rpartition(".")
        groups.setdefault(alias, []).append(name)
    sources = []
    for alias, names in groups.items():
        join = kind.join(alias) if alias else None
        table_name = resolve(join.model_path).__tablename__ if join else kind.table_name
        source = _source(table_name, frozenset(names), join.foreign_key if join else "id")
        if source is None:
            return None
        sources.append(source)
    return sources or None


def _indexed(table_name: str) -> IndexedTable | None:
    return next((t for t in INDEXED_TABLES if t.table == table_name), None)


def _indexed_by(source: Source) -> IndexedTable:
    return next(t for t in INDEXED_TABLES if t.index == source.index)


def _columns_of(source: Source) -> tuple[str, ...]:
    return source.columns or tuple(_indexed_by(source).columns)


def _source(table_name: str, names: frozenset[str], key: str) -> Source | None:
    """The index of `table_name` in the FTS columns holding exactly `names`, or None."""
    indexed = _indexed(table_name)
    if indexed is None or not names:
        return None
    chosen = [fts for fts, sources in indexed.columns.items() if set(sources) <= names]
    if {source for fts in chosen for source in indexed.columns[fts]} != names:
        return None
    columns = () if len(chosen) == len(indexed.columns) else tuple(chosen)
    return Source(indexed.index, columns, key)


def _like_clause(kind: RecordKind, words: list[str], column_of) -> ColumnElement | None:
    if not words:
        return None
    columns = [column_of(key) for key in kind.search_columns]
    # icontains: case ignored on the server too (SQLite's LIKE ignores it by itself)
    like = and_(*(or_(*(c.icontains(w, autoescape=True) for c in columns)) for w in words))
    sources, folded = kind_sources(kind), folded_words(words)
    if sources is None or not folded:
        return like
    return ServerOrLike(like, _server_clause(kind, sources, folded, column_of))


class ServerOrLike(ColumnElement):
    """The LIKE clause on SQLite (a kind or a plan the FTS5 index does not serve), or the
    FTS5 one (`search_clause` for a plan it serves); on the office server the search of its
    twin (db.server_search): each word, folded, in the stored `search_folded` text, found
    through its trigram index, case and accents ignored as on SQLite. Words of one or two
    letters are found anywhere there, not only at a word's start (a trigram index cannot
    mark word starts without the text holding the marks)."""

    inherit_cache = False
    _traverse_internals = [  # cached by both clauses (see Unindexed)
        ("like", InternalTraversal.dp_clauseelement),
        ("server", InternalTraversal.dp_clauseelement),
    ]
    type = Boolean()
    # A condition, not a boolean column: SQLite (no native boolean) would otherwise get
    # "(… IN (…)) = 1", which keeps it from driving the query by the index's rowids (the
    # list searched "rossi mar" among 1M contacts in 250 ms instead of a few).
    _is_implicitly_boolean = True

    def __init__(self, like: ColumnElement, server: ColumnElement) -> None:
        self.like = like
        self.server = server


# Each clause grouped as a term of an AND: an OR of one word's columns written bare after
# "deleted_at IS NULL AND" would let the rows in the recycle bin through.
@compiles(ServerOrLike)
def _server_or_like(element: ServerOrLike, compiler, **kw) -> str:
    return compiler.process(element.like.self_group(against=operators.and_), **kw)


@compiles(ServerOrLike, "postgresql")
def _server_or_like_postgresql(element: ServerOrLike, compiler, **kw) -> str:
    return compiler.process(element.server.self_group(against=operators.and_), **kw)


def _server_clause(
    kind: RecordKind, sources: list[Source], words: list[str], column_of
) -> ColumnElement:
    """The search on the server's trigram twin; where the server has no twin of an index the
    kind is found through (db.server_search.SERVER_INDEXED), each column folded by the
    server's folding function and searched with LIKE, case and accents ignored all the same
    (`column_of` as in `search_clause`)."""
    from socialneet_desktop.db.server_search import FOLD_FUNCTION, FOLDED_COLUMN, SERVER_INDEXED

    own = kind.model.__tablename__
    served = {indexed.table for indexed in SERVER_INDEXED}
    needed = {_indexed_by(source).table for source in sources}
    needed |= {join.table for source in sources for join in _indexed_by(source).joins}
    if not needed <= served:
        columns = [getattr(func, FOLD_FUNCTION)(column_of(key)) for key in kind.search_columns]
        return and_(*(or_(*(c.contains(w, autoescape=True) for c in columns)) for w in words))

    def in_table(table_name: str, key: str, word: str) -> ColumnElement:
        other = table(table_name, column("id"), column(FOLDED_COLUMN))
        matching = select(other.c.id).where(other.c[FOLDED_COLUMN].contains(word, autoescape=True))
        return getattr(kind.model, key).in_(matching)

    def found(source: Source, word: str) -> ColumnElement:
        indexed = _indexed_by(source)
        if source.key != "id" or indexed.table != own:
            return in_table(indexed.table, source.key, word)
        # the server's column holds the row's own text; a joined record's (a visit's contact
        # name) is looked up in that record's own column
        mine = literal_column(f"{own}.{FOLDED_COLUMN}").contains(word, autoescape=True)
        joined = [in_table(join.table, join.foreign_key, word) for join in indexed.joins]
        return or_(mine, *joined)

    return and_(*(or_(*(found(source, word) for source in sources)) for word in words))
