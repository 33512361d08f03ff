"""The shape every reader returns: a `SourceTable` of `SourceRow`s {column title: text},
numbered as the user sees them, and `StreamedRows`, the rows of a file read again from the
file at each pass (never held whole). `table_of` builds a table after one checking reading.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP, without_illegal_characters
from socialneet_desktop.importers.header_row import SAMPLE, guess_header, is_total_row

KEPT_HEAD = 50  # first rows kept in memory: the wizard's preview reads them again and again
MANGLED_KEPT = 1000  # numbers of mangled lines remembered (five are shown)
# "Ã¨" (è read as cp1252 from UTF-8), "â€™" (’), and the replacement character itself.
_MOJIBAKE = re.compile("\ufffd|Ã(?=\\s)|[ÃÂ][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|â€")

CANNOT_READ = QT_TRANSLATE_NOOP("Import", "%1 cannot be read: %2")
OPEN_DATABASE = QT_TRANSLATE_NOOP(
    "Import",
    "%1 is the database open in this program (or one of its files): it cannot be imported. "
    "Choose the spreadsheet to import.",
)
CHANGED = QT_TRANSLATE_NOOP(
    "Import",
    "%1 was changed while it was being imported: nothing was imported, start again.",
)
NO_HEADER_ROW = QT_TRANSLATE_NOOP(
    "Import", "%1 has no row %2 holding column titles (the header row asked)."
)
_WRONG_FIELD_COUNT = QT_TRANSLATE_NOOP(
    "Import",
    "The row has %1 fields but the header has %2: the columns would be shifted.",
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
    header_row: int = 1  # the row (line) of the column titles; those above it are skipped
    guessed_header_row: int = 1  # the one proposed (importers/header_row.py)
    skipped_rows: list[int] = field(default_factory=list)  # not blank, above the header
    total_rows: list[int] = field(default_factory=list)  # "Totale …" rows under the data


Records = Callable[[], Iterator[tuple[int, list[str]]]]  # (line or row number, cells)


class StreamedRows:
    """The data rows of a file, read from the file at each iteration; a list's len() and
    slices (of the first rows) for the callers that used the list."""

    def __init__(
        self, path: Path, records: Records, headers: list[str], count: int, header_row: int = 0
    ) -> None:
        self.path, self.records, self.headers, self.count = (
            path,
            records,
            headers,
            count,
        )
        self.header_row = header_row  # 0: the first non-blank row
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
            if not any(cell.strip() for cell in cells) or number < self.header_row:
                continue
            if header_seen and not is_total_row(cells, len(self.headers)):
                yield _source_row(number, cells, self.headers)
            header_seen = True


def _stamp(path: Path) -> tuple[int, int]:
    try:
        status = path.stat()
    except OSError as error:
        raise UnreadableFile(path, CANNOT_READ, str(error)) from error
    return status.st_size, status.st_mtime_ns


def head_bytes(path: Path, size: int) -> bytes:
    try:
        with path.open("rb") as file:
            return file.read(size)
    except OSError as error:
        raise UnreadableFile(path, CANNOT_READ, str(error)) from error


@dataclass
class _Scan:
    """What one reading of the whole file found."""

    header: list[str]
    header_row: int
    guessed: int
    skipped: list[int]
    count: int
    width: int
    mangled: list[int]
    totals: list[int] = field(default_factory=list)


def _scan(records: Records, header_row: int | None) -> _Scan:
    """One reading of the whole file: the header (the row asked, else the one guessed among
    the first rows), the data rows after it, the widest row, the mangled lines."""
    head: list[tuple[int, list[str]]] = []
    count, width, mangled, totals, later = 0, 0, [], [], []
    chosen = header_row
    for number, cells in records():
        if not any(cell.strip() for cell in cells):
            continue
        if _MOJIBAKE.search(" ".join(cells)) and len(mangled) < MANGLED_KEPT:
            mangled.append(number)
        width = max(width, len(cells))
        if len(head) < SAMPLE:
            head.append((number, cells))
            continue
        if chosen is None:
            chosen = guess_header(head)
        if number > chosen:
            later.append((number, cells))
            count, totals = _count(later, len(_header_of(head, chosen) or ()), count, totals)
            later = []
    guessed = guess_header(head)
    chosen = guessed if chosen is None else chosen
    header = _header_of(head, chosen)
    if header is None and header_row is None:
        header = []
    data = [(number, cells) for number, cells in head if number > chosen]
    count, totals = _count(data, len(header or ()), count, totals)
    skipped = [number for number, _cells in head if number < chosen]
    return _Scan(header, chosen, guessed, skipped, count, width, mangled, sorted(totals))


def _header_of(head: list[tuple[int, list[str]]], chosen: int) -> list[str] | None:
    return next((cells for number, cells in head if number == chosen), None)


def _count(rows, columns: int, count: int, totals: list[int]) -> tuple[int, list[int]]:
    """`count` plus the data rows among `rows`; the total rows noted in `totals`."""
    for number, cells in rows:
        if is_total_row(cells, columns):
            totals.append(number)
        else:
            count += 1
    return count, totals


def table_of(
    path: Path, records: Records, *, pad_header: bool = False, header_row: int | None = None
) -> SourceTable:
    """The table of `records` after one reading; `pad_header`: as many columns as the
    widest row (a worksheet's cells beyond the titles), else a row longer than the header
    is refused (a CSV line whose columns would be shifted). `header_row`: the row of the
    column titles, else the one that looks like it (importers/header_row.py)."""
    scan = _scan(records, header_row)
    if scan.header is None:
        raise UnreadableFile(path, NO_HEADER_ROW, str(header_row))
    cells = scan.header
    if not cells:
        return SourceTable(path, [], [])
    if pad_header:
        cells = cells + [""] * (scan.width - len(cells))
    headers = unique_headers(cells)
    rows = StreamedRows(path, records, headers, scan.count, scan.header_row)
    table = SourceTable(path, headers, rows)
    table.mangled_lines = scan.mangled
    table.header_row, table.guessed_header_row = scan.header_row, scan.guessed
    table.skipped_rows, table.total_rows = scan.skipped, scan.totals
    return table


def _source_row(number: int, cells: list[str], headers: list[str]) -> SourceRow:
    while len(cells) > len(headers) and not cells[-1].strip():
        cells = cells[:-1]  # trailing empty fields ("a;b;c;") are harmless
    row = SourceRow(number, dict(zip(headers, (c.strip() for c in cells), strict=False)))
    if len(cells) > len(headers):
        row.error, row.error_args = (
            _WRONG_FIELD_COUNT,
            (str(len(cells)), str(len(headers))),
        )
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
