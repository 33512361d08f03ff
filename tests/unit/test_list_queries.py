"""The list queries against a real SQLite demo database, checked against plain Python."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, update

from socialneet_desktop.db import models
from socialneet_desktop.domain.age import age_band
from socialneet_desktop.services.demo import fill_demo
from socialneet_desktop.services.list_queries import (
    ListQuery,
    count_rows,
    fetch_page,
    rows_select,
    years_before,
)

TODAY = date.today()


@pytest.fixture
def demo(database):
    fill_demo(database, contacts=300, seed=3)
    with database.session() as session:  # two contacts in the recycle bin
        session.execute(
            update(models.NeetContact)
            .where(models.NeetContact.id.in_([1, 2]))
            .values(deleted_at=models.utc_now())
        )
    return database


def all_contacts(database) -> list[models.NeetContact]:
    with database.read_session() as session:
        statement = select(models.NeetContact).where(models.NeetContact.deleted_at.is_(None))
        return list(session.scalars(statement))


def ids(database, kind: str, query: ListQuery) -> list[int]:
    with database.read_session() as session:
        rows = session.execute(rows_select(kind, query)).all()
    return [row[-2] for row in rows]


def test_rows_follow_the_column_specs_then_id_and_version(demo):
    with demo.read_session() as session:
        row = fetch_page(session, "contacts", ListQuery(), 0, 1)[0]
        contact = session.get(models.NeetContact, row[-2])
    assert row[:2] == (contact.last_name, contact.first_name) and row[-1] == contact.version


def test_deleted_rows_are_left_out(demo):
    found = ids(demo, "contacts", ListQuery())
    assert 1 not in found and 2 not in found and len(found) == 298


def test_search_matches_every_word_in_any_main_column(demo):
    people = all_contacts(demo)
    target = people[10]
    words = f"{target.last_name[:3].lower()} {target.first_name[1:4].upper()}"
    expected = {
        p.id
        for p in people
        if all(
            any(
                w.lower() in v.lower()
                for v in (p.last_name, p.first_name, p.tax_code, p.email, p.phone)
            )
            for w in words.split()
        )
    }
    assert target.id in expected
    assert set(ids(demo, "contacts", ListQuery(words))) == expected
    with demo.read_session() as session:
        assert count_rows(session, "contacts", ListQuery(words)) == len(expected)


def test_search_treats_like_wildcards_literally(demo):
    assert ids(demo, "contacts", ListQuery("%")) == []
    assert ids(demo, "contacts", ListQuery("_")) == []


def test_visits_search_the_contact_name_and_show_it(demo):
    target = all_contacts(demo)[5]
    with demo.read_session() as session:
        rows = session.execute(rows_select("visits", ListQuery(target.last_name))).all()
    assert rows and all(target.last_name.lower() in row[2].lower() for row in rows)
    assert f"{target.last_name} {target.first_name}" in {row[2] for row in rows}


@pytest.mark.parametrize("band", ["<15", "15-19", "20-24", "25-29", "30+"])
def test_age_band_filter(demo, band):
    expected = {
        p.id for p in all_contacts(demo) if p.birth_date and age_band(p.birth_date, TODAY) == band
    }
    assert set(ids(demo, "contacts", ListQuery(filters={"age_band": band}))) == expected


def test_years_before_moves_29_february_to_the_28th():
    assert years_before(date(2028, 2, 29), 18) == date(2010, 2, 28)


def test_contact_filters_combine(demo):
    people = all_contacts(demo)
    town = people[0].residence_municipality_code
    filters = {"municipality": town, "gender": "female", "consent": True}
    expected = {
        p.id
        for p in people
        if p.residence_municipality_code == town and p.gender == "female" and p.consent_contact
    }
    assert set(ids(demo, "contacts", ListQuery(filters=filters))) == expected


def test_visit_date_range_and_type(demo):
    start, end = date(TODAY.year - 1, 1, 1), date(TODAY.year - 1, 6, 30)
    filters = {"date_from": start, "date_to": end, "type": "orientation"}
    with demo.read_session() as session:
        visits = session.scalars(select(models.MeetingPointVisit)).all()
        expected = {
            v.id
            for v in visits
            if start <= v.visit_date <= end and v.visit_type == "orientation" and not v.deleted_at
        }
    assert expected and set(ids(demo, "visits", ListQuery(filters=filters))) == expected


def test_resource_and_organization_filters(demo):
    with demo.read_session() as session:
        resources = session.scalars(select(models.UnusedResource)).all()
        organizations = session.scalars(select(models.Organization)).all()
    first = resources[0]
    filters = {"status": first.status, "category": first.category}
    expected = {r.id for r in resources if (r.status, r.category) == (first.status, first.category)}
    assert set(ids(demo, "resources", ListQuery(filters=filters))) == expected
    org = organizations[0]
    filters = {"kind": org.kind, "municipality": org.municipality_code}
    expected = {
        o.id
        for o in organizations
        if (o.kind, o.municipality_code) == (org.kind, org.municipality_code)
    }
    assert set(ids(demo, "organizations", ListQuery(filters=filters))) == expected


@pytest.mark.parametrize("descending", [False, True])
def test_sort_by_birth_date(demo, descending):
    people = all_contacts(demo)
    found = ids(demo, "contacts", ListQuery(sort_key="birth_date", descending=descending))
    by_id = {p.id: p for p in people}
    dates = [by_id[i].birth_date for i in found]
    assert dates == sorted(dates, reverse=descending)


def test_default_sort_is_by_name_and_unknown_keys_fall_back_to_it(demo):
    people = sorted(all_contacts(demo), key=lambda p: (p.last_name, p.first_name, p.id))
    assert ids(demo, "contacts", ListQuery(sort_key="no_such_column")) == [p.id for p in people]


def test_pages_join_up_to_the_whole_list(demo):
    whole = ids(demo, "contacts", ListQuery())
    with demo.read_session() as session:
        pages = [
            fetch_page(session, "contacts", ListQuery(), offset, 70)
            for offset in (0, 70, 140, 210, 280)
        ]
    assert [row[-2] for page in pages for row in page] == whole
    assert len(pages[-1]) == 298 - 280
