"""Typed, styled .xlsx sheets written row by row with openpyxl's write-only mode.

Memory stays flat however many rows are written: each row goes to a temporary file as it is
appended. No cell ever holds a formula or a character XML cannot hold: every text goes through
`domain.text.spreadsheet_text` on its way into a sheet of `new_workbook` (see `PlainSheet`), so
stored values such as `=HYPERLINK(...)` or a NUL from an old import come out as plain text.
The workbook is saved to a temporary file beside the target and moved into place only when
complete, so a failed or cancelled export leaves no half-written file.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from socialneet_desktop.db.output_files import write_atomically
from socialneet_desktop.db.spooled_workbook import SpooledSheet, SpooledWorkbook, save_closing
from socialneet_desktop.domain.cells import Cells, number_format
from socialneet_desktop.domain.columns import ColumnSpec
from socialneet_desktop.domain.italian_dates import format_italian_datetime
from socialneet_desktop.domain.text import spreadsheet_text
from socialneet_desktop.domain.vocabularies import VOCABULARIES
from socialneet_desktop.i18n import translate

HEADER_ROW = 4  # title, export date, blank line, then the column titles
BATCH = 1000  # rows between two progress reports (and cancellation checks)
MAX_SHEET_TITLE = 31
BOLD = Font(bold=True)
TITLE_FONT = Font(bold=True, size=14)


class ExportCancelled(Exception):
    """The user pressed Cancel: nothing was written."""


@dataclass
class Progress:
    """Reports rows done and checks for Cancel; `step` raises ExportCancelled."""

    report: Callable[[int, int], None] | None = None
    cancelled: Callable[[], bool] | None = None

    def step(self, done: int, total: int) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled
        if self.report is not None:
            self.report(done, total)


def vocabulary_labels(name: str) -> dict[str, str]:
    """Code -> translated label of a vocabulary ("" when the name is unknown)."""
    vocabulary = VOCABULARIES.get(name.lower())
    if vocabulary is None:
        return {}
    cells = Cells(translate)
    return {term.code: cells.label(name, term.code) for term in vocabulary}


def sheet_title(text: str) -> str:
    for character in "[]:*?/\\":
        text = text.replace(character, "-")
    return text[:MAX_SHEET_TITLE]


def cell_value(value: object) -> object:
    """A value as a cell may hold it: text made plain (spreadsheet_text), the rest unchanged."""
    return spreadsheet_text(value) if isinstance(value, str) else value


def _plain(value: object) -> object:
    if isinstance(value, Cell) and isinstance(value.value, str):
        value.value = spreadsheet_text(value.value)  # a data_type "f" becomes "s" again
        return value
    return cell_value(value)


class PlainSheet(SpooledSheet):
    """A sheet whose every appended text, bare or in a cell, is made plain: no formula and no
    illegal character reaches any sheet of `new_workbook`, whoever appends to it."""

    def append(self, row) -> None:
        super().append([_plain(value) for value in row])


class PlainWorkbook(SpooledWorkbook):
    def create_sheet(self, title: str | None = None, index: int | None = None) -> PlainSheet:
        sheet = PlainSheet(parent=self, title=title)
        self._add_sheet(sheet=sheet, index=index)
        return sheet


def new_workbook() -> Workbook:
    """Write-only (memory flat in rows), its sheets spooled where a kill leaves nothing, its
    texts made plain (PlainSheet)."""
    return PlainWorkbook()


def styled(sheet, value: object, font: Font | None = None, number_format: str | None = None):
    cell = WriteOnlyCell(sheet, value=cell_value(value))
    if font is not None:
        cell.font = font
    if number_format is not None:
        cell.number_format = number_format
    return cell


def exported_on_text(when: datetime) -> str:
    return translate("Excel", "Exported on %1").replace("%1", format_italian_datetime(when))


class TableSheet:
    """A sheet: title, export date, a note (or a blank line), a bold frozen header with
    autofilter, then typed rows."""

    def __init__(
        self,
        workbook: Workbook,
        title: str,
        columns: Sequence[ColumnSpec],
        when: datetime,
        note: str = "",
    ) -> None:
        self.sheet = workbook.create_sheet(sheet_title(title))
        self.columns = tuple(columns)
        self.rows = 0
        # domain.cells: labels for codes, Sì/No, dates kept as dates in a dd/mm/yyyy cell.
        self._converters = [Cells(translate).spreadsheet(spec) for spec in self.columns]
        formats = [number_format(spec) for spec in self.columns]
        # One reusable cell per dated column: write-only rows are serialised on append.
        self._cells = [styled(self.sheet, None, number_format=f) if f else None for f in formats]
        for number, spec in enumerate(self.columns, 1):
            self.sheet.column_dimensions[get_column_letter(number)].width = spec.width + 2
        self.sheet.freeze_panes = f"A{HEADER_ROW + 1}"
        self.sheet.append([styled(self.sheet, title, TITLE_FONT)])
        self.sheet.append([exported_on_text(when)])
        self.sheet.append([note] if note else [])
        headers = [translate("Columns", spec.title) for spec in self.columns]
        self.sheet.append([styled(self.sheet, text, BOLD) for text in headers])

    def append(self, values: Sequence[object]) -> None:
        row = [convert(value) for convert, value in zip(self._converters, values, strict=True)]
        for number, cell in enumerate(self._cells):
            if cell is not None and row[number] is not None:
                cell.value = cell_value(row[number])
                row[number] = cell
        self.sheet.append(row)
        self.rows += 1

    def extend(self, rows: Iterable[Sequence[object]], progress: Progress, total: int) -> None:
        for values in rows:
            self.append(values)
            if self.rows % BATCH == 0:
                progress.step(self.rows, total)
        progress.step(self.rows, total)

    def close(self) -> None:
        last = get_column_letter(max(len(self.columns), 1))
        self.sheet.auto_filter.ref = f"A{HEADER_ROW}:{last}{HEADER_ROW + self.rows}"


def save_atomically(workbook: Workbook, path: Path) -> None:
    """Save to a registered temporary file in the target's folder, then replace the target with
    it (db.output_files: fsync, rename, nothing left by a failure or, after a kill, by the next
    start). The sheets' spool files are in a registered folder too (db.spooled_workbook)."""
    try:
        with write_atomically(path) as temporary:
            save_closing(workbook, temporary)
    finally:
        _release(workbook)


def discard(workbook: Workbook) -> None:
    """Remove the temporary files of a write-only workbook that will not be saved."""
    for sheet in workbook.worksheets:
        with contextlib.suppress(Exception):
            sheet.close()
        writer = getattr(sheet, "_writer", None)
        if writer is not None:
            with contextlib.suppress(OSError):
                os.unlink(writer.out)
    _release(workbook)


def _release(workbook: Workbook) -> None:
    """Remove the spool folder of a SpooledWorkbook (saved or given up)."""
    if isinstance(workbook, SpooledWorkbook):
        workbook.release()


def as_datetime(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)
