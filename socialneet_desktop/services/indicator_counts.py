"""Counting the indicator sets (services.indicator_sets) for a period with SQL.

Each population (participants, enrolled, qualified, leavers) is one SQL query grouped by the
attributes the breakdowns read (services.indicator_sets' docstring): rows of (attributes,
number of people). A million contacts come back as a few thousand such rows, never one row
a person; every count of a set is a sum over them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
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


def people_by_attributes(session: Session, start: date, end: date, population: str) -> Counter:
    """{(attribute values in ATTRIBUTES' order): number of people} of a population."""
    people = _people(start, end, population)
    unemployed = C.labour_status == "unemployed_seeking"
    ltu = case(
        (and_(unemployed, C.labour_status_months >= LONG_TERM_MONTHS), "ltu"),
        (unemployed, "short"),
        else_="no",
    )
    columns = (
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
    inner = select(*(c.label(f"a{i}") for i, c in enumerate(columns)))
    inner = inner.select_from(people).join(C, C.id == people.c.contact_id)
    inner = inner.where(C.deleted_at.is_(None)).subquery()
    # Grouped by the subquery's columns: PostgreSQL refuses a GROUP BY of a CASE whose bound
    # parameters are not the select list's.
    statement = select(*inner.c, func.count()).group_by(*inner.c)
    return Counter(
        {tuple(str(v or "") for v in row[:-1]): row[-1] for row in session.execute(statement)}
    )


def value(person: tuple, attribute: str) -> str:
    return person[ATTRIBUTES.index(attribute)]


def counted(indicator: Indicator, person: tuple) -> bool:
    return indicator.statuses is None or value(person, "status") in indicator.statuses


@dataclass(frozen=True)
class SetCounts:
    """The counts of one indicator set: {indicator code: total} and
    {(indicator code, breakdown code, group code): count}; `people` the attribute rows of
    each population (for the disclosure control)."""

    indicator_set: IndicatorSet
    totals: dict[str, int]
    groups: dict[tuple[str, str, str], int]
    people: dict[str, Counter]


def in_group(breakdown: Breakdown, group: Group, person: tuple) -> bool:
    return holds(breakdown, group, value(person, group.attribute))


def count_set(session: Session, indicator_set: IndicatorSet, start: date, end: date) -> SetCounts:
    populations = {i.population for i in indicator_set.indicators}
    people = {p: people_by_attributes(session, start, end, p) for p in sorted(populations)}
    totals, groups = {}, {}
    for indicator in indicator_set.indicators:
        rows = [(p, n) for p, n in people[indicator.population].items() if counted(indicator, p)]
        totals[indicator.code] = sum(n for _p, n in rows)
        for breakdown in indicator.breakdowns:
            for group in breakdown.groups:
                key = (indicator.code, breakdown.code, group.code)
                groups[key] = sum(n for p, n in rows if in_group(breakdown, group, p))
    return SetCounts(indicator_set, totals, groups, people)
