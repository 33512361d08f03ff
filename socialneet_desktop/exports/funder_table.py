"""The funder workbook's detail sheets: exports.excel.TableSheet with each value converted
once on its way to the cell (issue 15: at 100k contacts its 380,000 rows spent about a sixth
of their time in our own passes over each value, outside openpyxl).

TableSheet converts a value (domain.cells: labels, Sì/No, dates and numbers kept), makes its
text plain again where the column is dated, and the sheet of new_workbook (PlainSheet) makes
every text plain a third time. Here the converter's value is the cell's: domain.cells'
converters give every text plain already (Cells.spreadsheet: through
domain.text.spreadsheet_text, each label once a column), so the row goes to the write-only
sheet underneath PlainSheet. No formula nor illegal character reaches the sheet all the same
(tests/unit/test_hostile_values.py writes the funder workbook from hostile records).
"""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from socialneet_desktop.exports.excel import TableSheet


class FunderTable(TableSheet):
    """TableSheet (the same title, header, widths, types and formats), its rows converted once
    and appended without PlainSheet's second pass."""

    def __init__(self, *arguments, **keywords) -> None:
        super().__init__(*arguments, **keywords)
        self._dated = [(n, cell) for n, cell in enumerate(self._cells) if cell is not None]
        self._write = WriteOnlyWorksheet.append.__get__(self.sheet)

    def append(self, values: Sequence[object]) -> None:
        row = [convert(value) for convert, value in zip(self._converters, values, strict=True)]
        for number, cell in self._dated:
            if row[number] is not None:
                cell.value = row[number]  # one reusable cell a column: rows are written now
                row[number] = cell
        self._write(row)
        self.rows += 1
