"""Issue 16 item 6, the SQL side: the columns computed per row (a contact's age, visits, last
visit; a meeting's organisations; a resource's owner), the totals line (count and sums in one
statement, as the list's search and filters say), and deleting several rows in one
transaction - on a real SQLite demo database, checked against plain Python."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from socialneet_desktop.db import models
from socialneet_desktop.domain.age import age_on
from socialneet_desktop.services.demo import fill_demo
from socialneet_desktop.services.list_columns import sql_column
from socialneet_desktop.services.list_rows import delete_rows
from socialneet_desktop.services.list_specs import ListQuery
from socialneet_desktop.services.list_totals import list_totals, summed_keys
from socialneet_desktop.services.records import StaleRecord, create_record

TODAY = date.today()


@pytest.fixture
def demo(database):
    fill_demo(database, contacts=120, seed=5)
    return database


def computed(session, model, name: str) -> dict[int, object]:
    rows = session.execute(select(model.id, sql_column(name, TODAY)).where(model.id < 60))
    return dict(rows.all())


def test_a_contacts_age_visits_and_last_visit_are_those_python_finds(demo):
    with demo.read_session() as session:
        ages = computed(session, models.NeetContact, "contact_age")
        counts = computed(session, models.NeetContact, "contact_visit_count")
        lasts = computed(session, models.NeetContact, "contact_last_visit")
        checked = 0
        for contact in session.scalars(
            select(models.NeetContact).where(models.NeetContact.id < 60)
        ):
            visits = [v.visit_date for v in contact.visits if v.deleted_at is None]
            born = contact.birth_date
            assert ages[contact.id] == (age_on(born, TODAY) if born else None)
            assert counts[contact.id] == len(visits)
            assert lasts[contact.id] == (max(visits) if visits else None)
            checked += bool(visits)
        assert checked  # the demo has visits to compare with


def test_an_age_on_the_day_before_and_of_the_birthday(database):
    with database.session() as session:
        for born in (date(2008, 3, 1), date(2008, 2, 29), date(2007, 12, 31)):
            create_record(
                session,
                models.NeetContact,
                {"first_name": "A", "last_name": "B", "birth_date": born},
                user="t",
            )
    with database.read_session() as session:
        for day in (date(2026, 2, 28), date(2026, 3, 1), date(2025, 12, 31)):
            rows = session.execute(
                select(models.NeetContact.birth_date, sql_column("contact_age", day))
            ).all()
            for born, age in rows:
                assert age == age_on(born, day), (born, day)


def test_a_meeting_names_its_organisations_and_a_resource_its_owner(database):
    with database.session() as session:
        narni = create_record(
            session,
            models.Organization,
            {"name": "Comune di Narni", "kind": "public_body"},
            user="t",
        )
        gone = create_record(
            session, models.Organization, {"name": "Chiusa", "kind": "public_body"}, user="t"
        )
        gone.deleted_at = models.utc_now()
        meeting = create_record(
            session,
            models.StakeholderMeeting,
            {"meeting_date": TODAY, "meeting_type": "bilateral"},
            user="t",
        )
        meeting.organizations.extend([narni, gone])
        create_record(
            session,
            models.UnusedResource,
            {
                "title": "Scuola",
                "category": "premises",
                "owner_organization_id": narni.id,
                "owner_name": "",
            },
            user="t",
        )
        create_record(
            session,
            models.UnusedResource,
            {"title": "Orto", "category": "land", "owner_name": "Mario Bianchi"},
            user="t",
        )
    with database.read_session() as session:
        [names] = computed(session, models.StakeholderMeeting, "meeting_organizations").values()
        owners = computed(session, models.UnusedResource, "resource_owner")
    assert names == "Comune di Narni"  # the one in the recycle bin is not named
    assert sorted(owners.values()) == ["Comune di Narni", "Mario Bianchi"]


def test_the_totals_line_counts_and_sums_what_the_list_shows(demo):
    shown = ["meeting_date", "topic", "participants_count"]
    assert summed_keys("meetings", shown) == ["participants_count"]
    with demo.read_session() as session:
        meetings = session.scalars(
            select(models.StakeholderMeeting).where(models.StakeholderMeeting.deleted_at.is_(None))
        ).all()
        everything = list_totals(session, "meetings", ListQuery(), shown)
        focus = ListQuery(filters={"type": "focus_group"})
        filtered = list_totals(session, "meetings", focus, shown)
        plain = list_totals(session, "meetings", focus)
    assert everything.count == len(meetings)
    assert everything.sums == {
        "participants_count": sum(m.participants_count or 0 for m in meetings)
    }
    groups = [m for m in meetings if m.meeting_type == "focus_group"]
    assert groups and filtered.count == len(groups) < len(meetings)
    assert filtered.sums["participants_count"] == sum(m.participants_count or 0 for m in groups)
    assert plain.count == len(groups) and plain.sums == {}


def test_no_sum_of_a_column_computed_per_row(demo):
    assert summed_keys("contacts", ["last_name", "visit_count", "labour_status_months"]) == [
        "labour_status_months"
    ]


def test_several_rows_are_deleted_in_one_transaction_or_none(demo):
    with demo.read_session() as session:
        rows = session.execute(
            select(models.NeetContact.id, models.NeetContact.version).limit(3)
        ).all()
    stale = [*rows[:2], (rows[2][0], rows[2][1] + 1)]  # the third changed since it was read
    with pytest.raises(StaleRecord), demo.session() as session:
        delete_rows(session, "contacts", stale, user="t")
    with demo.read_session() as session:
        assert (
            session.scalar(
                select(models.NeetContact.deleted_at).where(models.NeetContact.id == rows[0][0])
            )
            is None
        )  # nothing half done
    with demo.session() as session:
        assert delete_rows(session, "contacts", rows, user="t") == 3
    with demo.read_session() as session:
        ids = [row[0] for row in rows]
        bin_ = session.scalars(
            select(models.NeetContact.deleted_at).where(models.NeetContact.id.in_(ids))
        ).all()
        events = session.scalars(
            select(models.AuditEvent).where(models.AuditEvent.action == "delete")
        ).all()
    assert all(bin_) and len(events) == 3
