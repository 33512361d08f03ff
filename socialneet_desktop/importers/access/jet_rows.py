"""The rows of an Access table, decoded whole as mdb-export writes them (the access-parser path).

access-parser 0.0.6 reads the catalogue, the table definitions and the data pages of a file
well, but not the rows: it sizes a row's null mask by the table's column count (a row written
before a column was added or after one was deleted holds another count, and its variable
columns shift: nwind.mdb's Umsätze fails on a "NaN" date), appends a row's fixed cells before
it finds its variable ones unreadable (the later rows of those columns go out of step), reads
Access 97 text as UTF-8, a currency without a format as the stored integer (x 10,000) and a
byte as signed. Here every row is decoded from its own header, as mdbtools' mdb_crack_row
does, and every cell is written as mdb-export writes it; a row that cannot be decoded raises
RowUnreadable naming it, so nothing is shifted silently.
"""

from __future__ import annotations

import math
import struct
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

OFFSET_MASK = 0x1FFF
# mdbtools' flags: a deleted slot (also the old place of a row that grew and moved, which
# then holds a pointer to it), and a row that lives here although another slot points to it:
# read in place. access-parser reads them the other way round, so the rows change order.
DELETED, MOVED_HERE = 0x4000, 0x8000
MEMO_INLINE, MEMO_ONE_PAGE = 0x80000000, 0x40000000
SINGLE_DIGITS, DOUBLE_DIGITS = 7, 15  # mdb-export: 0.15 as a single is "0.15000001"
ACCESS_EPOCH = datetime(1899, 12, 30)
INVALID_DATE = "(Invalid Date)"  # readers.BAD_DATES lists it: the row's date is reported
BOOLEAN, BYTE, INTEGER, LONG, CURRENCY, SINGLE, DOUBLE, DATETIME = 1, 2, 3, 4, 5, 6, 7, 8
TEXT, MEMO, GUID, NUMERIC = 10, 12, 15, 16


def open_parser(path: str):
    """An AccessParser that also knows the Access 2010 to 2019 file versions: access-parser
    reads the version as 4 bytes (2010's 0x0103 is not its 0x03) and takes any version it
    does not know for Access 97, with 2 KB pages, so the catalogue is not found
    ("KeyError 4096"). The version is the low byte; every one after Access 97 has 4 KB pages."""
    from access_parser.access_parser import PAGE_SIZE_V4, AccessParser
    from access_parser.parsing_primitives import ACCESSHEADER

    class Parser(AccessParser):
        def _parse_file_header(self, db_data: bytes) -> None:
            version = ACCESSHEADER.parse(db_data).jet_version & 0xFF
            if version == 0:
                super()._parse_file_header(db_data)
                return
            self.version = {1: 4, 2: 5}.get(version, 2010)
            self.page_size = PAGE_SIZE_V4

    return Parser(path)


class RowUnreadable(ValueError):
    """A row whose header or cells do not fit its own length (a damaged page)."""


@dataclass(frozen=True)
class Column:
    name: str
    type: int
    number: int  # bit of the null mask (mdbtools' col_num)
    variable_number: int
    fixed: bool
    fixed_offset: int
    size: int
    scale: int = 0


def columns_of(table) -> list[Column]:
    """access-parser's column definitions, in the table's order (its dict's keys)."""
    found = []
    for _index, c in sorted(table.columns.items()):
        various = c.get("various") or {}
        scale = various.get("scale", 0) if isinstance(various, dict) else 0
        found.append(
            Column(
                c.col_name_str,
                c.type,
                c.column_id,
                c.variable_column_number,
                bool(c.column_flags.fixed_length),
                c.fixed_offset,
                c.length,
                scale or 0,
            )
        )
    return found


class JetFile:
    """Pages of one file (access-parser's bytes), rows found the way mdbtools finds them."""

    def __init__(self, data: bytes, version: int, page_size: int, charset: str) -> None:
        self.data = data
        self.jet3 = version == 3
        self.page_size = page_size
        self.charset = charset or "cp1252"
        self.count_at = 8 if self.jet3 else 12  # the row count in a data page's header

    def page(self, number: int) -> bytes:
        page = self.data[number * self.page_size : (number + 1) * self.page_size]
        if len(page) != self.page_size:
            raise RowUnreadable(f"page {number} is beyond the end of the file")
        return page

    def _slot(self, page: bytes, index: int) -> tuple[int, bytes]:
        """Flags and bytes of row `index` of `page`: it ends where the row before it starts."""
        at = self.count_at + 2 + 2 * index
        raw = _u16(page, at)
        end = self.page_size if index == 0 else _u16(page, at - 2) & OFFSET_MASK
        start = raw & OFFSET_MASK
        if not start < end <= self.page_size:
            raise RowUnreadable(f"row {index}: offsets {start}-{end}")
        return raw, page[start:end]

    def pointed(self, pointer: int) -> bytes:
        """The row a pointer (page << 8 | row) names: a usage map or a long value."""
        page = self.page(pointer >> 8)
        if page[0] != 1 or (pointer & 0xFF) >= _u16(page, self.count_at):
            raise RowUnreadable(f"pointer {pointer:#x} names no row")
        return self._slot(page, pointer & 0xFF)[1]

    def rows(self, page: bytes):
        """The live rows of a data page, in slot order (as mdb-export lists them). A deleted
        slot is skipped before its bounds are read, as mdbtools does: Access leaves empty
        ones (start = end) behind, which no row could be read from."""
        for index in range(_u16(page, self.count_at)):
            if _u16(page, self.count_at + 2 + 2 * index) & DELETED:
                continue
            yield self._slot(page, index)[1]


def used_pages(jet: JetFile, pointer: int) -> list[int]:
    """The pages of a table's usage map, as mdbtools reads them. access-parser takes every
    page that names the table as owner instead, also pages of rows long deleted (nwind.mdb's
    Umsätze: 2,879 rows instead of 830)."""
    usage, last = jet.pointed(pointer), len(jet.data) // jet.page_size
    if usage[:1] == b"\x00":  # the bitmap itself, from a first page
        found = _set_bits(usage[5:], _u32(usage, 1))
    elif usage[:1] == b"\x01":  # a list of bitmap pages
        per_page, found = (jet.page_size - 4) * 8, []
        for index in range((len(usage) - 1) // 4):
            if map_page := _u32(usage, 1 + 4 * index):
                found += _set_bits(jet.page(map_page)[4:], index * per_page)
    else:
        raise RowUnreadable(f"usage map of type {usage[:1].hex()}")
    return [number for number in found if number < last]


def _set_bits(bits: bytes, first: int) -> list[int]:
    return [first + i for i in range(len(bits) * 8) if bits[i // 8] >> (i % 8) & 1]


def decode_row(jet: JetFile, row: bytes, columns: list[Column], variable_columns: int) -> dict:
    """One row as {column name: text}, following mdbtools' mdb_crack_row."""
    width = 1 if jet.jet3 else 2
    if len(row) < width + 1:
        raise RowUnreadable(f"{len(row)} bytes")
    row_columns = row[0] if jet.jet3 else _u16(row, 0)
    mask_size = (row_columns + 7) // 8
    end = len(row) - 1
    mask = row[len(row) - mask_size :]
    offsets, row_variables = [], 0
    if variable_columns:
        if jet.jet3:
            row_variables = row[end - mask_size]
            offsets = _offsets3(row, end, mask_size, row_variables)
        else:
            row_variables = _u16(row, end - mask_size - 1)
            offsets = [_u16(row, end - mask_size - 3 - 2 * i) for i in range(row_variables + 1)]
    fixed_left = row_columns - row_variables
    values = {}
    for column in columns:
        byte, bit = divmod(column.number, 8)
        present = byte < len(mask) and bool(mask[byte] & (1 << bit))
        if column.type == BOOLEAN:
            values[column.name] = "1" if present else "0"
            if column.fixed:
                fixed_left -= 1
            continue
        cell = None
        if column.fixed and fixed_left > 0:
            fixed_left -= 1
            start = column.fixed_offset + width
            cell = row[start : start + column.size]
        elif not column.fixed and column.variable_number < row_variables:
            start, stop = offsets[column.variable_number], offsets[column.variable_number + 1]
            if not 0 <= start <= stop <= len(row):
                raise RowUnreadable(f"column {column.name}: offsets {start}-{stop}")
            cell = row[start:stop]
        values[column.name] = "" if cell is None or not present else cell_text(jet, column, cell)
    return values


def _offsets3(row: bytes, end: int, mask_size: int, count: int) -> list[int]:
    """Access 97 keeps one byte per offset, and a jump table for each 256 bytes of row."""
    jumps = (len(row) - 1) // 256
    pointer = end - mask_size - jumps - 1
    if (pointer - count) // 256 < jumps:  # the last jump is a dummy
        jumps -= 1
    used, offsets = 0, []
    for i in range(count + 1):
        while used < jumps and i == row[end - mask_size - used - 1]:
            used += 1
        if pointer - i < 0:
            raise RowUnreadable(f"{count} variable columns in {len(row)} bytes")
        offsets.append(row[pointer - i] + used * 256)
    return offsets


def cell_text(jet: JetFile, column: Column, cell: bytes) -> str:
    """A cell as mdb-export writes it (numbers with a point; readers.py turns it)."""
    kind = column.type
    try:
        if kind == BYTE:
            return str(cell[0])
        if kind == INTEGER:
            return str(struct.unpack_from("<h", cell)[0])
        if kind == LONG:
            return str(struct.unpack_from("<i", cell)[0])
        if kind == CURRENCY:
            return money_text(struct.unpack_from("<q", cell)[0])
        if kind == SINGLE:
            return float_text(struct.unpack_from("<f", cell)[0], SINGLE_DIGITS)
        if kind == DOUBLE:
            return float_text(struct.unpack_from("<d", cell)[0], DOUBLE_DIGITS)
        if kind == DATETIME:
            return date_text(struct.unpack_from("<d", cell)[0])
        if kind == GUID:
            return "{" + str(uuid.UUID(bytes_le=bytes(cell[:16]))).upper() + "}"
        if kind == NUMERIC:
            return numeric_text(cell, column.scale)
        if kind == TEXT:
            return text_of(jet, cell)
        if kind == MEMO:
            return text_of(jet, memo_bytes(jet, cell))
    except (struct.error, IndexError) as error:
        raise RowUnreadable(f"column {column.name}: {error}") from error
    return ""  # pictures, attachments, binary: readers.py leaves these columns out


def memo_bytes(jet: JetFile, cell: bytes) -> bytes:
    """A memo's text: inline, on one other page, or a chain of pages."""
    if len(cell) < 12:
        raise RowUnreadable(f"memo header of {len(cell)} bytes")
    length, pointer = _u32(cell, 0), _u32(cell, 4)
    size = length & 0x3FFFFFFF
    if length & MEMO_INLINE:
        return cell[12 : 12 + size]
    if length & MEMO_ONE_PAGE:
        return jet.pointed(pointer)[:size]
    parts, total = [], 0
    while pointer and total < size:
        part = jet.pointed(pointer)
        pointer = _u32(part, 0)
        parts.append(part[4:])
        total += len(part) - 4
    return b"".join(parts)[:size]


def text_of(jet: JetFile, data: bytes) -> str:
    if jet.jet3:
        return data.decode(jet.charset, "replace")
    if data[:2] != b"\xff\xfe":
        return data.decode("utf-16-le", "replace")
    out, compressed, i = bytearray(), True, 2  # Access's "Unicode compression"
    while i < len(data):
        if data[i] == 0:
            compressed = not compressed
            i += 1
        elif compressed:
            out += bytes((data[i], 0))
            i += 1
        elif i + 1 < len(data):
            out += data[i : i + 2]
            i += 2
        else:
            break
    return out.decode("utf-16-le", "replace")


def money_text(value: int) -> str:
    sign = "-" if value < 0 else ""
    whole, fraction = divmod(abs(value), 10_000)
    return f"{sign}{whole}.{fraction:04d}"


def float_text(value: float, digits: int) -> str:
    """mdbtools: `%.*f` with digits - floor(log10(|value|)) decimals, zeros trimmed."""
    if math.isnan(value) or math.isinf(value):
        return str(value)
    decimals = digits - _floor_log10(value)
    text = f"{value:.{decimals if decimals >= 0 else 6}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def _floor_log10(value: float) -> int:
    value = abs(value)
    if value in (0.0, 1.0):
        return 0
    exponent, power = 0, 10.0
    if value < 1.0:
        exponent = 1
        while value * power < 1.0:
            power *= 10.0
            exponent += 1
        return -exponent
    while value >= power:
        power *= 10.0
        exponent += 1
    return exponent


def date_text(days: float) -> str:
    """Days since 1899-12-30, to the second; a date before 1900 mdbtools cannot write."""
    if math.isnan(days) or not -657434 <= days <= 2958465:  # years 100 to 9999
        return INVALID_DATE
    whole = math.trunc(days)
    seconds = int(abs(days - whole) * 86400.0 + 0.5)
    moment = ACCESS_EPOCH + timedelta(days=whole, seconds=seconds)
    if moment.year < 1900:
        return INVALID_DATE
    return f"{moment:%Y-%m-%d %H:%M:%S}"


def numeric_text(cell: bytes, scale: int) -> str:
    if len(cell) < 17:
        raise RowUnreadable(f"numeric of {len(cell)} bytes")
    words = struct.unpack_from("<IIII", cell, 1)
    number = (words[0] << 96) + (words[1] << 64) + (words[2] << 32) + words[3]
    digits = str(number).rjust(scale + 1, "0")
    text = f"{digits[:-scale]}.{digits[-scale:]}" if scale else digits
    return ("-" if cell[0] & 0x80 else "") + text


def _u16(data: bytes, at: int) -> int:
    if not 0 <= at <= len(data) - 2:
        raise RowUnreadable(f"offset {at} outside {len(data)} bytes")
    return struct.unpack_from("<H", data, at)[0]


def _u32(data: bytes, at: int) -> int:
    if not 0 <= at <= len(data) - 4:
        raise RowUnreadable(f"offset {at} outside {len(data)} bytes")
    return struct.unpack_from("<I", data, at)[0]


def read_table(db, name: str, charset: str = "") -> tuple[list[Column], list[dict], list[str], int]:
    """Columns, rows (text cells), primary key and the row count the table definition keeps
    (as mdb-count: a different number of rows read means a damaged file) of table `name` of
    an AccessParser `db`."""
    table = db.get_table(name)
    if table is None or not getattr(table, "columns", None):
        raise RowUnreadable(f"no definition of table {name}")
    columns = columns_of(table)
    jet = JetFile(db.db_data, db.version, db.page_size, charset)
    variables = table.table_header.variable_columns
    owner = table.table.offset // jet.page_size
    records = []
    for number in used_pages(jet, table.table_header.row_page_map):
        page = jet.page(number)
        if page[0] != 1 or _u32(page, 4) != owner:
            continue  # the map may name pages the table gave back
        for row in jet.rows(page):
            try:
                records.append(decode_row(jet, row, columns, variables))
            except RowUnreadable as error:
                raise RowUnreadable(f"record {len(records) + 1}: {error}") from error
    stored = table.table_header.number_of_rows
    return columns, records, list(table.primary_keys or []), stored
