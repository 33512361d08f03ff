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
- rows numbered 1, 2, … in the order the reader gives them;
- linked tables (of another Access file, or of a server) listed with the others, read from
  the linked file when it is beside this one (importers.access.linked).
"""

from __future__ import annotations

from pathlib import Path

from socialneet_desktop.importers.access import backends
from socialneet_desktop.importers.access.errors import (
    NoReader,
    PasswordProtected,
    check_signature,
    has_jet3_password,
)
from socialneet_desktop.importers.access.linked import LinkedTablesReader
from socialneet_desktop.importers.access.tables import BAD_DATES as BAD_DATES
from socialneet_desktop.importers.access.tables import AccessReader
from socialneet_desktop.importers.access.tables import user_tables as user_tables


def choose_reader(path: Path, *, prefer: str = "", charset: str = "") -> AccessReader:
    """The best reader this machine has for `path`; NotAccessFile, PasswordProtected are
    raised before any reading (the latter only for Access 97 passwords, see errors.py)."""
    head = check_signature(path)
    available = backends.available_readers()
    if prefer:
        available = [name for name in available if name == prefer]
    if not available:
        raise NoReader(path)
    reader = _open(available[0], path, charset)
    reader.password_protected = has_jet3_password(head)

    def open_other(other: Path):  # a linked file: the same reader and alphabet (its links unread)
        check_signature(other)
        return _open(available[0], other, charset)

    return LinkedTablesReader(reader, open_other)


def _open(name: str, path: Path, charset: str):
    return backends.READERS[name](path, charset=charset)


def protection_warning(reader) -> PasswordProtected | None:
    if getattr(reader, "password_protected", False):
        return PasswordProtected(reader.path)
    return None
