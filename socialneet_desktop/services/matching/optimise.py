"""The best one-to-one set of assignments of resources to open needs, as a proposal only.

The assignment problem on the bipartite graph needs x resources, an edge for every pair that
passes the hard rules, weighted by the pair's rank value (the delegates' mean mark on the
0-100 scale, else the score): networkx's max_weight_matching (exact, Edmonds' blossom
algorithm) finds the set of pairs with the greatest total weight, no need and no resource
twice. networkx rather than scipy's linear_sum_assignment: the graph is sparse (most pairs
fail the hard rules) and a pair left out is simply no edge, where a full matrix needs made-up
costs for impossible pairs and assigns every row; and networkx is already a dependency (the
cooperation map), scipy is not. Nothing is confirmed here: `plan` only computes, and
`propose_plan` records the pairs as proposals (origin "optimiser") for a person to confirm.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import networkx as nx
from sqlalchemy.orm import Session

from socialneet_desktop.services.matching import assign
from socialneet_desktop.services.matching.proposals import all_candidates, open_needs

Pair = tuple[int, int]  # (need id, resource id)


def best_assignment(values: Mapping[Pair, float]) -> list[Pair]:
    """The pairs of greatest total value, each need and each resource at most once
    (pairs of value 0 or less are never worth taking)."""
    graph = nx.Graph()
    for (need, resource), value in values.items():
        if value > 0:
            graph.add_edge(("need", need), ("resource", resource), weight=value)
    chosen = []
    for one, other in nx.max_weight_matching(graph, maxcardinality=False):
        need, resource = (one, other) if one[0] == "need" else (other, one)
        chosen.append((need[1], resource[1]))
    return sorted(chosen)


@dataclass(frozen=True)
class PlannedPair:
    need_id: int
    need_title: str
    resource_id: int
    value: float  # the rank value the optimiser used
    candidate: object  # the proposals.Candidate, for its title, score and reasons


def plan(session: Session) -> list[PlannedPair]:
    """The optimiser's set for all open needs (nothing written)."""
    needs = open_needs(session)
    titles = {need.id: need.title for need in needs}
    found = all_candidates(session, needs)
    by_pair = {
        (need_id, candidate.resource_id): candidate
        for need_id, candidates in found.items()
        for candidate in candidates
        if candidate.passes and candidate.proposal_status != "rejected"
    }
    values = {pair: candidate.rank_value for pair, candidate in by_pair.items()}
    return [
        PlannedPair(
            need, titles[need], resource, values[(need, resource)], by_pair[(need, resource)]
        )
        for need, resource in best_assignment(values)
    ]


def propose_plan(session: Session, pairs: list[PlannedPair], user: str) -> int:
    """Record the planned pairs as proposals (never confirmed); how many were recorded."""
    for pair in pairs:
        assign.propose(session, pair.need_id, pair.resource_id, "optimiser", user)
    return len(pairs)
