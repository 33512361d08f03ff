"""Every row of a list, streamed for an export: the statement the list pages through, run
once and read 2,000 rows at a time as Core rows (no ORM objects: lists have 100,000 rows)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import Result
from sqlalchemy.orm import Session

from socialneet_desktop.services import list_queries
from socialneet_desktop.services.list_specs import ListQuery
from socialneet_desktop.services.record_kinds import kind_by_key


def list_rows(
    session: Session, kind_key: str, query: ListQuery, today: date, extra: Iterable[str] = ()
) -> Result:
    """The rows of the list for `query`, its columns then the columns `extra` (keys)."""
    kind = kind_by_key(kind_key)
    statement = list_queries.rows_select(kind_key, query, today)
    extra = [list_queries._column(kind, key) for key in extra]
    if extra:
        statement = statement.add_columns(*extra)
    statement = statement.execution_options(yield_per=2000)
    return session.connection().execute(statement)
