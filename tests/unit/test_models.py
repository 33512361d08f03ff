"""The data model on a real SQLite file: common columns, relations, optimistic locking."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from socialneet_desktop.db.models import (
    ContactPerson,
    MeetingPointVisit,
    NeetContact,
    Organization,
    StakeholderMeeting,
    UnusedResource,
)
from socialneet_desktop.services.records import StaleRecord, update_record


def add_organization(database, name="Comune di Narni") -> int:
    with database.session() as session:
        organization = Organization(name=name, kind="public_body", municipality_code="F844")
        session.add(organization)
        session.flush()
        return organization.id


def test_records_get_identity_and_bookkeeping_columns(database):
    organization_id = add_organization(database)
    with database.session() as session:
        organization = session.get(Organization, organization_id)
        assert len(organization.uuid) == 36
        assert organization.version == 1
        assert organization.created_at is not None and organization.deleted_at is None


def test_every_save_raises_the_version(database):
    organization_id = add_organization(database)
    with database.session() as session:
        session.get(Organization, organization_id).phone = "0744 123456"
    with database.session() as session:
        assert session.get(Organization, organization_id).version == 2


def test_a_stale_save_is_refused_not_overwritten(database):
    organization_id = add_organization(database)
    with database.read_session() as session:
        opened_version = session.get(Organization, organization_id).version
    with database.session() as other_user:
        update_record(
            other_user, Organization, organization_id, opened_version, {"phone": "0744 000001"}
        )
    with pytest.raises(StaleRecord), database.session() as session:
        update_record(
            session, Organization, organization_id, opened_version, {"phone": "0744 999999"}
        )
    with database.read_session() as session:
        assert session.get(Organization, organization_id).phone == "0744 000001"


def test_overlapping_flushes_of_one_record_cannot_both_win(database):
    organization_id = add_organization(database)
    with database.read_session() as reader:
        snapshot = reader.get(Organization, organization_id)
        with database.session() as writer:
            writer.get(Organization, organization_id).phone = "0744 000001"
    with database.session() as late:
        late.add(snapshot)  # the object still says version 1
        snapshot.phone = "0744 999999"
        with pytest.raises(StaleDataError):
            late.flush()
        late.rollback()


def test_a_visit_needs_an_existing_contact(database):
    with pytest.raises(IntegrityError), database.session() as session:
        session.add(
            MeetingPointVisit(
                contact_id=4242, visit_date=date(2026, 3, 2), visit_type="orientation"
            )
        )


def test_contacts_visits_meetings_and_resources_link_up(database):
    organization_id = add_organization(database)
    with database.session() as session:
        contact = NeetContact(first_name="Niccolò", last_name="D'Angelo", gender="male")
        contact.visits.append(
            MeetingPointVisit(visit_date=date(2026, 3, 2), visit_type="first_reception")
        )
        organization = session.get(Organization, organization_id)
        session.add_all(
            [
                contact,
                StakeholderMeeting(
                    meeting_date=date(2026, 4, 1),
                    meeting_type="bilateral",
                    activity_code="2.3.8",
                    organizations=[organization],
                ),
                UnusedResource(
                    title="Ex scuola di Collestatte", category="premises", owner=organization
                ),
            ]
        )
    with database.session() as session:
        contact = session.scalars(select(NeetContact)).one()
        assert contact.first_name == "Niccolò"
        assert [visit.visit_type for visit in contact.visits] == ["first_reception"]
        meeting = session.scalars(select(StakeholderMeeting)).one()
        assert [o.name for o in meeting.organizations] == ["Comune di Narni"]
        assert session.scalars(select(UnusedResource)).one().status == "reported"


def test_every_record_kind_names_its_model_and_table():
    from socialneet_desktop.db.models import RECORD_CLASSES
    from socialneet_desktop.services.record_kinds import ALL_KINDS, RECORD_KINDS

    for kind in ALL_KINDS:
        assert kind.model.__tablename__ == kind.table_name
    # every record table is a kind; those without a list of their own are edited inside
    # another's editor (contact people, course sessions and attendance, weekly hours …)
    assert {kind.model for kind in ALL_KINDS} == set(RECORD_CLASSES)
    unlisted = {kind.model for kind in ALL_KINDS if not kind.listed}
    assert {kind.model for kind in RECORD_KINDS} == set(RECORD_CLASSES) - unlisted
    assert ContactPerson in unlisted
