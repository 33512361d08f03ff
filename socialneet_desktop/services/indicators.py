"""The funder's indicators for a period, counted with SQL.

A NEET contact is "reached in the period" when at least one of their visits (not in the
recycle bin) falls in the period. Their age band is their age on their first visit in the
period. A young person "left" in the period when an outcome on leaving is dated in it (the
later one counts, if two were recorded). A stakeholder is "met" when it took part in a
meeting in the period. A resource is counted when it was surveyed in the period.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Integer, and_, case, cast, distinct, extract, func, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement

from socialneet_desktop.db import models
from socialneet_desktop.domain.age import AGE_BANDS
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP

V, C = models.MeetingPointVisit, models.NeetContact
M, Org, R = models.StakeholderMeeting, models.Organization, models.UnusedResource
MO = models.meeting_organizations
EN, OUT = models.Enrolment, models.Outcome


@dataclass(frozen=True)
class Breakdown:
    """Counts by a code: {code: (count, count, …)}; `codes` are the codes in display order."""

    name: str  # "month", "gender", "age_band", "municipality", … or a vocabulary name
    counts: dict[str, tuple[int, ...]]


@dataclass(frozen=True)
class Indicators:
    start: date
    end: date
    contacts_reached: int
    visits: int
    organizations_met: int
    meetings: int
    resources: int
    contacts: dict[str, Breakdown]  # (contacts reached, visits) by month, gender, …
    visit_types: Breakdown  # (visits, contacts)
    stakeholder_kinds: Breakdown  # (organisations met, meetings)
    meeting_types: Breakdown  # (meetings, organisations met)
    resource_categories: Breakdown  # (resources,)
    resource_statuses: Breakdown  # (resources,)
    leavers: int = 0  # young people with an outcome on leaving in the period
    outcomes: Breakdown = Breakdown("outcome_status", {})  # (leavers,) by their status


def visits_in(start: date, end: date) -> list:
    return [V.deleted_at.is_(None), C.deleted_at.is_(None), V.visit_date.between(start, end)]


def reached_subquery(start: date, end: date):
    """contact_id, first visit in the period, visits in the period: one row per contact."""
    statement = select(
        V.contact_id,
        func.min(V.visit_date).label("first_visit"),
        func.count().label("visits"),
    ).join(C, V.contact_id == C.id)
    return statement.where(*visits_in(start, end)).group_by(V.contact_id).subquery()


def meetings_in(start: date, end: date) -> list:
    return [M.deleted_at.is_(None), M.meeting_date.between(start, end)]


def _pairs(session: Session, statement) -> dict[str, tuple[int, ...]]:
    return {
        str(row[0] or ""): tuple(int(n or 0) for n in row[1:]) for row in session.execute(statement)
    }


def _by_month(session: Session, start: date, end: date) -> dict[str, tuple[int, ...]]:
    year, month = extract("year", V.visit_date), extract("month", V.visit_date)
    statement = select(year, month, func.count(distinct(V.contact_id)), func.count())
    statement = statement.join(C, V.contact_id == C.id).where(*visits_in(start, end))
    rows = session.execute(statement.group_by(year, month))
    return {f"{int(y):04d}-{int(m):02d}": (int(a), int(b)) for y, m, a, b in rows}


class day_number(FunctionElement):  # noqa: N801 -- an SQL function, named as SQL names them
    """A date as the integer yyyymmdd (2026-01-10 -> 20260110), in SQL. On SQLite, where
    SQLAlchemy stores dates as 'yyyy-mm-dd' text, without the dashes: a quarter of the cost
    of three strftime calls, which a million rows feel."""

    type = Integer()
    inherit_cache = True


@compiles(day_number)
def _day_number(element, compiler, **kw):
    (day,) = element.clauses
    number = extract("year", day) * 10000 + extract("month", day) * 100 + extract("day", day)
    return compiler.process(cast(number, Integer), **kw)


@compiles(day_number, "sqlite")
def _day_number_sqlite(element, compiler, **kw):
    return f"CAST(REPLACE({compiler.process(element.clauses, **kw)}, '-', '') AS INTEGER)"


def age_on(birth, on):
    """Completed years on `on`, in SQL: domain.age.age_on's rule (a year older on the day and
    month of the birth; born on 29 February, on 1 March): whole ten-thousands between the
    two yyyymmdd numbers."""
    return (day_number(on) - day_number(birth)) // 10000


def age_band_code(birth, on, bands=AGE_BANDS):
    """The code of the band (domain.age.AGE_BANDS) on `on`, in SQL, so that a million contacts
    are counted by band without one row each reaching Python; NULL without a birth date or
    before it (domain.age.band_text's None)."""
    age = age_on(birth, on)
    whens = [(or_(birth.is_(None), birth > on), None)]
    for band in bands:
        top = band.max_age
        whens.append(
            (age >= band.min_age if top is None else age.between(band.min_age, top), band.code)
        )
    return case(*whens, else_=None)


CONTACT_FIELDS = {
    "gender": C.gender,
    "municipality": C.residence_municipality_code,
    "education_level": C.education_level,
    "labour_status": C.labour_status,
}


CHUNK = 2000  # grouped rows fetched at a time


def grouped_rows(session: Session, inner, summed: str | None = None):
    """The rows of the subquery `inner` grouped by each of its columns but `summed`, each
    with its count (and the sum of `summed`), streamed CHUNK at a time. Grouped by the
    subquery's columns: PostgreSQL refuses a GROUP BY of a CASE whose bound parameters are
    not the same ones as the select list's."""
    keys = [column for column in inner.c if column.name != summed]
    totals = [func.count()] + ([func.sum(inner.c[summed])] if summed else [])
    statement = select(*keys, *totals).group_by(*keys)
    return session.connection().execute(statement.execution_options(yield_per=CHUNK))


@dataclass(frozen=True)
class Reached:
    """The contacts reached in the period: how many, their visits, and both by each of the
    contact's breakdowns (age band, gender, municipality, …)."""

    contacts: int
    visits: int
    breakdowns: dict[str, Breakdown]


def count_reached(session: Session, start: date, end: date) -> Reached:
    """One query over the period's visits, grouped by every breakdown of the contact at once
    and added up one breakdown at a time: a million contacts' 2.5 million visits are read
    once, not once a breakdown."""
    reached = reached_subquery(start, end)
    band = age_band_code(C.birth_date, reached.c.first_visit)
    names = ["age_band", *CONTACT_FIELDS]
    columns = [band, *CONTACT_FIELDS.values()]
    inner = select(*(c.label(f"a{i}") for i, c in enumerate(columns)), reached.c.visits)
    inner = inner.select_from(reached).join(C, C.id == reached.c.contact_id).subquery()
    sums = {name: defaultdict(lambda: [0, 0]) for name in names}
    contacts = visits = 0
    for *values, people, seen in grouped_rows(session, inner, summed="visits"):
        people, seen = int(people), int(seen or 0)
        contacts, visits = contacts + people, visits + seen
        for name, value in zip(names, values, strict=True):
            total = sums[name][str(value or "")]
            total[0] += people
            total[1] += seen
    order = {"age_band": [each.code for each in AGE_BANDS] + [""]}
    breakdowns = {}
    for name, found in sums.items():
        codes = order.get(name) or sorted(found)
        counts = {code: tuple(found[code]) for code in codes if code in found}
        breakdowns[name] = Breakdown(name, counts)
    return Reached(contacts, visits, breakdowns)


def _contact_breakdowns(session: Session, start: date, end: date, reached: Reached):
    result = {"month": Breakdown("month", _by_month(session, start, end))}
    return result | reached.breakdowns


def _visit_types(session: Session, start: date, end: date) -> Breakdown:
    statement = select(V.visit_type, func.count(), func.count(distinct(V.contact_id)))
    statement = statement.join(C, V.contact_id == C.id).where(*visits_in(start, end))
    return Breakdown("visit_type", _pairs(session, statement.group_by(V.visit_type)))


def met_select(start: date, end: date, *columns):
    statement = select(*columns).select_from(M).join(MO, MO.c.meeting_id == M.id)
    statement = statement.join(Org, and_(Org.id == MO.c.organization_id, Org.deleted_at.is_(None)))
    return statement.where(*meetings_in(start, end))


def met_count(start: date, end: date, *meeting_where):
    """How many organisations (not in the recycle bin) took part in a meeting of the period
    (and of `meeting_where`): each organisation once, as IN (the meetings' organisations).
    Counted over met_select's join, SQLite without statistics drove it from the organisations
    and read every meeting of an activity once an organisation (17 s for 5,000 of them)."""
    met = select(MO.c.organization_id).join(M, M.id == MO.c.meeting_id)
    met = met.where(*meetings_in(start, end), *meeting_where)
    return select(func.count()).select_from(Org).where(Org.deleted_at.is_(None), Org.id.in_(met))


def _stakeholders(session: Session, start: date, end: date) -> tuple[Breakdown, Breakdown]:
    by_kind = met_select(
        start, end, Org.kind, func.count(distinct(Org.id)), func.count(distinct(M.id))
    )
    statement = select(M.meeting_type, func.count(distinct(M.id)), func.count(distinct(Org.id)))
    statement = statement.select_from(M).outerjoin(MO, MO.c.meeting_id == M.id)
    statement = statement.outerjoin(
        Org, and_(Org.id == MO.c.organization_id, Org.deleted_at.is_(None))
    )
    statement = statement.where(*meetings_in(start, end)).group_by(M.meeting_type)
    return (
        Breakdown("organization_kind", _pairs(session, by_kind.group_by(Org.kind))),
        Breakdown("meeting_type", _pairs(session, statement)),
    )


def _resources(session: Session, start: date, end: date, column, name: str) -> Breakdown:
    statement = select(column, func.count()).where(
        R.deleted_at.is_(None), R.surveyed_on.between(start, end)
    )
    return Breakdown(name, _pairs(session, statement.group_by(column)))


def leaving_subquery(start: date, end: date):
    """One row per young person who left in the period: their last outcome on leaving
    (stage "leaving", dated in the period; the later one, when two were recorded)."""
    order = (OUT.outcome_date.desc(), OUT.id.desc())
    rank = func.row_number().over(partition_by=OUT.contact_id, order_by=order).label("rank")
    columns = (OUT.contact_id, OUT.status, OUT.employer_kind, OUT.organization_id)
    inner = select(*columns, OUT.outcome_date, rank).join(C, C.id == OUT.contact_id)
    inner = inner.where(
        OUT.deleted_at.is_(None),
        C.deleted_at.is_(None),
        OUT.stage == "leaving",
        OUT.outcome_date.between(start, end),
    ).subquery()
    kept = [inner.c[name] for name in ("contact_id", "status", "employer_kind", "organization_id")]
    kept.append(inner.c.outcome_date)
    return select(*kept).where(inner.c.rank == 1).subquery()


def _outcomes(session: Session, leaving) -> Breakdown:
    statement = select(leaving.c.status, func.count()).group_by(leaving.c.status)
    return Breakdown("outcome_status", _pairs(session, statement))


def _scalar(session: Session, statement) -> int:
    return int(session.scalar(statement) or 0)


def compute_indicators(session: Session, start: date, end: date) -> Indicators:
    reached = count_reached(session, start, end)
    leaving = leaving_subquery(start, end)
    kinds, types = _stakeholders(session, start, end)
    resources = select(func.count()).select_from(R)
    return Indicators(
        start=start,
        end=end,
        contacts_reached=reached.contacts,
        visits=reached.visits,
        organizations_met=_scalar(session, met_count(start, end)),
        meetings=_scalar(
            session, select(func.count()).select_from(M).where(*meetings_in(start, end))
        ),
        resources=_scalar(
            session, resources.where(R.deleted_at.is_(None), R.surveyed_on.between(start, end))
        ),
        contacts=_contact_breakdowns(session, start, end, reached),
        visit_types=_visit_types(session, start, end),
        stakeholder_kinds=kinds,
        meeting_types=types,
        resource_categories=_resources(session, start, end, R.category, "resource_category"),
        resource_statuses=_resources(session, start, end, R.status, "resource_status"),
        leavers=_scalar(session, select(func.count()).select_from(leaving)),
        outcomes=_outcomes(session, leaving),
    )


EMPTY_PERIOD = QT_TRANSLATE_NOOP(
    "FunderReport",
    "Nothing is recorded from %1 to %2: no Meeting Point visit, meeting, unused resource, "
    "enrolment or outcome falls in the period. The funder report was not written: choose "
    "another period.",
)


def has_records(session: Session, start: date, end: date) -> bool:
    """Whether anything the funder report counts falls in start..end: a report of an empty
    period would be a workbook of zeros, sent to a funder by mistake."""
    checks = (
        select(V.id).join(C, V.contact_id == C.id).where(*visits_in(start, end)),
        select(M.id).where(*meetings_in(start, end)),
        select(R.id).where(R.deleted_at.is_(None), R.surveyed_on.between(start, end)),
        select(EN.id).where(EN.deleted_at.is_(None), EN.enrolled_on.between(start, end)),
        select(OUT.id).where(OUT.deleted_at.is_(None), OUT.outcome_date.between(start, end)),
    )
    return any(session.execute(check.limit(1)).first() is not None for check in checks)
