"""Columns as data: one spec per list column, shared by the lists, Excel and PDF; the
filters of a list and the joined records its columns come from. Each record kind lists its
own (services/kinds/).

Titles are English, marked for translation in the "Columns" and "Filters" contexts.
"""

from __future__ import annotations

from dataclasses import dataclass

from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP

TEXT, DATE, TIME, BOOL, NUMBER, CODE = "text", "date", "time", "bool", "number", "code"


@dataclass(frozen=True)
class ColumnSpec:
    key: str  # attribute of the record, or a computed name
    title: str
    kind: str = TEXT
    width: int = 14  # in characters; lists and Excel start from it
    vocabulary: str = ""  # for CODE columns: the name of the vocabulary giving labels
    personal: bool = False  # identifies a person: left out of pseudonymous exports
    # computed in SQL: the name of its builder in services/list_columns.SQL_COLUMNS (the
    # organisations of a meeting, a contact's age or number of visits)
    sql: str = ""
    sortable: bool = True  # False: a value read per row, too costly to sort a whole list by


@dataclass(frozen=True)
class FilterSpec:
    """One filter of a list; `kind`: vocabulary, municipality, date_from, date_to, age_band,
    bool. The label is English, for translate("Filters", label)."""

    key: str
    label: str
    kind: str
    column: str
    vocabulary: str = ""


def vocabulary_filter(key: str, label: str, column: str, vocabulary: str) -> FilterSpec:
    return FilterSpec(key, label, "vocabulary", column, vocabulary)


def date_filters(column: str) -> tuple[FilterSpec, FilterSpec]:
    """From and To on a date column."""
    return (
        FilterSpec("date_from", QT_TRANSLATE_NOOP("Filters", "From"), "date_from", column),
        FilterSpec("date_to", QT_TRANSLATE_NOOP("Filters", "To"), "date_to", column),
    )


@dataclass(frozen=True)
class Join:
    """A record of another kind a list reads columns from, under the SQL alias `alias`:
    `model_path` ("module:Class") joined on the list's `foreign_key` column; outer when the
    foreign key may be empty. Columns of the join are named "alias.field"."""

    alias: str
    model_path: str
    foreign_key: str
    outer: bool = False


@dataclass(frozen=True)
class JoinedName:
    """A computed list column: the `parts` of the joined record `alias`, joined by a space
    (trimmed when `trim`: a missing first name leaves no trailing space); it sorts by the parts."""

    key: str
    alias: str
    parts: tuple[str, ...] = ("last_name", "first_name")
    trim: bool = False
