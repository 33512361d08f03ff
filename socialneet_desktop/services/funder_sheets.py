"""The rows of the funder workbook's detail sheets for a period, streamed from SQL, and the
k-anonymity classes of its person-level sheets, counted by SQL. Their columns are in
services.funder_columns, the workbook's layout is exports.funder_report's,
its counts come from services.indicators."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from functools import lru_cache
from itertools import groupby
from operator import itemgetter

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from socialneet_desktop.db import models
from socialneet_desktop.domain.age import AGE_BANDS
from socialneet_desktop.domain.municipalities import bundled_index
from socialneet_desktop.services import indicators as ind
from socialneet_desktop.services.funder_columns import CONTACTS, MEETINGS, RESOURCES
from socialneet_desktop.services.pseudonyms import coder

V, C, M, Org, R, MO = ind.V, ind.C, ind.M, ind.Org, ind.R, ind.MO
S = aliased(models.Staff, name="staff")
CHUNK = 2000  # rows fetched at a time by the sheets with one row per person or record
PLACES = 10_000  # municipalities and states remembered: more than the ISTAT list holds


def _staff_name():
    return func.trim(S.last_name + " " + S.first_name).label("staff_name")


def _streamed(session: Session, statement):
    """The rows of `statement`, CHUNK at a time from the cursor: never all of them in memory.
    Run on the session's connection: plain column rows need none of the ORM's loading, which
    costs more per row than the SQL does."""
    return session.connection().execute(statement.execution_options(yield_per=CHUNK))


def _dicts(session: Session, statement) -> Iterator[dict]:
    """_streamed's rows as dicts by column label: dict(zip()) costs a sixth of Row._asdict,
    which a sheet of 250,000 visits feels."""
    result = _streamed(session, statement)
    names = tuple(result.keys())
    return (dict(zip(names, row, strict=True)) for row in result)


# The age band's label computed by SQL (the same rule as domain.age.band_text, the one the
# k-anonymity classes are counted with), not by Python once a row.
_LABELLED_BANDS = tuple(replace(band, code=band.label) for band in AGE_BANDS)


def _band_label(birth, on):
    return ind.age_band_code(birth, on, _LABELLED_BANDS).label("age_band")


def contact_rows(session: Session, start: date, end: date, *, coded: bool = True):
    """The contacts reached, by first visit; `coded`: with their person code (a keyed hash
    a row, which the generalised sheet does not show)."""
    reached = ind.reached_subquery(start, end)
    computed = ("pseudonym", "age_band", "first_visit", "visits")
    columns = [getattr(C, c.spec.key) for c in CONTACTS if c.spec.key not in computed]
    band = _band_label(C.birth_date, reached.c.first_visit)
    statement = select(C.uuid, *columns, reached.c.first_visit, reached.c.visits, band)
    statement = statement.select_from(reached).join(C, C.id == reached.c.contact_id)
    code = coder(session) if coded else None
    for values in _dicts(session, statement.order_by(reached.c.first_visit, C.id)):
        if code is not None:
            values["pseudonym"] = code(values["uuid"])
        yield values


VISIT_ORDER = (V.visit_date, V.start_time, V.id)


def visit_rows(session: Session, start: date, end: date, *, coded: bool = True):
    """The visits of the period by date and time; `coded` as for contact_rows."""
    name = (C.last_name + " " + C.first_name).label("contact_name")
    statement = (
        select(
            V.visit_date,
            V.start_time,
            V.end_time,
            C.uuid,
            _band_label(C.birth_date, V.visit_date),
            name,
            V.visit_type,
            _staff_name(),
            V.attendance_signed,
            V.summary,
        )
        .join(C, V.contact_id == C.id)
        .outerjoin(S, V.staff_id == S.id)
    )
    statement = statement.where(*ind.visits_in(start, end)).order_by(*VISIT_ORDER)
    code = coder(session) if coded else None
    for values in _dicts(session, statement):
        if code is not None:
            values["pseudonym"] = code(values["uuid"])
        yield values


def stakeholder_rows(session: Session, start: date, end: date):
    statement = (
        ind.met_select(
            start,
            end,
            Org.name,
            Org.kind,
            Org.municipality_code,
            Org.tax_code,
            Org.phone,
            Org.email,
            func.count(M.id.distinct()).label("meetings"),
            func.max(M.meeting_date).label("last_meeting"),
        )
        .group_by(Org.id)
        .order_by(Org.name, Org.id)
    )
    yield from _dicts(session, statement)


def _organization_names(session: Session, start: date, end: date):
    """(meeting id, the names of its organisations joined by "; "), in the meetings' order."""
    statement = ind.met_select(start, end, M.id, Org.name)
    statement = statement.order_by(M.meeting_date, M.id, Org.name)
    for meeting_id, rows in groupby(_streamed(session, statement), key=itemgetter(0)):
        yield meeting_id, "; ".join(name for _id, name in rows)


def meeting_rows(session: Session, start: date, end: date):
    """The meetings, each with its organisations: two cursors in the same order, merged."""
    names = _organization_names(session, start, end)
    waiting = next(names, None)
    computed = ("organizations", "staff_name")
    columns = [getattr(M, c.spec.key) for c in MEETINGS if c.spec.key not in computed]
    statement = select(M.id, *columns, _staff_name()).outerjoin(S, M.staff_id == S.id)
    statement = statement.where(*ind.meetings_in(start, end)).order_by(M.meeting_date, M.id)
    for values in _dicts(session, statement):
        values["organizations"] = ""
        if waiting is not None and waiting[0] == values["id"]:
            values["organizations"], waiting = waiting[1], next(names, None)
        yield values


def resource_rows(session: Session, start: date, end: date):
    owner = aliased(models.Organization, name="owner")
    columns = [getattr(R, c.spec.key) for c in RESOURCES if c.spec.key != "owner_organization"]
    statement = select(*columns, owner.name.label("owner_organization"))
    statement = statement.outerjoin(owner, R.owner_organization_id == owner.id)
    statement = statement.where(R.deleted_at.is_(None), R.surveyed_on.between(start, end))
    yield from _dicts(session, statement.order_by(R.surveyed_on, R.id))


def month_text(day: date | None) -> str | None:
    return None if day is None else f"{day.month:02d}/{day.year:04d}"


def province_text(code: str | None) -> str | None:
    """The province's abbreviation ("TR"), "abroad" for a foreign state, None when unknown."""
    from socialneet_desktop.i18n import translate

    place = bundled_index().get(code) if code else None
    if place is None:
        return None
    return translate("FunderReport", "abroad") if place.is_country else place.province or None


def general_contact_rows(session: Session, start: date, end: date):
    province = lru_cache(maxsize=PLACES)(province_text)  # this report's language
    for values in contact_rows(session, start, end, coded=False):
        values["province"] = province(values["residence_municipality_code"])
        values["first_visit_month"] = month_text(values["first_visit"])
        yield values


def general_visit_rows(session: Session, start: date, end: date):
    """The generalised Visits sheet's values only (month, age band on the day, type), in
    visit_rows' order: its 2.5 million rows at a million contacts read no name, summary or
    member of staff."""
    band = _band_label(C.birth_date, V.visit_date)
    statement = select(V.visit_date, band, V.visit_type).join(C, V.contact_id == C.id)
    statement = statement.where(*ind.visits_in(start, end))
    month = lru_cache(maxsize=None)(month_text)  # a few thousand days
    for values in _dicts(session, statement.order_by(*VISIT_ORDER)):
        values["visit_month"] = month(values["visit_date"])
        yield values


# The k-anonymity check of the generalised sheets counts its classes in SQL: the size of each
# combination of the values shown, never a list of every row.
def _month(day):
    """The month of a date as the integer yyyymm: one class per month_text."""
    return (ind.day_number(day) // 100).label("month")


def contact_class_sizes(session: Session, start: date, end: date) -> Iterator[int]:
    """The size of every class of CONTACTS_GENERAL: SQL counts by municipality, ordered so
    that each block of equal other values is merged into provinces (the bundled list) at once."""
    reached = ind.reached_subquery(start, end)
    first = reached.c.first_visit
    inner = select(
        C.gender,
        ind.age_band_code(C.birth_date, first).label("band"),
        C.citizenship,
        C.education_level,
        C.labour_status,
        _month(first),
        C.residence_municipality_code,
    )
    inner = inner.select_from(reached).join(C, C.id == reached.c.contact_id).subquery()
    block = list(inner.c)[:-1]
    statement = select(*inner.c, func.count()).group_by(*inner.c).order_by(*block)
    current, provinces = None, Counter()
    for *values, municipality, size in _streamed(session, statement):
        if values != current:
            yield from provinces.values()
            current, provinces = values, Counter()
        provinces[province_text(municipality)] += size
    yield from provinces.values()


def visit_class_sizes(session: Session, start: date, end: date) -> Iterator[int]:
    """The size of every class of VISITS_GENERAL (month, age band on the day, type)."""
    band = ind.age_band_code(C.birth_date, V.visit_date).label("band")
    inner = select(_month(V.visit_date), band, V.visit_type).join(C, V.contact_id == C.id)
    inner = inner.where(*ind.visits_in(start, end)).subquery()
    statement = select(func.count()).select_from(inner).group_by(*inner.c)
    for (size,) in _streamed(session, statement):
        yield size


def contacts_by_province(by_municipality: ind.Breakdown) -> Counter:
    """Contacts reached by province_text ("" when unknown), as the kept Contacts sheet tells,
    from the indicators' (contacts, visits) by municipality."""
    counts = Counter()
    for code, (contacts, _visits) in by_municipality.counts.items():
        counts[province_text(code) or ""] += contacts
    return counts
