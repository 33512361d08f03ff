"""The search index in SQLite: per listed table an FTS5 trigram index of its folded text,
kept current by triggers (migration 0006 creates it; services.search_index queries it).

Why this shape:
- The folded text (domain.search_text) is computed by SQL in views, not by Python: every
  connection that writes a record keeps the index current, whoever it is (the window, an
  import, the demo generator's bulk inserts, a backup being scrubbed, the sqlite3 command
  line), and no function has to be registered on a connection for a write to work.
- SQLite's parser takes about 30 nested calls, and the folding is some 200 `replace()`s: the
  chain is cut into views of CHAIN_STEP replacements each, stacked one on the other. SQLite
  flattens them into one expression when it reads them, and runs the chain only for text
  that is not plain ASCII (the CASE in the top view).
- The FTS5 table takes its text from the top view (external content): nothing is stored
  twice, 'rebuild' fills it, and a trigger deletes the old text of a row by reading the view
  BEFORE the row changes and adds the new text AFTER.
- Only rows outside the recycle bin are indexed (the bottom view keeps `deleted_at IS NULL`),
  so the number of matches of a search is counted by the index alone; the same triggers
  take a row out when it is deleted and put it back when it is restored (`deleted_at` is
  among the columns they watch). A visit's text holds its contact's name, also while the
  contact is in the recycle bin (the visit list still shows it); so do a follow-up's, a
  mentoring meeting's and an enrolment's (with its course's title).
- A write that bypasses the triggers would leave the index wrong: `INSERT OR REPLACE` deletes
  the old row without its DELETE trigger (recursive_triggers is off). Nothing uses it;
  `rebuild(connection)` mends an index whatever happened to it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from socialneet_desktop.domain.search_text import FOLDED

CHAIN_STEP = 24
TOKENIZER = "trigram case_sensitive 1"  # the text is folded already: matching is exact


@dataclass(frozen=True)
class IndexedJoin:
    """A record of another table whose columns a row's text takes ("alias.column"): the row
    of `table` its `foreign_key` names."""

    alias: str
    table: str
    foreign_key: str


@dataclass(frozen=True)
class IndexedTable:
    """`table`'s index: each FTS column holds the folded text of some of its columns (or of
    a joined record's, "alias.column")."""

    table: str
    columns: dict[str, tuple[str, ...]]
    joins: tuple[IndexedJoin, ...] = ()

    @property
    def index(self) -> str:
        return f"{self.table}_search"

    @property
    def view(self) -> str:
        return f"{self.table}_search_text"

    def source_columns(self) -> tuple[str, ...]:
        """Its own columns the text is made of, and the foreign keys of its joins."""
        own = [name for names in self.columns.values() for name in names if "." not in name]
        return tuple(own + [join.foreign_key for join in self.joins])

    def joined_columns(self, join: IndexedJoin) -> tuple[str, ...]:
        prefix = f"{join.alias}."
        names = [name for names in self.columns.values() for name in names]
        return tuple(name.removeprefix(prefix) for name in names if name.startswith(prefix))


CONTACT = IndexedJoin("contact", "neet_contacts", "contact_id")
COURSE = IndexedJoin("course", "training_courses", "course_id")

# What migration 0006 indexes; changing it needs a new migration. A visit is found by its
# contact's name through its own index (kept current when the contact is renamed), so its
# list counts and pages its matches like any other.
INDEXED_IN_0006 = (
    IndexedTable("unused_resources", {"text": ("title", "description", "owner_name")}),
    IndexedTable("organizations", {"text": ("name", "tax_code", "email")}),
    IndexedTable("stakeholder_meetings", {"text": ("topic", "activity_code", "outcome")}),
    IndexedTable(
        "neet_contacts",
        {"names": ("last_name", "first_name"), "details": ("tax_code", "email", "phone")},
    ),
    IndexedTable(
        "meeting_point_visits",
        {"text": ("contact.last_name", "contact.first_name", "summary")},
        (CONTACT,),
    ),
    IndexedTable("staff", {"text": ("last_name", "first_name", "email")}),
)

# What migration 0015 indexes: the lists of the young person's path found by the contact's
# name, as the visits are (LIKE through the join read each row's contact: 60-160 ms a
# keystroke at 1M contacts). Not the placements: they take their host's name, and deleting
# an organisation sets their host to NULL after the organisation is gone, when a trigger can
# no longer read the text to take out of the index. The office server searches these lists
# with LIKE (db.server_search.SERVER_INDEXED).
INDEXED_IN_0015 = (
    IndexedTable(
        "enrolments",
        {"text": ("contact.last_name", "contact.first_name", "course.title")},
        (CONTACT, COURSE),
    ),
    IndexedTable(
        "mentoring_meetings",
        {"text": ("contact.last_name", "contact.first_name", "summary")},
        (CONTACT,),
    ),
    IndexedTable(
        "outcomes", {"text": ("contact.last_name", "contact.first_name", "notes")}, (CONTACT,)
    ),
)

INDEXED_TABLES = INDEXED_IN_0006 + INDEXED_IN_0015


def create_sql(indexed: IndexedTable) -> list[str]:
    """The statements that create `indexed`'s views, index and triggers (the index empty)."""
    statements = [f"CREATE VIEW {name} AS {select}" for name, select in _views(indexed)]
    columns = ", ".join(indexed.columns)
    statements.append(
        f"CREATE VIRTUAL TABLE {indexed.index} USING fts5({columns}, "
        f"content='{indexed.view}', content_rowid='id', columnsize=0, tokenize='{TOKENIZER}')"
    )
    return statements + _triggers(indexed)


def install_sql(tables: tuple[IndexedTable, ...]) -> list[str]:
    """A migration's statements: each of `tables`' index created and filled."""
    return [sql for indexed in tables for sql in (*create_sql(indexed), fill_sql(indexed))]


def uninstall_sql(tables: tuple[IndexedTable, ...]) -> list[str]:
    """A migration's downgrade: each of `tables`' index dropped, the last first."""
    return [sql for indexed in reversed(tables) for sql in drop_sql(indexed)]


def fill_sql(indexed: IndexedTable) -> str:
    """Index every row of the table again, from its view."""
    return f"INSERT INTO {indexed.index}({indexed.index}) VALUES ('rebuild')"


def drop_sql(indexed: IndexedTable) -> list[str]:
    statements = [f"DROP TRIGGER {name}" for name in _trigger_names(indexed)]
    statements.append(f"DROP TABLE {indexed.index}")
    return statements + [f"DROP VIEW {name}" for name, _ in reversed(_views(indexed))]


def _trigger_names(indexed: IndexedTable) -> list[str]:
    names = [f"{indexed.index}_{when}" for when in ("insert", "delete", "before_update", "update")]
    for join in indexed.joins:
        names += [f"{indexed.index}_{join.alias}_{when}" for when in ("before_update", "update")]
    return names


def _triggers(indexed: IndexedTable) -> list[str]:
    insert, delete, before_update, update = _trigger_names(indexed)[:4]
    watched = ", ".join(("id", "deleted_at", *indexed.source_columns()))
    table, this_row = indexed.table, "id = {row}.id"
    triggers = [
        f"CREATE TRIGGER {insert} AFTER INSERT ON {table} "
        f"BEGIN {_add(indexed, this_row.format(row='new'))} END",
        f"CREATE TRIGGER {delete} BEFORE DELETE ON {table} "
        f"BEGIN {_remove(indexed, this_row.format(row='old'))} END",
        f"CREATE TRIGGER {before_update} BEFORE UPDATE OF {watched} ON {table} "
        f"BEGIN {_remove(indexed, this_row.format(row='old'))} END",
        f"CREATE TRIGGER {update} AFTER UPDATE OF {watched} ON {table} "
        f"BEGIN {_add(indexed, this_row.format(row='new'))} END",
    ]
    for join in indexed.joins:
        triggers += _join_triggers(indexed, join)
    return triggers


def _join_triggers(indexed: IndexedTable, join: IndexedJoin) -> list[str]:
    """A joined record renamed: the rows naming it are indexed again (it cannot be deleted
    while they name it: their foreign keys are RESTRICT)."""
    before, after = [f"{indexed.index}_{join.alias}_{when}" for when in ("before_update", "update")]
    watched = ", ".join(("id", *indexed.joined_columns(join)))
    rows = f"id IN (SELECT id FROM {indexed.table} WHERE {join.foreign_key} = {{row}}.id)"
    return [
        f"CREATE TRIGGER {before} BEFORE UPDATE OF {watched} ON {join.table} "
        f"BEGIN {_remove(indexed, rows.format(row='old'))} END",
        f"CREATE TRIGGER {after} AFTER UPDATE OF {watched} ON {join.table} "
        f"BEGIN {_add(indexed, rows.format(row='new'))} END",
    ]


def _add(indexed: IndexedTable, rows: str) -> str:
    columns = ", ".join(indexed.columns)
    return (
        f"INSERT INTO {indexed.index}(rowid, {columns}) "
        f"SELECT id, {columns} FROM {indexed.view} WHERE {rows};"
    )


def _remove(indexed: IndexedTable, rows: str) -> str:
    columns = ", ".join(indexed.columns)
    return (
        f"INSERT INTO {indexed.index}({indexed.index}, rowid, {columns}) "
        f"SELECT 'delete', id, {columns} FROM {indexed.view} WHERE {rows};"
    )


def _views(indexed: IndexedTable) -> list[tuple[str, str]]:
    """(name, SELECT) of the stacked views, bottom first; the last is `indexed.view`.

    The bottom view joins each FTS column's source columns with spaces (`raw_<column>`);
    each view above applies CHAIN_STEP replacements (`folded_<column>`); the top view takes
    the folded text only where the raw one is not plain printable ASCII, lowers it and marks
    the start of every word, as domain.search_text.indexed_text does."""
    names = list(indexed.columns)
    joined = [
        " || ' ' || ".join(f"coalesce({_qualified(source)}, '')" for source in sources)
        + f" AS raw_{name}"
        for name, sources in indexed.columns.items()
    ]
    tables = f"{indexed.table} AS base" + "".join(
        f" LEFT JOIN {join.table} AS {join.alias} ON {join.alias}.id = base.{join.foreign_key}"
        for join in indexed.joins
    )
    bottom = (
        f"SELECT base.id AS id, {', '.join(joined)} FROM {tables} WHERE base.deleted_at IS NULL"
    )
    views = [(f"{indexed.view}_0", bottom)]
    steps = list(FOLDED.items())
    for number, start in enumerate(range(0, len(steps), CHAIN_STEP), start=1):
        chunk = steps[start : start + CHAIN_STEP]
        parts = [f"raw_{name}" for name in names]
        parts += [
            f"{_replaced(f'raw_{name}' if number == 1 else f'folded_{name}', chunk)} "
            f"AS folded_{name}"
            for name in names
        ]
        views.append(
            (f"{indexed.view}_{number}", f"SELECT id, {', '.join(parts)} FROM {views[-1][0]}")
        )
    top = [
        f"{MARK} || replace(lower(CASE WHEN raw_{name} GLOB '*[^ -~]*' THEN folded_{name} "
        f"ELSE raw_{name} END), ' ', {MARK}) AS {name}"
        for name in names
    ]
    views.append((indexed.view, f"SELECT id, {', '.join(top)} FROM {views[-1][0]}"))
    return views


def _qualified(source: str) -> str:
    return source if "." in source else f"base.{source}"


MARK = "char(1, 1)"  # domain.search_text.WORD_START


def _replaced(expression: str, chunk: list[tuple[str, str]]) -> str:
    for char, plain in chunk:
        expression = f"replace({expression}, {literal(char)}, {literal(plain)})"
    return expression


def literal(text: str) -> str:
    """`text` as an SQL literal; a control character as char(n), to keep the SQL readable."""
    if len(text) == 1 and not text.isprintable():
        return f"char({ord(text)})"
    return "'" + text.replace("'", "''") + "'"


@contextmanager
def rebuilt_after(engine) -> Iterator[None]:
    """For a bulk load into a file nothing else is using (the demo generator): the index's
    triggers are dropped, the load runs, then they are created again and every index is
    rebuilt from its view, in one transaction. About four times faster than indexing row by
    row (FTS5 indexes a table in one pass better than a row at a time between inserts). A
    load that fails is followed by the same; a process killed during the load leaves the
    triggers missing, which the schema check reports."""
    with engine.begin() as connection:
        for indexed in INDEXED_TABLES:
            for name in _trigger_names(indexed):
                connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    try:
        yield
    finally:
        with engine.begin() as connection:
            for indexed in INDEXED_TABLES:
                for statement in _triggers(indexed):
                    connection.exec_driver_sql(statement)
                connection.exec_driver_sql(fill_sql(indexed))


def merge_indexes(connection) -> None:
    """Merge each search index into one segment ('optimize'), on a plain sqlite3 connection,
    before a file is compacted after an erasure (services.privacy.compact_file, and
    db.scrub before it rewrites a copy): FTS5 only marks a deleted text as deleted, and its
    trigrams stay in older segments, where VACUUM keeps them. Seconds at a million contacts;
    nothing when an index is one segment already; a file older than migration 0006 has none.
    It needs free room about the size of the indexes, as the compaction itself does."""
    present = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    for indexed in INDEXED_TABLES:
        if indexed.index in present:
            connection.execute(f"INSERT INTO {indexed.index}({indexed.index}) VALUES ('optimize')")


SHADOW_SUFFIXES = ("", "_data", "_idx", "_config", "_docsize", "_content")


def is_index_table(name: str) -> bool:
    """True for the FTS5 tables of the search index and the tables FTS5 keeps beside them
    (the models do not declare them: Alembic's comparison with the models leaves them out)."""
    return any(name == f"{t.index}{suffix}" for t in INDEXED_TABLES for suffix in SHADOW_SUFFIXES)
