"""The detail sheets of the funder workbook: their columns (with descriptions for the data
dictionary) and the SQL giving their rows for a period. The workbook's layout is
exports.funder_report's; the data it shows comes from here and services.indicators."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from itertools import groupby
from operator import itemgetter

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session, aliased

from socialneet_desktop.db import models
from socialneet_desktop.domain.age import band_text
from socialneet_desktop.domain.columns import BOOL, CODE, DATE, NUMBER, TEXT, TIME, ColumnSpec
from socialneet_desktop.domain.municipalities import bundled_index
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.services import indicators as ind
from socialneet_desktop.services.pseudonyms import coder

V, C, M, Org, R, MO = ind.V, ind.C, ind.M, ind.Org, ind.R, ind.MO
S = aliased(models.Staff, name="staff")
CHUNK = 2000  # rows fetched at a time by the sheets with one row per person or record


@dataclass(frozen=True)
class Column:
    spec: ColumnSpec
    description: str  # English, "FunderReport" context


def _col(key, title, description, kind=TEXT, width=14, vocabulary="", personal=False) -> Column:
    spec = ColumnSpec(key, title, kind, width, vocabulary=vocabulary, personal=personal)
    return Column(spec, description)


_CODE = QT_TRANSLATE_NOOP(
    "FunderReport", "Stable pseudonymous code of the person: the same in every export."
)
_BAND = QT_TRANSLATE_NOOP("FunderReport", "Age band on the first visit in the period.")
_MUN = QT_TRANSLATE_NOOP("FunderReport", "Municipality (official ISTAT list).")
CONTACTS = (
    _col("pseudonym", QT_TRANSLATE_NOOP("Columns", "Person code"), _CODE, width=12),
    _col(
        "last_name",
        QT_TRANSLATE_NOOP("Columns", "Last name"),
        QT_TRANSLATE_NOOP("FunderReport", "Last name."),
        personal=True,
    ),
    _col(
        "first_name",
        QT_TRANSLATE_NOOP("Columns", "First name"),
        QT_TRANSLATE_NOOP("FunderReport", "First name."),
        personal=True,
    ),
    _col(
        "birth_date",
        QT_TRANSLATE_NOOP("Columns", "Birth date"),
        QT_TRANSLATE_NOOP("FunderReport", "Birth date."),
        DATE,
        personal=True,
    ),
    _col(
        "tax_code",
        QT_TRANSLATE_NOOP("Columns", "Codice fiscale"),
        QT_TRANSLATE_NOOP("FunderReport", "Codice fiscale."),
        width=18,
        personal=True,
    ),
    _col(
        "phone",
        QT_TRANSLATE_NOOP("Columns", "Phone"),
        QT_TRANSLATE_NOOP("FunderReport", "Phone number."),
        personal=True,
    ),
    _col(
        "email",
        QT_TRANSLATE_NOOP("Columns", "E-mail"),
        QT_TRANSLATE_NOOP("FunderReport", "E-mail address."),
        width=24,
        personal=True,
    ),
    _col(
        "address",
        QT_TRANSLATE_NOOP("Columns", "Address"),
        QT_TRANSLATE_NOOP("FunderReport", "Residence address."),
        width=24,
        personal=True,
    ),
    _col(
        "gender",
        QT_TRANSLATE_NOOP("Columns", "Gender"),
        QT_TRANSLATE_NOOP("FunderReport", "Gender."),
        CODE,
        10,
        "gender",
    ),
    _col("age_band", QT_TRANSLATE_NOOP("Columns", "Age band"), _BAND, width=10),
    _col(
        "residence_municipality_code", QT_TRANSLATE_NOOP("Columns", "Municipality"), _MUN, CODE, 22
    ),
    _col(
        "citizenship",
        QT_TRANSLATE_NOOP("Columns", "Citizenship"),
        QT_TRANSLATE_NOOP("FunderReport", "Citizenship."),
        CODE,
        16,
        "citizenship",
    ),
    _col(
        "education_level",
        QT_TRANSLATE_NOOP("Columns", "Education"),
        QT_TRANSLATE_NOOP("FunderReport", "Highest education level (ISCED)."),
        CODE,
        30,
        "education_level",
    ),
    _col(
        "labour_status",
        QT_TRANSLATE_NOOP("Columns", "Labour status"),
        QT_TRANSLATE_NOOP("FunderReport", "Labour status at registration."),
        CODE,
        26,
        "labour_status",
    ),
    _col(
        "labour_status_months",
        QT_TRANSLATE_NOOP("Columns", "Months in status"),
        QT_TRANSLATE_NOOP("FunderReport", "Months in that labour status."),
        NUMBER,
        10,
    ),
    _col(
        "youth_guarantee",
        QT_TRANSLATE_NOOP("Columns", "Youth Guarantee"),
        QT_TRANSLATE_NOOP("FunderReport", "Registered with the Youth Guarantee."),
        BOOL,
        10,
    ),
    _col(
        "heard_from",
        QT_TRANSLATE_NOOP("Columns", "Heard from"),
        QT_TRANSLATE_NOOP("FunderReport", "How they heard of the Meeting Point."),
        CODE,
        20,
        "heard_from",
    ),
    _col(
        "first_visit",
        QT_TRANSLATE_NOOP("Columns", "First visit in period"),
        QT_TRANSLATE_NOOP("FunderReport", "Date of the first visit in the period."),
        DATE,
    ),
    _col(
        "visits",
        QT_TRANSLATE_NOOP("Columns", "Visits in period"),
        QT_TRANSLATE_NOOP("FunderReport", "Number of visits in the period."),
        NUMBER,
        10,
    ),
)
VISITS = (
    _col(
        "visit_date",
        QT_TRANSLATE_NOOP("Columns", "Date"),
        QT_TRANSLATE_NOOP("FunderReport", "Date of the visit."),
        DATE,
    ),
    _col(
        "start_time",
        QT_TRANSLATE_NOOP("Columns", "Start"),
        QT_TRANSLATE_NOOP("FunderReport", "Start time."),
        TIME,
        7,
    ),
    _col(
        "end_time",
        QT_TRANSLATE_NOOP("Columns", "End"),
        QT_TRANSLATE_NOOP("FunderReport", "End time."),
        TIME,
        7,
    ),
    _col("pseudonym", QT_TRANSLATE_NOOP("Columns", "Person code"), _CODE, width=12),
    _col(
        "contact_name",
        QT_TRANSLATE_NOOP("Columns", "Contact"),
        QT_TRANSLATE_NOOP("FunderReport", "Name of the person."),
        width=26,
        personal=True,
    ),
    _col(
        "age_band",
        QT_TRANSLATE_NOOP("Columns", "Age band"),
        QT_TRANSLATE_NOOP("FunderReport", "Age band on the day of the visit."),
        width=10,
    ),
    _col(
        "visit_type",
        QT_TRANSLATE_NOOP("Columns", "Type"),
        QT_TRANSLATE_NOOP("FunderReport", "Type of visit."),
        CODE,
        22,
        "visit_type",
    ),
    _col(
        "staff_name",
        QT_TRANSLATE_NOOP("Columns", "Staff"),
        QT_TRANSLATE_NOOP("FunderReport", "Staff member who held the visit."),
        width=20,
    ),
    _col(
        "attendance_signed",
        QT_TRANSLATE_NOOP("Columns", "Signed"),
        QT_TRANSLATE_NOOP("FunderReport", "Attendance register signed."),
        BOOL,
        8,
    ),
    _col(
        "summary",
        QT_TRANSLATE_NOOP("Columns", "Summary"),
        QT_TRANSLATE_NOOP("FunderReport", "Summary of the visit (free text)."),
        width=40,
        personal=True,
    ),
)


# The person-level sheets of the pseudonymous workbook, generalised (services.disclosure):
# month instead of date, province instead of municipality, no months in status, no times, no
# staff and no person code (a code would link one person's rows across sheets and workbooks).
def _of(columns: tuple[Column, ...], key: str) -> Column:
    return next(c for c in columns if c.spec.key == key)


_PROVINCE = QT_TRANSLATE_NOOP(
    "FunderReport", "Province of residence (abroad for a foreign state); generalised."
)
CONTACTS_GENERAL = (
    _of(CONTACTS, "gender"),
    _col(
        "age_band",
        QT_TRANSLATE_NOOP("Columns", "Age band"),
        _BAND,
        width=10,
    ),
    _col("province", QT_TRANSLATE_NOOP("Columns", "Province"), _PROVINCE, width=10),
    _of(CONTACTS, "citizenship"),
    _of(CONTACTS, "education_level"),
    _of(CONTACTS, "labour_status"),
    _col(
        "first_visit_month",
        QT_TRANSLATE_NOOP("Columns", "First visit (month)"),
        QT_TRANSLATE_NOOP(
            "FunderReport", "Month of the first visit in the period (mm/yyyy); generalised."
        ),
        width=12,
    ),
)
VISITS_GENERAL = (
    _col(
        "visit_month",
        QT_TRANSLATE_NOOP("Columns", "Month"),
        QT_TRANSLATE_NOOP("FunderReport", "Month of the visit (mm/yyyy); generalised."),
        width=10,
    ),
    _of(VISITS, "age_band"),  # on the day of the visit
    _of(VISITS, "visit_type"),
)


STAKEHOLDERS = (
    _col(
        "name",
        QT_TRANSLATE_NOOP("Columns", "Name"),
        QT_TRANSLATE_NOOP("FunderReport", "Name of the organisation."),
        width=34,
    ),
    _col(
        "kind",
        QT_TRANSLATE_NOOP("Columns", "Kind"),
        QT_TRANSLATE_NOOP("FunderReport", "Kind of organisation."),
        CODE,
        22,
        "organization_kind",
    ),
    _col("municipality_code", QT_TRANSLATE_NOOP("Columns", "Municipality"), _MUN, CODE, 22),
    _col(
        "tax_code",
        QT_TRANSLATE_NOOP("Columns", "Tax code"),
        QT_TRANSLATE_NOOP("FunderReport", "Tax code or VAT number."),
        width=16,
        personal=True,
    ),
    _col(
        "phone",
        QT_TRANSLATE_NOOP("Columns", "Phone"),
        QT_TRANSLATE_NOOP("FunderReport", "Phone number."),
        personal=True,
    ),
    _col(
        "email",
        QT_TRANSLATE_NOOP("Columns", "E-mail"),
        QT_TRANSLATE_NOOP("FunderReport", "E-mail address."),
        width=24,
        personal=True,
    ),
    _col(
        "meetings",
        QT_TRANSLATE_NOOP("Columns", "Meetings in period"),
        QT_TRANSLATE_NOOP("FunderReport", "Meetings in the period it took part in."),
        NUMBER,
        10,
    ),
    _col(
        "last_meeting",
        QT_TRANSLATE_NOOP("Columns", "Last meeting"),
        QT_TRANSLATE_NOOP("FunderReport", "Date of its last meeting in the period."),
        DATE,
    ),
)
MEETINGS = (
    _col(
        "meeting_date",
        QT_TRANSLATE_NOOP("Columns", "Date"),
        QT_TRANSLATE_NOOP("FunderReport", "Date of the meeting."),
        DATE,
    ),
    _col(
        "meeting_type",
        QT_TRANSLATE_NOOP("Columns", "Type"),
        QT_TRANSLATE_NOOP("FunderReport", "Type of meeting."),
        CODE,
        18,
        "meeting_type",
    ),
    _col(
        "activity_code",
        QT_TRANSLATE_NOOP("Columns", "Activity"),
        QT_TRANSLATE_NOOP("FunderReport", "Project activity code."),
        width=10,
    ),
    _col(
        "topic",
        QT_TRANSLATE_NOOP("Columns", "Topic"),
        QT_TRANSLATE_NOOP("FunderReport", "Topic of the meeting."),
        width=34,
    ),
    _col(
        "organizations",
        QT_TRANSLATE_NOOP("Columns", "Organisations"),
        QT_TRANSLATE_NOOP("FunderReport", "Organisations met."),
        width=40,
    ),
    _col("municipality_code", QT_TRANSLATE_NOOP("Columns", "Municipality"), _MUN, CODE, 22),
    _col(
        "participants_count",
        QT_TRANSLATE_NOOP("Columns", "Participants"),
        QT_TRANSLATE_NOOP("FunderReport", "Number of participants."),
        NUMBER,
        10,
    ),
    _col(
        "follow_up_date",
        QT_TRANSLATE_NOOP("Columns", "Follow-up"),
        QT_TRANSLATE_NOOP("FunderReport", "Date of the follow-up."),
        DATE,
    ),
    _col(
        "staff_name",
        QT_TRANSLATE_NOOP("Columns", "Staff"),
        QT_TRANSLATE_NOOP("FunderReport", "Staff member who attended."),
        width=20,
    ),
)
RESOURCES = (
    _col(
        "title",
        QT_TRANSLATE_NOOP("Columns", "Title"),
        QT_TRANSLATE_NOOP("FunderReport", "Name of the resource."),
        width=30,
    ),
    _col(
        "category",
        QT_TRANSLATE_NOOP("Columns", "Category"),
        QT_TRANSLATE_NOOP("FunderReport", "Category of resource."),
        CODE,
        18,
        "resource_category",
    ),
    _col(
        "status",
        QT_TRANSLATE_NOOP("Columns", "Status"),
        QT_TRANSLATE_NOOP("FunderReport", "Status, from reported to reused."),
        CODE,
        12,
        "resource_status",
    ),
    _col("municipality_code", QT_TRANSLATE_NOOP("Columns", "Municipality"), _MUN, CODE, 22),
    _col(
        "owner_organization",
        QT_TRANSLATE_NOOP("Columns", "Owner organisation"),
        QT_TRANSLATE_NOOP("FunderReport", "Owner, when an organisation of the database."),
        width=24,
    ),
    _col(
        "owner_name",
        QT_TRANSLATE_NOOP("Columns", "Owner"),
        QT_TRANSLATE_NOOP("FunderReport", "Owner as recorded (may be a private person)."),
        width=24,
        personal=True,
    ),
    _col(
        "address",
        QT_TRANSLATE_NOOP("Columns", "Address"),
        QT_TRANSLATE_NOOP("FunderReport", "Address of the resource."),
        width=24,
        personal=True,
    ),
    _col(
        "quantity",
        QT_TRANSLATE_NOOP("Columns", "Quantity"),
        QT_TRANSLATE_NOOP("FunderReport", "Quantity."),
        NUMBER,
        10,
    ),
    _col(
        "unit",
        QT_TRANSLATE_NOOP("Columns", "Unit"),
        QT_TRANSLATE_NOOP("FunderReport", "Unit of the quantity."),
        width=10,
    ),
    _col(
        "condition",
        QT_TRANSLATE_NOOP("Columns", "Condition"),
        QT_TRANSLATE_NOOP("FunderReport", "Condition."),
        CODE,
        14,
        "resource_condition",
    ),
    _col(
        "terms",
        QT_TRANSLATE_NOOP("Columns", "Terms"),
        QT_TRANSLATE_NOOP("FunderReport", "Terms of availability."),
        CODE,
        14,
        "resource_terms",
    ),
    _col(
        "available_from",
        QT_TRANSLATE_NOOP("Columns", "Available from"),
        QT_TRANSLATE_NOOP("FunderReport", "Available from."),
        DATE,
    ),
    _col(
        "available_to",
        QT_TRANSLATE_NOOP("Columns", "Available to"),
        QT_TRANSLATE_NOOP("FunderReport", "Available until."),
        DATE,
    ),
    _col(
        "surveyed_on",
        QT_TRANSLATE_NOOP("Columns", "Surveyed on"),
        QT_TRANSLATE_NOOP("FunderReport", "Date of the survey (in the period)."),
        DATE,
    ),
    _col(
        "source",
        QT_TRANSLATE_NOOP("Columns", "Source"),
        QT_TRANSLATE_NOOP("FunderReport", "How the resource was found."),
        CODE,
        14,
        "resource_source",
    ),
)


def shown(columns: tuple[Column, ...], identifiable: bool) -> list[Column]:
    return [c for c in columns if identifiable or not c.spec.personal]


def _staff_name():
    return func.trim(S.last_name + " " + S.first_name).label("staff_name")


def _streamed(session: Session, statement):
    """The rows of `statement`, CHUNK at a time from the cursor: never all of them in memory.
    Run on the session's connection: plain column rows need none of the ORM's loading, which
    costs more per row than the SQL does."""
    return session.connection().execute(statement.execution_options(yield_per=CHUNK))


def contact_rows(session: Session, start: date, end: date):
    reached = ind.reached_subquery(start, end)
    computed = ("pseudonym", "age_band", "first_visit", "visits")
    columns = [getattr(C, c.spec.key) for c in CONTACTS if c.spec.key not in computed]
    statement = select(C.uuid, *columns, reached.c.first_visit, reached.c.visits)
    statement = statement.select_from(reached).join(C, C.id == reached.c.contact_id)
    code = coder(session)
    for row in _streamed(session, statement.order_by(reached.c.first_visit, C.id)):
        values = row._asdict()
        values["pseudonym"] = code(values["uuid"])
        values["age_band"] = band_text(values["birth_date"], values["first_visit"])
        yield values


def visit_rows(session: Session, start: date, end: date):
    name = (C.last_name + " " + C.first_name).label("contact_name")
    statement = (
        select(
            V.visit_date,
            V.start_time,
            V.end_time,
            C.uuid,
            C.birth_date,
            name,
            V.visit_type,
            _staff_name(),
            V.attendance_signed,
            V.summary,
        )
        .join(C, V.contact_id == C.id)
        .outerjoin(S, V.staff_id == S.id)
    )
    statement = statement.where(*ind.visits_in(start, end)).order_by(
        V.visit_date, V.start_time, V.id
    )
    code = coder(session)
    for row in _streamed(session, statement):
        values = row._asdict()
        values["pseudonym"] = code(values["uuid"])
        values["age_band"] = band_text(values["birth_date"], values["visit_date"])
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
    for row in _streamed(session, statement):
        yield row._asdict()


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
    for row in _streamed(session, statement):
        values = row._asdict()
        values["organizations"] = ""
        if waiting is not None and waiting[0] == row.id:
            values["organizations"], waiting = waiting[1], next(names, None)
        yield values


def resource_rows(session: Session, start: date, end: date):
    owner = aliased(models.Organization, name="owner")
    columns = [getattr(R, c.spec.key) for c in RESOURCES if c.spec.key != "owner_organization"]
    statement = select(*columns, owner.name.label("owner_organization"))
    statement = statement.outerjoin(owner, R.owner_organization_id == owner.id)
    statement = statement.where(R.deleted_at.is_(None), R.surveyed_on.between(start, end))
    yield from (
        row._asdict() for row in _streamed(session, statement.order_by(R.surveyed_on, R.id))
    )


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
    for values in contact_rows(session, start, end):
        values["province"] = province_text(values["residence_municipality_code"])
        values["first_visit_month"] = month_text(values["first_visit"])
        yield values


def general_visit_rows(session: Session, start: date, end: date):
    for values in visit_rows(session, start, end):
        values["visit_month"] = month_text(values["visit_date"])
        yield values


# The k-anonymity check of the generalised sheets counts its classes in SQL: the size of each
# combination of the values shown, never a list of every row.
def _month(day) -> tuple:
    return extract("year", day).label("year"), extract("month", day).label("month")


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
        *_month(first),
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
    inner = select(*_month(V.visit_date), band, V.visit_type).join(C, V.contact_id == C.id)
    inner = inner.where(*ind.visits_in(start, end)).subquery()
    statement = select(func.count()).select_from(inner).group_by(*inner.c)
    for (size,) in _streamed(session, statement):
        yield size


def contacts_by_province(session: Session, start: date, end: date) -> Counter:
    """Contacts reached by province_text ("" when unknown), as the kept Contacts sheet tells."""
    reached = ind.reached_subquery(start, end)
    municipality = C.residence_municipality_code
    statement = select(municipality, func.count()).select_from(reached)
    statement = statement.join(C, C.id == reached.c.contact_id).group_by(municipality)
    counts = Counter()
    for code, size in session.execute(statement):
        counts[province_text(code) or ""] += size
    return counts
