"""The ties between organisations, from the three sources the issue names (issue 22).

- co-attendance: two organisations at the same meeting, event or focus group; weight = the
  number of occasions they shared (meetings in the recycle bin do not count);
- the cooperation questionnaire: each answer names organisations (a directed nomination); a
  pair is tied if either side names the other (rule "either", the default) or only if both do
  ("both"); weight = the stated intensity 1-4 (the higher of the two sides);
- agreements: every two parties of the same agreement; weight = the number of agreements.

A period (since, until, both included, either open) selects the meetings held, the answers
given and the agreements in force in it. When an organisation answered more than once in the
period, its latest answer is the one read.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from socialneet_desktop.db import models

CO_ATTENDANCE = "co_attendance"
QUESTIONNAIRE = "questionnaire"
AGREEMENTS = "agreements"
TIE_KINDS: tuple[str, ...] = (CO_ATTENDANCE, QUESTIONNAIRE, AGREEMENTS)
RULES: tuple[str, ...] = ("either", "both")
MAX_INTENSITY = 4

Pair = frozenset[int]


@dataclass(frozen=True)
class Nomination:
    """One answer's naming of another organisation (source -> target)."""

    source: int
    target: int
    intensity: int
    relations: frozenset[str]
    trust: int | None = None
    value: int | None = None


@dataclass
class PairTies:
    """What links one pair: a weight per tie kind, the questionnaire's kinds of relation and
    the intensity (questionnaire's, co-attendance's occasions up to 4, 4 for an agreement)."""

    weights: dict[str, float] = field(default_factory=dict)
    relations: set[str] = field(default_factory=set)
    intensity: int = 0

    @property
    def weight(self) -> float:
        return float(sum(self.weights.values()))

    @property
    def kinds(self) -> set[str]:
        """The kinds linking the pair, for multiplexity: the questionnaire's relation kinds
        one by one, co-attendance and agreements as one kind each."""
        named = set(self.relations)
        named |= {kind for kind in self.weights if kind != QUESTIONNAIRE}
        if QUESTIONNAIRE in self.weights and not self.relations:
            named.add(QUESTIONNAIRE)
        return named


def _active(model):
    return model.deleted_at.is_(None)


def _live_organizations():
    return select(models.Organization.id).where(_active(models.Organization))


def _between(column, since: date | None, until: date | None) -> list:
    conditions = []
    if since is not None:
        conditions.append(column >= since)
    if until is not None:
        conditions.append(column <= until)
    return conditions


def co_attendance(
    session: Session, *, since: date | None = None, until: date | None = None
) -> dict[Pair, int]:
    """Each pair of organisations at the same meeting, and on how many occasions."""
    meeting = models.StakeholderMeeting
    link = models.meeting_organizations
    organization = models.Organization
    # a join, not organization_id IN (live organisations): without ANALYZE's statistics
    # SQLite looked each meeting up once per live organisation (quadratic: 6.8 s on the
    # 100k demo file; on the 1M one, 2,000 of its 100,000 meetings took 21 s of CPU)
    rows = session.execute(
        select(link.c.meeting_id, link.c.organization_id)
        .join(meeting, meeting.id == link.c.meeting_id)
        .join(organization, organization.id == link.c.organization_id)
        .where(
            _active(meeting),
            _active(organization),
            *_between(meeting.meeting_date, since, until),
        )
        .order_by(link.c.meeting_id)
    ).all()
    by_meeting: dict[int, set[int]] = defaultdict(set)
    for meeting_id, organization_id in rows:
        by_meeting[meeting_id].add(organization_id)
    counts: dict[Pair, int] = defaultdict(int)
    for present in by_meeting.values():
        for a, b in combinations(sorted(present), 2):
            counts[frozenset((a, b))] += 1
    return dict(counts)


def latest_answers(
    session: Session, *, since: date | None = None, until: date | None = None
) -> dict[int, models.CoopAnswer]:
    """The answer of each organisation that answered in the period (its latest)."""
    answer = models.CoopAnswer
    rows = session.scalars(
        select(answer)
        .where(
            _active(answer),
            answer.organization_id.in_(_live_organizations()),
            *_between(answer.answered_on, since, until),
        )
        .order_by(answer.answered_on, answer.id)
    ).all()
    return {row.organization_id: row for row in rows}


def nominations(
    session: Session, *, since: date | None = None, until: date | None = None
) -> list[Nomination]:
    """Every organisation named by the period's answers (never the answering one itself)."""
    answers = latest_answers(session, since=since, until=until)
    if not answers:
        return []
    by_id = {row.id: row.organization_id for row in answers.values()}
    tie = models.CoopTie
    rows = session.scalars(
        select(tie)
        .where(
            _active(tie),
            tie.answer_id.in_(list(by_id)),
            tie.organization_id.in_(_live_organizations()),
        )
        .order_by(tie.answer_id, tie.id)
    ).all()
    return [
        Nomination(
            source=by_id[row.answer_id],
            target=row.organization_id,
            intensity=_intensity(row.intensity),
            relations=frozenset(n for n in models.RELATION_FIELDS if getattr(row, n)),
            trust=row.trust,
            value=row.value,
        )
        for row in rows
        if row.organization_id != by_id[row.answer_id]
    ]


def _intensity(value: int | None) -> int:
    return max(1, min(MAX_INTENSITY, int(value or 1)))


def questionnaire_ties(named: list[Nomination], rule: str = "either") -> dict[Pair, PairTies]:
    """The undirected questionnaire ties under `rule` ("either" side names it, or "both")."""
    if rule not in RULES:
        raise ValueError(rule)
    sides: dict[Pair, list[Nomination]] = defaultdict(list)
    for nomination in named:
        sides[frozenset((nomination.source, nomination.target))].append(nomination)
    ties: dict[Pair, PairTies] = {}
    for pair, found in sides.items():
        if rule == "both" and len({n.source for n in found}) < 2:
            continue
        intensity = max(n.intensity for n in found)
        relations = set().union(*(n.relations for n in found))
        ties[pair] = PairTies({QUESTIONNAIRE: float(intensity)}, relations, intensity)
    return ties


def agreement_ties(
    session: Session, *, since: date | None = None, until: date | None = None
) -> dict[Pair, int]:
    """Every two parties of the agreements in force in the period, and how many they share."""
    agreement, party = models.Agreement, models.AgreementParty
    in_force = []
    if until is not None:
        in_force.append(or_(agreement.signed_on.is_(None), agreement.signed_on <= until))
    if since is not None:
        in_force.append(or_(agreement.valid_until.is_(None), agreement.valid_until >= since))
    rows = session.execute(
        select(party.agreement_id, party.organization_id)
        .join(agreement, agreement.id == party.agreement_id)
        .where(
            _active(agreement),
            _active(party),
            party.organization_id.in_(_live_organizations()),
            and_(*in_force) if in_force else True,
        )
        .order_by(party.agreement_id)
    ).all()
    by_agreement: dict[int, set[int]] = defaultdict(set)
    for agreement_id, organization_id in rows:
        by_agreement[agreement_id].add(organization_id)
    counts: dict[Pair, int] = defaultdict(int)
    for parties in by_agreement.values():
        for a, b in combinations(sorted(parties), 2):
            counts[frozenset((a, b))] += 1
    return dict(counts)


def all_ties(
    session: Session,
    *,
    since: date | None = None,
    until: date | None = None,
    kinds: tuple[str, ...] = TIE_KINDS,
    rule: str = "either",
    named: list[Nomination] | None = None,
) -> dict[Pair, PairTies]:
    """The pairs tied by any of `kinds` in the period, each with what links it."""
    unknown = set(kinds) - set(TIE_KINDS)
    if unknown:
        raise ValueError(", ".join(sorted(unknown)))
    ties: dict[Pair, PairTies] = {}
    if QUESTIONNAIRE in kinds:
        if named is None:
            named = nominations(session, since=since, until=until)
        ties.update(questionnaire_ties(named, rule))
    if CO_ATTENDANCE in kinds:
        for pair, count in co_attendance(session, since=since, until=until).items():
            linked = ties.setdefault(pair, PairTies())
            linked.weights[CO_ATTENDANCE] = float(count)
            linked.intensity = max(linked.intensity, min(MAX_INTENSITY, count))
    if AGREEMENTS in kinds:
        for pair, count in agreement_ties(session, since=since, until=until).items():
            linked = ties.setdefault(pair, PairTies())
            linked.weights[AGREEMENTS] = float(count)
            linked.intensity = MAX_INTENSITY
    return ties


def cooperation_pairs(
    session: Session, *, since: date | None = None, until: date | None = None
) -> dict[frozenset[int], float]:
    """The organisation-id pairs with a tie of any kind in the period, and its weight (the
    shared occasions + the questionnaire's intensity + the shared agreements)."""
    return {
        pair: linked.weight for pair, linked in all_ties(session, since=since, until=until).items()
    }
