"""A need's proposals: the resources passing the hard rules, with their score, its parts and
reasons, and the delegates' marks; ranked by the marks' mean when there are marks (the
delegates' judgement, on the score's 0-100 scale), else by the score.

A proposal already recorded (MatchProposal) is shown even when its resource no longer passes
(a confirmed one: the resource is matched now), flagged as not passing.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from socialneet_desktop.db.models import Organization, UnusedResource
from socialneet_desktop.db.models_needs import MatchProposal, Need
from socialneet_desktop.services.matching import hard_rules, weights
from socialneet_desktop.services.matching.categories import category_fit
from socialneet_desktop.services.matching.facts import ResourceFacts, need_facts, resource_facts
from socialneet_desktop.services.matching.marks import NO_MARKS, MarkStats, stats_of
from socialneet_desktop.services.matching.score import Context, Scored, reason_text, score

OPEN_NEED = ("open", "proposed")  # a need still looking for a resource


@dataclass(frozen=True)
class Candidate:
    need_id: int
    resource_id: int
    resource_title: str
    owner: str
    scored: Scored
    marks: MarkStats = NO_MARKS
    proposal_id: int | None = None
    proposal_status: str = ""
    passes: bool = True

    @property
    def rank_value(self) -> float:
        points = self.marks.rank_points
        return self.scored.score if points is None else points

    def reasons_text(self) -> str:
        return ", ".join(reason_text(reason) for reason in self.scored.reasons())


def cooperation_ties(session: Session) -> frozenset[frozenset[int]]:
    """The pairs of organisations with a cooperation tie (services.network.ties, issue 22);
    none while that module is not there."""
    try:
        from socialneet_desktop.services.network.ties import cooperation_pairs
    except ImportError:
        return frozenset()
    return frozenset(frozenset(pair) for pair in cooperation_pairs(session))


def context_of(session: Session) -> Context:
    return Context(ties=cooperation_ties(session))


def taken_resources(session: Session, except_need: int | None = None) -> set[int]:
    """Resources a confirmed proposal gave to a need (not one found not satisfied)."""
    query = select(MatchProposal.resource_id).where(
        MatchProposal.status == "confirmed",
        MatchProposal.outcome != "not_satisfied",
        MatchProposal.deleted_at.is_(None),
    )
    if except_need is not None:
        query = query.where(MatchProposal.need_id != except_need)
    return set(session.scalars(query))


class ResourcePool:
    """Every resource not in the recycle bin, indexed so that a need looks only at those of
    a compatible category and an available status (the first two hard rules, which leave
    out most pairs), and at those it already has a proposal for."""

    def __init__(self, rows: list[tuple[ResourceFacts, str, str]]) -> None:
        self.by_id = {facts.id: (facts, title, owner) for facts, title, owner in rows}
        self.available: dict[str, list] = {}
        for row in rows:
            if row[0].status in hard_rules.AVAILABLE_STATUSES:
                self.available.setdefault(row[0].category, []).append(row)

    def for_need(self, category: str, recorded) -> list[tuple[ResourceFacts, str, str]]:
        rows = [
            row
            for other, found in self.available.items()
            if category_fit(category, other) > 0
            for row in found
        ]
        seen = {row[0].id for row in rows}
        rows += [self.by_id[rid] for rid in recorded if rid in self.by_id and rid not in seen]
        return rows


def live_resources(session: Session) -> ResourcePool:
    """Every resource not in the recycle bin (facts, title, owner's name), as a pool."""
    rows = session.execute(
        select(UnusedResource, Organization.name)
        .outerjoin(Organization, UnusedResource.owner_organization_id == Organization.id)
        .where(UnusedResource.deleted_at.is_(None))
        .order_by(UnusedResource.title, UnusedResource.id)
    )
    return ResourcePool(
        [
            (resource_facts(resource), resource.title, org_name or resource.owner_name or "")
            for resource, org_name in rows
        ]
    )


def candidates(
    session: Session,
    need_id: int,
    *,
    resources: ResourcePool | None = None,
    context: Context | None = None,
    taken: set[int] | None = None,
    weights_in_force: dict[str, int] | None = None,
) -> list[Candidate]:
    """The need's candidates, best first (the optional arguments let a caller ranking many
    needs read the resources, ties and weights once)."""
    need = session.get(Need, need_id)
    if need is None:
        return []
    facts = need_facts(need)
    resources = live_resources(session) if resources is None else resources
    context = context_of(session) if context is None else context
    taken = taken_resources(session, need_id) if taken is None else taken - _own(session, need)
    in_force = weights.load(session) if weights_in_force is None else weights_in_force
    recorded = {p.resource_id: p for p in need.proposals if p.deleted_at is None}
    marks = stats_of(session, [p.id for p in recorded.values()])
    found = []
    for resource, title, owner in resources.for_need(facts.category, recorded):
        passing = hard_rules.passes(facts, resource, taken)
        proposal = recorded.get(resource.id)
        if not passing and proposal is None:
            continue
        found.append(
            Candidate(
                need_id=need_id,
                resource_id=resource.id,
                resource_title=title,
                owner=owner,
                scored=score(facts, resource, in_force, context),
                marks=marks.get(proposal.id, NO_MARKS) if proposal else NO_MARKS,
                proposal_id=proposal.id if proposal else None,
                proposal_status=proposal.status if proposal else "",
                passes=passing,
            )
        )
    return sorted(found, key=_rank_key)


def _own(session: Session, need: Need) -> set[int]:
    """The need's own confirmed resource: not "taken" from its own point of view."""
    return {p.resource_id for p in need.proposals if p.status == "confirmed"}


def _rank_key(candidate: Candidate):
    confirmed = candidate.proposal_status == "confirmed"
    value, score_ = -candidate.rank_value, -candidate.scored.score
    return (not confirmed, value, score_, candidate.resource_title, candidate.resource_id)


def open_needs(session: Session) -> list[Need]:
    return list(
        session.scalars(
            select(Need)
            .where(Need.deleted_at.is_(None), Need.status.in_(OPEN_NEED))
            .order_by(Need.urgency.desc(), Need.title, Need.id)
        )
    )


def all_candidates(
    session: Session, needs: list[Need] | None = None, resources: ResourcePool | None = None
) -> dict[int, list]:
    """The candidates of every open need (or of `needs`; among `resources`), each need's
    best first."""
    needs = open_needs(session) if needs is None else needs
    resources = live_resources(session) if resources is None else resources
    context = context_of(session)
    taken, in_force = taken_resources(session), weights.load(session)
    return {
        need.id: candidates(
            session,
            need.id,
            resources=resources,
            context=context,
            taken=taken,
            weights_in_force=in_force,
        )
        for need in needs
    }


def resource_uuids(session: Session, ids) -> dict[int, str]:
    """id -> uuid of the resources `ids` (how the scoring workbook names them)."""
    ids = list(ids)
    if not ids:
        return {}
    query = select(UnusedResource.id, UnusedResource.uuid).where(UnusedResource.id.in_(ids))
    return dict(session.execute(query).all())
