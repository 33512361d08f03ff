"""A read given a few milliseconds: SQLite's progress handler stops its statements once
`seconds` have passed, and the caller reads another way (services.list_queries: a search
walking a list's sort index, which is quick when the matches come early in the sort and
slow when they are bunched at its end).

Only an expected stop becomes `OverBudget`: an interrupt from another thread (a newer
keystroke, the window closing: db.reads) goes on as the error it is. The handler is taken
off again after the block, so the connection's other statements run unbounded. On
PostgreSQL there is no budget: the block runs as it is.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

EVERY = 1_000  # SQLite instructions between two looks at the clock (well under a ms)


class OverBudget(Exception):
    """The statement was still running when its time was up, and was stopped."""


@contextmanager
def within(session: Session, seconds: float) -> Iterator[None]:
    """Stop the statements run inside the block after `seconds` (raising OverBudget)."""
    connection = session.connection().connection.driver_connection
    set_handler = getattr(connection, "set_progress_handler", None)
    if set_handler is None:  # not SQLite
        yield
        return
    deadline = time.perf_counter() + seconds
    over = False

    def look_at_the_clock() -> bool:
        nonlocal over
        over = time.perf_counter() > deadline
        return over

    set_handler(look_at_the_clock, EVERY)
    try:
        yield
    except Exception as error:
        if over:  # the error is the stop's ("interrupted"), wrapped by SQLAlchemy or not
            raise OverBudget from error
        raise
    finally:
        set_handler(None, EVERY)
