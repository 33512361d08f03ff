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

import codecs
import csv
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from itertools import islice
from pathlib import Path

from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP, without_illegal_characters
from socialneet_desktop.domain.validation import format_italian_date

DELIMITERS = (";", "\t", ",")
SAMPLE_LINES = 50
KEPT_HEAD = 50  # first rows kept in memory: the wizard's preview reads them again and again
MANGLED_KEPT = 1000  # numbers of mangled lines remembered (five are shown)
CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE2: .xls, .doc, an encrypted .xlsx
ZIP_MAGIC = b"PK\x03\x04"
ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")  # the name in the OLE2 directory
# "Ã¨" (è read as cp1252 from UTF-8), "â€™" (’), and the replacement character itself.
_MOJIBAKE = re.compile("\ufffd|Ã(?=\\s)|[ÃÂ][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|â€")
_UNDEFINED_IN_CP1252 = (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d")

NOT_FOUND = QT_TRANSLATE_NOOP("Import", "%1 does not exist.")
NO_ROWS = QT_TRANSLATE_NOOP("Import", "%1 holds no rows.")
CANNOT_READ = QT_TRANSLATE_NOOP("Import", "%1 cannot be read: %2")
NOT_TEXT = QT_TRANSLATE_NOOP("Import", "%1 is not a text (CSV) file or an .xlsx workbook.")
NOT_XLSX = QT_TRANSLATE_NOOP("Import", "%1 cannot be read as an .xlsx workbook: %2")
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
HUGE_CELL = QT_TRANSLATE_NOOP(
    "Import",
    "%1, line %2: a cell holds more than 131,072 characters (128 KB), more than any field "
    "takes. Often "
    'a quote (") opened in a cell is never closed, so the rest of the file runs into it. '
    "Correct the file and import again; nothing was imported.",
)
BAD_CSV = QT_TRANSLATE_NOOP("Import", "%1 cannot be read as a CSV file at line %2.")
CHANGED = QT_TRANSLATE_NOOP(
    "Import", "%1 was changed while it was being imported: nothing was imported, start again."
)
MANGLED = QT_TRANSLATE_NOOP(
    "Import",
    "%1 looks damaged by a wrong character encoding (characters such as \ufffd "
    "or Ã¨ instead of accented letters, rows %2). Save it again as UTF-8 from the "
    "program that made it. Nothing was imported.",
)
_WRONG_FIELD_COUNT = QT_TRANSLATE_NOOP(
    "Import", "The row has %1 fields but the header has %2: the columns would be shifted."
)


class UnreadableFile(Exception):
    """The file cannot be read as a table. `message` is an English template of the
    "Import" context with %1 for the file name and %2 for `detail`."""

    def __init__(self, path: Path, message: str, detail: str = "") -> None:
        super().__init__(message.replace("%1", str(path)).replace("%2", detail))
        self.path = path
        self.message = message
        self.detail = detail


class EncodingProblem(UnreadableFile):
    """The text holds replacement characters or mojibake: it was saved with a wrong encoding."""


@dataclass
class SourceRow:
    number: int  # line of the CSV file, row of the worksheet (1 = the header)
    values: dict[str, str]
    error: str = ""  # an "Import" template with %1, %2 from error_args: the row is unusable
    error_args: tuple[str, ...] = ()


@dataclass
class SourceTable:
    path: Path
    headers: list[str]
    rows: list[SourceRow]  # or a StreamedRows, which reads the file again at each pass
    encoding: str = ""
    delimiter: str = ""
    mangled_lines: list[int] = field(default_factory=list)  # when read despite the problem


Records = Callable[[], Iterator[tuple[int, list[str]]]]  # (line or row number, cells)


class StreamedRows:
    """The data rows of a file, read from the file at each iteration; a list's len() and
    slices (of the first rows) for the callers that used the list."""

    def __init__(self, path: Path, records: Records, headers: list[str], count: int) -> None:
        self.path, self.records, self.headers, self.count = path, records, headers, count
        self.stamp = _stamp(path)
        self.head = list(islice(self._rows(), KEPT_HEAD))

    def __len__(self) -> int:
        return self.count

    def __bool__(self) -> bool:
        return self.count > 0

    def __iter__(self) -> Iterator[SourceRow]:
        if self.count <= len(self.head):
            yield from self.head
            return
        if _stamp(self.path) != self.stamp:
            raise UnreadableFile(self.path, CHANGED)
        yield from self._rows()

    def __getitem__(self, index):
        if isinstance(index, slice):
            stop = index.stop if index.stop is not None else self.count
            if 0 <= stop <= len(self.head) and (index.start or 0) >= 0:
                return self.head[index]
            return list(self)[index]
        if 0 <= index < len(self.head):
            return self.head[index]
        return list(self)[index]

    def _rows(self) -> Iterator[SourceRow]:
        header_seen = False
        for number, cells in self.records():
            if not any(cell.strip() for cell in cells):
                continue
            if header_seen:
                yield _source_row(number, cells, self.headers)
            header_seen = True


def _stamp(path: Path) -> tuple[int, int]:
    try:
        status = path.stat()
    except OSError as error:
        raise UnreadableFile(path, CANNOT_READ, str(error)) from error
    return status.st_size, status.st_mtime_ns


def read_table(path: Path, *, accept_encoding_problems: bool = False) -> SourceTable:
    """Check and open a .csv/.txt or .xlsx file; raise UnreadableFile (or EncodingProblem)."""
    path = Path(path)
    if not path.is_file():
        raise UnreadableFile(path, NOT_FOUND)
    head = _head(path, 8)
    if head.startswith(CFB_MAGIC):
        raise UnreadableFile(path, PASSWORD if _is_encrypted(path) else OLD_EXCEL)
    suffix = path.suffix.lower()
    if suffix == ".xls" and not head.startswith(ZIP_MAGIC):
        raise UnreadableFile(path, OLD_EXCEL)
    if suffix in (".xlsx", ".xlsm") or head.startswith(ZIP_MAGIC):
        table = read_xlsx(path)
    else:
        table = read_csv(path)
    if not table.headers:
        raise UnreadableFile(path, NO_ROWS)
    if table.mangled_lines and not accept_encoding_problems:
        raise EncodingProblem(path, MANGLED, _first_numbers(table.mangled_lines))
    return table


def _head(path: Path, size: int) -> bytes:
    try:
        with path.open("rb") as file:
            return file.read(size)
    except OSError as error:
        raise UnreadableFile(path, CANNOT_READ, str(error)) from error


def _is_encrypted(path: Path) -> bool:
    """An OLE2 file holding an "EncryptedPackage" stream: an .xlsx saved with a password."""
    overlap = len(ENCRYPTED_STREAM)
    with path.open("rb") as file:
        tail = b""
        while block := file.read(1 << 20):
            if ENCRYPTED_STREAM in tail + block:
                return True
            tail = block[-overlap:]
    return False


def _scan(records: Records) -> tuple[list[str], int, int, list[int]]:
    """One reading of the whole file: (header cells, data rows, widest row, mangled lines)."""
    header: list[str] | None = None
    count, width, mangled = 0, 0, []
    for number, cells in records():
        if not any(cell.strip() for cell in cells):
            continue
        if _MOJIBAKE.search(" ".join(cells)) and len(mangled) < MANGLED_KEPT:
            mangled.append(number)
        if header is None:
            header = cells
        else:
            count += 1
        width = max(width, len(cells))
    return (header or []), count, width, mangled


def _table(path: Path, records: Records, *, pad_header: bool = False) -> SourceTable:
    """The table of `records` after one reading; `pad_header`: as many columns as the
    widest row (a worksheet's cells beyond the titles), else a row longer than the header
    is refused (a CSV line whose columns would be shifted)."""
    cells, count, width, mangled = _scan(records)
    if not cells:
        return SourceTable(path, [], [])
    if pad_header:
        cells = cells + [""] * (width - len(cells))
    headers = unique_headers(cells)
    table = SourceTable(path, headers, StreamedRows(path, records, headers, count))
    table.mangled_lines = mangled
    return table


def _first_numbers(numbers: list[int], limit: int = 5) -> str:
    shown = ", ".join(str(number) for number in numbers[:limit])
    return shown + (", …" if len(numbers) > limit else "")


# --- CSV ----------------------------------------------------------------------------------


def decode(data: bytes) -> tuple[str, str]:
    """UTF-16 with a BOM (Excel's "Unicode text"), UTF-8 (with or without BOM) when the
    bytes are valid UTF-8, else Windows-1252."""
    encoding = _encoding_of(data[:4], [data])
    return data.decode(encoding, errors="replace"), encoding


def _encoding_of(start: bytes, blocks) -> str:
    """The encoding of a file starting with `start` whose bytes come in `blocks`."""
    if start.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if start.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    decoder = codecs.getincrementaldecoder("utf-8")()
    utf8, cp1252 = True, True
    for block in blocks:
        if utf8:
            try:
                decoder.decode(block)
            except UnicodeDecodeError:
                utf8 = False
        cp1252 = cp1252 and not any(byte in block for byte in _UNDEFINED_IN_CP1252)
    if utf8:
        try:
            decoder.decode(b"", final=True)
            return "utf-8"
        except UnicodeDecodeError:
            pass
    return "cp1252" if cp1252 else "latin-1"


def _file_blocks(path: Path) -> Iterator[bytes]:
    with path.open("rb") as file:
        while block := file.read(1 << 20):
            yield block


def detect_delimiter(lines: list[str]) -> str:
    """The candidate that splits the header in the most fields and the other lines alike."""
    best, best_score = DELIMITERS[0], (-1.0, 0)
    for delimiter in DELIMITERS:
        counts = [line.count(delimiter) for line in lines if line.strip()]
        if not counts or counts[0] == 0:
            continue
        consistency = sum(count == counts[0] for count in counts) / len(counts)
        score = (round(consistency, 1), counts[0])
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_csv(path: Path) -> SourceTable:
    """Standard quoting when the file follows it, else quotes are kept as text: registers
    often hold names such as `"FAMILIA" - ASSOCIAZIONE` without doubling the quotes."""
    try:
        start = _head(path, 4096)
        utf16 = start.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
        if b"\x00" in start and not utf16:
            raise UnreadableFile(path, NOT_TEXT)
        encoding = _encoding_of(start, _file_blocks(path))
        with path.open(encoding=encoding, errors="replace") as file:
            delimiter = detect_delimiter([line for line in islice(file, SAMPLE_LINES)])
        for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_NONE):
            records = _csv_source(path, encoding, delimiter, quoting)
            try:
                table = _table(path, records)
            except _CsvProblem as problem:
                if quoting == csv.QUOTE_NONE:
                    raise problem.unreadable(path) from None
                continue
            table.encoding, table.delimiter = encoding, delimiter
            return table
    except OSError as error:
        raise UnreadableFile(path, CANNOT_READ, str(error)) from error
    raise AssertionError("unreachable")


class _CsvProblem(Exception):
    def __init__(self, line: int, error: csv.Error) -> None:
        super().__init__(str(error))
        self.line = line
        self.too_big = "field larger than field limit" in str(error)

    def unreadable(self, path: Path) -> UnreadableFile:
        if self.too_big:
            return UnreadableFile(path, HUGE_CELL, str(self.line))
        return UnreadableFile(path, BAD_CSV, str(self.line))


def _csv_source(path: Path, encoding: str, delimiter: str, quoting: int) -> Records:
    def records() -> Iterator[tuple[int, list[str]]]:
        with path.open(encoding=encoding, errors="replace", newline="") as file:
            strict = quoting != csv.QUOTE_NONE
            reader = csv.reader(file, delimiter=delimiter, quoting=quoting, strict=strict)
            start = 1
            try:
                for cells in reader:
                    yield start, cells if strict else [_unwrap(cell) for cell in cells]
                    start = reader.line_num + 1
            except csv.Error as error:
                raise _CsvProblem(start, error) from error

    return records


def _unwrap(cell: str) -> str:
    """`"A.V.O. ACRI"` -> `A.V.O. ACRI`; quotes inside a name are left alone."""
    inner = cell.strip()[1:-1]
    wrapped = len(cell.strip()) > 1 and cell.strip()[0] == cell.strip()[-1] == '"'
    return inner if wrapped and '"' not in inner else cell


def _source_row(number: int, cells: list[str], headers: list[str]) -> SourceRow:
    while len(cells) > len(headers) and not cells[-1].strip():
        cells = cells[:-1]  # trailing empty fields ("a;b;c;") are harmless
    row = SourceRow(number, dict(zip(headers, (c.strip() for c in cells), strict=False)))
    if len(cells) > len(headers):
        row.error, row.error_args = _WRONG_FIELD_COUNT, (str(len(cells)), str(len(headers)))
    for header in headers[len(cells) :]:
        row.values[header] = ""  # short rows: the missing trailing cells are empty
    return row


def unique_headers(cells: list[str]) -> list[str]:
    """Column titles, stripped; empty ones named "#3", repeated ones "Name (2)"; control
    characters left out (a title goes into reports)."""
    headers: list[str] = []
    for index, cell in enumerate(cells, start=1):
        title = " ".join(without_illegal_characters(str(cell)).split()) or f"#{index}"
        candidate, copy = title, 2
        while candidate in headers:
            candidate, copy = f"{title} ({copy})", copy + 1
        headers.append(candidate)
    return headers


# --- xlsx ---------------------------------------------------------------------------------


def read_xlsx(path: Path) -> SourceTable:
    """The first worksheet; cells become text the converters read (dates as gg/mm/aaaa,
    decimals with a comma). Columns as many as the widest row has."""
    table = _table(path, _xlsx_source(path), pad_header=True)
    table.encoding = "xlsx"
    return table


def _open_workbook(path: Path):
    from openpyxl import load_workbook

    try:
        return load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # noqa: BLE001 - openpyxl raises many kinds for a bad file
        raise UnreadableFile(path, NOT_XLSX, str(error)) from error


def _xlsx_source(path: Path) -> Records:
    def records() -> Iterator[tuple[int, list[str]]]:
        workbook = _open_workbook(path)
        try:
            sheet = workbook.worksheets[0]
            sheet.reset_dimensions()  # a stale <dimension> would cut the rows short
            rows = enumerate(sheet.iter_rows(values_only=True), start=1)
            for number, values in rows:
                yield number, [cell_text(value) for value in values]
        except (UnreadableFile, GeneratorExit):
            raise
        except Exception as error:  # noqa: BLE001 - a damaged sheet, whatever openpyxl says
            raise UnreadableFile(path, NOT_XLSX, str(error)) from error
        finally:
            workbook.close()

    return records


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime):
        if value.time() == time(0):
            return format_italian_date(value.date())
        return f"{format_italian_date(value.date())} {value:%H:%M}"
    if isinstance(value, date):
        return format_italian_date(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value).replace(".", ",")
    return str(value).strip()
