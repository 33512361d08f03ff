"""What every Access reader hands on: the tables' descriptions and their rows as a
`SourceTable`, with the notes (skipped columns, lookups, unreadable dates, short counts) that
the readers of importers.access.backends all give. See importers.access.readers for the rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
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
    # a link (importers.access.linked): "Table1 · dati.accdb", "dbo.Ordrar · ODBC"
    linked_to: str = ""

    @property
    def linked(self) -> bool:
        return bool(self.linked_to)

    def rows_text(self, translate) -> str:
        """ "63", or "cannot be read" for a table the reader could not count (-1), "linked"
        for a linked table whose rows are not to be had from here."""
        if self.row_count < 0 and self.linked:
            return translate("AccessImport", "linked")
        if self.row_count < 0:
            return translate("AccessImport", "cannot be read")
        return str(self.row_count)

    def skipped(self) -> list[str]:
        return [name for name, type_ in self.columns if type_.lower() in SKIPPED_TYPES]


@dataclass
class AccessTable(SourceTable):
    table: str = ""
    primary_key: list[str] = field(default_factory=list)
    problems: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    linked_from: str = ""  # read through this file's link of that name (access.linked)


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
