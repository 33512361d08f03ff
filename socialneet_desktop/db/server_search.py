"""The search index's PostgreSQL twin: pg_trgm over the same folded text.

SQLite keeps an FTS5 trigram index of each listed table's folded text (db.search_ddl). On the
office server the same folding is one IMMUTABLE SQL function, `socialneet_fold(text)`, built
from domain.search_text's one table (so the two engines can never fold differently: `lower()`
is not used, it would fold non-ASCII letters by the server's locale). Each listed table gets
a stored generated column `search_folded` (the folded text of its searched columns, computed
by PostgreSQL on every write, whoever writes) and a GIN trigram index on it for the rows
outside the recycle bin. A search `search_folded LIKE '%word%'` is answered from the index
(pg_trgm serves LIKE with three letters or more; shorter words scan, as any search key
would). The column rather than an index on the expression: the rows the index finds are
re-checked against the column, where an expression would be folded again for each (45 ms
for 254 rows of the 10k demo). A visit's text takes its contact's name through the
contacts' own index. The column is the server's own: not in the data model, never copied.
"""

from __future__ import annotations

from socialneet_desktop.db.search_ddl import INDEXED_IN_0006, IndexedTable
from socialneet_desktop.domain.search_text import FOLDED

FOLDED_COLUMN = "search_folded"
FOLD_FUNCTION = "socialneet_fold"
EXTENSION = "pg_trgm"
# The tables with the column and index: migration 0006's. The lists indexed by migration 0015
# on a file search with LIKE on the server (services.search_index).
SERVER_INDEXED = INDEXED_IN_0006


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def fold_expression(argument: str) -> str:
    """SQL folding `argument` exactly as domain.search_text.fold_for_search does."""
    singles = {char: plain for char, plain in FOLDED.items() if len(plain) == 1}
    upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    source = "".join(singles) + upper
    target = "".join(singles.values()) + upper.lower()
    expression = argument
    for char, plain in FOLDED.items():
        if len(plain) != 1:  # several letters (ß -> ss) or none (a loose accent)
            expression = f"replace({expression}, {_literal(char)}, {_literal(plain)})"
    return f"translate({expression}, {_literal(source)}, {_literal(target)})"


def text_expression(indexed: IndexedTable, table_alias: str = "") -> str:
    """The searched columns of `indexed`'s own table, joined by spaces, unfolded."""
    prefix = f"{table_alias}." if table_alias else ""
    names = [n for names in indexed.columns.values() for n in names if "." not in n]
    return " || ' ' || ".join(f"coalesce({prefix}{name}, '')" for name in names)


def index_name(indexed: IndexedTable) -> str:
    return f"ix_{indexed.table}_search_trgm"


def create_sql() -> list[str]:
    """The extension, the folding function and one trigram index per listed table."""
    statements = [
        f"CREATE EXTENSION IF NOT EXISTS {EXTENSION}",
        f"CREATE FUNCTION {FOLD_FUNCTION}(value text) RETURNS text LANGUAGE sql IMMUTABLE "
        f"STRICT PARALLEL SAFE AS $$SELECT {fold_expression('value')}$$",
    ]
    for indexed in SERVER_INDEXED:
        statements += [
            f"ALTER TABLE {indexed.table} ADD COLUMN {FOLDED_COLUMN} text GENERATED ALWAYS AS "
            f"({FOLD_FUNCTION}({text_expression(indexed)})) STORED",
            f"CREATE INDEX {index_name(indexed)} ON {indexed.table} USING gin "
            f"({FOLDED_COLUMN} gin_trgm_ops) WHERE deleted_at IS NULL",
        ]
    return statements


def drop_sql() -> list[str]:
    statements = [f"DROP INDEX IF EXISTS {index_name(indexed)}" for indexed in SERVER_INDEXED]
    statements += [
        f"ALTER TABLE {indexed.table} DROP COLUMN IF EXISTS {FOLDED_COLUMN}"
        for indexed in SERVER_INDEXED
    ]
    return statements + [f"DROP FUNCTION IF EXISTS {FOLD_FUNCTION}(text)"]
