"""Possible duplicates of many rows at once, for an import; one index class per record kind
(named by the kind, RecordKind.duplicate_index), whose `file_key` also says what makes two
rows of the same file the same record.

Asking the database once per row (as the forms do for the one record being typed) costs
more than the rest of an import together. Here the stored records the rows could match are
read in a few queries, grouped by the keys they would match on (codice fiscale, birth date,
municipality), and every row is then judged in memory by the same rules as the forms
(`services.duplicates`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from socialneet_desktop.db.models import (
    ContactPerson,
    MeetingPointVisit,
    NeetContact,
    Organization,
    Staff,
    StakeholderMeeting,
    UnusedResource,
    meeting_organizations,
)
from socialneet_desktop.domain.codice_fiscale import normalize_codice_fiscale
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.services.duplicates import (
    CONTACT_COLUMNS,
    ORGANIZATION_COLUMNS,
    DuplicateMatch,
    contact_matches,
    name_key,
    organization_codes,
    organization_key,
    organization_matches,
    person_keys,
)
from socialneet_desktop.services.kind_facets import resolve
from socialneet_desktop.services.record_kinds import ByKind

SAME_TITLE = "same_title"  # resources: the same title (case, accents ignored) and place
SAME_VISIT = "same_visit"  # visits: the same person, day and start time
SAME_NAME = "same_name"  # staff, people of a stakeholder: the same name (and organisation)
SAME_MEETING = "same_meeting"  # meetings: same day, type, organisation and topic
IMPORT_REASONS = {  # reasons only an import gives; the others are duplicates.REASONS
    SAME_TITLE: QT_TRANSLATE_NOOP("Import", "same title and place"),
    SAME_VISIT: QT_TRANSLATE_NOOP("Import", "same person, day and time"),
    SAME_NAME: QT_TRANSLATE_NOOP("Import", "same name"),
    SAME_MEETING: QT_TRANSLATE_NOOP("Import", "same day, type, organisation and topic"),
}
IN_CHUNK = 500  # values per IN (…): well under SQLite's limit of bound variables
RESOURCE_COLUMNS = (
    UnusedResource.id,
    UnusedResource.title,
    UnusedResource.municipality_code,
    UnusedResource.deleted_at,
)

Values = dict[str, Any]


def _grouped(
    session: Session, query, column, keys: Iterable, keys_of: Callable[[Any], Iterable]
) -> dict[Any, list]:
    """{key: stored rows} of the rows of `query` (columns, or a select) whose `column` is
    one of `keys`, read IN_CHUNK keys at a time."""
    if not isinstance(query, Select):
        query = select(*query)
    groups: dict[Any, list] = defaultdict(list)
    wanted = sorted(set(keys) - {None})
    for start in range(0, len(wanted), IN_CHUNK):
        chunk = query.where(column.in_(wanted[start : start + IN_CHUNK]))
        for row in session.execute(chunk):
            for key in keys_of(row):
                groups[key].append(row)
    return groups


def person_key(values: Values) -> str:
    """The name key of the person a row describes ("last first")."""
    return person_keys(values.get("last_name") or "", values.get("first_name") or "")[0]


def _unique(*groups: Iterable) -> list:
    """The rows of several groups, each once (a row can be found by two keys)."""
    return list({row.id: row for group in groups for row in group}.values())


class ContactIndex:
    """Stored contacts sharing a codice fiscale or a birth date with the rows."""

    def __init__(self, session: Session, rows: list[Values]) -> None:
        codes = {normalize_codice_fiscale(row.get("tax_code") or "") for row in rows} - {""}
        dates = {row.get("birth_date") for row in rows}
        self.by_code = _grouped(
            session,
            CONTACT_COLUMNS,
            NeetContact.tax_code,
            codes,
            lambda contact: [normalize_codice_fiscale(contact.tax_code or "")],
        )
        self.by_date = _grouped(
            session,
            CONTACT_COLUMNS,
            NeetContact.birth_date,
            dates,
            lambda contact: [contact.birth_date],
        )

    @staticmethod
    def file_key(values: Values) -> tuple | None:
        """What makes two rows of one file the same contact (with a birth date only)."""
        if not values.get("birth_date"):
            return None
        return ("name", person_key(values), values.get("birth_date"))

    def best(self, values: Values) -> DuplicateMatch | None:
        code = normalize_codice_fiscale(values.get("tax_code") or "")
        candidates = _unique(
            self.by_code.get(code, ()), self.by_date.get(values.get("birth_date"), ())
        )
        found = contact_matches(
            candidates,
            tax_code=code,
            last_name=values.get("last_name") or "",
            first_name=values.get("first_name") or "",
            birth_date=values.get("birth_date"),
            limit=1,
        )
        return found[0] if found else None


class OrganizationIndex:
    """Stored organisations sharing a tax code, a VAT number or a municipality with the rows."""

    def __init__(self, session: Session, rows: list[Values]) -> None:
        codes = set().union(*(_codes(row) for row in rows)) if rows else set()
        places = {(row.get("municipality_code") or "").upper() for row in rows} - {""}

        def codes_of(organization) -> set[str]:
            return organization_codes(organization.tax_code, organization.vat_number)

        self.by_code = _grouped(
            session, ORGANIZATION_COLUMNS, Organization.tax_code, codes, codes_of
        )
        for code, found in _grouped(
            session, ORGANIZATION_COLUMNS, Organization.vat_number, codes, codes_of
        ).items():
            self.by_code[code] += found
        self.by_place = _grouped(
            session,
            ORGANIZATION_COLUMNS,
            Organization.municipality_code,
            places,
            lambda organization: [organization.municipality_code],
        )

    @staticmethod
    def file_key(values: Values) -> tuple | None:
        """What makes two rows of one file the same organisation (besides their codes)."""
        name = organization_key(values.get("name") or "")
        return ("name", name, values.get("municipality_code") or "")

    def best(self, values: Values) -> DuplicateMatch | None:
        place = (values.get("municipality_code") or "").upper()
        candidates = _unique(
            *(self.by_code.get(code, ()) for code in _codes(values)), self.by_place.get(place, ())
        )
        found = organization_matches(
            candidates,
            tax_code=values.get("tax_code") or "",
            vat_number=values.get("vat_number") or "",
            name=values.get("name") or "",
            municipality_code=place,
            limit=1,
        )
        return found[0] if found else None


def _codes(values: Values) -> set[str]:
    return organization_codes(values.get("tax_code") or "", values.get("vat_number") or "")


class ResourceIndex:
    """Stored resources in the municipalities of the rows (also those with none)."""

    def __init__(self, session: Session, rows: list[Values]) -> None:
        places = {row.get("municipality_code") or "" for row in rows}
        self.by_title: dict[tuple[str, str], DuplicateMatch] = {}
        found = _grouped(
            session,
            RESOURCE_COLUMNS,
            UnusedResource.municipality_code,
            places,
            lambda resource: [resource.municipality_code],
        )
        for place, resources in found.items():
            for resource in sorted(resources, key=lambda resource: resource.id, reverse=True):
                if resource.deleted_at is None:
                    key = (place, name_key(resource.title))
                    match = DuplicateMatch(resource.id, resource.title, SAME_TITLE, 1.0)
                    self.by_title[key] = match  # the oldest wins: sorted newest first

    @staticmethod
    def file_key(values: Values) -> tuple | None:
        name = name_key(values.get("title") or "")
        return ("name", name, values.get("municipality_code") or "")

    def best(self, values: Values) -> DuplicateMatch | None:
        place = values.get("municipality_code") or ""
        return self.by_title.get((place, name_key(values.get("title") or "")))


def visit_key(values: Values) -> tuple:
    return values.get("contact_id"), values.get("visit_date"), values.get("start_time")


class VisitIndex:
    """Stored visits of the rows' people: one per person, day and start time."""

    def __init__(self, session: Session, rows: list[Values]) -> None:
        people = {row.get("contact_id") for row in rows}
        columns = (
            MeetingPointVisit.id,
            MeetingPointVisit.contact_id,
            MeetingPointVisit.visit_date,
            MeetingPointVisit.start_time,
            MeetingPointVisit.deleted_at,
        )
        found = _grouped(
            session,
            columns,
            MeetingPointVisit.contact_id,
            people,
            lambda visit: [visit_key(visit._asdict())],
        )
        self.by_key = {
            key: min(visit.id for visit in visits if visit.deleted_at is None)
            for key, visits in found.items()
            if any(visit.deleted_at is None for visit in visits)
        }

    @staticmethod
    def file_key(values: Values) -> tuple | None:
        return ("visit", *visit_key(values))

    def best(self, values: Values) -> DuplicateMatch | None:
        record_id = self.by_key.get(visit_key(values))
        if record_id is None:
            return None
        label = f"{values.get('visit_date'):%d/%m/%Y}"
        return DuplicateMatch(record_id, label, SAME_VISIT, 1.0)


class StaffIndex:
    """Stored staff members by name (first and last name in either order)."""

    def __init__(self, session: Session, _rows: list[Values]) -> None:
        self.by_name: dict[str, DuplicateMatch] = {}
        query = select(Staff.id, Staff.first_name, Staff.last_name).where(
            Staff.deleted_at.is_(None)
        )
        for record_id, first, last in session.execute(query.order_by(Staff.id)):
            match = DuplicateMatch(record_id, f"{last} {first}", SAME_NAME, 1.0)
            for key in person_keys(last, first):
                self.by_name.setdefault(key, match)

    @staticmethod
    def file_key(values: Values) -> tuple | None:
        return ("name", person_key(values))

    def best(self, values: Values) -> DuplicateMatch | None:
        return self.by_name.get(person_key(values))


class PersonIndex:
    """Stored people of the rows' organisations, by name (either order) and organisation."""

    def __init__(self, session: Session, rows: list[Values]) -> None:
        columns = (ContactPerson.id, ContactPerson.organization_id, ContactPerson.first_name,
                   ContactPerson.last_name, ContactPerson.deleted_at)  # fmt: skip
        found = _grouped(
            session,
            columns,
            ContactPerson.organization_id,
            {row.get("organization_id") for row in rows},
            lambda person: [person.organization_id],
        )
        self.by_name: dict[tuple, DuplicateMatch] = {}
        for organization_id, people in found.items():
            for person in sorted(people, key=lambda person: person.id, reverse=True):
                if person.deleted_at is None:
                    label = f"{person.last_name} {person.first_name}".strip()
                    match = DuplicateMatch(person.id, label, SAME_NAME, 1.0)
                    for key in person_keys(person.last_name, person.first_name):
                        self.by_name[(organization_id, key)] = match

    @staticmethod
    def file_key(values: Values) -> tuple | None:
        return ("name", person_key(values), values.get("organization_id"))

    def best(self, values: Values) -> DuplicateMatch | None:
        return self.by_name.get((values.get("organization_id"), person_key(values)))


def meeting_key(values: Values) -> tuple:
    return (
        values.get("meeting_date"),
        values.get("meeting_type"),
        values.get("organization_id"),
        name_key(values.get("topic") or ""),
    )


class MeetingIndex:
    """Stored meetings on the rows' days, by day, type, organisation and topic."""

    def __init__(self, session: Session, rows: list[Values]) -> None:
        query = (
            select(
                StakeholderMeeting.id,
                StakeholderMeeting.meeting_date,
                StakeholderMeeting.meeting_type,
                StakeholderMeeting.topic,
                meeting_organizations.c.organization_id,
            )
            .outerjoin(meeting_organizations)
            .where(StakeholderMeeting.deleted_at.is_(None))
        )
        found = _grouped(
            session,
            query,
            StakeholderMeeting.meeting_date,
            {row.get("meeting_date") for row in rows},
            lambda meeting: [meeting_key(meeting._asdict())],
        )
        self.by_key: dict[tuple, DuplicateMatch] = {}
        for key, meetings in found.items():
            oldest = min(meetings, key=lambda meeting: meeting.id)
            label = f"{oldest.meeting_date:%d/%m/%Y} {oldest.topic}".strip()
            self.by_key[key] = DuplicateMatch(oldest.id, label, SAME_MEETING, 1.0)

    @staticmethod
    def file_key(values: Values) -> tuple | None:
        return ("meeting", *meeting_key(values))

    def best(self, values: Values) -> DuplicateMatch | None:
        return self.by_key.get(meeting_key(values))


class NoDuplicates:
    """The index of a kind that names none: no stored record and no row is its duplicate."""

    def __init__(self, _session: Session, _rows: list[Values]) -> None:
        pass

    @staticmethod
    def file_key(_values: Values) -> tuple | None:
        return None

    def best(self, _values: Values) -> DuplicateMatch | None:
        return None


def _index_of(kind) -> type:
    return resolve(kind.duplicate_index) if kind.duplicate_index else NoDuplicates


# kind key -> its index class, named on the kind (RecordKind.duplicate_index)
INDEXES = ByKind(_index_of)
