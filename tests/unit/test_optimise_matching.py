"""The optimiser (issue 23) against a brute-force search over every one-to-one assignment on
small random matrices (hypothesis), and on the database: it only proposes, never confirms."""

from __future__ import annotations

from itertools import permutations

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from socialneet_desktop.db.models import UnusedResource
from socialneet_desktop.db.models_needs import MatchProposal, Need
from socialneet_desktop.services.matching import optimise
from socialneet_desktop.services.matching.optimise import best_assignment


def brute_force(values: dict[tuple[int, int], float], needs: int, resources: int) -> float:
    """The greatest total over every way of giving each need one resource or none."""
    best = 0.0
    columns = [*range(resources), *([None] * needs)]  # None: the need gets nothing
    for chosen in set(permutations(columns, needs)):
        total = sum(
            values.get((need, res), 0.0) for need, res in enumerate(chosen) if res is not None
        )
        best = max(best, total)
    return best


matrices = st.integers(1, 4).flatmap(
    lambda needs: st.integers(1, 4).flatmap(
        lambda resources: st.tuples(
            st.just(needs),
            st.just(resources),
            st.dictionaries(
                st.tuples(st.integers(0, needs - 1), st.integers(0, resources - 1)),
                st.integers(0, 100),  # a missing pair: it failed the hard rules
            ),
        )
    )
)


@settings(max_examples=300, deadline=None)
@given(matrices)
def test_the_optimiser_finds_the_best_total_a_brute_force_search_finds(matrix):
    needs, resources, values = matrix
    chosen = best_assignment({pair: float(value) for pair, value in values.items()})
    assert len({need for need, _r in chosen}) == len(chosen)  # a need at most once
    assert len({res for _n, res in chosen}) == len(chosen)  # a resource at most once
    assert all(values.get(pair, 0) > 0 for pair in chosen)  # only pairs that passed
    total = sum(values[pair] for pair in chosen)
    assert total == brute_force(values, needs, resources)


def test_the_greedy_choice_is_not_the_best_one():
    """Need 0 prefers resource 0 (90), but need 1 can use only resource 0: the best set gives
    need 0 its second choice."""
    values = {(0, 0): 90.0, (0, 1): 80.0, (1, 0): 85.0}
    assert best_assignment(values) == [(0, 1), (1, 0)]


def test_the_plan_is_only_proposed_never_confirmed(database):
    with database.session() as session:
        for number in range(3):
            session.add(Need(title=f"Sala {number}", category="premises", group_description="G"))
            session.add(
                UnusedResource(title=f"Locale {number}", category="premises", status="verified")
            )
        session.flush()
        plan = optimise.plan(session)
        assert len(plan) == 3
        assert session.scalar(select(MatchProposal.id)) is None  # planning writes nothing
        assert optimise.propose_plan(session, plan, "anna") == 3
    with database.read_session() as session:
        assert set(session.scalars(select(MatchProposal.status))) == {"proposed"}
        assert set(session.scalars(select(MatchProposal.origin))) == {"optimiser"}
        assert set(session.scalars(select(Need.status))) == {"proposed"}
        assert set(session.scalars(select(UnusedResource.status))) == {"verified"}
