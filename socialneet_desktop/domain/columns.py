"""Columns as data: one spec per list column, shared by the lists, Excel and PDF.

Titles are English, marked for translation in the "Columns" context.
"""

from __future__ import annotations

from dataclasses import dataclass

from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP

TEXT, DATE, TIME, BOOL, NUMBER, CODE = "text", "date", "time", "bool", "number", "code"


@dataclass(frozen=True)
class ColumnSpec:
    key: str  # attribute of the record, or a computed name
    title: str
    kind: str = TEXT
    width: int = 14  # in characters; lists and Excel start from it
    vocabulary: str = ""  # for CODE columns: the name of the vocabulary giving labels
    personal: bool = False  # identifies a person: left out of pseudonymous exports


def _c(key: str, title: str, kind: str = TEXT, width: int = 14, **extra) -> ColumnSpec:
    return ColumnSpec(key, title, kind, width, **extra)


RESOURCE_COLUMNS = (
    _c("title", QT_TRANSLATE_NOOP("Columns", "Title"), width=34),
    _c(
        "category",
        QT_TRANSLATE_NOOP("Columns", "Category"),
        CODE,
        22,
        vocabulary="RESOURCE_CATEGORY",
    ),
    _c("status", QT_TRANSLATE_NOOP("Columns", "Status"), CODE, 12, vocabulary="RESOURCE_STATUS"),
    _c("municipality_code", QT_TRANSLATE_NOOP("Columns", "Municipality"), CODE, 26),
    _c("owner_name", QT_TRANSLATE_NOOP("Columns", "Owner"), width=26),
    _c("surveyed_on", QT_TRANSLATE_NOOP("Columns", "Surveyed on"), DATE, 14),
)

ORGANIZATION_COLUMNS = (
    _c("name", QT_TRANSLATE_NOOP("Columns", "Name"), width=32),
    _c("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), CODE, 26, vocabulary="ORGANIZATION_KIND"),
    _c("municipality_code", QT_TRANSLATE_NOOP("Columns", "Municipality"), CODE, 26),
    _c("tax_code", QT_TRANSLATE_NOOP("Columns", "Tax code"), width=15),
    _c("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), width=14),
    _c("email", QT_TRANSLATE_NOOP("Columns", "E-mail"), width=22),
)

MEETING_COLUMNS = (
    _c("meeting_date", QT_TRANSLATE_NOOP("Columns", "Date"), DATE, 12),
    _c("meeting_type", QT_TRANSLATE_NOOP("Columns", "Type"), CODE, 30, vocabulary="MEETING_TYPE"),
    _c("activity_code", QT_TRANSLATE_NOOP("Columns", "Activity"), width=10),
    _c("topic", QT_TRANSLATE_NOOP("Columns", "Topic"), width=50),
    _c("follow_up_date", QT_TRANSLATE_NOOP("Columns", "Follow-up"), DATE, 14),
)

CONTACT_COLUMNS = (
    _c("last_name", QT_TRANSLATE_NOOP("Columns", "Last name"), width=18, personal=True),
    _c("first_name", QT_TRANSLATE_NOOP("Columns", "First name"), width=16, personal=True),
    _c("gender", QT_TRANSLATE_NOOP("Columns", "Gender"), CODE, 10, vocabulary="GENDER"),
    _c("birth_date", QT_TRANSLATE_NOOP("Columns", "Birth date"), DATE, 16, personal=True),
    _c("residence_municipality_code", QT_TRANSLATE_NOOP("Columns", "Municipality"), CODE, 26),
    _c("tax_code", QT_TRANSLATE_NOOP("Columns", "Codice fiscale"), width=22, personal=True),
    _c("consent_contact", QT_TRANSLATE_NOOP("Columns", "Consent"), BOOL, 8),
)

VISIT_COLUMNS = (
    _c("visit_date", QT_TRANSLATE_NOOP("Columns", "Date"), DATE, 12),
    _c("start_time", QT_TRANSLATE_NOOP("Columns", "Start"), TIME, 7),
    _c("contact_name", QT_TRANSLATE_NOOP("Columns", "Contact"), width=26, personal=True),
    _c("visit_type", QT_TRANSLATE_NOOP("Columns", "Type"), CODE, 34, vocabulary="VISIT_TYPE"),
    _c("staff_name", QT_TRANSLATE_NOOP("Columns", "Staff"), width=20),
    _c("attendance_signed", QT_TRANSLATE_NOOP("Columns", "Signed"), BOOL, 8),
)

STAFF_COLUMNS = (
    _c("last_name", QT_TRANSLATE_NOOP("Columns", "Last name"), width=18),
    _c("first_name", QT_TRANSLATE_NOOP("Columns", "First name"), width=16),
    _c("role", QT_TRANSLATE_NOOP("Columns", "Role"), CODE, 16, vocabulary="STAFF_ROLE"),
    _c("email", QT_TRANSLATE_NOOP("Columns", "E-mail"), width=36),
    _c("active", QT_TRANSLATE_NOOP("Columns", "Active"), BOOL, 8),
)
