"""Reading a spreadsheet into rows of text: CSV (delimiter and encoding detected) and .xlsx.

A reader knows nothing of record kinds: it returns a `SourceTable` whose rows are
`SourceRow`s {column title: text}, numbered as the user sees them (the line of a CSV file,
the row of a worksheet). Any other reader (an Access table) only has to return the same shape.

Files are streamed, never held in memory: `read_table` reads the file once to check it
(encoding, field limits, the header, the number of rows) and `SourceTable.rows` reads it
again each time the pipeline goes through the rows (a `StreamedRows`). A file changed
between two readings is refused rather than imported half old, half new.

A file whose text was already mangled by a wrong encoding (U+FFFD replacement characters,
"Ã¨" for "è") is refused with `EncodingProblem` unless the caller forces it. The stored
<dimension> of a worksheet is never trusted (openpyxl's read-only mode would stop there).
"""

from __future__ import annotations

from pathlib import Path

from socialneet_desktop.db.database import belongs_to_open_database
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.importers.csv_source import (  # noqa: F401 - the readers' names
    BAD_CSV,
    DELIMITERS,
    HUGE_CELL,
    NOT_TEXT,
    decode,
    detect_delimiter,
    read_csv,
)
from socialneet_desktop.importers.source_table import (  # noqa: F401 - the readers' names
    CANNOT_READ,
    CHANGED,
    OPEN_DATABASE,
    EncodingProblem,
    SourceRow,
    SourceTable,
    StreamedRows,
    UnreadableFile,
    head_bytes,
    unique_headers,
)
from socialneet_desktop.importers.xlsx_source import NOT_XLSX, cell_text, read_xlsx  # noqa: F401

CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE2: .xls, .doc, an encrypted .xlsx
ZIP_MAGIC = b"PK\x03\x04"
ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")  # the name in the OLE2 directory

NOT_FOUND = QT_TRANSLATE_NOOP("Import", "%1 does not exist.")
NO_ROWS = QT_TRANSLATE_NOOP("Import", "%1 holds no rows.")
OLD_EXCEL = QT_TRANSLATE_NOOP(
    "Import",
    "%1 is in the old Excel format (.xls): open it in Excel and save it as .xlsx "
    "(Excel Workbook), then import that file.",
)
PASSWORD = QT_TRANSLATE_NOOP(
    "Import",
    "%1 is protected by a password: open it in Excel, remove the password (File > Info > "
    "Protect Workbook > Encrypt with Password, empty), save, import again.",
)
MANGLED = QT_TRANSLATE_NOOP(
    "Import",
    "%1 looks damaged by a wrong character encoding (characters such as \ufffd "
    "or Ã¨ instead of accented letters, rows %2). Save it again as UTF-8 from the "
    "program that made it. Nothing was imported.",
)


def read_table(
    path: Path, *, accept_encoding_problems: bool = False, header_row: int | None = None
) -> SourceTable:
    """Check and open a .csv/.txt or .xlsx file; raise UnreadableFile (or EncodingProblem).
    `header_row`: the row of the column titles (else guessed, importers/header_row.py)."""
    path = Path(path)
    if not path.is_file():
        raise UnreadableFile(path, NOT_FOUND)
    if belongs_to_open_database(path):  # never read with plain I/O: it would drop our locks
        raise UnreadableFile(path, OPEN_DATABASE)
    head = head_bytes(path, 8)
    if head.startswith(CFB_MAGIC):
        raise UnreadableFile(path, PASSWORD if _is_encrypted(path) else OLD_EXCEL)
    suffix = path.suffix.lower()
    if suffix == ".xls" and not head.startswith(ZIP_MAGIC):
        raise UnreadableFile(path, OLD_EXCEL)
    if suffix in (".xlsx", ".xlsm") or head.startswith(ZIP_MAGIC):
        table = read_xlsx(path, header_row)
    else:
        table = read_csv(path, header_row)
    if not table.headers:
        raise UnreadableFile(path, NO_ROWS)
    if table.mangled_lines and not accept_encoding_problems:
        raise EncodingProblem(path, MANGLED, _first_numbers(table.mangled_lines))
    return table


def _is_encrypted(path: Path) -> bool:
    """An OLE2 file holding an "EncryptedPackage" stream: an .xlsx saved with a password."""
    overlap, tail = len(ENCRYPTED_STREAM), b""
    try:
        with path.open("rb") as file:
            while block := file.read(1 << 20):
                if ENCRYPTED_STREAM in tail + block:
                    return True
                tail = block[-overlap:]
    except OSError as error:
        raise UnreadableFile(path, CANNOT_READ, str(error)) from error
    return False


def _first_numbers(numbers: list[int], limit: int = 5) -> str:
    shown = ", ".join(str(number) for number in numbers[:limit])
    return shown + (", …" if len(numbers) > limit else "")
