"""List columns computed in SQL (ColumnSpec.sql names one of SQL_COLUMNS): values a record
does not hold itself but its links tell - the organisations a meeting met, a resource's owner,
a contact's age, number of visits and last visit.

Each is a correlated expression over the list's own table, so SQLite works it out only for
the rows of the page shown (LIMIT 200), never for the whole list; the ones read through a
sub-query are not sortable (ColumnSpec.sortable): ordering a million rows by them would
compute every row's value on every keystroke.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import ColumnElement, Integer, cast, func, select
from sqlalchemy.sql.expression import case

from socialneet_desktop.db.models import (
    MeetingPointVisit,
    NeetContact,
    Organization,
    ProjectIdea,
    StakeholderMeeting,
    UnusedResource,
    meeting_organizations,
    project_idea_members,
)
from socialneet_desktop.domain.vulnerable_groups import LONG_TERM_MONTHS, LOW_SKILLED_LEVELS
from socialneet_desktop.services.mentor_columns import SQL_COLUMNS as MENTOR_COLUMNS


def meeting_organizations_names(today: date) -> ColumnElement:
    """The names of the meeting's organisations not in the recycle bin, joined by commas."""
    query = (
        select(func.group_concat(Organization.name, ", "))
        .join(meeting_organizations, meeting_organizations.c.organization_id == Organization.id)
        .where(
            meeting_organizations.c.meeting_id == StakeholderMeeting.id,
            Organization.deleted_at.is_(None),
        )
        .correlate(StakeholderMeeting)
    )
    return query.scalar_subquery()


def resource_owner(today: date) -> ColumnElement:
    """The chosen organisation's name, else the owner typed as free text."""
    name = (
        select(Organization.name)
        .where(Organization.id == UnusedResource.owner_organization_id)
        .correlate(UnusedResource)
        .scalar_subquery()
    )
    return func.coalesce(func.nullif(name, ""), UnusedResource.owner_name)


def contact_age(today: date) -> ColumnElement:
    """Whole years from the birth date to `today` (NULL without a birth date)."""
    born = NeetContact.birth_date
    years = today.year - cast(func.strftime("%Y", born), Integer)
    before_birthday = func.strftime("%m-%d", born) > today.strftime("%m-%d")
    return case((born.is_(None), None), else_=years - case((before_birthday, 1), else_=0))


def _visits_of_contact():
    return (
        MeetingPointVisit.contact_id == NeetContact.id,
        MeetingPointVisit.deleted_at.is_(None),
    )


def contact_visit_count(today: date) -> ColumnElement:
    query = select(func.count()).where(*_visits_of_contact()).correlate(NeetContact)
    return query.scalar_subquery()


def contact_last_visit(today: date) -> ColumnElement:
    query = select(func.max(MeetingPointVisit.visit_date)).where(*_visits_of_contact())
    return query.correlate(NeetContact).scalar_subquery()


def contact_long_term_unemployed(today: date) -> ColumnElement:
    """12 months or more in the labour status (NULL when the months are not known)."""
    months = NeetContact.labour_status_months
    return case((months.is_(None), None), else_=months >= LONG_TERM_MONTHS)


def contact_low_skilled(today: date) -> ColumnElement:
    """At most a lower-secondary education, ISCED 0-2 (NULL when it is not known)."""
    level = NeetContact.education_level
    return case((level == "", None), else_=level.in_(sorted(LOW_SKILLED_LEVELS)))


def idea_plan_attached(today: date) -> ColumnElement:
    """Whether the idea's business plan is attached (its name is kept with it; the document
    itself is never read by a list or an export)."""
    return ProjectIdea.business_plan_name != ""


def idea_team_size(today: date) -> ColumnElement:
    """How many young people are in the idea's team."""
    query = select(func.count()).where(project_idea_members.c.idea_id == ProjectIdea.id)
    return query.correlate(ProjectIdea).scalar_subquery()


SQL_COLUMNS: dict[str, Callable[[date], ColumnElement]] = {
    "meeting_organizations": meeting_organizations_names,
    "resource_owner": resource_owner,
    "contact_age": contact_age,
    "contact_visit_count": contact_visit_count,
    "contact_last_visit": contact_last_visit,
    "contact_long_term_unemployed": contact_long_term_unemployed,
    "contact_low_skilled": contact_low_skilled,
    "idea_plan_attached": idea_plan_attached,
    "idea_team_size": idea_team_size,
    **MENTOR_COLUMNS,
}


def sql_column(name: str, today: date) -> ColumnElement:
    return SQL_COLUMNS[name](today)
