"""Every row of a list, streamed for an export: the statement the list pages through, run
once and read 2,000 rows at a time as Core rows (no ORM objects: lists have 100,000 rows).
And what a list does to several rows chosen at once: delete them all to the recycle bin, in
one transaction (one changed elsewhere meanwhile: none is deleted)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import Result
from sqlalchemy.orm import Session

from socialneet_desktop.services import list_queries
from socialneet_desktop.services.list_specs import ListQuery
from socialneet_desktop.services.record_kinds import kind_by_key
from socialneet_desktop.services.records import delete_record


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


def delete_rows(
    session: Session, kind_key: str, rows: Iterable[tuple[int, int]], *, user: str
) -> int:
    """Move the records (id, version read with the list) to the recycle bin, each audited, in
    the caller's session: the caller's transaction makes it all or nothing (records.StaleRecord
    when one changed since the list read it). Returns how many were deleted."""
    model = kind_by_key(kind_key).model
    count = 0
    for record_id, version in rows:
        delete_record(session, model, record_id, version, user=user)
        count += 1
    return count
