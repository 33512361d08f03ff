"""Proposing, confirming and closing a match, every step an audited write.

A proposal is recorded for a need and a resource (by an operator, by the optimiser, or when a
delegate marks it): an open need becomes "proposed". Confirming is a person's decision: the
proposal is "confirmed", who decided and when are recorded, the need and the resource become
"matched". The outcome comes later: satisfied (the resource "reused") or not satisfied (the
resource back to "verified", free for another need).
"""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from socialneet_desktop.db.models import UnusedResource, utc_now
from socialneet_desktop.db.models_needs import MatchProposal, Need
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.services import records
from socialneet_desktop.services.matching import hard_rules, weights
from socialneet_desktop.services.matching.facts import need_facts, resource_facts
from socialneet_desktop.services.matching.proposals import OPEN_NEED, context_of, taken_resources
from socialneet_desktop.services.matching.score import score


class MatchRefused(Exception):
    """A step refused: an English template ("Matching" context) and its arguments."""

    def __init__(self, message: str, *args: str) -> None:
        super().__init__(message)
        self.message, self.args_ = message, args


def propose(session: Session, need_id: int, resource_id: int, origin: str, user: str):
    """The proposal of the resource for the need (recorded once; a rejected one proposed
    again), its score and reasons as now; the need "proposed" if it was open."""
    need, resource = session.get(Need, need_id), session.get(UnusedResource, resource_id)
    scored = score(
        need_facts(need), resource_facts(resource), weights.load(session), context_of(session)
    )
    values = {
        "score": scored.score,
        "reasons": parts_json(scored),
    }
    proposal = session.scalars(
        select(MatchProposal).where(
            MatchProposal.need_id == need_id, MatchProposal.resource_id == resource_id
        )
    ).first()
    if proposal is None:
        new = {"need_id": need_id, "resource_id": resource_id, "origin": origin, **values}
        proposal = records.create_record(session, MatchProposal, new, user=user)
    else:
        if proposal.deleted_at is not None:
            proposal = records.restore_record(session, MatchProposal, proposal.id, user=user)
        again = values | ({"status": "proposed"} if proposal.status == "rejected" else {})
        proposal = records.update_record(
            session, MatchProposal, proposal.id, proposal.version, again, user=user
        )
    if need.status == "open":
        records.update_record(
            session, Need, need.id, need.version, {"status": "proposed"}, user=user
        )
    return proposal


def confirm(session: Session, proposal_id: int, decided_by_id: int | None, user: str):
    """Confirm the proposal: refused (MatchRefused) when the need is no longer open or the
    resource no longer passes the hard rules (matched meanwhile, withdrawn …)."""
    proposal = _proposal(session, proposal_id)
    need, resource = proposal.need, proposal.resource
    if need.status not in OPEN_NEED:
        raise MatchRefused(
            QT_TRANSLATE_NOOP("Matching", "The need is no longer open (%1)."), need.status
        )
    failures = hard_rules.failures(
        need_facts(need), resource_facts(resource), taken_resources(session, need.id)
    )
    if failures:
        template, args = failures[0]
        raise MatchRefused(
            QT_TRANSLATE_NOOP("Matching", "The resource cannot be matched: %1."), template, *args
        )
    decision = {
        "status": "confirmed",
        "decided_by_id": decided_by_id,
        "decided_by_name": user,
        "decided_at": utc_now(),
    }
    records.update_record(
        session, MatchProposal, proposal.id, proposal.version, decision, user=user
    )
    records.update_record(session, Need, need.id, need.version, {"status": "matched"}, user=user)
    records.update_record(
        session, UnusedResource, resource.id, resource.version, {"status": "matched"}, user=user
    )
    return proposal


def reject(session: Session, proposal_id: int, user: str):
    """Reject the proposal; a need left without any proposal still standing is open again."""
    proposal = _proposal(session, proposal_id)
    if proposal.status == "confirmed":
        raise MatchRefused(
            QT_TRANSLATE_NOOP("Matching", "A confirmed proposal is closed by its outcome.")
        )
    rejected = records.update_record(
        session, MatchProposal, proposal.id, proposal.version, {"status": "rejected"}, user=user
    )
    need = proposal.need
    standing = [p for p in need.proposals if p.deleted_at is None and p.status != "rejected"]
    if need.status == "proposed" and not standing:
        records.update_record(session, Need, need.id, need.version, {"status": "open"}, user=user)
    return rejected


def record_outcome(session: Session, proposal_id: int, satisfied: bool, on: date | None, user: str):
    """The outcome of a confirmed proposal: need satisfied or not, resource reused or free."""
    proposal = _proposal(session, proposal_id)
    if proposal.status != "confirmed":
        raise MatchRefused(
            QT_TRANSLATE_NOOP("Matching", "Only a confirmed proposal has an outcome.")
        )
    outcome = "satisfied" if satisfied else "not_satisfied"
    need, resource = proposal.need, proposal.resource
    values = {"outcome": outcome, "outcome_on": on or date.today()}
    records.update_record(session, MatchProposal, proposal.id, proposal.version, values, user=user)
    records.update_record(session, Need, need.id, need.version, {"status": outcome}, user=user)
    status = "reused" if satisfied else "verified"
    records.update_record(
        session, UnusedResource, resource.id, resource.version, {"status": status}, user=user
    )
    return proposal


def parts_json(scored) -> str:
    """The score's parts as recorded with the proposal: [[part, points, weight, template,
    [args]], ...] (English templates, translated when shown)."""
    rows = [[key, points, weight, *reason] for key, points, weight, reason in scored.parts]
    return json.dumps(rows, ensure_ascii=False)


def _proposal(session: Session, proposal_id: int) -> MatchProposal:
    proposal = session.get(MatchProposal, proposal_id)
    if proposal is None or proposal.deleted_at is not None:
        raise MatchRefused(QT_TRANSLATE_NOOP("Matching", "The proposal is not there any more."))
    return proposal
