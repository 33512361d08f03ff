"""The demo's bulk load into an SQLite file (services.demo.fill_demo).

Into an empty file, three things make a million contacts go in at the speed of their rows:
- the plain secondary indexes (not the unique ones) of contacts and visits are dropped and
  created again after the load: one sort each instead of millions of random inserts;
- the search index's triggers are dropped during the load (as db.search_ddl.rebuilt_after
  does) and created again after it, from their own text in sqlite_master;
- each search index is built as the rows are committed (`Load.committed`), by a thread of
  its own into a scratch file (FTS5 runs in C with the GIL released: the indexes are built on
  the other core while Python makes the next rows), and copied into the file at the end.
  Same text, same tokenizer: the index a 'rebuild' makes, in other segments.
A file that already holds rows, or is encrypted, gets a 'rebuild' of every search index after
the load instead (as db.search_ddl.rebuilt_after): it indexes the old rows too, and the
index's text must not go to a scratch file unencrypted.
A process killed during the load leaves the indexes or triggers missing: `socialneet check`
reports it (the same as with db.search_ddl.rebuilt_after).
"""

from __future__ import annotations

import queue
import sqlite3
import tempfile
import threading
from contextlib import contextmanager, nullcontext
from pathlib import Path

from socialneet_desktop.db import search_ddl, sqlite_connect

BIG = ("neet_contacts", "meeting_point_visits")  # their secondary indexes wait for the load
SORT = {"cache_size": -256 * 1024, "threads": 2}  # while those indexes are made


def loading(database, large: bool):
    """The context of the load (`large`: more than one transaction): yields a `Load`, to be
    told of each commit."""
    if database.engine.dialect.name != "sqlite":  # the office server indexes as it goes
        return nullcontext(Load())
    return _loaded(database, large)


class Load:
    """What the load tells the search index builders: nothing on the server."""

    def committed(self) -> None:
        """Rows were committed (with ids above those committed before them)."""


@contextmanager
def _loaded(database, large: bool):
    """A small load (one batch: it fails whole, before anything after it is written) or one
    into a file with rows already is indexed by a 'rebuild' after it; a large one into an
    empty plain file by the builders (see the module's docstring)."""
    path = Path(database.path)
    with database.engine.begin() as connection:
        fast = large and sqlite_connect.key_of(path) is None
        fast = fast and not any(_has_rows(connection, t.table) for t in search_ddl.INDEXED_TABLES)
        indexes = _secondary_indexes(connection) if fast else []
        triggers = _search_triggers(connection)
        for kind, name, _ in indexes + triggers:
            connection.exec_driver_sql(f'DROP {kind} "{name}"')
    builders = _Builders(path) if fast else None
    try:
        yield builders or Load()
    except BaseException:
        if builders is not None:
            builders.finish(abandoned=True)
        _restore(database, path, indexes, triggers, builders)
        raise
    if builders is not None:
        builders.finish()
    _restore(database, path, indexes, triggers, builders)


def _has_rows(connection, table: str) -> bool:
    return connection.exec_driver_sql(f'SELECT EXISTS (SELECT 1 FROM "{table}")').scalar()


def _secondary_indexes(connection) -> list[tuple[str, str, str]]:
    """("INDEX", name, sql) of the tables' declared indexes that are not unique."""
    rows = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({', '.join('?' * len(BIG))})",
        BIG,
    ).all()
    return [("INDEX", name, sql) for name, sql in rows if not _is_unique(sql)]


def _is_unique(sql: str) -> bool:
    return sql.split("(", 1)[0].upper().split()[:2] == ["CREATE", "UNIQUE"]


def _search_triggers(connection) -> list[tuple[str, str, str]]:
    """("TRIGGER", name, sql) of the search index's triggers."""
    prefixes = tuple(f"{indexed.index}_" for indexed in search_ddl.INDEXED_TABLES)
    rows = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
    ).all()
    return [("TRIGGER", name, sql) for name, sql in rows if name.startswith(prefixes)]


def _restore(database, path: Path, indexes: list, triggers: list, builders) -> None:
    """The indexes and triggers back, and the search index filled: copied from the
    builders' files, else rebuilt from the tables (one transaction each)."""
    with database.engine.begin() as connection:
        _create(connection, [sql for _, _, sql in indexes])
    if builders is not None and builders.complete:
        # its own connection: FTS5 keeps an index's structure per connection, and the
        # engine's connections see the change as another connection's write
        connection = sqlite_connect.connect(path, isolation_level=None)
        try:
            builders.copy_into(connection, [sql for _, _, sql in triggers])
            return
        except sqlite3.Error:  # rebuilt below instead (which fails too if the disk is full)
            pass
        finally:
            connection.close()
            builders.remove()
    with database.engine.begin() as connection:
        for _, _, sql in triggers:
            connection.exec_driver_sql(sql)
        for indexed in search_ddl.INDEXED_TABLES:
            connection.exec_driver_sql(search_ddl.fill_sql(indexed))


def _create(connection, statements: list[str]) -> None:
    """CREATE INDEX statements, with SORTER memory and the sorter's helper threads of SQLite
    (PRAGMA threads) while they run, put back after."""
    if not statements:
        return
    previous = {name: connection.exec_driver_sql(f"PRAGMA {name}").scalar() for name in SORT}
    for name, value in SORT.items():
        connection.exec_driver_sql(f"PRAGMA {name} = {value}")
    for sql in statements:
        connection.exec_driver_sql(sql)
    for name, value in previous.items():
        connection.exec_driver_sql(f"PRAGMA {name} = {int(value)}")


class _Builders(Load):
    """One thread and scratch file per search index, fed the ranges of committed rows."""

    def __init__(self, path: Path) -> None:
        self.folder = tempfile.TemporaryDirectory(prefix="socialneet-demo-")
        folder = Path(self.folder.name)
        self.builders = [_Builder(path, folder, t) for t in search_ddl.INDEXED_TABLES]
        self.complete = True

    def committed(self) -> None:
        for builder in self.builders:
            builder.commits.put(True)

    def finish(self, abandoned: bool = False) -> None:
        """Wait for the last rows to be indexed (`abandoned`: for the threads to end)."""
        for builder in self.builders:
            if abandoned:
                builder.error = builder.error or RuntimeError("the load failed")
            builder.commits.put(None)
        for builder in self.builders:
            builder.thread.join()
        self.complete = all(builder.error is None for builder in self.builders)
        if not self.complete:
            self.remove()

    def copy_into(self, connection, triggers: list[str]) -> None:
        """Each index's rows (FTS5's _data and _idx tables) from its scratch file."""
        for number, builder in enumerate(self.builders):
            connection.execute(f"ATTACH DATABASE ? AS built_{number}", (str(builder.file),))
        connection.execute("BEGIN IMMEDIATE")
        try:
            for number, builder in enumerate(self.builders):
                for suffix in ("_data", "_idx"):
                    name = f"{builder.indexed.index}{suffix}"
                    connection.execute(f"DELETE FROM main.{name}")
                    connection.execute(
                        f"INSERT INTO main.{name} SELECT * FROM built_{number}.{name}"
                    )
            for sql in triggers:
                connection.execute(sql)
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:  # SQLite may have rolled back already (disk full)
                connection.execute("ROLLBACK")
            raise
        finally:
            for number in range(len(self.builders)):
                connection.execute(f"DETACH DATABASE built_{number}")

    def remove(self) -> None:
        self.folder.cleanup()


class _Builder:
    """A thread indexing, at each commit, the rows of one table not indexed yet, into
    `file`'s copy of its index."""

    def __init__(self, source: Path, folder: Path, indexed: search_ddl.IndexedTable) -> None:
        self.source, self.indexed = source, indexed
        self.file = folder / f"{indexed.index}.sqlite"
        self.commits: queue.Queue = queue.Queue()
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name=f"demo {indexed.index}")
        self.thread.start()

    def _run(self) -> None:
        connection, done = None, 0
        while self.commits.get() is not None:
            if self.error is not None or self.commits.qsize():  # several: one pass for them
                continue
            try:
                connection = connection or self._connect()
                done = self._index_above(connection, done)
            except BaseException as error:  # told by `complete`: the index is rebuilt instead
                self.error = error
        try:
            if self.error is None:
                connection = connection or self._connect()
                self._index_above(connection, done)  # the last rows
        except BaseException as error:
            self.error = error
        finally:
            if connection is not None:
                connection.close()

    def _index_above(self, connection: sqlite3.Connection, done: int) -> int:
        """Index the committed rows with ids above `done`; the highest id indexed."""
        columns, table = ", ".join(self.indexed.columns), self.indexed.table
        connection.execute("BEGIN")
        try:  # one read snapshot of the source: its highest id, and the rows up to it
            top = connection.execute(f"SELECT max(id) FROM source.{table}").fetchone()[0]
            connection.execute(
                f"INSERT INTO main.{self.indexed.index}(rowid, {columns}) "
                f"SELECT id, {columns} FROM source.{self.indexed.view} "
                "WHERE id > ? AND id <= ?",
                (done, top or 0),
            )
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
        return max(done, top or 0)

    def _connect(self) -> sqlite3.Connection:
        """The scratch file (no journal: it is thrown away) with the database attached
        read-only: its committed rows are read, WAL letting the load go on meanwhile."""
        connection = sqlite3.connect(self.file.as_uri(), uri=True, isolation_level=None)
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        create = next(s for s in search_ddl.create_sql(self.indexed) if "VIRTUAL" in s)
        connection.execute(create)
        source = sqlite_connect.read_only_uri(self.source)
        connection.execute("ATTACH DATABASE ? AS source", (source,))
        return connection
