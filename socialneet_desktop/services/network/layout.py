"""Where the cooperation map draws each organisation, kept in the database (map_positions) so
that next year's map puts every organisation where it was and the two can be compared.

Organisations without a kept position are placed by a force-directed layout (networkx's
spring layout, its seed fixed) around the kept ones, which do not move; the new positions are
then kept too. Positions are 0..1 across and 0..1 down.
"""

from __future__ import annotations

import math

import networkx as nx
from sqlalchemy import select
from sqlalchemy.orm import Session

from socialneet_desktop.db import models
from socialneet_desktop.db.models_network import MapPosition

SEED = 22
MARGIN = 0.04  # the isolates' ring, this far from the edge
INNER = 0.1  # the tied organisations, within this margin
SPRING_LIMIT = 3000  # more tied organisations than this are placed at random (seeded)


def kept_positions(session: Session) -> dict[str, tuple[float, float]]:
    """organisation uuid -> (x, y) as kept."""
    rows = session.execute(select(MapPosition.organization_uuid, MapPosition.x, MapPosition.y))
    return {row.organization_uuid: (row.x, row.y) for row in rows}


def uuids_of(session: Session, ids) -> dict[int, str]:
    org = models.Organization
    wanted = list(ids)
    found: dict[int, str] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        found.update(session.execute(select(org.id, org.uuid).where(org.id.in_(chunk))).all())
    return found


def positions(session: Session, graph: nx.Graph, *, keep: bool = True) -> dict[int, tuple]:
    """(x, y) of every node of `graph` (organisation ids): the kept ones as they are, the
    others laid out around them and, with `keep`, kept from now on."""
    if not graph.number_of_nodes():
        return {}
    uuids = uuids_of(session, graph.nodes)
    kept = kept_positions(session)
    known = {node: kept[uuids[node]] for node in graph if uuids.get(node) in kept}
    missing = [node for node in graph if node not in known]
    if not missing:
        return known
    placed = _laid_out(graph, known)
    if keep:
        save_positions(session, {uuids[node]: placed[node] for node in missing if node in uuids})
    return {node: placed[node] for node in graph}


def _laid_out(graph: nx.Graph, known: dict[int, tuple[float, float]]) -> dict[int, tuple]:
    """The tied organisations by a spring layout (kept ones fixed), the isolates on a ring
    around them: far-flung small components and isolates would otherwise squeeze the rest
    into the middle of the map."""
    tied = [node for node in graph if graph.degree(node) and node not in known]
    placed = dict(known)
    if tied:
        core = graph.subgraph([*tied, *(node for node in known if graph.degree(node))])
        if known and len(core) > SPRING_LIMIT:  # beside the kept ones they are tied to
            placed |= {node: _clamped(_near(graph, node, known)) for node in tied}
        elif known:
            start = {node: known.get(node) or _near(graph, node, known) for node in core}
            fixed = [node for node in core if node in known]
            raw = nx.spring_layout(
                core, pos=start, fixed=fixed or None, seed=SEED, iterations=60, k=0.05
            )
            placed |= {node: _clamped(raw[node]) for node in tied}
        elif len(core) > SPRING_LIMIT:  # a force layout would take minutes: spread by seed
            placed |= _normalised(nx.random_layout(core, seed=SEED))
        else:
            raw = nx.spring_layout(core, seed=SEED, iterations=100)
            placed |= _normalised(raw)
    alone = [node for node in graph if node not in placed]
    placed |= _ring(alone)
    return placed


def _near(graph: nx.Graph, node: int, known) -> tuple[float, float]:
    around = [known[other] for other in graph[node] if other in known]
    if not around:
        return (0.5, 0.5)
    return (
        sum(point[0] for point in around) / len(around),
        sum(point[1] for point in around) / len(around),
    )


def _ring(nodes: list[int]) -> dict[int, tuple[float, float]]:
    """Evenly around the map's edge, in id order (the isolates)."""
    count = len(nodes)
    return {
        node: (
            0.5 + (0.5 - MARGIN / 2) * math.cos(2 * math.pi * number / count),
            0.5 + (0.5 - MARGIN / 2) * math.sin(2 * math.pi * number / count),
        )
        for number, node in enumerate(sorted(nodes))
    }


def _normalised(raw) -> dict[int, tuple[float, float]]:
    """Into the inner part of the map, each axis on its own, the 2% farthest clamped to it."""
    xs = sorted(float(point[0]) for point in raw.values())
    ys = sorted(float(point[1]) for point in raw.values())
    cut = len(xs) // 50
    low_x, high_x = xs[cut], xs[-1 - cut]
    low_y, high_y = ys[cut], ys[-1 - cut]
    inner_low, inner = INNER, 1 - 2 * INNER
    return {
        node: (
            _within(inner_low + (float(point[0]) - low_x) / ((high_x - low_x) or 1) * inner),
            _within(inner_low + (float(point[1]) - low_y) / ((high_y - low_y) or 1) * inner),
        )
        for node, point in raw.items()
    }


def _within(value: float) -> float:
    return min(1 - INNER, max(INNER, value))


def _clamped(point) -> tuple[float, float]:
    return (_within(float(point[0])), _within(float(point[1])))


def save_positions(session: Session, placed: dict[str, tuple[float, float]]) -> None:
    """Keep (insert or replace) the positions of organisations, by uuid."""
    for uuid, (x, y) in placed.items():
        row = session.get(MapPosition, uuid)
        if row is None:
            session.add(MapPosition(organization_uuid=uuid, x=float(x), y=float(y)))
        else:
            row.x, row.y = float(x), float(y)
    session.flush()


def forget_positions(session: Session) -> None:
    """Drop every kept position (the map is laid out afresh on its next drawing)."""
    session.query(MapPosition).delete()
    session.flush()
