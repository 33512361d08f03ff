"""Reading the user tables of an Access file (Access 97 to 2019) into `SourceTable`s.

Three readers behind one small interface (`tables()`, `read(name)`), chosen by what the
machine has (`choose_reader`; SOCIALNEET_ACCESS_READERS narrows the choice): mdbtools when
`mdb-export` is on PATH, the pure-Python access-parser otherwise (its rows decoded by
jet_rows, cell for cell as mdb-export writes them), and on Windows the Microsoft Access ODBC
driver through pyodbc.

What every reader hands on, so the shared converters read it right:
- dates as ISO text "aaaa-mm-gg hh:mm:ss"; a date the reader cannot decode (Access dates
  before 1900: mdbtools writes day "00", access-parser "(Invalid Date)") stays in the cell, so
  a mapped date field rejects the row, and is listed in `AccessTable.problems` either way;
- numbers with a decimal comma ("444,555"), never "444.555", which reads as thousands;
- attachment, multi-value and OLE (picture) columns are left out with a note;
- integer columns named like a key of another table ("SupplierID") are kept but noted:
  Access lookups are exported as the ids, not as the text the form showed;
- rows numbered 1, 2, … in the order the reader gives them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.importers.access.errors import (
    NoReader,
    PasswordProtected,
    check_signature,
    has_jet3_password,
)
from socialneet_desktop.importers.readers import SourceRow, SourceTable

SYSTEM_TABLE = re.compile(r"^(MSys|USys|~)|^f_[0-9A-F]{32}_Data$", re.IGNORECASE)
LOOKUP_NAME = re.compile(r".(ID|Id|_id|No)$|^(ID|Id|id_?)(?=[A-Z_])")  # SupplierID, IDEnte
SKIPPED_TYPES = {"ole", "attachment", "complex", "binary", "longbinary"}  # longbinary: ODBC OLE
DECIMAL_TYPES = {"double", "single", "currency", "numeric", "decimal", "float", "money"}
INTEGER_TYPES = {"byte", "integer", "long integer", "int", "long", "smallint"}
BAD_DATES = ("(Invalid Date)", "-00 ", "1900-01-00")

SKIPPED_NOTE = QT_TRANSLATE_NOOP(
    "AccessImport", "Column '%1' (%2) holds pictures, attachments or several values: skipped."
)
LOOKUP_NOTE = QT_TRANSLATE_NOOP(
    "AccessImport",
    "Column '%1' probably holds the ids of another table (an Access lookup): the import "
    "reads the numbers, not the text shown in Access.",
)
BAD_DATE_NOTE = QT_TRANSLATE_NOOP(
    "AccessImport",
    "Record %1, column '%2': the date could not be read ('%3'; Access dates before 1900 "
    "are not readable): the field stays empty or the row is rejected.",
)
COUNT_NOTE = QT_TRANSLATE_NOOP(
    "AccessImport",
    "Table '%1': Access counts %2 records but %3 could be read; the file may be damaged.",
)


@dataclass
class TableInfo:
    name: str
    row_count: int
    columns: list[tuple[str, str]]  # (name, Access type), in the order of the definition
    primary_key: list[str] = field(default_factory=list)
    notes: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)  # (template, args)

    def skipped(self) -> list[str]:
        return [name for name, type_ in self.columns if type_.lower() in SKIPPED_TYPES]


@dataclass
class AccessTable(SourceTable):
    table: str = ""
    primary_key: list[str] = field(default_factory=list)
    problems: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)


class AccessReader(Protocol):
    path: Path
    name: str

    def tables(self) -> list[TableInfo]: ...

    def read(self, table: str) -> AccessTable: ...


def describe(info: TableInfo) -> None:
    """Add the notes every reader gives: skipped columns, lookups exported as ids."""
    for name, type_ in info.columns:
        if type_.lower() in SKIPPED_TYPES:
            info.notes.append((SKIPPED_NOTE, (name, type_)))
        elif (
            type_.lower() in INTEGER_TYPES
            and LOOKUP_NAME.search(name)
            and name not in info.primary_key
        ):
            info.notes.append((LOOKUP_NOTE, (name,)))


def build_table(
    path: Path, info: TableInfo, records: list[dict[str, str]], reader: str
) -> AccessTable:
    """The SourceTable of `records` (text cells): skipped columns out, dates checked."""
    skipped = set(info.skipped())
    headers = [name for name, _type in info.columns if name not in skipped]
    dates = [name for name, type_ in info.columns if "date" in type_.lower()]
    decimals = [name for name, type_ in info.columns if type_.lower() in DECIMAL_TYPES]
    table = AccessTable(path, headers, [], encoding=reader, table=info.name)
    table.primary_key = list(info.primary_key)
    for number, record in enumerate(records, start=1):
        values = {name: record.get(name, "") for name in headers}
        for name in decimals:
            values[name] = values[name].replace(".", ",")
        for name in dates:
            if any(bad in values[name] for bad in BAD_DATES):
                table.problems.append((BAD_DATE_NOTE, (str(number), name, values[name])))
        table.rows.append(SourceRow(number, values))
    if info.row_count >= 0 and info.row_count != len(records):
        args = (info.name, str(info.row_count), str(len(records)))
        table.problems.append((COUNT_NOTE, args))
    return table


def user_tables(names) -> list[str]:
    return [name for name in names if name and not SYSTEM_TABLE.search(name)]


def choose_reader(path: Path, *, prefer: str = "", charset: str = "") -> AccessReader:
    """The best reader this machine has for `path`; NotAccessFile, PasswordProtected are
    raised before any reading (the latter only for Access 97 passwords, see errors.py)."""
    from socialneet_desktop.importers.access import backends

    head = check_signature(path)
    available = backends.available_readers()
    if prefer:
        available = [name for name in available if name == prefer]
    if not available:
        raise NoReader(path)
    reader = backends.READERS[available[0]](path, charset=charset)
    reader.password_protected = has_jet3_password(head)
    return reader


def protection_warning(reader) -> PasswordProtected | None:
    if getattr(reader, "password_protected", False):
        return PasswordProtected(reader.path)
    return None
