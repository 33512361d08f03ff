"""CSV files: encoding (UTF-16 with a BOM, UTF-8, else Windows-1252) and delimiter
detected, standard quoting when the file follows it; read as a stream."""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.importers.source_table import (
    CANNOT_READ,
    Records,
    SourceTable,
    UnreadableFile,
    head_bytes,
    table_of,
)

DELIMITERS = (";", "\t", ",")
SAMPLE_LINES = 50
_UNDEFINED_IN_CP1252 = (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d")

NOT_TEXT = QT_TRANSLATE_NOOP("Import", "%1 is not a text (CSV) file or an .xlsx workbook.")
HUGE_CELL = QT_TRANSLATE_NOOP(
    "Import",
    "%1, line %2: a cell holds more than 131,072 characters (128 KB), more than any field "
    'takes. Often a quote (") opened in a cell is never closed, so the rest of the file '
    "runs into it. Correct the file and import again; nothing was imported.",
)
BAD_CSV = QT_TRANSLATE_NOOP("Import", "%1 cannot be read as a CSV file at line %2.")


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
    """The candidate that splits the header in the most fields and the other lines alike;
    title lines above the header (no delimiter at all) are not counted."""
    best, best_score = DELIMITERS[0], (-1.0, 0)
    for delimiter in DELIMITERS:
        counts = [line.count(delimiter) for line in lines if line.strip()]
        while counts and counts[0] == 0:
            counts = counts[1:]
        if not counts or counts[0] == 0:
            continue
        consistency = sum(count == counts[0] for count in counts) / len(counts)
        score = (round(consistency, 1), counts[0])
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_csv(path: Path, header_row: int | None = None) -> SourceTable:
    """Standard quoting when the file follows it, else quotes are kept as text: registers
    often hold names such as `"FAMILIA" - ASSOCIAZIONE` without doubling the quotes."""
    try:
        start = head_bytes(path, 4096)
        utf16 = start.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
        if b"\x00" in start and not utf16:
            raise UnreadableFile(path, NOT_TEXT)
        encoding = _encoding_of(start, _file_blocks(path))
        with path.open(encoding=encoding, errors="replace") as file:
            delimiter = detect_delimiter([line for line in islice(file, SAMPLE_LINES)])
        for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_NONE):
            records = _csv_source(path, encoding, delimiter, quoting)
            try:
                table = table_of(path, records, header_row=header_row)
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
