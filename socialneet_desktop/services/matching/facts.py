"""What the matching rules read of a need and of a resource: plain values, no session."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from socialneet_desktop.services.matching.schedule import days_of_schedule


@dataclass(frozen=True)
class NeedFacts:
    id: int
    category: str
    municipality_code: str = ""
    needed_from: date | None = None
    needed_to: date | None = None
    days: frozenset[str] = frozenset()  # WEEKDAY codes; empty: any day
    quantity: float | None = None
    unit: str = ""
    urgency: int = 2
    organization_id: int | None = None


@dataclass(frozen=True)
class ResourceFacts:
    id: int
    category: str
    status: str = "verified"
    municipality_code: str = ""
    available_from: date | None = None
    available_to: date | None = None
    days: frozenset[str] = frozenset()  # read from the schedule's text; empty: not stated
    quantity: float | None = None
    unit: str = ""
    organization_id: int | None = None


def need_facts(need) -> NeedFacts:
    """The facts of a db.models_needs.Need."""
    return NeedFacts(
        id=need.id,
        category=need.category or "",
        municipality_code=need.municipality_code or "",
        needed_from=need.needed_from,
        needed_to=need.needed_to,
        days=frozenset(code for code in (need.days or "").split(",") if code),
        quantity=need.quantity,
        unit=need.unit or "",
        urgency=need.urgency or 2,
        organization_id=need.organization_id,
    )


def resource_facts(resource) -> ResourceFacts:
    """The facts of a db.models.UnusedResource (its days read from its schedule's text)."""
    return ResourceFacts(
        id=resource.id,
        category=resource.category or "",
        status=resource.status or "",
        municipality_code=resource.municipality_code or "",
        available_from=resource.available_from,
        available_to=resource.available_to,
        days=days_of_schedule(resource.schedule or ""),
        quantity=resource.quantity,
        unit=resource.unit or "",
        organization_id=resource.owner_organization_id,
    )
