"""The first worksheet of an .xlsx workbook, read as a stream (openpyxl's read-only mode),
without trusting the <dimension> the file stores."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path

from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.domain.validation import format_italian_date
from socialneet_desktop.importers.source_table import (
    Records,
    SourceTable,
    UnreadableFile,
    table_of,
)

NOT_XLSX = QT_TRANSLATE_NOOP("Import", "%1 cannot be read as an .xlsx workbook: %2")


def read_xlsx(path: Path, header_row: int | None = None) -> SourceTable:
    """The first worksheet; cells become text the converters read (dates as gg/mm/aaaa,
    decimals with a comma). Columns as many as the widest row has; the header is
    `header_row`, else the row that looks like it."""
    table = table_of(path, _xlsx_source(path), pad_header=True, header_row=header_row)
    table.encoding = "xlsx"
    return table


def _open_workbook(path: Path):
    from openpyxl import load_workbook

    try:
        return load_workbook(path, read_only=True, data_only=True)
    except Exception as error:
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
        except Exception as error:
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
