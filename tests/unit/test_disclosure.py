"""services.disclosure on small tables worked out by hand: the classic secondary suppression,
the cases it misses (hidden cells that can only all be 1, a bound from the row's other
measure), zeros never used as protection, and the k-anonymity count."""

from __future__ import annotations

from socialneet_desktop.services.disclosure import (
    Line,
    Table,
    exposed_cells,
    intervals,
    is_k_anonymous,
    small_classes,
    suppress,
)


def _column(*values, total=None):
    cells = {f"c{i}": n for i, n in enumerate(values)}
    table = Table({"T": sum(values) if total is None else total, **cells})
    table.lines.append(Line(tuple(cells), "T"))
    return table


def test_a_single_hidden_cell_gets_the_next_smallest_hidden_too():
    table = _column(60, 0, 39, 1, 7)
    result = suppress(table, 3)
    assert result.primary == {"c3"} and result.secondary == {"c4"}  # 7, not the 0
    bounds = intervals(table, set(result.hidden))
    assert bounds["c3"] == (1, 7) and bounds["c4"] == (1, 7)
    assert exposed_cells(table, set(result.hidden)) == []


def test_hidden_cells_that_can_only_all_be_one_are_protected():
    table = _column(1, 1, 50)
    assert exposed_cells(table, {"c0", "c1"}) == ["c0", "c1"]  # 2 = 1 + 1: both known
    result = suppress(table, 3)
    assert result.secondary == {"c2"}
    assert not exposed_cells(table, set(result.hidden))


def test_a_column_that_is_all_small_hides_its_total():
    table = _column(1, 1, 1)
    result = suppress(table, 3)
    assert result.primary == {"c0", "c1", "c2"} and result.secondary == {"T"}


def test_a_bound_from_the_other_measure_of_the_row_is_taken_into_account():
    """Visits 1 and 5 hidden with a total of 20: subtraction gives 6 for both; the row's 5
    contacts say its visits are at least 5, so the other is 1 unless a third cell is hidden."""
    values = {"VT": 20, "CT": 10, "vA": 1, "vB": 5, "vC": 14, "cA": 1, "cB": 5, "cC": 4}
    lines = [Line(("vA", "vB", "vC"), "VT"), Line(("cA", "cB", "cC"), "CT")]
    table = Table(values, lines, [("cA", "vA"), ("cB", "vB"), ("cC", "vC")])
    assert "vA" in exposed_cells(table, {"vA", "cA", "vB", "cC"})
    result = suppress(table, 3)
    assert result.primary == {"vA", "cA"}
    assert not exposed_cells(table, set(result.hidden))


def test_linked_lines_reach_a_fixed_point():
    """A 2 x 2 table with its margins: one small cell hides its whole square."""
    values = {"a": 2, "b": 10, "c": 8, "d": 30, "r0": 12, "r1": 38, "k0": 10, "k1": 40, "T": 50}
    lines = [
        Line(("a", "b"), "r0"),
        Line(("c", "d"), "r1"),
        Line(("a", "c"), "k0"),
        Line(("b", "d"), "k1"),
        Line(("r0", "r1"), "T"),
        Line(("k0", "k1"), "T"),
    ]
    table = Table(values, lines)
    result = suppress(table, 3)
    assert result.hidden == {"a", "b", "c", "d"}
    assert not exposed_cells(table, set(result.hidden))


def test_k_anonymity_counts_the_rows_of_small_classes():
    rows = [("F", "20–24")] * 5 + [("M", "20–24")] * 4 + [("M", "30+")]
    assert small_classes(rows, 5) == 5 and not is_k_anonymous(rows, 5)
    assert is_k_anonymous(rows, 1) and small_classes(rows[:5], 5) == 0
