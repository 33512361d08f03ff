"""The matching's hard rules and each part of its score, on hand-made needs and resources
(issue 23): what passes, what is refused and why, how many points each part gives and the
reason it shows."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from socialneet_desktop.services.matching import hard_rules, weights
from socialneet_desktop.services.matching.facts import NeedFacts, ResourceFacts
from socialneet_desktop.services.matching.schedule import days_of_schedule
from socialneet_desktop.services.matching.score import (
    Context,
    capacity_part,
    category_part,
    distance_part,
    reason_text,
    score,
    tie_part,
    time_part,
    urgency_part,
)

TERNI, NARNI, ORVIETO, PERUGIA = "L117", "F844", "G148", "G478"
NEED = NeedFacts(
    id=1,
    category="premises",
    municipality_code=TERNI,
    needed_from=date(2026, 3, 1),
    needed_to=date(2026, 6, 30),
    days=frozenset({"sat"}),
    quantity=40,
    unit="m²",
    urgency=3,
    organization_id=10,
)
RESOURCE = ResourceFacts(
    id=2,
    category="premises",
    status="verified",
    municipality_code=TERNI,
    available_from=date(2026, 1, 1),
    available_to=None,
    days=frozenset({"sat", "sun"}),
    quantity=50,
    unit="m²",
    organization_id=20,
)
NO_TIES = Context()


def why(need, resource, taken=()) -> list[str]:
    return [reason_text(reason) for reason in hard_rules.failures(need, resource, taken)]


def test_a_resource_that_fits_passes_every_hard_rule():
    assert why(NEED, RESOURCE) == []


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"category": "food_surplus"}, "another category"),
        ({"status": "reused"}, "the resource is not available"),
        ({"status": "matched"}, "the resource is not available"),
        ({"status": "withdrawn"}, "the resource is not available"),
        ({"available_from": date(2026, 7, 1)}, "not available in the period needed"),
        ({"available_to": date(2026, 2, 28)}, "not available in the period needed"),
        ({"days": frozenset({"mon", "tue"})}, "not available on the days needed"),
        ({"quantity": 30}, "not enough capacity (30 of 40)"),
    ],
)
def test_each_hard_rule_refuses_with_its_reason(change, reason):
    assert why(NEED, replace(RESOURCE, **change)) == [reason]


def test_a_resource_already_matched_to_another_need_is_refused():
    assert why(NEED, RESOURCE, taken={RESOURCE.id}) == ["already matched to another need"]


def test_what_is_not_stated_does_not_refuse():
    """No days stated, open periods, quantities in other units: nothing to refuse on."""
    loose = replace(RESOURCE, days=frozenset(), available_from=None, quantity=3, unit="locali")
    assert why(NEED, loose) == []
    assert why(replace(NEED, needed_from=None, needed_to=None, days=frozenset()), RESOURCE) == []


def test_a_related_category_passes_and_scores_less():
    land = replace(RESOURCE, category="land")
    assert why(NEED, land) == []
    assert category_part(NEED, RESOURCE, NO_TIES, 25) == (25, ("same category", ()))
    points, reason = category_part(NEED, land, NO_TIES, 25)
    assert (points, reason_text(reason)) == (12, "related category")


@pytest.mark.parametrize(
    ("place", "points", "reason"),
    [
        (TERNI, 20, "same municipality"),
        (NARNI, 14, "neighbouring municipality"),
        (ORVIETO, 8, "same province"),
        (PERUGIA, 0, "another province"),
        ("", 0, "municipality not stated"),
    ],
)
def test_distance_from_the_municipality_list(place, points, reason):
    found, why_ = distance_part(NEED, replace(RESOURCE, municipality_code=place), NO_TIES, 20)
    assert (found, reason_text(why_)) == (points, reason)


def test_time_overlap_names_the_day_in_common():
    points, reason = time_part(NEED, RESOURCE, NO_TIES, 20)
    assert (points, reason_text(reason)) == (20, "available on Saturday")


def test_time_overlap_takes_the_share_of_the_days_and_of_the_period():
    need = replace(NEED, days=frozenset({"sat", "sun", "mon", "tue"}))
    points, reason = time_part(need, RESOURCE, NO_TIES, 20)
    assert (points, reason_text(reason)) == (10, "available on 2 of the days needed")
    half = replace(RESOURCE, days=frozenset(), available_to=date(2026, 4, 30))
    points, reason = time_part(replace(NEED, days=frozenset()), half, NO_TIES, 20)
    assert (points, reason_text(reason)) == (10, "available for 50% of the period")
    whole = replace(RESOURCE, days=frozenset())
    points, reason = time_part(replace(NEED, days=frozenset()), whole, NO_TIES, 20)
    assert (points, reason_text(reason)) == (20, "available for the whole period")


def test_capacity_fit_is_the_share_of_the_resource_the_need_uses():
    points, reason = capacity_part(NEED, RESOURCE, NO_TIES, 15)
    assert (points, reason_text(reason)) == (12, "capacity 80%")
    huge = replace(RESOURCE, quantity=400)
    assert capacity_part(NEED, huge, NO_TIES, 15)[0] == 2  # a hall for a small group
    other_unit = replace(RESOURCE, unit="locali")
    points, reason = capacity_part(NEED, other_unit, NO_TIES, 15)
    assert (points, reason_text(reason)) == (8, "capacity not comparable")


@pytest.mark.parametrize(("urgency", "points"), [(3, 10), (2, 6), (1, 3)])
def test_urgency(urgency, points):
    assert urgency_part(replace(NEED, urgency=urgency), RESOURCE, NO_TIES, 10)[0] == points


def test_a_cooperation_tie_between_the_two_organisations_counts():
    ties = Context(ties=frozenset({frozenset((10, 20))}))
    points, reason = tie_part(NEED, RESOURCE, ties, 10)
    assert (points, reason_text(reason)) == (10, "the organisations already cooperate")
    assert tie_part(NEED, RESOURCE, NO_TIES, 10)[0] == 0
    assert tie_part(NEED, replace(RESOURCE, organization_id=None), ties, 10)[0] == 0


def test_the_score_is_the_parts_over_the_weights_and_lists_every_reason():
    ties = Context(ties=frozenset({frozenset((10, 20))}))
    scored = score(NEED, RESOURCE, weights.DEFAULTS, ties)
    assert scored.score == 97  # 25 + 20 + 20 + 12 + 10 + 10 of 100
    assert [reason_text(reason) for reason in scored.reasons()] == [
        "same category",
        "same municipality",
        "available on Saturday",
        "capacity 80%",
        "high urgency",
        "the organisations already cooperate",
    ]


def test_a_weight_of_zero_leaves_its_part_and_reason_out():
    only_distance = {key: 0 for key in weights.DEFAULTS} | {"distance": 50}
    scored = score(NEED, replace(RESOURCE, municipality_code=ORVIETO), only_distance, NO_TIES)
    assert scored.score == 40
    assert [reason_text(reason) for reason in scored.reasons()] == ["same province"]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("sabato mattina", {"sat"}),
        ("Lun-ven 9-13", {"mon", "tue", "wed", "thu", "fri"}),
        ("dal lunedì al mercoledì", {"mon", "tue", "wed"}),
        ("Fine settimana", {"sat", "sun"}),
        ("Martedì e giovedì pomeriggio", {"tue", "thu"}),
        ("Tutti i giorni", {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}),
        ("Su appuntamento", set()),
        ("", set()),
    ],
)
def test_the_days_a_schedule_names(text, days):
    assert days_of_schedule(text) == days


def test_weights_are_checked_by_part():
    assert weights.problems(weights.DEFAULTS) == []
    (problem,) = weights.problems({**weights.DEFAULTS, "distance": 101})
    assert problem.field == "distance" and problem.args == ("Distance",)
    (problem,) = weights.problems(dict.fromkeys(weights.DEFAULTS, 0))
    assert problem.field == "weights"
