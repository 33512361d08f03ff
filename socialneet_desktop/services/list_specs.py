"""What a list asks for (search, filters, sort); each kind's filters and default order are
facets of the kind (services/kinds/), offered here by kind key as before.

Kept apart from the SQL in list_queries.py so the window can be built, and shown, before
SQLAlchemy is even imported.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# FilterSpec re-exported for ui/views/list_filters.py
from socialneet_desktop.domain.columns import FilterSpec  # noqa: F401
from socialneet_desktop.services.record_kinds import ByKind

PAGE_SIZE = 200


@dataclass(frozen=True)
class ListQuery:
    search: str = ""
    filters: dict = field(default_factory=dict)
    sort_key: str = ""  # a column key of the kind; empty: the kind's default order
    descending: bool = False
    # filter by selection: (column key, value, excluding) - Access's most used filter
    selections: tuple[tuple[str, object, bool], ...] = ()
    ids: tuple[int, ...] = ()  # only these records (an export of the rows chosen)


@dataclass(frozen=True)
class Totals:
    """The totals line of a list: its count, and the sum of each number column shown."""

    count: int
    sums: dict = field(default_factory=dict)  # column key -> sum


# {kind key: facet}, read from the registry, for ui/views/record_list.py
FILTERS = ByKind(lambda kind: kind.filters)
DEFAULT_SORT = ByKind(lambda kind: kind.default_sort)
