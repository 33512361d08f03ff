"""Where the cooperation map draws each organisation, kept in the database (map_positions) so
that next year's map puts every organisation where it was and the two can be compared.

Organisations without a kept position are placed by a force-directed layout (networkx's
spring layout, its seed fixed) around the kept ones, which do not move; the new positions are
then kept too. Positions are 0..1 across and 0..1 down.
"""

from __future__ import annotations

import networkx as nx
from sqlalchemy import select
from sqlalchemy.orm import Session

from socialneet_desktop.db import models
from socialneet_desktop.db.models_network import MapPosition

SEED = 22
MARGIN = 0.04


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
    if len(graph) == 1:
        return {node: known.get(node, (0.5, 0.5)) for node in graph}
    if not known:
        raw = nx.spring_layout(graph, seed=SEED, weight=None, iterations=80)
        return _normalised(raw)
    start = {node: known.get(node, (0.5, 0.5)) for node in graph}
    raw = nx.spring_layout(
        graph, pos=start, fixed=list(known), seed=SEED, weight=None, iterations=60, k=0.08
    )
    return {node: known.get(node) or _clamped(raw[node]) for node in graph}


def _normalised(raw) -> dict[int, tuple[float, float]]:
    xs = [float(point[0]) for point in raw.values()]
    ys = [float(point[1]) for point in raw.values()]
    low_x, low_y = min(xs), min(ys)
    span = max(max(xs) - low_x, max(ys) - low_y) or 1.0
    usable = 1 - 2 * MARGIN
    return {
        node: (
            MARGIN + (float(point[0]) - low_x) / span * usable,
            MARGIN + (float(point[1]) - low_y) / span * usable,
        )
        for node, point in raw.items()
    }


def _clamped(point) -> tuple[float, float]:
    return tuple(min(1 - MARGIN, max(MARGIN, float(value))) for value in point[:2])


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
