"""Counting the indicator sets (services.indicator_sets) for a period with SQL.

Each population (participants, enrolled, qualified, leavers) is one SQL query grouped by the
attributes the breakdowns read (services.indicator_sets' docstring), streamed and added up
one attribute at a time within each outcome status: the parts (people by one attribute) that
every count of a set is a sum of, and that the disclosure control links.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import and_, case, func, literal, select
from sqlalchemy.orm import Session

from socialneet_desktop.db import models
from socialneet_desktop.domain.age import AgeBand
from socialneet_desktop.services import indicators as ind
from socialneet_desktop.services.indicator_sets import (
    ENROLLED,
    LEAVERS,
    PARTICIPANTS,
    QUALIFIED,
    Breakdown,
    Group,
    Indicator,
    IndicatorSet,
    holds,
)

C, EN, COURSE = ind.C, models.Enrolment, models.TrainingCourse
FINE_BANDS = (
    AgeBand("<15", "<15", 0, 14),
    AgeBand("15-17", "15–17", 15, 17),
    AgeBand("18-19", "18–19", 18, 19),
    AgeBand("20-24", "20–24", 20, 24),
    AgeBand("25-29", "25–29", 25, 29),
    AgeBand("30-54", "30–54", 30, 54),
    AgeBand("55+", "55+", 55, None),
)
ATTRIBUTES = (
    "gender",
    "band",
    "education",
    "labour",
    "ltu",
    "citizenship",
    "disabled",
    "caring",
    "minority",
    "asylum",
    "status",
    "employer",
)
LONG_TERM_MONTHS = 12


def _flag(condition):
    return case((condition, "1"), else_="0")


def _no_outcome():
    return (literal("").label("status"), literal("").label("employer"))


def _people(start: date, end: date, population: str):
    """(contact_id, day, status, employer) for each person of the population: `day` is the
    one their age is taken on."""
    if population == PARTICIPANTS:
        reached = ind.reached_subquery(start, end)
        day = reached.c.first_visit.label("day")
        return select(reached.c.contact_id, day, *_no_outcome()).subquery()
    if population == LEAVERS:
        leaving = ind.leaving_subquery(start, end)
        day, employer = leaving.c.outcome_date.label("day"), leaving.c.employer_kind
        return select(
            leaving.c.contact_id, day, leaving.c.status, employer.label("employer")
        ).subquery()
    day = EN.enrolled_on if population == ENROLLED else EN.status_date
    where = [EN.deleted_at.is_(None), day.between(start, end)]
    if population == QUALIFIED:
        where += [EN.status == "completed", EN.certificate_obtained.is_(True)]
    statement = select(EN.contact_id, func.min(day).label("day"), *_no_outcome())
    statement = statement.join(COURSE, and_(COURSE.id == EN.course_id, COURSE.deleted_at.is_(None)))
    return statement.where(*where).group_by(EN.contact_id).subquery()


def _attributes(people):
    unemployed = C.labour_status == "unemployed_seeking"
    ltu = case(
        (and_(unemployed, C.labour_status_months >= LONG_TERM_MONTHS), "ltu"),
        (unemployed, "short"),
        else_="no",
    )
    return (
        C.gender,
        ind.age_band_code(C.birth_date, people.c.day, FINE_BANDS),
        C.education_level,
        C.labour_status,
        ltu,
        C.citizenship,
        _flag(and_(C.disability.is_(True), C.special_category_consent.is_(True))),
        _flag(C.caring_responsibilities.is_(True)),
        _flag(C.minority.is_(True)),
        _flag(C.asylum_or_refugee.is_(True)),
        people.c.status,
        people.c.employer,
    )


@dataclass
class Population:
    """A population's people counted by one attribute at a time, within each outcome status
    ("" outside the leavers): {(attribute, value, status): n} and {status: n}."""

    parts: dict[tuple[str, str, str], int] = field(default_factory=lambda: defaultdict(int))
    statuses: dict[str, int] = field(default_factory=lambda: defaultdict(int))


def count_population(session: Session, start: date, end: date, population: str) -> Population:
    """One SQL query grouped by every attribute, its rows streamed and added up one attribute
    at a time: never a row a person, nor the rows of every combination at once."""
    people = _people(start, end, population)
    columns = _attributes(people)
    inner = select(*(c.label(f"a{i}") for i, c in enumerate(columns)))
    inner = inner.select_from(people).join(C, C.id == people.c.contact_id)
    inner = inner.where(C.deleted_at.is_(None)).subquery()
    found = Population()
    status_at = ATTRIBUTES.index("status")
    for row in ind.grouped_rows(session, inner):
        values, n = [str(v or "") for v in row[:-1]], row[-1]
        status = values[status_at]
        found.statuses[status] += n
        for attribute, v in zip(ATTRIBUTES, values, strict=True):
            found.parts[(attribute, v, status)] += n
    return found


def wanted_statuses(indicator: Indicator, population: Population) -> list[str]:
    """The outcome statuses the indicator counts among those found ("" outside leavers)."""
    found = sorted(population.statuses)
    return found if indicator.statuses is None else [s for s in found if s in indicator.statuses]


@dataclass(frozen=True)
class SetCounts:
    """The counts of one indicator set: {indicator code: total} and
    {(indicator code, breakdown code, group code): count}; `populations` their parts (for
    the disclosure control)."""

    indicator_set: IndicatorSet
    totals: dict[str, int]
    groups: dict[tuple[str, str, str], int]
    populations: dict[str, Population]


def group_count(population: Population, breakdown: Breakdown, group: Group, statuses) -> int:
    return sum(
        n
        for (attribute, v, status), n in population.parts.items()
        if attribute == group.attribute and status in statuses and holds(breakdown, group, v)
    )


def count_set(session: Session, indicator_set: IndicatorSet, start: date, end: date) -> SetCounts:
    wanted = sorted({i.population for i in indicator_set.indicators})
    populations = {p: count_population(session, start, end, p) for p in wanted}
    totals, groups = {}, {}
    for indicator in indicator_set.indicators:
        population = populations[indicator.population]
        statuses = wanted_statuses(indicator, population)
        totals[indicator.code] = sum(population.statuses[s] for s in statuses)
        for breakdown in indicator.breakdowns:
            for group in breakdown.groups:
                key = (indicator.code, breakdown.code, group.code)
                groups[key] = group_count(population, breakdown, group, statuses)
    return SetCounts(indicator_set, totals, groups, populations)
