"""The matching score 0-100 of a resource for a need, from visible parts.

Each part is a small function (need, resource, context, weight) -> (points, reason): points
from 0 to its weight, and the short reason shown beside it ("stesso comune", "disponibile il
sabato", "capienza 80%"). A reason is an English template of the "Matching" context with its
arguments (reason_text translates it). The score is the parts' points over the weights' sum.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import date

from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.services.matching import neighbours
from socialneet_desktop.services.matching.categories import category_fit
from socialneet_desktop.services.matching.facts import NeedFacts, ResourceFacts
from socialneet_desktop.services.matching.hard_rules import Reason, comparable_units
from socialneet_desktop.services.matching.schedule import ordered

NEIGHBOURING_SHARE = 0.7
PROVINCE_SHARE = 0.4
UNKNOWN_CAPACITY_SHARE = 0.5
URGENCY_SHARE = {3: 1.0, 2: 0.6, 1: 0.3}

_ON_DAY = {
    "mon": QT_TRANSLATE_NOOP("Matching", "available on Monday"),
    "tue": QT_TRANSLATE_NOOP("Matching", "available on Tuesday"),
    "wed": QT_TRANSLATE_NOOP("Matching", "available on Wednesday"),
    "thu": QT_TRANSLATE_NOOP("Matching", "available on Thursday"),
    "fri": QT_TRANSLATE_NOOP("Matching", "available on Friday"),
    "sat": QT_TRANSLATE_NOOP("Matching", "available on Saturday"),
    "sun": QT_TRANSLATE_NOOP("Matching", "available on Sunday"),
}


@dataclass(frozen=True)
class Context:
    """What the parts read besides the two records: the organisations' cooperation ties."""

    ties: Collection[frozenset[int]] = field(default_factory=frozenset)


Part = Callable[[NeedFacts, ResourceFacts, Context, int], tuple[int, Reason]]


def _points(weight: int, share: float) -> int:
    return round(weight * max(0.0, min(1.0, share)))


def category_part(need, resource, _context, weight):
    share = category_fit(need.category, resource.category)
    if share == 1:
        return weight, (QT_TRANSLATE_NOOP("Matching", "same category"), ())
    return _points(weight, share), (QT_TRANSLATE_NOOP("Matching", "related category"), ())


def distance_part(need, resource, _context, weight):
    here, there = need.municipality_code, resource.municipality_code
    if not here or not there:
        return 0, (QT_TRANSLATE_NOOP("Matching", "municipality not stated"), ())
    if here == there:
        return weight, (QT_TRANSLATE_NOOP("Matching", "same municipality"), ())
    if neighbours.border(here, there):
        return _points(weight, NEIGHBOURING_SHARE), (
            QT_TRANSLATE_NOOP("Matching", "neighbouring municipality"),
            (),
        )
    province = neighbours.province_of(here)
    if province and province == neighbours.province_of(there):
        return _points(weight, PROVINCE_SHARE), (
            QT_TRANSLATE_NOOP("Matching", "same province"),
            (),
        )
    return 0, (QT_TRANSLATE_NOOP("Matching", "another province"), ())


def period_share(need: NeedFacts, resource: ResourceFacts) -> float | None:
    """The share of the days needed on which the resource is available (None: the period
    needed has no end or no start, so no share can be taken)."""
    if need.needed_from is None or need.needed_to is None:
        return None
    start = max(need.needed_from, resource.available_from or date.min)
    end = min(need.needed_to, resource.available_to or date.max)
    needed = (need.needed_to - need.needed_from).days + 1
    return max(0, (end - start).days + 1) / needed


def time_part(need, resource, _context, weight):
    """The period's share times the share of the days needed the resource has."""
    period = period_share(need, resource)
    share = 1.0 if period is None else period
    if need.days and resource.days:
        common = ordered(need.days & resource.days)
        share *= len(common) / len(need.days)
        if len(common) == 1:
            return _points(weight, share), (_ON_DAY[common[0]], ())
        message = QT_TRANSLATE_NOOP("Matching", "available on %1 of the days needed")
        return _points(weight, share), (message, (str(len(common)),))
    if period is None:
        return _points(weight, share), (QT_TRANSLATE_NOOP("Matching", "period open"), ())
    if period >= 1:
        return weight, (QT_TRANSLATE_NOOP("Matching", "available for the whole period"), ())
    message = QT_TRANSLATE_NOOP("Matching", "available for %1% of the period")
    return _points(weight, share), (message, (str(round(period * 100)),))


def capacity_part(need, resource, _context, weight):
    """A close fit scores more: the need filling 80% of the resource is "capacity 80%"."""
    if not comparable_units(need, resource) or not resource.quantity:
        return _points(weight, UNKNOWN_CAPACITY_SHARE), (
            QT_TRANSLATE_NOOP("Matching", "capacity not comparable"),
            (),
        )
    used = need.quantity / resource.quantity
    message = QT_TRANSLATE_NOOP("Matching", "capacity %1%")
    return _points(weight, used), (message, (str(round(min(used, 1.0) * 100)),))


def urgency_part(need, _resource, _context, weight):
    share = URGENCY_SHARE.get(need.urgency, URGENCY_SHARE[2])
    messages = {
        3: QT_TRANSLATE_NOOP("Matching", "high urgency"),
        2: QT_TRANSLATE_NOOP("Matching", "medium urgency"),
        1: QT_TRANSLATE_NOOP("Matching", "low urgency"),
    }
    return _points(weight, share), (messages.get(need.urgency, messages[2]), ())


def tie_part(need, resource, context, weight):
    pair = frozenset((need.organization_id, resource.organization_id))
    if None not in pair and len(pair) == 2 and pair in context.ties:
        return weight, (QT_TRANSLATE_NOOP("Matching", "the organisations already cooperate"), ())
    return 0, (QT_TRANSLATE_NOOP("Matching", "no cooperation tie"), ())


PARTS: dict[str, Part] = {
    "category": category_part,
    "distance": distance_part,
    "time": time_part,
    "capacity": capacity_part,
    "urgency": urgency_part,
    "tie": tie_part,
}


@dataclass(frozen=True)
class Scored:
    score: int  # 0-100
    parts: tuple[tuple[str, int, int, Reason], ...]  # (part key, points, weight, reason)

    def reasons(self) -> list[Reason]:
        return [reason for _key, _points, weight, reason in self.parts if weight]


def score(
    need: NeedFacts, resource: ResourceFacts, weights: dict[str, int], context: Context
) -> Scored:
    parts = tuple(
        (key, *part(need, resource, context, weights.get(key, 0))) for key, part in PARTS.items()
    )
    rows = tuple((key, points, weights.get(key, 0), reason) for key, points, reason in parts)
    total = sum(weights.get(key, 0) for key in PARTS)
    value = round(100 * sum(points for _k, points, _w, _r in rows) / total) if total else 0
    return Scored(value, rows)


def reason_text(reason: Reason) -> str:
    """The reason in the user's language."""
    template, args = reason
    return fill(translate("Matching", template), *args)
