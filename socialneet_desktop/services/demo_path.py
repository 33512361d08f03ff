"""Demo data of the young person's path and the project's activities (issues 18, 19).

`fill_demo` calls `add_path` once, after the contacts and their visits are in: each area's
module (services/demo_<area>.py) adds its records for a sample of the contacts through the
same fast inserts (`services.demo.insert_rows`) and says how many rows it added, per table.
A new area: its module with `add(demo, session, contacts) -> dict[str, int]` and one line in
AREAS.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from sqlalchemy import select
from sqlalchemy.orm import Session

from socialneet_desktop.db import models

# "module:function" of each area, in the order they are filled (later ones may read earlier
# ones' rows: the activities first, since courses, meetings and ideas name one)
AREAS: tuple[str, ...] = (
    "socialneet_desktop.services.demo_activities:add",
    "socialneet_desktop.services.demo_courses:add",
    "socialneet_desktop.services.demo_placements:add",
    "socialneet_desktop.services.demo_ideas:add",  # after the mentors: it names them
    "socialneet_desktop.services.demo_activities:link",  # the records above to their activity
    "socialneet_desktop.services.demo_needs:add",  # needs and their matching (issue 23)
    "socialneet_desktop.services.demo_network:add",  # questionnaires, agreements (issue 22)
)

SAMPLE_LIMIT = 20_000  # contacts the path is made for, at most (a real project's size)


def add_path(demo, session: Session) -> dict[str, int]:
    """Every area's records; the counts added, per table."""
    contacts = sampled_contacts(demo, session)
    counts: dict[str, int] = {}
    for area in AREAS:
        added = _resolved(area)(demo, session, contacts)
        counts = {key: counts.get(key, 0) + added.get(key, 0) for key in counts | added}
    return counts


def sampled_contacts(demo, session: Session) -> list[tuple[int, object]]:
    """(id, birth date) of the contacts the path is made for: all of a small database, an
    even sample of a large one (a million contacts do not take a million courses)."""
    table = models.NeetContact.__table__
    ids = session.execute(
        select(table.c.id, table.c.birth_date).where(table.c.deleted_at.is_(None))
    ).all()
    if len(ids) <= SAMPLE_LIMIT:
        return [tuple(row) for row in ids]
    return sorted(tuple(row) for row in demo.rng.sample(ids, SAMPLE_LIMIT))


def _resolved(path: str) -> Callable:
    module, name = path.split(":")
    return getattr(import_module(module), name)
