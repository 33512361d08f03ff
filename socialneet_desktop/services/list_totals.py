"""The totals line of a list: how many rows match, and the sum of each number column shown.

The list shows its count first (list_queries.count_rows, often the search index's own COUNT)
and then reads `list_sums`, so a number column shown never delays the count.

One statement, the list's own COUNT with the sums added to it (same search, filters and
recycle-bin clause), run off the GUI thread by the list loader: the rows are never fetched to
be added up. Without a number column shown it is exactly the list's count (count_select,
which may be the search index's own COUNT); the sums of columns computed per row
(ColumnSpec.sql, e.g. a contact's number of visits) are not offered: adding them up would
work out every matching row's sub-query.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import Select, func
from sqlalchemy.orm import Session

from socialneet_desktop.domain.columns import NUMBER
from socialneet_desktop.services import list_queries, search_index
from socialneet_desktop.services.list_specs import ListQuery, Totals  # noqa: F401
from socialneet_desktop.services.record_kinds import kind_by_key


def summed_keys(kind_key: str, keys: Iterable[str]) -> list[str]:
    """The columns among `keys` the totals line adds up: stored numbers."""
    kind = kind_by_key(kind_key)
    specs = [kind.column_spec(key) for key in keys]
    return [spec.key for spec in specs if spec and spec.kind == NUMBER and not spec.sql]


def totals_select(session: Session, kind_key: str, query: ListQuery, keys: Iterable[str]) -> Select:
    """COUNT(*) of the list's rows and SUM of each of `summed_keys(keys)`, in that order."""
    summed = summed_keys(kind_key, keys)
    if not summed:
        return list_queries.count_select(session, kind_key, query)
    kind, today = kind_by_key(kind_key), date.today()
    how = "like" if search_index.kind_sources(kind) is None else "ids"
    statement = list_queries._count_select(kind, query, how)
    statement = statement.add_columns(*(func.sum(getattr(kind.model, key)) for key in summed))
    return list_queries._where(kind, statement, query, today, how)


def list_totals(
    session: Session, kind_key: str, query: ListQuery, keys: Iterable[str] = ()
) -> Totals:
    summed = summed_keys(kind_key, keys)
    if not summed:  # the list's own count, as it was before the totals line
        return Totals(list_queries.count_rows(session, kind_key, query))
    row = session.execute(totals_select(session, kind_key, query, summed)).one()
    sums = {key: value or 0 for key, value in zip(summed, row[1:], strict=True)}
    return Totals(row[0] or 0, sums)


def list_sums(
    session: Session, kind_key: str, query: ListQuery, keys: Iterable[str]
) -> dict[str, float | int]:
    """Only the sums of `list_totals` (the list reads them after its count, which the search
    index may give without reading a row: the count is never kept waiting for the sums)."""
    summed = summed_keys(kind_key, keys)
    if not summed:
        return {}
    return list_totals(session, kind_key, query, summed).sums
