"""The indicators of the cooperation network for a period and a choice of tie kinds (issue 22).

The network's nodes are the organisations not in the recycle bin (an organisation nobody is
tied to is an isolate); its edges the ties of services.network.ties, weighted by their summed
weight. Standard social network analysis, computed with networkx: density, components and the
share in the largest, isolates, average degree, Freeman's degree centralisation, reciprocity of
the questionnaire's nominations (among the organisations that answered: a nomination of one
that did not answer could not be returned), multiplexity (pairs linked by two or more kinds),
per organisation degree, betweenness (distance = 1/weight, as networkx documents for weighted
shortest paths), Burt's constraint and effective size, and the E-I index by sector
((external - internal) / (external + internal) ties; ties with an organisation without a
sector are left out of it). Indicators that depend on the questionnaire carry its response
rate and the rule used. On more than EXACT_BETWEENNESS organisations betweenness is an
estimate from a sample of sources.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import networkx as nx
from sqlalchemy import select
from sqlalchemy.orm import Session

from socialneet_desktop.db import models
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.services.network import ties as tie_source
from socialneet_desktop.services.network.ties import QUESTIONNAIRE, TIE_KINDS, PairTies

CONTEXT = "NetworkIndicators"
# Above this many organisations betweenness is estimated from BETWEENNESS_SAMPLE sources
# (networkx's k, its seed fixed): exact, it grows with organisations x ties (hours for the
# 50,000 organisations of the largest demo)
EXACT_BETWEENNESS = 2000
BETWEENNESS_SAMPLE = 500


@dataclass(frozen=True)
class Node:
    id: int
    name: str
    kind: str
    sector: str


@dataclass
class Network:
    """The organisations, the ties among them, and the questionnaire's answers behind them."""

    since: date | None
    until: date | None
    kinds: tuple[str, ...]
    rule: str
    nodes: dict[int, Node]
    ties: dict[frozenset[int], PairTies]
    nominations: list[tie_source.Nomination] = field(default_factory=list)
    respondents: frozenset[int] = frozenset()

    @property
    def response_rate(self) -> float:
        return len(self.respondents) / len(self.nodes) if self.nodes else 0.0

    def graph(self) -> nx.Graph:
        """The weighted undirected graph; "distance" = 1/weight for shortest paths."""
        graph = nx.Graph()
        for node in self.nodes.values():
            graph.add_node(node.id, name=node.name, kind=node.kind, sector=node.sector)
        for pair, linked in self.ties.items():
            a, b = sorted(pair)
            weight = linked.weight or 1.0
            graph.add_edge(a, b, weight=weight, distance=1.0 / weight)
        return graph


def load_network(
    session: Session,
    *,
    since: date | None = None,
    until: date | None = None,
    kinds: tuple[str, ...] = TIE_KINDS,
    rule: str = "either",
) -> Network:
    org = models.Organization
    rows = session.execute(
        select(org.id, org.name, org.kind, org.sector)
        .where(org.deleted_at.is_(None))
        .order_by(org.name, org.id)
    ).all()
    nodes = {
        row.id: Node(row.id, row.name, row.kind or "", (row.sector or "").strip()) for row in rows
    }
    answers = tie_source.latest_answers(session, since=since, until=until)
    named = tie_source.nominations(session, since=since, until=until)
    linked = tie_source.all_ties(
        session, since=since, until=until, kinds=kinds, rule=rule, named=named
    )
    return Network(since, until, tuple(kinds), rule, nodes, linked, named, frozenset(answers))


@dataclass(frozen=True)
class Indicator:
    key: str
    label: str  # English, translated in the context "NetworkIndicators" when shown
    value: float | int | None
    questionnaire: bool = False  # depends on the questionnaire: shown with its response rate
    percent: bool = False  # a share 0..1, shown as a percentage


@dataclass(frozen=True)
class OrganizationFigures:
    id: int
    name: str
    kind: str
    sector: str
    degree: int
    strength: float  # the sum of its ties' weights
    betweenness: float  # normalised, distance = 1/weight
    constraint: float | None  # None for an isolate (networkx gives nan)
    effective_size: float | None


@dataclass(frozen=True)
class Figures:
    network: Network
    indicators: tuple[Indicator, ...]
    organizations: tuple[OrganizationFigures, ...]

    def value(self, key: str):
        return next(item.value for item in self.indicators if item.key == key)


LABELS = {
    "organizations": QT_TRANSLATE_NOOP("NetworkIndicators", "Organisations"),
    "ties": QT_TRANSLATE_NOOP("NetworkIndicators", "Ties"),
    "density": QT_TRANSLATE_NOOP("NetworkIndicators", "Density"),
    "components": QT_TRANSLATE_NOOP("NetworkIndicators", "Components"),
    "largest_component": QT_TRANSLATE_NOOP("NetworkIndicators", "Share in the largest component"),
    "isolates": QT_TRANSLATE_NOOP("NetworkIndicators", "Isolates"),
    "average_degree": QT_TRANSLATE_NOOP("NetworkIndicators", "Average degree"),
    "centralization": QT_TRANSLATE_NOOP("NetworkIndicators", "Degree centralisation"),
    "reciprocity": QT_TRANSLATE_NOOP("NetworkIndicators", "Reciprocity of questionnaire ties"),
    "multiplexity": QT_TRANSLATE_NOOP("NetworkIndicators", "Multiplexity"),
    "ei_index": QT_TRANSLATE_NOOP("NetworkIndicators", "E-I index by sector"),
    "within_sector": QT_TRANSLATE_NOOP("NetworkIndicators", "Ties within a sector"),
    "across_sectors": QT_TRANSLATE_NOOP("NetworkIndicators", "Ties across sectors"),
    "respondents": QT_TRANSLATE_NOOP("NetworkIndicators", "Questionnaire answers"),
    "response_rate": QT_TRANSLATE_NOOP("NetworkIndicators", "Questionnaire response rate"),
}
PERCENT = {"density", "largest_component", "reciprocity", "multiplexity", "response_rate"}


def compute(network: Network) -> Figures:
    """Every indicator of the network, and the figures of each organisation."""
    graph = network.graph()
    values = _whole_network(network, graph)
    questionnaire = QUESTIONNAIRE in network.kinds
    indicators = tuple(
        Indicator(
            key,
            LABELS[key],
            value,
            questionnaire=questionnaire and key != "organizations",
            percent=key in PERCENT,
        )
        for key, value in values.items()
    )
    return Figures(network, indicators, _per_organization(network, graph))


def figures(session: Session, **options) -> Figures:
    return compute(load_network(session, **options))


def _whole_network(network: Network, graph: nx.Graph) -> dict[str, float | int | None]:
    n = graph.number_of_nodes()
    components = list(nx.connected_components(graph)) if n else []
    within, across = _sector_ties(network)
    values: dict[str, float | int | None] = {
        "organizations": n,
        "ties": graph.number_of_edges(),
        "density": nx.density(graph) if n > 1 else 0.0,
        "components": len(components),
        "largest_component": max(map(len, components)) / n if n else 0.0,
        "isolates": nx.number_of_isolates(graph),
        "average_degree": 2 * graph.number_of_edges() / n if n else 0.0,
        "centralization": degree_centralization(graph),
        "reciprocity": reciprocity(network) if QUESTIONNAIRE in network.kinds else None,
        "multiplexity": multiplexity(network),
        "ei_index": (across - within) / (across + within) if across + within else None,
        "within_sector": within,
        "across_sectors": across,
    }
    if QUESTIONNAIRE in network.kinds:
        values["respondents"] = len(network.respondents)
        values["response_rate"] = network.response_rate
    return values


def degree_centralization(graph: nx.Graph) -> float:
    """Freeman's degree centralisation: sum(max degree - degree) / ((n-1)(n-2)); 1 for a star."""
    n = graph.number_of_nodes()
    if n < 3:
        return 0.0
    degrees = [degree for _node, degree in graph.degree()]
    top = max(degrees)
    return sum(top - degree for degree in degrees) / ((n - 1) * (n - 2))


def reciprocity(network: Network) -> float | None:
    """The share of the nominations between respondents that the named one returned."""
    among = {
        (n.source, n.target)
        for n in network.nominations
        if n.target in network.respondents and n.source in network.nodes
    }
    if not among:
        return None
    return sum((b, a) in among for a, b in among) / len(among)


def multiplexity(network: Network) -> float | None:
    """The share of tied pairs linked by two or more kinds (of relation, or of source)."""
    if not network.ties:
        return None
    return sum(len(linked.kinds) >= 2 for linked in network.ties.values()) / len(network.ties)


def _sector_ties(network: Network) -> tuple[int, int]:
    within = across = 0
    for pair in network.ties:
        a, b = (network.nodes[member].sector.casefold() for member in pair)
        if not a or not b:
            continue
        within += a == b
        across += a != b
    return within, across


def _per_organization(network: Network, graph: nx.Graph) -> tuple[OrganizationFigures, ...]:
    if not graph.number_of_nodes():
        return ()
    sampled = {"k": BETWEENNESS_SAMPLE, "seed": 22} if len(graph) > EXACT_BETWEENNESS else {}
    betweenness = nx.betweenness_centrality(graph, weight="distance", normalized=True, **sampled)
    constraint = burt_constraint(graph)
    effective = effective_size(graph)
    return tuple(
        OrganizationFigures(
            node.id,
            node.name,
            node.kind,
            node.sector,
            graph.degree(node.id),
            float(graph.degree(node.id, weight="weight")),
            betweenness[node.id],
            _number(constraint.get(node.id)),
            _number(effective.get(node.id)),
        )
        for node in network.nodes.values()
    )


def burt_constraint(graph: nx.Graph, weight: str = "weight") -> dict[int, float]:
    """Burt's constraint of each tied organisation, sum over its neighbours v of
    (p_uv + sum_w p_uw * p_wv)^2 with p_xy = weight_xy / strength_x, as networkx's constraint
    defines it; in one pass (networkx's node by node is slow on a few hundred)."""
    strength = {u: sum(data[weight] for data in graph[u].values()) for u in graph}
    found = {}
    for u, around in graph.adjacency():
        if not around:
            continue
        total = 0.0
        for v in around:
            indirect = sum(
                around[w][weight] * graph[w][v][weight] / strength[w]
                for w in around
                if w != v and v in graph[w]
            )
            total += ((around[v][weight] + indirect) / strength[u]) ** 2
        found[u] = total
    return found


def effective_size(graph: nx.Graph, weight: str = "weight") -> dict[int, float]:
    """Burt's effective size of each tied organisation, weighted as networkx's effective_size
    computes it (sum over the neighbours v of 1 - sum_w p_uw * m_vw), in one pass over the
    neighbourhoods: networkx's own takes a minute on a few hundred organisations."""
    strength = {u: sum(data[weight] for data in graph[u].values()) for u in graph}
    strongest = {u: max((data[weight] for data in graph[u].values()), default=0) for u in graph}
    sizes = {}
    for u, around in graph.adjacency():
        if not around:
            continue
        total = 0.0
        for v in around:
            others = graph[v]
            shared = sum(
                around[w][weight] * others[w][weight] for w in around if w != v and w in others
            )
            total += 1 - shared / (strength[u] * strongest[v])
        sizes[u] = total
    return sizes


def _number(value) -> float | None:
    return None if value is None or value != value else float(value)  # nan -> None


@dataclass(frozen=True)
class Change:
    """What changed since an earlier period: ties that appeared, ties that went, density."""

    new_ties: int
    lost_ties: int
    kept_ties: int
    density_before: float
    density_after: float


def change(before: Figures, after: Figures) -> Change:
    earlier, later = set(before.network.ties), set(after.network.ties)
    return Change(
        len(later - earlier),
        len(earlier - later),
        len(earlier & later),
        float(before.value("density")),
        float(after.value("density")),
    )
