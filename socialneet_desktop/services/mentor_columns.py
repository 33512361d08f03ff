"""List columns of the mentors and their meetings computed in SQL (services/list_columns
registers them in SQL_COLUMNS): a mentor is named by its staff member or by its person of an
organisation, whichever it is, so the name is read through whichever link is set."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, func, select

from socialneet_desktop.db.models import ContactPerson, Organization, Staff
from socialneet_desktop.db.models_path import Mentor, MentoringMeeting


def _full(model) -> ColumnElement:
    return func.trim(func.coalesce(model.last_name, "") + " " + func.coalesce(model.first_name, ""))


def _name(model, id_column) -> ColumnElement:
    return select(_full(model)).where(model.id == id_column).scalar_subquery()


def _name_of(staff_id, person_id) -> ColumnElement:
    staff, person = _name(Staff, staff_id), _name(ContactPerson, person_id)
    return func.coalesce(func.nullif(staff, ""), person, "")


def mentor_name(today: date) -> ColumnElement:
    """The mentor's name: its staff member's, else its person's."""
    return _name_of(Mentor.staff_id, Mentor.contact_person_id)


def mentor_organization(today: date) -> ColumnElement:
    """The organisation of a mentor who is a person of one ("" for our staff)."""
    query = (
        select(Organization.name)
        .join(ContactPerson, ContactPerson.organization_id == Organization.id)
        .where(ContactPerson.id == Mentor.contact_person_id)
        .correlate(Mentor)
    )
    return func.coalesce(query.scalar_subquery(), "")


def meeting_mentor_name(today: date) -> ColumnElement:
    """The name of the mentor of a mentoring meeting ("" when it has none)."""
    staff_name = _full(Staff)
    person_name = _full(ContactPerson)
    name = func.coalesce(func.nullif(staff_name, ""), person_name, "")
    query = (
        select(name)
        .select_from(Mentor)
        .outerjoin(Staff, Staff.id == Mentor.staff_id)
        .outerjoin(ContactPerson, ContactPerson.id == Mentor.contact_person_id)
        .where(Mentor.id == MentoringMeeting.mentor_id)
        .correlate(MentoringMeeting)
    )
    return func.coalesce(query.scalar_subquery(), "")


SQL_COLUMNS = {
    "mentor_name": mentor_name,
    "mentor_organization": mentor_organization,
    "meeting_mentor_name": meeting_mentor_name,
}
