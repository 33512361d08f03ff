"""The map's filters on a network (issue 22): one sector's organisations, the ties of at least
an intensity, the ego network of one organisation (it, the organisations tied to it and the
ties among them). Each gives a Network again, whose indicators are computed as the whole's."""

from __future__ import annotations

from dataclasses import replace

from socialneet_desktop.services.network.indicators import Network


def sectors(network: Network) -> list[str]:
    """The sectors of the network's organisations, in alphabetical order (empty left out)."""
    return sorted({node.sector for node in network.nodes.values() if node.sector}, key=str.casefold)


def filtered(
    network: Network,
    *,
    sector: str = "",
    min_intensity: int = 1,
    ego: int | None = None,
) -> Network:
    nodes = network.nodes
    if sector:
        wanted = sector.casefold()
        nodes = {key: node for key, node in nodes.items() if node.sector.casefold() == wanted}
    ties = {
        pair: linked
        for pair, linked in network.ties.items()
        if linked.intensity >= min_intensity and all(member in nodes for member in pair)
    }
    if ego is not None and ego in nodes:
        around = {ego} | {member for pair in ties if ego in pair for member in pair}
        nodes = {key: node for key, node in nodes.items() if key in around}
        ties = {pair: linked for pair, linked in ties.items() if pair <= around}
    respondents = frozenset(member for member in network.respondents if member in nodes)
    named = [n for n in network.nominations if n.source in nodes and n.target in nodes]
    return replace(network, nodes=nodes, ties=ties, nominations=named, respondents=respondents)
