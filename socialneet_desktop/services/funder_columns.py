"""The columns of the funder workbook's detail sheets: domain ColumnSpecs, each with the
sentence the Data dictionary gives it.

A column that a record kind's list shows too is that kind's ColumnSpec (services/kinds), so its
title, kind, vocabulary and personal flag are said once; only its width is the workbook's own.
The other columns are the workbook's: fields no list shows, counts and dates of the period, and
fields the workbook treats as personal where a list does not (an organisation's tax code, phone
and e-mail, a resource's owner and address: the identifiable workbook alone shows them).
ColumnSpec has no description, hence the thin `Column` wrapper.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from socialneet_desktop.domain.columns import BOOL, CODE, DATE, NUMBER, TEXT, TIME, ColumnSpec
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.services.record_kinds import kind_by_key


@dataclass(frozen=True)
class Column:
    spec: ColumnSpec
    description: str  # English, "FunderReport" context


def listed(kind: str, key: str, description: str, width: int) -> Column:
    """The column `key` of the list of `kind`, as wide as the workbook has it."""
    spec = next(spec for spec in kind_by_key(kind).columns if spec.key == key)
    return Column(replace(spec, width=width), description)


def own(key, title, description, kind=TEXT, width=14, vocabulary="", personal=False) -> Column:
    spec = ColumnSpec(key, title, kind, width, vocabulary=vocabulary, personal=personal)
    return Column(spec, description)


_CODE = QT_TRANSLATE_NOOP(
    "FunderReport", "Stable pseudonymous code of the person: the same in every export."
)
_BAND = QT_TRANSLATE_NOOP("FunderReport", "Age band on the first visit in the period.")
_MUN = QT_TRANSLATE_NOOP("FunderReport", "Municipality (official ISTAT list).")
_PHONE = QT_TRANSLATE_NOOP("FunderReport", "Phone number.")
_EMAIL = QT_TRANSLATE_NOOP("FunderReport", "E-mail address.")
_TITLE = {
    "pseudonym": QT_TRANSLATE_NOOP("Columns", "Person code"),
    "phone": QT_TRANSLATE_NOOP("Columns", "Phone"),
    "email": QT_TRANSLATE_NOOP("Columns", "E-mail"),
    "address": QT_TRANSLATE_NOOP("Columns", "Address"),
    "age_band": QT_TRANSLATE_NOOP("Columns", "Age band"),
}

CONTACTS = (
    own("pseudonym", _TITLE["pseudonym"], _CODE, width=12),
    listed("contacts", "last_name", QT_TRANSLATE_NOOP("FunderReport", "Last name."), 14),
    listed("contacts", "first_name", QT_TRANSLATE_NOOP("FunderReport", "First name."), 14),
    listed("contacts", "birth_date", QT_TRANSLATE_NOOP("FunderReport", "Birth date."), 14),
    listed("contacts", "tax_code", QT_TRANSLATE_NOOP("FunderReport", "Codice fiscale."), 18),
    own("phone", _TITLE["phone"], _PHONE, personal=True),
    own("email", _TITLE["email"], _EMAIL, width=24, personal=True),
    own(
        "address",
        _TITLE["address"],
        QT_TRANSLATE_NOOP("FunderReport", "Residence address."),
        width=24,
        personal=True,
    ),
    listed("contacts", "gender", QT_TRANSLATE_NOOP("FunderReport", "Gender."), 10),
    own("age_band", _TITLE["age_band"], _BAND, width=10),
    listed("contacts", "residence_municipality_code", _MUN, 22),
    own(
        "citizenship",
        QT_TRANSLATE_NOOP("Columns", "Citizenship"),
        QT_TRANSLATE_NOOP("FunderReport", "Citizenship."),
        CODE,
        16,
        "citizenship",
    ),
    own(
        "education_level",
        QT_TRANSLATE_NOOP("Columns", "Education"),
        QT_TRANSLATE_NOOP("FunderReport", "Highest education level (ISCED)."),
        CODE,
        30,
        "education_level",
    ),
    own(
        "labour_status",
        QT_TRANSLATE_NOOP("Columns", "Labour status"),
        QT_TRANSLATE_NOOP("FunderReport", "Labour status at registration."),
        CODE,
        26,
        "labour_status",
    ),
    own(
        "labour_status_months",
        QT_TRANSLATE_NOOP("Columns", "Months in status"),
        QT_TRANSLATE_NOOP("FunderReport", "Months in that labour status."),
        NUMBER,
        10,
    ),
    own(
        "youth_guarantee",
        QT_TRANSLATE_NOOP("Columns", "Youth Guarantee"),
        QT_TRANSLATE_NOOP("FunderReport", "Registered with the Youth Guarantee."),
        BOOL,
        10,
    ),
    own(
        "heard_from",
        QT_TRANSLATE_NOOP("Columns", "Heard from"),
        QT_TRANSLATE_NOOP("FunderReport", "How they heard of the Meeting Point."),
        CODE,
        20,
        "heard_from",
    ),
    own(
        "first_visit",
        QT_TRANSLATE_NOOP("Columns", "First visit in period"),
        QT_TRANSLATE_NOOP("FunderReport", "Date of the first visit in the period."),
        DATE,
    ),
    own(
        "visits",
        QT_TRANSLATE_NOOP("Columns", "Visits in period"),
        QT_TRANSLATE_NOOP("FunderReport", "Number of visits in the period."),
        NUMBER,
        10,
    ),
)
VISITS = (
    listed("visits", "visit_date", QT_TRANSLATE_NOOP("FunderReport", "Date of the visit."), 14),
    listed("visits", "start_time", QT_TRANSLATE_NOOP("FunderReport", "Start time."), 7),
    own(
        "end_time",
        QT_TRANSLATE_NOOP("Columns", "End"),
        QT_TRANSLATE_NOOP("FunderReport", "End time."),
        TIME,
        7,
    ),
    own("pseudonym", _TITLE["pseudonym"], _CODE, width=12),
    listed("visits", "contact_name", QT_TRANSLATE_NOOP("FunderReport", "Name of the person."), 26),
    own(
        "age_band",
        _TITLE["age_band"],
        QT_TRANSLATE_NOOP("FunderReport", "Age band on the day of the visit."),
        width=10,
    ),
    listed("visits", "visit_type", QT_TRANSLATE_NOOP("FunderReport", "Type of visit."), 22),
    listed(
        "visits",
        "staff_name",
        QT_TRANSLATE_NOOP("FunderReport", "Staff member who held the visit."),
        20,
    ),
    listed(
        "visits",
        "attendance_signed",
        QT_TRANSLATE_NOOP("FunderReport", "Attendance register signed."),
        8,
    ),
    own(
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


CONTACTS_GENERAL = (
    _of(CONTACTS, "gender"),
    own("age_band", _TITLE["age_band"], _BAND, width=10),
    own(
        "province",
        QT_TRANSLATE_NOOP("Columns", "Province"),
        QT_TRANSLATE_NOOP(
            "FunderReport", "Province of residence (abroad for a foreign state); generalised."
        ),
        width=10,
    ),
    _of(CONTACTS, "citizenship"),
    _of(CONTACTS, "education_level"),
    _of(CONTACTS, "labour_status"),
    own(
        "first_visit_month",
        QT_TRANSLATE_NOOP("Columns", "First visit (month)"),
        QT_TRANSLATE_NOOP(
            "FunderReport", "Month of the first visit in the period (mm/yyyy); generalised."
        ),
        width=12,
    ),
)
VISITS_GENERAL = (
    own(
        "visit_month",
        QT_TRANSLATE_NOOP("Columns", "Month"),
        QT_TRANSLATE_NOOP("FunderReport", "Month of the visit (mm/yyyy); generalised."),
        width=10,
    ),
    _of(VISITS, "age_band"),  # on the day of the visit
    _of(VISITS, "visit_type"),
)

STAKEHOLDERS = (
    listed(
        "organizations", "name", QT_TRANSLATE_NOOP("FunderReport", "Name of the organisation."), 34
    ),
    listed("organizations", "kind", QT_TRANSLATE_NOOP("FunderReport", "Kind of organisation."), 22),
    listed("organizations", "municipality_code", _MUN, 22),
    own(
        "tax_code",
        QT_TRANSLATE_NOOP("Columns", "Tax code"),
        QT_TRANSLATE_NOOP("FunderReport", "Tax code or VAT number."),
        width=16,
        personal=True,
    ),
    own("phone", _TITLE["phone"], _PHONE, personal=True),
    own("email", _TITLE["email"], _EMAIL, width=24, personal=True),
    own(
        "meetings",
        QT_TRANSLATE_NOOP("Columns", "Meetings in period"),
        QT_TRANSLATE_NOOP("FunderReport", "Meetings in the period it took part in."),
        NUMBER,
        10,
    ),
    own(
        "last_meeting",
        QT_TRANSLATE_NOOP("Columns", "Last meeting"),
        QT_TRANSLATE_NOOP("FunderReport", "Date of its last meeting in the period."),
        DATE,
    ),
)
MEETINGS = (
    listed(
        "meetings", "meeting_date", QT_TRANSLATE_NOOP("FunderReport", "Date of the meeting."), 14
    ),
    listed("meetings", "meeting_type", QT_TRANSLATE_NOOP("FunderReport", "Type of meeting."), 18),
    listed(
        "meetings", "activity_code", QT_TRANSLATE_NOOP("FunderReport", "Project activity code."), 10
    ),
    listed("meetings", "topic", QT_TRANSLATE_NOOP("FunderReport", "Topic of the meeting."), 34),
    own(
        "organizations",
        QT_TRANSLATE_NOOP("Columns", "Organisations"),
        QT_TRANSLATE_NOOP("FunderReport", "Organisations met."),
        width=40,
    ),
    own("municipality_code", QT_TRANSLATE_NOOP("Columns", "Municipality"), _MUN, CODE, 22),
    own(
        "participants_count",
        QT_TRANSLATE_NOOP("Columns", "Participants"),
        QT_TRANSLATE_NOOP("FunderReport", "Number of participants."),
        NUMBER,
        10,
    ),
    listed(
        "meetings",
        "follow_up_date",
        QT_TRANSLATE_NOOP("FunderReport", "Date of the follow-up."),
        14,
    ),
    own(
        "staff_name",
        QT_TRANSLATE_NOOP("Columns", "Staff"),
        QT_TRANSLATE_NOOP("FunderReport", "Staff member who attended."),
        width=20,
    ),
)
RESOURCES = (
    listed("resources", "title", QT_TRANSLATE_NOOP("FunderReport", "Name of the resource."), 30),
    listed("resources", "category", QT_TRANSLATE_NOOP("FunderReport", "Category of resource."), 18),
    listed(
        "resources",
        "status",
        QT_TRANSLATE_NOOP("FunderReport", "Status, from reported to reused."),
        12,
    ),
    listed("resources", "municipality_code", _MUN, 22),
    own(
        "owner_organization",
        QT_TRANSLATE_NOOP("Columns", "Owner organisation"),
        QT_TRANSLATE_NOOP("FunderReport", "Owner, when an organisation of the database."),
        width=24,
    ),
    own(
        "owner_name",
        QT_TRANSLATE_NOOP("Columns", "Owner"),
        QT_TRANSLATE_NOOP("FunderReport", "Owner as recorded (may be a private person)."),
        width=24,
        personal=True,
    ),
    own(
        "address",
        _TITLE["address"],
        QT_TRANSLATE_NOOP("FunderReport", "Address of the resource."),
        width=24,
        personal=True,
    ),
    own(
        "quantity",
        QT_TRANSLATE_NOOP("Columns", "Quantity"),
        QT_TRANSLATE_NOOP("FunderReport", "Quantity."),
        NUMBER,
        10,
    ),
    own(
        "unit",
        QT_TRANSLATE_NOOP("Columns", "Unit"),
        QT_TRANSLATE_NOOP("FunderReport", "Unit of the quantity."),
        width=10,
    ),
    own(
        "condition",
        QT_TRANSLATE_NOOP("Columns", "Condition"),
        QT_TRANSLATE_NOOP("FunderReport", "Condition."),
        CODE,
        14,
        "resource_condition",
    ),
    own(
        "terms",
        QT_TRANSLATE_NOOP("Columns", "Terms"),
        QT_TRANSLATE_NOOP("FunderReport", "Terms of availability."),
        CODE,
        14,
        "resource_terms",
    ),
    own(
        "available_from",
        QT_TRANSLATE_NOOP("Columns", "Available from"),
        QT_TRANSLATE_NOOP("FunderReport", "Available from."),
        DATE,
    ),
    own(
        "available_to",
        QT_TRANSLATE_NOOP("Columns", "Available to"),
        QT_TRANSLATE_NOOP("FunderReport", "Available until."),
        DATE,
    ),
    listed(
        "resources",
        "surveyed_on",
        QT_TRANSLATE_NOOP("FunderReport", "Date of the survey (in the period)."),
        14,
    ),
    own(
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
