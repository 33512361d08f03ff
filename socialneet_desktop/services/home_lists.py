"""The home page's short lists and checklist, made from the rows their statements return.

No SQLAlchemy here: the same rows come from a session (services.home_figures.read_lists) or,
at start-up, from the file read with plain sqlite3 by the statements' kept plans
(services.home_plan, db.first_page) before SQLAlchemy is loaded, so that the page's first
rows are painted as soon as a list's are (issue 15).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

LISTED = 6  # rows in each short list of the page

# The kinds in "Changed recently", and how a row of theirs is named: "person" (last name,
# first name), "line" (the text on one line, shortened), "text" (as it is).
RECENT = (
    ("contacts", "person"),
    ("meetings", "line"),
    ("organizations", "text"),
    ("resources", "text"),
    ("staff", "person"),
)


def recent_name(kind_key: str) -> str:
    """The name of the statement of `kind_key`'s records changed last."""
    return f"recent_{kind_key}"


# The statements whose rows make the lists (services.home_figures.list_statements), by name.
STATEMENTS = (
    "appointments",
    "follow_ups",
    *(recent_name(kind_key) for kind_key, _how in RECENT),
    "association",
    "any_staff",
    "any_contact",
)


@dataclass(frozen=True)
class Checklist:
    """The first-run steps: the association's details, a member of staff, a first contact."""

    association: bool
    staff: bool
    contact: bool

    @property
    def done(self) -> bool:
        return self.association and self.staff and self.contact


@dataclass(frozen=True)
class Upcoming:
    when: date | datetime
    text: str
    kind_key: str
    record_id: int
    label: str = ""  # a code the page names beside the text (a follow-up's stage)
    late: bool = False  # overdue


@dataclass(frozen=True)
class HomeLists:
    """The page's short lists and its checklist: the first step of the reading."""

    appointments: list[Upcoming]
    follow_ups: list[Upcoming]
    recent: list[Upcoming]
    checklist: Checklist


def home_key(name: str) -> str:
    """The name of the plan of the statement `name` among the kept plans (db.first_page)."""
    return f'["home", "{name}"]'


def one_line(text: str, width: int = 70) -> str:
    line = " ".join((text or "").split())
    return line if len(line) <= width else line[: width - 1] + "…"


def person(last_name: str | None, first_name: str | None) -> str:
    return f"{last_name or ''} {first_name or ''}".strip()


def association_complete(name: str | None, address: str | None) -> bool:
    """Name and address are what documents print as the data controller."""
    return bool((name or "").strip() and (address or "").strip())


def lists_from_rows(rows: Mapping[str, Sequence[tuple]]) -> HomeLists:
    """The lists from each statement's rows, by the statement's name:
    appointments (id, when, first name, last name), follow_ups (id, when, follow-up, topic),
    recent_<kind> (id, updated_at, its name's columns), association (name, address),
    any_staff and any_contact (an id, or none)."""
    return HomeLists(
        appointments=[
            Upcoming(when, person(last, first), "visits", record_id)
            for record_id, when, first, last in rows["appointments"]
        ],
        follow_ups=[
            Upcoming(when, one_line(follow_up or topic), "meetings", record_id)
            for record_id, when, follow_up, topic in rows["follow_ups"]
        ],
        recent=_recent(rows),
        checklist=Checklist(
            any(association_complete(*row) for row in rows["association"]),
            bool(rows["any_staff"]),
            bool(rows["any_contact"]),
        ),
    )


def _recent(rows: Mapping[str, Sequence[tuple]]) -> list[Upcoming]:
    """The records changed last, of every kind, newest first."""
    named = {"person": lambda parts: person(*parts), "line": lambda parts: one_line(parts[0])}
    found = []
    for kind_key, how in RECENT:
        name = named.get(how, lambda parts: parts[0] or "")
        found += [
            Upcoming(when, name(parts), kind_key, record_id)
            for record_id, when, *parts in rows[recent_name(kind_key)]
        ]
    found.sort(key=lambda row: row.when, reverse=True)
    return found[:LISTED]
