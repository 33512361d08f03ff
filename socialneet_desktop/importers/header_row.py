"""Which row of a sheet is its header: offices put a title, an "Aggiornato al …" line and a
blank row above it, so the first row is not always the one with the column titles.

The header proposed is the first of the first rows that looks like one: several cells, as
many as the widest of those rows nearly, mostly text (not numbers or dates), all distinct,
and followed by a data row. The user can choose another (wizard: a row picker; CLI:
--header-row); the rows above are skipped and reported.
"""

from __future__ import annotations

import re

SAMPLE = 30  # first non-blank rows looked at
_NUMBERISH = re.compile(r"^[\d\s.,/:%€+-]*$")


def guess_header(rows: list[tuple[int, list[str]]]) -> int:
    """The number of the row that looks like the header among `rows` (the first non-blank
    rows, as (number, cells)); the first row when none does."""
    if not rows:
        return 0
    widest = max(_filled(cells) for _number, cells in rows)
    for index, (number, cells) in enumerate(rows):
        filled = [cell.strip() for cell in cells if cell.strip()]
        if len(filled) < max(2, round(widest * 0.6)):
            continue
        texts = [cell for cell in filled if not _NUMBERISH.match(cell)]
        distinct = len({cell.casefold() for cell in filled}) >= 0.9 * len(filled)
        followed = index + 1 < len(rows) or len(rows) == 1
        if len(texts) >= 0.8 * len(filled) and distinct and followed:
            return number
    return rows[0][0]


_TOTAL_WORDS = ("totale", "totali", "total", "totals", "tot.", "tot ", "somma", "sum")


def is_total_row(cells: list[str], columns: int) -> bool:
    """A row under the table that sums it up ("Totale incontri" and a formula): few cells,
    the first a word such as "Totale". Not a record: skipped and reported."""
    filled = [cell.strip() for cell in cells if cell.strip()]
    if not filled or len(filled) > max(2, columns * 0.3):
        return False
    return f"{filled[0].casefold()} ".startswith(_TOTAL_WORDS)


def _filled(cells: list[str]) -> int:
    return sum(1 for cell in cells if cell.strip())
