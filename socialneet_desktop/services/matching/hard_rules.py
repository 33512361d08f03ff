"""The rules a resource must pass to be proposed for a need at all.

Each rule returns None when it passes, else the reason it fails (an English template of the
"Matching" context with its arguments), so a refused candidate can be explained too.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.services.matching.categories import category_fit
from socialneet_desktop.services.matching.facts import NeedFacts, ResourceFacts

Reason = tuple[str, tuple[str, ...]]
AVAILABLE_STATUSES = ("reported", "verified")  # matched, reused, withdrawn: not available


def compatible_category(need: NeedFacts, resource: ResourceFacts) -> Reason | None:
    if category_fit(need.category, resource.category) > 0:
        return None
    return QT_TRANSLATE_NOOP("Matching", "another category"), ()


def overlapping_period(need: NeedFacts, resource: ResourceFacts) -> Reason | None:
    """The resource is available on some day of the period needed (an open end is open)."""
    starts_after_end = (
        resource.available_from is not None
        and need.needed_to is not None
        and resource.available_from > need.needed_to
    )
    ends_before_start = (
        resource.available_to is not None
        and need.needed_from is not None
        and resource.available_to < need.needed_from
    )
    if starts_after_end or ends_before_start:
        return QT_TRANSLATE_NOOP("Matching", "not available in the period needed"), ()
    return None


def common_days(need: NeedFacts, resource: ResourceFacts) -> Reason | None:
    """Days needed and days stated must share one; either side unstated passes."""
    if not need.days or not resource.days or need.days & resource.days:
        return None
    return QT_TRANSLATE_NOOP("Matching", "not available on the days needed"), ()


def comparable_units(need: NeedFacts, resource: ResourceFacts) -> bool:
    """Both quantities known, in the same unit (either unit left blank counts as the same)."""
    if need.quantity is None or resource.quantity is None:
        return False
    units = {need.unit.strip().lower(), resource.unit.strip().lower()} - {""}
    return len(units) <= 1


def enough_capacity(need: NeedFacts, resource: ResourceFacts) -> Reason | None:
    if not comparable_units(need, resource) or resource.quantity >= need.quantity:
        return None
    message = QT_TRANSLATE_NOOP("Matching", "not enough capacity (%1 of %2)")
    return message, (_number(resource.quantity), _number(need.quantity))


def available_status(need: NeedFacts, resource: ResourceFacts) -> Reason | None:
    if resource.status in AVAILABLE_STATUSES:
        return None
    return QT_TRANSLATE_NOOP("Matching", "the resource is not available"), ()


RULES: tuple[Callable[[NeedFacts, ResourceFacts], Reason | None], ...] = (
    compatible_category,
    available_status,
    overlapping_period,
    common_days,
    enough_capacity,
)


def failures(need: NeedFacts, resource: ResourceFacts, taken: Collection[int] = ()) -> list:
    """Why `resource` cannot serve `need` (empty: it can). `taken`: the resources already
    matched to another need by a confirmed proposal."""
    found = [reason for rule in RULES if (reason := rule(need, resource)) is not None]
    if resource.id in taken:
        found.append((QT_TRANSLATE_NOOP("Matching", "already matched to another need"), ()))
    return found


def passes(need: NeedFacts, resource: ResourceFacts, taken: Collection[int] = ()) -> bool:
    return not failures(need, resource, taken)


def _number(value: float) -> str:
    return f"{value:g}".replace(".", ",")
