"""Linked tables: an Access table whose rows live in another file or on a server.

Access keeps them in its catalogue (MSysObjects) as Type 6, a table of another Access file
(Database: that file's path as it was on the machine that linked it, ForeignName: the
table's name there), or Type 4, a table of an ODBC data source (Connect: the connection
string, ForeignName: "dbo.Ordrar"). The readers list neither, so the user would not learn
that the data is elsewhere. `LinkedTablesReader` lists them with the tables of the file:
- a link to a file found beside this one (same folder, same name; the path Access keeps is
  usually of another machine, "Z:\\archivio\\dati.accdb") is read from that file: its columns
  and rows, under the link's name, with a note saying so; its records keep the origin of
  that file's table, so importing it either way adds nothing the second time;
- a link to a file that is not there, to a server, or to a file that is no Access database
  (a sheet of a workbook, a text file) is listed as not readable, with a note naming the
  file to bring beside this one (the server's data source, its password left out; the file
  to import as a spreadsheet), and reading it raises LinkedElsewhere with the same words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path, PureWindowsPath

from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.importers.access.errors import AccessFileError
from socialneet_desktop.importers.access.tables import AccessTable, TableInfo, user_tables

ACCESS_LINK, ODBC_LINK = "6", "4"  # MSysObjects.Type
_SECRET = re.compile(r"^(PWD|PASSWORD)=", re.IGNORECASE)

BESIDE_NOTE = QT_TRANSLATE_NOOP(
    "AccessImport",
    "'%1' is a link to the table '%2' of %3, which is beside this file: its rows are read "
    "from there.",
)
MISSING_NOTE = QT_TRANSLATE_NOOP(
    "AccessImport",
    "'%1' is a link to the table '%2' of another file, %3: its rows are not in this file. "
    "Copy %4 into the folder of this file (%5) and open this file again, or import %4 "
    "itself.",
)
ODBC_NOTE = QT_TRANSLATE_NOOP(
    "AccessImport",
    "'%1' is a link to the table '%2' of a database server (ODBC: %3): its rows are not in "
    "this file. Export that table from the server (or from Access, where the link works) to "
    "a spreadsheet and import that.",
)
NO_TABLE_NOTE = QT_TRANSLATE_NOOP(
    "AccessImport",
    "'%1' is a link to the table '%2' of %3, which is beside this file but has no such "
    "table: open %3 in Access to see where the data went.",
)
OTHER_FORMAT_NOTE = QT_TRANSLATE_NOOP(
    "AccessImport",
    "'%1' is a link to %2 (%3), which is no Access file: import that file itself with File > "
    "Import from a spreadsheet (save it as .xlsx or .csv first if it is in another format).",
)
UNREADABLE_NOTE = QT_TRANSLATE_NOOP(
    "AccessImport", "'%1' is a link to the table '%2' of %3, which is beside this file: %4"
)


class LinkedElsewhere(AccessFileError):
    """A linked table whose rows cannot be read from here; the text says what to do."""

    message = "%2"  # the note's words, already translated

    def text(self) -> str:
        return self.detail


@dataclass(frozen=True)
class Note:
    """A note of the "AccessImport" context and its arguments, as TableInfo.notes keeps them."""

    template: str
    args: tuple[str, ...]

    def pair(self) -> tuple[str, tuple[str, ...]]:
        return self.template, self.args

    def text(self) -> str:
        return fill(translate("AccessImport", self.template), *self.args)


@dataclass(frozen=True)
class Link:
    name: str  # the table's name in this file
    foreign_name: str  # its name in the other file, or on the server
    database: str = ""  # Type 6: the other file (a folder for text files), as Access wrote it
    connect: str = ""  # Type 4: the ODBC connection string; Type 6: "Excel 12.0 Xml;…" or ""

    @property
    def odbc(self) -> bool:
        return not self.database

    def other_format(self) -> str:
        """ "Excel 12.0 Xml", "Text"…: the kind of a linked file that is no Access file
        (Access writes its own links with no connection string, or one that starts ";")."""
        return "" if self.odbc else self.connect.split(";", 1)[0].strip()

    def other_file(self) -> str:
        """The linked file that is no Access file: a sheet's workbook, a text link's file
        ("dati#csv" in the folder Access keeps)."""
        if self.other_format().lower().startswith("text"):
            return self.foreign_name.replace("#", ".")
        return self.file_name()

    def file_name(self) -> str:
        """ "dati.accdb" of "Z:\\archivio\\dati.accdb" (or of a POSIX path)."""
        return PureWindowsPath(self.database).name

    def beside(self, path: Path) -> Path | None:
        """The linked file in the folder of `path`, its name in any case (Windows ignores it)."""
        wanted = self.file_name().casefold()
        if not wanted:
            return None
        try:
            found = [p for p in Path(path).parent.iterdir() if p.name.casefold() == wanted]
        except OSError:
            return None
        files = [p for p in found if p.is_file() and p.resolve() != Path(path).resolve()]
        return files[0] if files else None

    def target(self) -> str:
        """ "Table1 · dati.accdb", "dbo.Ordrar · ODBC": where the rows are, in short."""
        if self.other_format():
            return f"{self.other_file()} · {self.other_format()}"
        return f"{self.foreign_name} · {'ODBC' if self.odbc else self.file_name()}"

    def source_text(self) -> str:
        """The connection string without its password ("PWD=…" left out)."""
        parts = [part for part in self.connect.split(";") if part and not _SECRET.match(part)]
        return ";".join(part for part in parts if not part.upper().startswith("ODBC"))


def catalogue_links(records: Iterable[dict[str, str]]) -> list[Link]:
    """The links among MSysObjects' rows (text cells, as the readers give them)."""
    links = []
    for record in records:
        kind, name = str(record.get("Type", "")).strip(), str(record.get("Name", ""))
        if kind not in (ACCESS_LINK, ODBC_LINK) or not user_tables([name]):
            continue
        foreign = str(record.get("ForeignName", "") or name)
        database = str(record.get("Database", "")) if kind == ACCESS_LINK else ""
        links.append(Link(name, foreign, database, str(record.get("Connect", "") or "")))
    return links


class LinkedTablesReader:
    """A reader (importers.access.backends) that also lists the file's linked tables and
    reads those whose file is beside it (see the module's docstring). `open_other(path)`
    opens the linked file with the same kind of reader and alphabet."""

    def __init__(self, reader, open_other) -> None:
        self.inner = reader
        self.path = reader.path
        self.name = reader.name
        self.open_other = open_other
        self.links = {link.name: link for link in catalogue_links(reader.catalogue())}
        self._others: dict[str, tuple[object, TableInfo] | Note] = {}
        self._infos: list[TableInfo] | None = None

    def __getattr__(self, name: str):  # charset, password_protected…: the inner reader's
        return getattr(self.inner, name)

    def tables(self) -> list[TableInfo]:
        if self._infos is None:
            own = [info for info in self.inner.tables() if info.name not in self.links]
            self._infos = own + [self._info(link) for link in self.links.values()]
        return list(self._infos)

    def _info(self, link: Link) -> TableInfo:
        found, target = self._other(link), link.target()
        if isinstance(found, Note):
            return TableInfo(link.name, -1, [], notes=[found.pair()], linked_to=target)
        other, info = found
        note = (BESIDE_NOTE, (link.name, link.foreign_name, other.path.name))
        return replace(info, name=link.name, notes=[note, *info.notes], linked_to=target)

    def _other(self, link: Link):
        """(the linked file's reader, its table's info), or the Note saying why not."""
        if link.name not in self._others:
            self._others[link.name] = self._find(link)
        return self._others[link.name]

    def _find(self, link: Link):
        if link.odbc:
            return Note(ODBC_NOTE, (link.name, link.foreign_name, link.source_text()))
        if link.other_format():
            return Note(OTHER_FORMAT_NOTE, (link.name, link.other_file(), link.other_format()))
        other_path = link.beside(self.path)
        if other_path is None:
            folder = str(Path(self.path).resolve().parent)
            args = (link.name, link.foreign_name, link.database, link.file_name(), folder)
            return Note(MISSING_NOTE, args)
        try:
            other = self.open_other(other_path)
            info = next((i for i in other.tables() if i.name == link.foreign_name), None)
        except AccessFileError as problem:
            args = (link.name, link.foreign_name, other_path.name, problem.text())
            return Note(UNREADABLE_NOTE, args)
        if info is None or info.linked:
            return Note(NO_TABLE_NOTE, (link.name, link.foreign_name, other_path.name))
        return other, info

    def read(self, table: str) -> AccessTable:
        link = self.links.get(table)
        if link is None:
            return self.inner.read(table)
        found = self._other(link)
        if isinstance(found, Note):
            raise LinkedElsewhere(self.path, found.text())
        other, _info = found
        read = other.read(link.foreign_name)  # its own path and name: its records' origin
        read.linked_from = link.name
        return read

    def source_of(self, table: str) -> tuple[Path, str]:
        """The file and table the rows of `table` come from (a saved mapping's key)."""
        link = self.links.get(table)
        found = self._other(link) if link else None
        if link is None or isinstance(found, Note):
            return Path(self.path), table
        return Path(found[0].path), link.foreign_name
