"""The three readers: mdbtools (subprocess), access-parser (pure Python), pyodbc (Windows).

Each keeps the Access column order (mdbtools: the mdb-export header, checked against
mdb-schema; access-parser: the column index of the table definition, since its own dict
comes in another order), leaves system tables out and turns every cell into text.
"""

from __future__ import annotations

import csv
import importlib.util
import io
import logging
import os
import re
import shutil
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.importers.access import jet_rows
from socialneet_desktop.importers.access.errors import DamagedFile, ReaderCannotRead
from socialneet_desktop.importers.access.tables import (
    AccessTable,
    TableInfo,
    build_table,
    describe,
    user_tables,
)

DATE_OPTIONS = ("-D", "%Y-%m-%d", "-T", "%Y-%m-%d %H:%M:%S")
CATALOGUE = "MSysObjects"  # Access's own table of every object, linked tables among them
DEFAULT_JET3_CHARSET = "CP1252"  # Western European, what Italian Access 97 files use
_CREATE = re.compile(r"CREATE TABLE \[(.+?)\]\s*\((.*?)\);", re.DOTALL)
_COLUMN = re.compile(r"^\s*\[(.+?)\]\s+(.+?)(?:\s*\(\d+(?:,\s*\d+)?\))?(?: NOT NULL)?,?\s*$")
UNREADABLE_NOTE = QT_TRANSLATE_NOOP(
    "AccessImport",
    "This table cannot be read: %1. Open the file in Access and compact it (Database "
    "Tools > Compact and Repair), or install mdbtools, which reads more files.",
)
# what access-parser says of a table it cannot decode (a KeyError 4096, an IndexError …)
PARSER_FAILED = "access-parser could not decode its pages ({kind} {detail})"
_PRIMARY = re.compile(r'ALTER TABLE "(.+?)" ADD CONSTRAINT .*? PRIMARY KEY \((.+?)\);')


class MdbToolsReader:
    name = "mdbtools"

    def __init__(self, path: Path, *, charset: str = "") -> None:
        self.path = Path(path)
        self.charset = charset or DEFAULT_JET3_CHARSET  # of Access 97 text
        self.env = dict(os.environ, MDB_JET3_CHARSET=self.charset)
        self._infos: dict[str, TableInfo] | None = None

    def _run(self, *arguments: str) -> str:
        try:
            done = subprocess.run(
                arguments, capture_output=True, env=self.env, timeout=600, check=False
            )
        except (OSError, subprocess.SubprocessError) as error:
            raise DamagedFile(self.path, str(error)) from error
        if done.returncode != 0:
            detail = done.stderr.decode("utf-8", "replace").strip().splitlines()
            raise DamagedFile(self.path, (detail or [f"{arguments[0]} {done.returncode}"])[-1])
        return done.stdout.decode("utf-8", "replace")

    def tables(self) -> list[TableInfo]:
        if self._infos is None:
            names = user_tables(self._run("mdb-tables", "-1", str(self.path)).splitlines())
            columns = self._columns()
            keys = self._primary_keys()
            self._infos = {}
            for name in names:
                count = int(self._run("mdb-count", str(self.path), name).strip() or -1)
                pk = [
                    c for c, _t in columns.get(name, []) if c.lower() in keys.get(name.lower(), [])
                ]
                info = TableInfo(name, count, columns.get(name, []), pk)
                describe(info)
                self._infos[name] = info
        return list(self._infos.values())

    def _columns(self) -> dict[str, list[tuple[str, str]]]:
        schema = self._run("mdb-schema", str(self.path), "access")
        result = {}
        for table, body in _CREATE.findall(schema):
            lines = (_COLUMN.match(line) for line in body.splitlines())
            result[table] = [(m[1], m[2].strip()) for m in lines if m]
        return result

    def _primary_keys(self) -> dict[str, list[str]]:
        schema = self._run("mdb-schema", str(self.path), "postgres")
        return {
            table: [column.strip().strip('"') for column in columns.split(",")]
            for table, columns in _PRIMARY.findall(schema)
        }

    def catalogue(self) -> list[dict[str, str]]:
        """The rows of MSysObjects (the linked tables are there: importers.access.linked)."""
        try:
            text = self._run("mdb-export", "-b", "strip", str(self.path), CATALOGUE)
        except DamagedFile:
            return []  # the tables are listed all the same; a link then stays unseen
        return list(csv.DictReader(io.StringIO(text, newline="")))

    def read(self, table: str) -> AccessTable:
        info = next(i for i in self.tables() if i.name == table)
        text = self._run("mdb-export", *DATE_OPTIONS, "-b", "strip", str(self.path), table)
        rows = list(csv.reader(io.StringIO(text, newline="")))
        header = rows[0] if rows else [name for name, _type in info.columns]
        if [name for name, _type in info.columns] != header:  # the export's order wins
            types = dict(info.columns)
            info.columns = [(name, types.get(name, "Text")) for name in header]
        records = [dict(zip(header, cells, strict=False)) for cells in rows[1:]]
        return build_table(self.path, info, records, self.name)


ACCESS_PARSER_TYPES = {
    1: "Boolean",
    2: "Byte",
    3: "Integer",
    4: "Long Integer",
    5: "Currency",
    6: "Single",
    7: "Double",
    8: "DateTime",
    9: "Binary",
    10: "Text",
    11: "OLE",
    12: "Memo/Hyperlink",
    15: "Replication ID",
    16: "Numeric",
    18: "Complex",
}


class AccessParserReader:
    """Pure Python: access-parser finds the tables, jet_rows reads their rows; a file it
    cannot parse raises ReaderCannotRead (the message points to mdbtools)."""

    name = "access-parser"

    def __init__(self, path: Path, *, charset: str = "") -> None:
        self.path = Path(path)
        self.charset = charset or DEFAULT_JET3_CHARSET  # as mdbtools: Access 97 text
        logging.getLogger("access_parser").setLevel(logging.CRITICAL)  # it logs every page
        try:
            self.db = jet_rows.open_parser(str(self.path))
        except Exception as error:  # noqa: BLE001 - a parser of a binary format fails anyhow
            raise ReaderCannotRead(self.path, f"access-parser: {error!r}") from error
        self._parsed: dict[str, tuple[TableInfo, list[dict[str, str]]]] = {}

    def _parse(self, name: str) -> tuple[TableInfo, list[dict[str, str]]]:
        """access-parser finds the table; jet_rows decodes its rows (see there why)."""
        if name not in self._parsed:
            try:
                columns, records, key, count = jet_rows.read_table(self.db, name, self.charset)
            except Exception as error:  # noqa: BLE001 - a parser of a binary format fails anyhow
                detail = PARSER_FAILED.format(kind=type(error).__name__, detail=error)
                raise DamagedFile(self.path, f"{name}: {detail}") from error
            types = [(c.name, ACCESS_PARSER_TYPES.get(c.type, str(c.type))) for c in columns]
            info = TableInfo(name, count, types, key)
            describe(info)
            self._parsed[name] = (info, records)
        return self._parsed[name]

    def tables(self) -> list[TableInfo]:
        """Every user table; one it cannot parse is listed with row count -1 (shown as
        "cannot be read", never as a number) and a note saying why."""
        infos = []
        for name in user_tables(self.db.catalog):
            try:
                infos.append(self._parse(name)[0])
            except DamagedFile as error:
                infos.append(TableInfo(name, -1, [], notes=[(UNREADABLE_NOTE, (error.detail,))]))
        return infos

    def catalogue(self) -> list[dict[str, str]]:
        """The rows of MSysObjects, decoded by jet_rows as the user tables are."""
        try:
            return jet_rows.read_table(self.db, CATALOGUE, self.charset)[1]
        except Exception:  # noqa: BLE001 - a parser of a binary format fails anyhow
            return []  # the tables are listed all the same; a link then stays unseen

    def read(self, table: str) -> AccessTable:
        info, records = self._parse(table)
        return build_table(self.path, info, records, self.name)


def cell_text(value: object, type_: str = "") -> str:
    """A cell as mdbtools would export it: ISO dates, 1/0, numbers with a point."""
    if value is None or isinstance(value, bytes | bytearray):
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d %H:%M:%S}"
    if isinstance(value, date):
        return f"{value:%Y-%m-%d}"
    if type_ == "Currency" and isinstance(value, str):
        return re.sub(r"[^\d.\-]", "", value)  # "$1,995.50" -> "1995.50"
    return str(value)


class PyOdbcReader:
    """Windows, with the Microsoft Access Database Engine (the driver Office installs).

    Tested here against a stand-in for pyodbc that answers as the driver does (no Windows
    in CI): system tables left out, attachment columns not selected, the primary key read
    from the index Access names "PrimaryKey", cells written as mdbtools writes them.
    """

    name = "pyodbc"
    DRIVER = "Microsoft Access Driver (*.mdb, *.accdb)"

    def __init__(self, path: Path, *, charset: str = "") -> None:
        import pyodbc

        self.path = Path(path)
        self.errors = pyodbc.Error
        try:
            self.connection = pyodbc.connect(f"DRIVER={{{self.DRIVER}}};DBQ={self.path};")
        except pyodbc.Error as error:
            raise DamagedFile(self.path, str(error)) from error

    def tables(self) -> list[TableInfo]:
        cursor = self.connection.cursor()
        names = user_tables([t.table_name for t in cursor.tables(tableType="TABLE")])
        infos = []
        for name in names:
            columns = [(c.column_name, c.type_name) for c in cursor.columns(table=name)]
            count = cursor.execute(f"SELECT COUNT(*) FROM [{name}]").fetchone()[0]
            info = TableInfo(name, count, columns, self._primary_key(name))
            describe(info)
            infos.append(info)
        return infos

    def catalogue(self) -> list[dict[str, str]]:
        """The linked tables of MSysObjects, where the driver may read it (Access grants
        it to the Admin user unless the file's security says otherwise)."""
        query = "SELECT Name, Type, Database, Connect, ForeignName FROM MSysObjects"
        try:
            rows = self.connection.cursor().execute(query + " WHERE Type IN (4, 6)").fetchall()
        except self.errors:
            return []  # no read permission: the links stay unseen
        names = ("Name", "Type", "Database", "Connect", "ForeignName")
        return [{n: cell_text(v) for n, v in zip(names, row, strict=True)} for row in rows]

    def _primary_key(self, table: str) -> list[str]:
        try:
            indexes = list(self.connection.cursor().statistics(table=table, unique=True))
        except self.errors:
            return []  # then rows are told apart by their number
        return [row.column_name for row in indexes if row.index_name == "PrimaryKey"]

    def read(self, table: str) -> AccessTable:
        info = next(i for i in self.tables() if i.name == table)
        skipped = set(info.skipped())  # attachment columns cannot be selected as values
        types = {name: type_ for name, type_ in info.columns if name not in skipped}
        wanted = ", ".join(f"[{name}]" for name in types)
        cursor = self.connection.cursor().execute(f"SELECT {wanted} FROM [{table}]")
        header = [column[0] for column in cursor.description]
        records = [
            {
                name: cell_text(value, types.get(name, ""))
                for name, value in zip(header, row, strict=True)
            }
            for row in cursor.fetchall()
        ]
        return build_table(self.path, info, records, self.name)


def odbc_driver_installed() -> bool:
    """pyodbc alone is not enough: the Access driver comes with Office or its free engine."""
    try:
        import pyodbc
    except ImportError:
        return False
    return PyOdbcReader.DRIVER in pyodbc.drivers()


READERS = {
    "mdbtools": MdbToolsReader,
    "pyodbc": PyOdbcReader,
    "access-parser": AccessParserReader,
}


READERS_VARIABLE = "SOCIALNEET_ACCESS_READERS"


def available_readers() -> list[str]:
    """Reader names this machine can use, best first. SOCIALNEET_ACCESS_READERS, a list
    such as "access-parser" or "mdbtools,access-parser", keeps only those: a machine without
    mdbtools is tried (by the tests, or by a user whose mdbtools misreads a file) without
    uninstalling it."""
    found = []
    if shutil.which("mdb-export") and shutil.which("mdb-schema"):
        found.append("mdbtools")
    if sys.platform == "win32" and odbc_driver_installed():
        found.append("pyodbc")
    if importlib.util.find_spec("access_parser"):
        found.append("access-parser")
    wanted = [name.strip() for name in os.environ.get(READERS_VARIABLE, "").split(",")]
    if any(wanted):
        found = [name for name in found if name in wanted]
    return found
