"""Disclosure control of published tables and rows, as statistical offices do it. Pure
functions on counts and rows: no database, no Qt.

Tables of counts (cell suppression)
    Primary: a count from 1 to threshold - 1 is hidden (0 is shown: it tells nothing about a
    person, and hiding it would protect nothing).
    Secondary: the reader knows every shown count, every total that is shown, that a hidden
    count is not 0 (zeros are always shown), and any order between two cells (a row's
    contacts never exceed its visits). From that, `intervals` works out the smallest and the
    largest value each hidden cell can have, repeating over every line (row or column with a
    total) until nothing changes. While some hidden cell has one possible value only (a line
    with a single hidden cell, hidden cells that can only all be 1, …), the smallest non-zero
    shown count of a line holding that cell is hidden too, and the audit runs again: a fixed
    point over every dimension. A total is hidden only when a line has nothing else left.
    Unknown cells (Table.unknown) are never published: the parts two published counts share
    (the funder report's indicator sets beside its Summary). The reader may take them to be 0;
    a small one (1 to threshold - 1) is protected like a hidden count, by hiding the nearest
    shown count that, through such parts, would give it away.

Rows (k-anonymity)
    A sheet with one row per person (or per visit of a person) is published only when every
    combination of the values shown occurs in at least k rows: each person then looks like at
    least k - 1 others. The caller first generalises the values (month instead of date,
    province instead of municipality, …); `small_classes` says how many rows still fail.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field

INFINITE = float("inf")
MAX_ROUNDS = 200  # bound propagation converges long before on tables of this size

Cell = Hashable


@dataclass(frozen=True)
class Line:
    """`members` add up to `total` (a cell too: shown, hidden, or never printed but known)."""

    members: tuple[Cell, ...]
    total: Cell


@dataclass
class Table:
    """The cells of one or more linked tables: counts, the lines adding up to totals, and
    pairs (small, large) where small <= large and both are 0 together."""

    values: dict[Cell, int]
    lines: list[Line] = field(default_factory=list)
    pairs: list[tuple[Cell, Cell]] = field(default_factory=list)
    fixed: set[Cell] = field(default_factory=set)  # known to the reader, never to be hidden
    # Never published, known to the reader only through the lines they are in: the parts a
    # published count is made of where no published count shows them (the 15-17 year-olds
    # of "below 18" beside the Summary's "15-19"). A small one must not be worked out either.
    unknown: set[Cell] = field(default_factory=set)


@dataclass(frozen=True)
class Suppression:
    primary: frozenset
    secondary: frozenset

    @property
    def hidden(self) -> frozenset:
        return self.primary | self.secondary


def primary_cells(table: Table, threshold: int) -> set[Cell]:
    closed = table.fixed | table.unknown
    return {c for c, n in table.values.items() if 0 < n < threshold and c not in closed}


def suppress(table: Table, threshold: int) -> Suppression:
    """Primary then secondary suppression to a fixed point (see the module's docstring)."""
    primary = primary_cells(table, threshold)
    guarded = {c for c in table.unknown if 0 < table.values[c] < threshold}
    hidden = set(primary)
    while True:
        exposed = exposed_cells(table, hidden, guarded)
        if not exposed:
            break
        extra = _complement(table, hidden, exposed)
        if extra is None:  # nothing left to hide: cannot happen with the lines we build
            break
        hidden.add(extra)
    return Suppression(frozenset(primary), frozenset(hidden - primary))


def exposed_cells(table: Table, hidden: set[Cell], guarded: Iterable[Cell] = ()) -> list[Cell]:
    """Hidden cells (and `guarded` unknown ones) whose value the reader can work out exactly."""
    bounds = intervals(table, hidden)
    cells = _ordered(table, set(hidden) | set(guarded))
    return [c for c in cells if bounds[c][0] == bounds[c][1]]


def intervals(table: Table, hidden: set[Cell]) -> dict[Cell, tuple[float, float]]:
    """The reader's (lowest, highest) possible value of every cell. A hidden cell is not 0
    (zeros are shown); an unknown one may be."""
    unseen = set(hidden) | table.unknown
    low = {
        c: (0 if c in table.unknown else 1 if c in hidden else n) for c, n in table.values.items()
    }
    high = {c: (INFINITE if c in unseen else n) for c, n in table.values.items()}
    for _ in range(MAX_ROUNDS):
        changed = False
        for line in table.lines:
            changed |= _tighten_line(line, low, high)
        for small, large in table.pairs:
            if high[large] < high[small]:
                high[small], changed = high[large], True
            if low[small] > low[large]:
                low[large], changed = low[small], True
        if not changed:
            break
    return {c: (low[c], high[c]) for c in table.values}


def _tighten_line(line: Line, low: dict, high: dict) -> bool:
    changed = False
    members_low = sum(low[m] for m in line.members)
    unbounded = [m for m in line.members if high[m] == INFINITE]
    finite_high = sum(high[m] for m in line.members if high[m] != INFINITE)
    members_high = INFINITE if unbounded else finite_high
    if members_low > low[line.total]:
        low[line.total], changed = members_low, True
    if members_high < high[line.total]:
        high[line.total], changed = members_high, True
    for member in line.members:
        top = high[line.total] - (members_low - low[member])
        if high[member] == INFINITE:
            others_high = INFINITE if len(unbounded) > 1 else finite_high
        else:
            others_high = members_high - high[member]
        bottom = low[line.total] - others_high
        if top < high[member]:
            high[member], changed = top, True
        if bottom > low[member]:
            low[member], changed = bottom, True
    return changed


def _ordered(table: Table, cells: Iterable[Cell]) -> list[Cell]:
    order = {c: i for i, c in enumerate(table.values)}
    return sorted(cells, key=order.__getitem__)


def _complement(table: Table, hidden: set[Cell], exposed: list[Cell]) -> Cell | None:
    """The cell to hide next: the smallest non-zero shown member of a line holding an exposed
    cell (the line with the fewest hidden cells first); else the total of such a line; else
    the partner of an exposed cell in a pair."""
    closed = hidden | table.fixed | table.unknown

    def lines_of(cell):
        found = [line for line in table.lines if cell in line.members or cell == line.total]
        return sorted(found, key=lambda line: sum(m in hidden for m in line.members))

    for cell in exposed:
        for line in lines_of(cell):
            candidates = [m for m in line.members if m not in closed and table.values[m] > 0]
            if candidates:
                return min(_ordered(table, candidates), key=table.values.__getitem__)
    for cell in exposed:
        totals = [line.total for line in lines_of(cell) if line.total not in closed]
        if totals:
            return totals[0]
    for cell in exposed:
        found = _through_unknown(table, cell, closed, lines_of)
        if found is not None:
            return found
    for cell in exposed:
        for pair in table.pairs:
            others = [c for c in pair if c != cell and c not in closed and table.values[c] > 0]
            if cell in pair and others:
                return others[0]
    return None


def _through_unknown(table: Table, cell: Cell, closed: set, lines_of) -> Cell | None:
    """The smallest non-zero shown cell of the lines nearest `cell` through unknown cells
    only: a hidden count the reader works out from a part no sheet shows (the part from a
    shown count) is protected by hiding that shown count."""
    seen, frontier = {cell}, [cell]
    while frontier:
        lines = [line for c in frontier for line in lines_of(c)]
        candidates = [m for line in lines for m in (*line.members, line.total) if m not in closed]
        candidates = [c for c in candidates if table.values[c] > 0]
        if candidates:
            return min(_ordered(table, set(candidates)), key=table.values.__getitem__)
        frontier = [
            m
            for line in lines
            for m in (*line.members, line.total)
            if m in table.unknown and m not in seen
        ]
        seen.update(frontier)
    return None


# --- rows ---------------------------------------------------------------------------------


def class_sizes(rows: Iterable[Sequence]) -> Counter:
    """How many rows hold each combination of values."""
    return Counter(tuple(row) for row in rows)


def small_classes(rows: Iterable[Sequence], k: int) -> int:
    """Rows whose combination of values occurs fewer than k times."""
    return rows_in_small_classes(class_sizes(rows).values(), k)[0]


def rows_in_small_classes(sizes: Iterable[int], k: int) -> tuple[int, int]:
    """(rows in classes of fewer than k rows, all rows) from the size of every class: the
    funder workbook counts its classes in SQL, a million rows never being in memory at once."""
    failing = total = 0
    for size in sizes:
        total += size
        if size < k:
            failing += size
    return failing, total


def is_k_anonymous(rows: Iterable[Sequence], k: int) -> bool:
    return small_classes(rows, k) == 0
