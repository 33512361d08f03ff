"""Reading a spreadsheet into rows of text: CSV (delimiter and encoding detected) and .xlsx.

A reader knows nothing of record kinds: it returns a `SourceTable` whose rows are dicts
{column title: text}, numbered as the user sees them (the line of a CSV file, the row of a
worksheet). Any other reader (an Access table later) only has to return the same shape.

A file whose text was already mangled by a wrong encoding (U+FFFD replacement characters,
"Ã¨" for "è") is refused with `EncodingProblem` unless the caller forces it.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.domain.validation import format_italian_date

DELIMITERS = (";", "\t", ",")
SAMPLE_LINES = 50
# "Ã¨" (è read as cp1252 from UTF-8), "â€™" (’), and the replacement character itself.
_MOJIBAKE = re.compile("\ufffd|Ã(?=\\s)|[ÃÂ][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|â€")


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
    rows: list[SourceRow]
    encoding: str = ""
    delimiter: str = ""
    mangled_lines: list[int] = field(default_factory=list)  # when read despite the problem


_WRONG_FIELD_COUNT = QT_TRANSLATE_NOOP(
    "Import", "The row has %1 fields but the header has %2: the columns would be shifted."
)


def read_table(path: Path, *, accept_encoding_problems: bool = False) -> SourceTable:
    """Read a .csv/.txt or .xlsx file; raise UnreadableFile (or EncodingProblem)."""
    path = Path(path)
    if not path.is_file():
        raise UnreadableFile(path, QT_TRANSLATE_NOOP("Import", "%1 does not exist."))
    table = read_xlsx(path) if path.suffix.lower() in (".xlsx", ".xlsm") else read_csv(path)
    if not table.headers:
        raise UnreadableFile(path, QT_TRANSLATE_NOOP("Import", "%1 holds no rows."))
    _check_mangled(table, accept_encoding_problems)
    return table


def _check_mangled(table: SourceTable, accept: bool) -> None:
    texts = [(1, " ".join(table.headers))]
    texts += [(row.number, " ".join(row.values.values())) for row in table.rows]
    table.mangled_lines = [number for number, text in texts if _MOJIBAKE.search(text)]
    if table.mangled_lines and not accept:
        raise EncodingProblem(
            table.path,
            QT_TRANSLATE_NOOP(
                "Import",
                "%1 looks damaged by a wrong character encoding (characters such as \ufffd "
                "or Ã¨ instead of accented letters, rows %2). Save it again as UTF-8 from the "
                "program that made it. Nothing was imported.",
            ),
            _first_numbers(table.mangled_lines),
        )


def _first_numbers(numbers: list[int], limit: int = 5) -> str:
    shown = ", ".join(str(number) for number in numbers[:limit])
    return shown + (", …" if len(numbers) > limit else "")


# --- CSV ----------------------------------------------------------------------------------


def decode(data: bytes) -> tuple[str, str]:
    """UTF-8 (with or without BOM) when the bytes are valid UTF-8, else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


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
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UnreadableFile(
            path, QT_TRANSLATE_NOOP("Import", "%1 cannot be read: %2"), str(error)
        ) from error
    if b"\x00" in data[:4096]:
        raise UnreadableFile(
            path, QT_TRANSLATE_NOOP("Import", "%1 is not a text (CSV) file or an .xlsx workbook.")
        )
    text, encoding = decode(data)
    delimiter = detect_delimiter(text.splitlines()[:SAMPLE_LINES])
    records = _parse_csv(text, delimiter)
    table = _table_from_records(path, records)
    table.encoding, table.delimiter = encoding, delimiter
    return table


def _parse_csv(text: str, delimiter: str) -> list[tuple[int, list[str]]]:
    """Standard quoting when the file follows it, else quotes are kept as text: registers
    often hold names such as `"FAMILIA" - ASSOCIAZIONE` without doubling the quotes."""
    try:
        return _csv_records(text, delimiter, csv.QUOTE_MINIMAL, strict=True)
    except csv.Error:
        records = _csv_records(text, delimiter, csv.QUOTE_NONE, strict=False)
        return [(number, [_unwrap(cell) for cell in cells]) for number, cells in records]


def _csv_records(text: str, delimiter: str, quoting: int, strict: bool):
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=delimiter, quoting=quoting, strict=strict
    )
    records, start = [], 1
    for cells in reader:
        records.append((start, cells))
        start = reader.line_num + 1
    return records


def _unwrap(cell: str) -> str:
    """`"A.V.O. ACRI"` -> `A.V.O. ACRI`; quotes inside a name are left alone."""
    inner = cell.strip()[1:-1]
    wrapped = len(cell.strip()) > 1 and cell.strip()[0] == cell.strip()[-1] == '"'
    return inner if wrapped and '"' not in inner else cell


def _table_from_records(path: Path, records: list[tuple[int, list[str]]]) -> SourceTable:
    records = [(number, cells) for number, cells in records if any(c.strip() for c in cells)]
    if not records:
        return SourceTable(path, [], [])
    headers = unique_headers(records[0][1])
    rows = [_source_row(number, cells, headers) for number, cells in records[1:]]
    return SourceTable(path, headers, rows)


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
    """Column titles, stripped; empty ones named "Column 3", repeated ones "Name (2)"."""
    headers: list[str] = []
    for index, cell in enumerate(cells, start=1):
        title = " ".join(str(cell).split()) or f"#{index}"
        candidate, copy = title, 2
        while candidate in headers:
            candidate, copy = f"{title} ({copy})", copy + 1
        headers.append(candidate)
    return headers


# --- xlsx ---------------------------------------------------------------------------------


def read_xlsx(path: Path) -> SourceTable:
    """The first worksheet; cells become text the converters read (dates as gg/mm/aaaa,
    decimals with a comma)."""
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # noqa: BLE001 - openpyxl raises many kinds for a bad file
        raise UnreadableFile(
            path,
            QT_TRANSLATE_NOOP("Import", "%1 cannot be read as an .xlsx workbook: %2"),
            str(error),
        ) from error
    try:
        sheet = workbook.worksheets[0]
        records = [
            (number, [cell_text(value) for value in values])
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)
        ]
    finally:
        workbook.close()
    table = _table_from_records(path, records)
    table.encoding = "xlsx"
    return table


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
