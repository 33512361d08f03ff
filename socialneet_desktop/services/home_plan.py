"""The plans of the home page's short lists (db.first_page.Plan), made from their own SQL.

The home page is the default start: its lists (services.home_figures.list_statements) are
read at start-up with plain sqlite3 by these plans, before SQLAlchemy and the models are
loaded, as a list's first page is (services.first_page_plan); the page shows them and the
file is opened after their paint. The plans are kept in the same file as the lists' (one
plan per statement, named `home_key(name)`), made in a worker once the page has read its
lists the ordinary way.
"""

from __future__ import annotations

from pathlib import Path

from socialneet_desktop.db import first_page
from socialneet_desktop.db.first_page import Plan
from socialneet_desktop.db.migrate import HEAD_REVISION
from socialneet_desktop.services import home_figures
from socialneet_desktop.services.first_page_plan import (
    DAYS,
    NoPlan,
    statement_by_day,
    value_converter,
)
from socialneet_desktop.services.home_lists import STATEMENTS, home_key


def make_home_plans(revision: str = HEAD_REVISION) -> dict[str, Plan]:
    """A plan per statement of the page's lists, by its name; NoPlan if one has none."""
    by_day = {day: home_figures.list_statements(day) for day in DAYS}
    plans = {}
    for name, statement in by_day[DAYS[0]].items():
        converters = tuple(value_converter(column.type) for column in statement.selected_columns)
        rows = statement_by_day(lambda day, name=name: by_day[day][name])
        plans[name] = Plan(home_key(name), rows, converters, revision=revision)
    return plans


def keep_home_plans(plans: Path) -> bool:
    """Make the page's plans and keep them in the file `plans` unless up-to-date ones are
    kept there already; True when kept now. Never raises for want of a plan: the page is
    then read the ordinary way at start-up."""
    kept = first_page.load_plans(plans)
    if all(home_key(name) in kept for name in STATEMENTS):
        return False
    try:
        made = make_home_plans()
    except NoPlan:
        return False
    first_page.save_plans(list(made.values()), plans)
    return True
