"""exports.funder_table.FunderTable, the funder workbook's detail sheets converted once a
value, writes exactly the cells of exports.excel.TableSheet: the same values, types and
formats, every text plain (no formula, no illegal character)."""

from __future__ import annotations

from datetime import date, datetime, time

from openpyxl import load_workbook

from socialneet_desktop.domain.cells import MUNICIPALITY
from socialneet_desktop.domain.columns import BOOL, CODE, DATE, NUMBER, TEXT, TIME, ColumnSpec
from socialneet_desktop.exports.excel import TableSheet, new_workbook, save_atomically
from socialneet_desktop.exports.funder_table import FunderTable

COLUMNS = (
    ColumnSpec("notes", "Notes", TEXT),
    ColumnSpec("day", "Day", DATE),
    ColumnSpec("at", "At", TIME),
    ColumnSpec("signed", "Signed", BOOL),
    ColumnSpec("gender", "Gender", CODE, vocabulary="gender"),
    ColumnSpec("place", "Place", CODE, vocabulary=MUNICIPALITY),
    ColumnSpec("count", "Count", NUMBER),
)
ROWS = (
    ('=HYPERLINK("http://x")', date(2026, 2, 3), time(9, 5), True, "f", "L117", 3),
    ("+1\x00two\x1a", None, None, False, "m", "", 2.5),
    ("@SUM(A1)", "=1+1", "", None, "", "X999", "-3"),
    ("", date(2000, 2, 29), time(0, 0), 1, "unknown code", None, None),
)


def _written(tmp_path, table) -> list[tuple]:
    path = tmp_path / f"{table.__name__}.xlsx"
    workbook = new_workbook()
    sheet = table(workbook, "Rows", COLUMNS, datetime(2026, 2, 3, 10, 0))
    for row in ROWS:
        sheet.append(row)
    sheet.close()
    save_atomically(workbook, path)
    cells = load_workbook(path)["Rows"].iter_rows()
    return [tuple((c.value, c.data_type, c.number_format) for c in row) for row in cells]


def test_the_same_cells_as_table_sheet(tmp_path):
    ours, theirs = _written(tmp_path, FunderTable), _written(tmp_path, TableSheet)
    assert ours == theirs
    texts = [value for row in ours for value, kind, _f in row if isinstance(value, str)]
    assert '\'=HYPERLINK("http://x")' in texts and "'+1two" in texts
    assert not any(kind == "f" for row in ours for _v, kind, _f in row)
    assert not any(text.startswith(("=", "+", "-", "@")) for text in texts)
