"""The cooperation network as GEXF, for Gephi (issue 22): the organisations with their kind,
sector, degree and betweenness (and the map's kept position), the ties with their weight and
kinds. Organisations only: no person."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from socialneet_desktop.db.output_files import write_atomically
from socialneet_desktop.services.network.report import NetworkReport

SIZE = 600.0  # the map's 0..1 positions, spread over Gephi's plane


def network_graph(report: NetworkReport, positions: dict[int, tuple] | None = None) -> nx.Graph:
    network = report.figures.network
    by_id = {row.id: row for row in report.figures.organizations}
    graph = nx.Graph()
    for node in network.nodes.values():
        row = by_id.get(node.id)
        attributes = {
            "label": node.name,
            "kind": node.kind,
            "sector": node.sector,
            "degree": row.degree if row else 0,
            "betweenness": row.betweenness if row else 0.0,
            "association": node.id == report.association_id,
        }
        if positions and node.id in positions:
            x, y = positions[node.id]
            attributes["viz"] = {"position": {"x": x * SIZE, "y": -y * SIZE, "z": 0.0}}
        graph.add_node(node.id, **attributes)
    for pair, linked in network.ties.items():
        a, b = sorted(pair)
        graph.add_edge(
            a,
            b,
            weight=linked.weight,
            kinds=",".join(sorted(linked.weights)),
            relations=",".join(sorted(linked.relations)),
            intensity=linked.intensity,
        )
    return graph


def write_gexf(path: Path, report: NetworkReport, positions=None) -> None:
    graph = network_graph(report, positions)
    with write_atomically(Path(path)) as temporary:
        nx.write_gexf(graph, temporary, encoding="utf-8", prettyprint=True)
