"""The network's indicators (issue 22) computed by our code path (records -> ties ->
indicators) on networks whose values are known: the Florentine families (Padgett's marriage
network, shipped with networkx: density 20/105, Medici's betweenness 0.522) and small
hand-made networks checked by hand."""

from __future__ import annotations

from datetime import date

import networkx as nx
import pytest

from socialneet_desktop.services.network import indicators
from tests.unit import network_records as build

DAY = date(2025, 3, 1)


def _florentine(session):
    """One organisation per family, one meeting of the two families per marriage tie."""
    graph = nx.florentine_families_graph()
    ids = build.organizations(session, sorted(graph))
    for a, b in graph.edges():
        build.meeting(session, ids, DAY, a, b)
    return graph, ids


def test_florentine_families_density_and_betweenness(database):
    with database.session() as session:
        graph, ids = _florentine(session)
        found = indicators.figures(session, kinds=("co_attendance",))
    assert found.value("organizations") == 15
    assert found.value("ties") == 20
    assert found.value("density") == pytest.approx(20 / 105)  # 0.1905, as published
    assert found.value("components") == 1
    assert found.value("isolates") == 0
    by_name = {row.name: row for row in found.organizations}
    assert by_name["Medici"].betweenness == pytest.approx(0.5219780, abs=1e-6)  # published
    assert by_name["Medici"].degree == 6
    expected = nx.betweenness_centrality(graph)
    for family, value in expected.items():
        assert by_name[family].betweenness == pytest.approx(value)
    constraint = nx.constraint(graph, nodes=list(graph))
    effective = nx.effective_size(graph, nodes=list(graph))
    for family in graph:
        assert by_name[family].constraint == pytest.approx(constraint[family])
        assert by_name[family].effective_size == pytest.approx(effective[family])


def test_a_hand_made_network_matches_its_figures_by_hand(database):
    """A, B, C at two meetings together, D and E at one, F never: a triangle, a pair and an
    isolate among six organisations (two sectors)."""
    with database.session() as session:
        sectors = {"A": "Cultura", "B": "Cultura", "C": "Sociale", "D": "Sociale",
                   "E": "Sociale", "F": ""}  # fmt: skip
        ids = build.organizations(session, "ABCDEF", sector=sectors)
        build.meeting(session, ids, DAY, "A", "B", "C")
        build.meeting(session, ids, date(2025, 4, 1), "A", "B", "C")
        build.meeting(session, ids, DAY, "D", "E")
        found = indicators.figures(session, kinds=("co_attendance",))
    assert found.value("ties") == 4
    assert found.value("density") == pytest.approx(4 / 15)
    assert found.value("components") == 3  # ABC, DE, F
    assert found.value("largest_component") == pytest.approx(3 / 6)
    assert found.value("isolates") == 1
    assert found.value("average_degree") == pytest.approx(8 / 6)
    # degrees 2,2,2,1,1,0: sum(2 - d) = 0+0+0+1+1+2 = 4, over (5*4) = 0.2
    assert found.value("centralization") == pytest.approx(0.2)
    # AB within Cultura, DE within Sociale; AC, BC across: (2 - 2) / 4
    assert (found.value("within_sector"), found.value("across_sectors")) == (2, 2)
    assert found.value("ei_index") == pytest.approx(0.0)
    by_name = {row.name: row for row in found.organizations}
    assert by_name["A"].strength == 4.0  # two occasions with B, two with C
    assert by_name["F"].degree == 0 and by_name["F"].constraint is None


def test_betweenness_takes_distance_as_one_over_the_weight(database):
    """A-C met once (distance 1); A-B and B-C are intensity 4 in the questionnaire (distance
    0.25 each): the shortest path from A to C goes through B."""
    with database.session() as session:
        ids = build.organizations(session, "ABC")
        build.meeting(session, ids, DAY, "A", "C")
        build.answer(session, ids, "B", DAY, {"A": {"intensity": 4}, "C": {"intensity": 4}})
        found = indicators.figures(session)
    by_name = {row.name: row for row in found.organizations}
    assert by_name["B"].betweenness == pytest.approx(1.0)
    assert by_name["A"].betweenness == pytest.approx(0.0)


def test_reciprocity_multiplexity_and_the_response_rate(database):
    with database.session() as session:
        ids = build.organizations(session, "ABCD")
        build.answer(session, ids, "A", DAY, {"B": {"referral": True}, "C": {}})
        build.answer(session, ids, "B", DAY, ["A"])
        build.answer(session, ids, "C", DAY, ["D"])  # D did not answer: not counted
        build.meeting(session, ids, DAY, "C", "D")
        either = indicators.figures(session)
        both = indicators.figures(session, rule="both")
    # among respondents: A->B, B->A, A->C; returned: A->B and B->A
    assert either.value("reciprocity") == pytest.approx(2 / 3)
    assert either.value("response_rate") == pytest.approx(3 / 4)
    assert either.value("respondents") == 3
    # AB: information + referral; CD: information + co-attendance; AC: information only
    assert either.value("multiplexity") == pytest.approx(2 / 3)
    assert either.value("ties") == 3
    assert both.value("ties") == 2  # AB (both named it) and CD (met)
    assert all(item.questionnaire for item in either.indicators if item.key != "organizations")


def test_change_since_an_earlier_period(database):
    with database.session() as session:
        ids = build.organizations(session, "ABCD")
        build.meeting(session, ids, date(2024, 3, 1), "A", "B")
        build.meeting(session, ids, date(2024, 3, 1), "C", "D")
        build.meeting(session, ids, date(2025, 3, 1), "A", "B", "C")
        before = indicators.figures(session, since=date(2024, 1, 1), until=date(2024, 12, 31))
        after = indicators.figures(session, since=date(2025, 1, 1), until=date(2025, 12, 31))
    moved = indicators.change(before, after)
    assert (moved.new_ties, moved.lost_ties, moved.kept_ties) == (2, 1, 1)
    assert moved.density_before == pytest.approx(2 / 6)
    assert moved.density_after == pytest.approx(3 / 6)


def test_weighted_florentine_families_match_networkx(database):
    """Each marriage tie met 1-4 times: betweenness with distance 1/weight, constraint and
    effective size as networkx computes them on the same weighted graph."""
    graph = nx.florentine_families_graph()
    for number, (a, b) in enumerate(sorted(graph.edges())):
        graph[a][b]["weight"] = 1 + number % 4
        graph[a][b]["distance"] = 1 / graph[a][b]["weight"]
    with database.session() as session:
        ids = build.organizations(session, sorted(graph))
        for a, b in graph.edges():
            for _ in range(graph[a][b]["weight"]):
                build.meeting(session, ids, DAY, a, b)
        found = indicators.figures(session, kinds=("co_attendance",))
    by_name = {row.name: row for row in found.organizations}
    betweenness = nx.betweenness_centrality(graph, weight="distance")
    constraint = nx.constraint(graph, nodes=list(graph), weight="weight")
    # networkx's definition, node by node (its sparse-matrix shortcut, taken when no nodes are
    # given, gives other values for Peruzzi and Strozzi in networkx 3.6)
    effective = nx.effective_size(graph, nodes=list(graph), weight="weight")
    for family in graph:
        assert by_name[family].strength == graph.degree(family, weight="weight")
        assert by_name[family].betweenness == pytest.approx(betweenness[family])
        assert by_name[family].constraint == pytest.approx(constraint[family])
        assert by_name[family].effective_size == pytest.approx(effective[family])
