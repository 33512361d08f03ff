"""Reading the funder workbook's Summary (and its other sheets of counts) back as a funder's
spreadsheet shows it: two panels side by side (columns A-D and F-I), each a run of sections; a
section starts with a bold title whose row holds the column headers (label | count | % |
count) and ends with its Total row. Used by the tests of the funder workbook (test_funder_*.py)."""

from __future__ import annotations

from dataclasses import dataclass, field

PANELS = (0, 5)  # first column (0-based) of each panel
PANEL_SHEETS = ("Summary", "Outcomes and visits", "Stakeholders and resources")
LONG_SHEETS = ("Contacts and visits by month", "By municipality of residence")
FIRST_ROW = 5  # below the title, the period and the export date
NOT_ADDING_UP = ("Contacts and visits by month",)  # first column: see its note


@dataclass
class Section:
    title: str
    columns: list[int]  # the panel's columns holding counts (1 and maybe 3)
    rows: list[tuple[str, list, object]] = field(default_factory=list)  # label, counts, %
    total: list = field(default_factory=list)  # the Total row's count cells


def _is_total(label: str) -> bool:
    return label == "Total" or label.startswith("Total (note")


def _cells(row, offset: int) -> list:
    cells = list(row[offset : offset + 4])
    return cells + [None] * (4 - len(cells))


def _text(cell) -> str | None:
    value = None if cell is None else cell.value
    return value if isinstance(value, str) and value else None


def _read(sheet) -> list[Section]:
    found: list[Section] = []
    for offset in PANELS:
        current = None
        for row in sheet.iter_rows(min_row=FIRST_ROW):
            cells = _cells(row, offset)
            label = _text(cells[0])
            if label == "Notes":
                break
            if label is None:
                continue
            if cells[0].font.b and not _is_total(label):
                counts = [1] + ([3] if _text(cells[3]) else [])
                current = Section(label, counts)
                found.append(current)
            elif current is not None and _is_total(label):
                current.total = [cells[i] for i in current.columns]
            elif current is not None:
                current.rows.append((label, [cells[i] for i in current.columns], cells[2]))
    return found


def sections(workbook) -> list[Section]:
    """Every section of the Summary and of the other sheets of two panels, then those of the
    sheets of the long breakdowns."""
    found: list[Section] = []
    for name in PANEL_SHEETS + LONG_SHEETS:
        if name in workbook.sheetnames:
            found += _read(workbook[name])
    return found


def values(workbook) -> dict[str, dict[str, tuple]]:
    """{section title: {row label: counts}}; a hidden count is None."""
    return {
        s.title: {label: tuple(c.value for c in cells) for label, cells, _p in s.rows}
        for s in sections(workbook)
    }
