"""Exchange between devices (issue 21): device identity, the change log every writer leaves,
packages (refusals, idempotence, acknowledgements), the merge rules, erasures, tombstones."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest
from sqlalchemy import func, select, text

from socialneet_desktop.db.database import open_database
from socialneet_desktop.db.models import (
    ContactPerson,
    ErasureEntry,
    NeetContact,
    Organization,
    StakeholderMeeting,
)
from socialneet_desktop.db.models_exchange import (
    ChangeLogEntry,
    Device,
    ExchangeConflict,
    RecordTombstone,
)
from socialneet_desktop.services import privacy, records
from socialneet_desktop.services.exchange import apply, devices, export, package
from tests.helpers_exchange import (
    PASSPHRASE,
    Post,
    conflicts,
    migrated_template,
    new_device,
    snapshot,
)


@pytest.fixture
def trio(tmp_path):
    template = migrated_template(tmp_path)
    made = [
        new_device(template, tmp_path / f"{name}.sqlite", name)
        for name in ("Ufficio", "Portatile Anna", "Portatile Marco")
    ]
    yield made
    for database in made:
        database.close()


def _org(database, name="Acme", **extra):
    with database.session() as session:
        values = {"name": name, "kind": "enterprise", **extra}
        return records.create_record(session, Organization, values, user="anna").uuid


def _edit(database, model, uuid, user="anna", **values):
    with database.session() as session:
        record = session.scalars(select(model).where(model.uuid == uuid)).one()
        records.update_record(session, model, record.id, record.version, values, user=user)


def _get(database, model, uuid):
    with database.read_session() as session:
        record = session.scalars(select(model).where(model.uuid == uuid)).one()
        session.expunge(record)
        return record


def _log(database, uuid):
    with database.read_session() as session:
        statement = select(ChangeLogEntry).where(ChangeLogEntry.record_uuid == uuid)
        statement = statement.order_by(ChangeLogEntry.id)
        return [(e.field, json.loads(e.value), e.operation) for e in session.scalars(statement)]


# --- devices and clocks ---------------------------------------------------------------------


def test_a_new_database_has_its_device_identity_and_the_name_can_change(tmp_path):
    database = open_database(tmp_path / "new.sqlite")
    with database.session() as session:
        device = devices.this_device(session)
        assert len(device.uuid) == 36 and device.name
        devices.rename(session, "  Portatile Anna ")
    with database.read_session() as session:
        assert devices.this_device(session).name == "Portatile Anna"
        with pytest.raises(devices.BadDeviceName):
            devices.rename(session, "   ")
    database.close()


def test_clocks_stay_monotonic_when_the_computer_clock_goes_back(trio, monkeypatch):
    office = trio[0]
    uuid = _org(office)
    from socialneet_desktop.services.exchange import clock

    real = clock.now_ms()
    monkeypatch.setattr(clock, "now_ms", lambda: real - 3_600_000)  # an hour back
    _edit(office, Organization, uuid, phone="1")
    _edit(office, Organization, uuid, phone="2")
    with office.read_session() as session:
        stamps = list(session.scalars(select(ChangeLogEntry.clock).order_by(ChangeLogEntry.id)))
    assert stamps == sorted(stamps) and len(set(stamps)) == 3


def test_every_writer_leaves_a_change_row_per_field(trio):
    from socialneet_desktop.db.models_path import Placement, PlacementHours, ProjectIdea
    from socialneet_desktop.services import idea_records, import_batches, placement_weeks

    office = trio[0]
    uuid = _org(office)
    assert _log(office, uuid)[0][0] == "*" and _log(office, uuid)[0][1]["name"] == "Acme"
    _edit(office, Organization, uuid, phone="0744", email="a@b.it")
    assert {row[0] for row in _log(office, uuid)[1:]} == {"phone", "email"}
    with office.session() as session:
        org = session.scalars(select(Organization).where(Organization.uuid == uuid)).one()
        records.delete_record(session, Organization, org.id, org.version, user="anna")
    with office.session() as session:
        org = session.scalars(select(Organization).where(Organization.uuid == uuid)).one()
        records.restore_record(session, Organization, org.id, user="anna")
    operations = [row[2] for row in _log(office, uuid)]
    assert operations[-2:] == ["delete", "restore"]
    with office.session() as session:  # bulk (imports) and meeting links
        org_id = session.scalars(select(Organization.id).where(Organization.uuid == uuid)).one()
        [person_id] = records.create_records(
            session, ContactPerson, [{"organization_id": org_id, "last_name": "Rossi"}], user="i"
        )
        meeting = records.create_record(
            session,
            StakeholderMeeting,
            {"meeting_date": date(2025, 3, 1), "meeting_type": "bilateral", "topic": "x"},
            user="anna",
        )
    with office.session() as session:
        meeting = session.get(StakeholderMeeting, meeting.id)
        records.set_meeting_links(session, meeting, [org_id], [person_id], user="anna")
        meeting_uuid = meeting.uuid
        person_uuid = session.get(ContactPerson, person_id).uuid
    assert _log(office, person_uuid)[0][1]["organization_id"] == uuid  # by uuid, not id
    links = {row[0]: row[1] for row in _log(office, meeting_uuid)}
    assert links["organizations"] == [uuid] and links["people"] == [person_uuid]
    with office.session() as session:  # an idea's team, placement hours
        contact = records.create_record(
            session, NeetContact, {"first_name": "Lia", "last_name": "Neri"}, user="anna"
        )
        idea = records.create_record(session, ProjectIdea, {"title": "Bottega"}, user="anna")
        placement = records.create_record(
            session,
            Placement,
            {
                "contact_id": contact.id,
                "host_organization_id": org_id,
                "start_date": date(2025, 1, 6),
            },
            user="anna",
        )
    with office.session() as session:
        idea = session.get(ProjectIdea, idea.id)
        idea_records.set_team(session, idea, [contact.id], user="anna")
        lines = [placement_weeks.WeekLine(date(2025, 1, 6), hours=20.0)]
        placement_weeks.save_lines(session, placement.id, lines, user="anna")
        hours_uuid = session.get(PlacementHours, lines[0].record_id).uuid
    assert [row[1] for row in _log(office, idea.uuid) if row[0] == "members"] == [[contact.uuid]]
    assert _log(office, hours_uuid)[0][1]["hours"] == 20.0
    with office.session() as session:  # an import's undo
        number = import_batches.record_batch(
            session, "i", "file.xlsx", {}, {"contact_people": [person_id]}, []
        )
    with office.session() as session:
        import_batches.undo_batch(session, number, "anna")
    assert _log(office, person_uuid)[-1][0] == "deleted_at"
    with office.session() as session:  # the erasure blanks what the log held of the person
        privacy.erase_contact(session, contact.id, user="anna", reason="request")
    erased = _log(office, contact.uuid)
    assert erased[-1][2] == "erase" and all(row[1] is None for row in erased[:-1])
    with office.read_session() as session:
        assert "Lia" not in " ".join(session.scalars(select(ChangeLogEntry.value)))


# --- packages ---------------------------------------------------------------------------------


def test_full_package_makes_a_new_laptop_and_receiving_twice_changes_nothing(trio, tmp_path):
    office, anna, _marco = trio
    uuid = _org(office, phone="0744")
    post = Post(tmp_path)
    path = post.prepare(office, anna, full=True)
    first = apply.import_package(anna, path, PASSPHRASE)
    assert (first.created, first.source) == (1, "Ufficio")
    again = apply.import_package(anna, path, PASSPHRASE)
    assert (again.created, again.updated, again.unchanged, again.conflicts) == (0, 0, 1, 0)
    assert _get(anna, Organization, uuid).phone == "0744"
    assert snapshot(anna) == snapshot(office)


def test_the_next_package_leaves_out_what_the_other_acknowledged(trio, tmp_path):
    office, anna, _marco = trio
    post = Post(tmp_path)
    _org(office)
    post.send(office, anna, full=True)
    post.send(anna, office)  # carries anna's acknowledgement of the office's log
    second = post.prepare(office, anna)
    assert package.read(second, PASSPHRASE).changes == []
    _org(office, name="Beta")
    third = package.read(post.prepare(office, anna), PASSPHRASE)
    assert [json.loads(row[4])["name"] for row in third.changes] == ["Beta"]


def test_an_existing_out_file_is_not_overwritten(trio, tmp_path):
    office = trio[0]
    out = tmp_path / "kept.snx"
    out.write_bytes(b"mine")
    with office.session() as session, pytest.raises(Exception, match="already exists"):
        export.export_package(session, out, PASSPHRASE)
    assert out.read_bytes() == b"mine"


def test_wrong_passphrase_damaged_foreign_and_newer_packages_are_refused(trio, tmp_path):
    office, anna, _marco = trio
    _org(office)
    path = Post(tmp_path).prepare(office, anna, full=True)
    before = snapshot(anna)
    with pytest.raises(package.PackageRefused) as refused:
        apply.import_package(anna, path, "another long passphrase")
    assert refused.value.message == package.WRONG_PASSPHRASE
    damaged = tmp_path / "damaged.snx"
    data = bytearray(path.read_bytes())
    data[-20] ^= 0xFF
    damaged.write_bytes(bytes(data))
    with pytest.raises(package.PackageRefused) as refused:
        apply.import_package(anna, damaged, PASSPHRASE)
    assert refused.value.message == package.DAMAGED
    foreign = tmp_path / "foreign.snx"
    foreign.write_bytes(b"PK\x03\x04 a zip file")
    with pytest.raises(package.PackageRefused) as refused:
        apply.import_package(anna, foreign, PASSPHRASE)
    assert refused.value.message == package.NOT_A_PACKAGE
    with office.session() as session:
        newer = export.build(session)
    newer.manifest["schema_revision"] = "9999"
    future = tmp_path / "future.snx"
    future.write_bytes(package.encode(newer, PASSPHRASE))
    with pytest.raises(package.PackageRefused) as refused:
        apply.import_package(anna, future, PASSPHRASE)
    assert refused.value.message == apply.NEWER_SCHEMA
    assert snapshot(anna) == before


# --- merge rules ----------------------------------------------------------------------------


def test_different_fields_merge_and_the_same_field_is_one_conflict(trio, tmp_path):
    office, anna, _marco = trio
    post = Post(tmp_path)
    uuid = _org(office)
    post.send(office, anna, full=True)
    _edit(office, Organization, uuid, user="sara", phone="111", email="u@x.it")
    _edit(anna, Organization, uuid, user="anna", phone="222", website="w.it")
    report = post.send(anna, office)
    assert (report.updated, report.conflicts) == (1, 1)
    post.send(office, anna)
    for database in (office, anna):
        merged = _get(database, Organization, uuid)
        assert (merged.email, merged.website) == ("u@x.it", "w.it")
    assert _get(office, Organization, uuid).phone == _get(anna, Organization, uuid).phone
    assert len(conflicts(office)) == 1 and conflicts(anna) == []
    with office.read_session() as session:
        conflict = session.scalars(select(ExchangeConflict)).one()
        assert (conflict.field, conflict.status, conflict.reason) == ("phone", "open", "field")
        assert {conflict.local_user, conflict.incoming_user} == {"sara", "anna"}
        assert {json.loads(conflict.local_value), json.loads(conflict.incoming_value)} == {
            "111",
            "222",
        }
    post.send(anna, office)  # once more: nothing new, no second conflict
    assert len(conflicts(office)) == 1


def test_an_edit_against_a_deletion_is_a_conflict(trio, tmp_path):
    office, anna, _marco = trio
    post = Post(tmp_path)
    uuid = _org(office)
    post.send(office, anna, full=True)
    with office.session() as session:
        org = session.scalars(select(Organization).where(Organization.uuid == uuid)).one()
        records.delete_record(session, Organization, org.id, org.version, user="sara")
    _edit(anna, Organization, uuid, notes="still active")
    report = post.send(anna, office)
    assert report.conflicts == 1
    [(_uuid, field, reason, _l, _i)] = conflicts(office)
    assert (field, reason) == ("deleted_at", "deleted")
    post.send(office, anna)
    for database in (office, anna):
        record = _get(database, Organization, uuid)
        assert record.deleted_at is not None and record.notes == "still active"


def test_an_erased_person_stays_erased(trio, tmp_path):
    office, anna, marco = trio
    post = Post(tmp_path)
    with office.session() as session:
        values = {"first_name": "Giulia", "last_name": "Bianchi", "phone": "333 1234567"}
        contact = records.create_record(session, NeetContact, values, user="sara")
        uuid, contact_id = contact.uuid, contact.id
    post.send(office, anna, full=True)
    post.send(office, marco, full=True)
    with office.session() as session:
        privacy.erase_contact(session, contact_id, user="sara", reason="art. 17")
    _edit(anna, NeetContact, uuid, phone="333 7654321", notes="Giulia called")
    report = post.send(anna, office)
    assert report.erased_dropped == 1
    post.send(office, marco)
    post.send(office, anna)
    post.send(anna, marco)
    for database in (office, anna, marco):
        person = _get(database, NeetContact, uuid)
        assert person.anonymised_at is not None
        assert "Giulia" not in (person.first_name, person.notes) and person.phone == ""
        with database.read_session() as session:
            assert session.get(ErasureEntry, uuid) is not None
            logged = " ".join(session.scalars(select(ChangeLogEntry.value)))
            assert "Giulia" not in logged and "7654321" not in logged


def test_a_change_for_a_merged_record_goes_to_its_survivor(trio, tmp_path):
    office, anna, _marco = trio
    post = Post(tmp_path)
    old, survivor = _org(office, name="Acme srl"), _org(office, name="ACME S.r.l.")
    post.send(office, anna, full=True)
    with office.session() as session:  # what the records merge leaves (exchange21ui's)
        session.add(RecordTombstone(uuid=old, kind="organizations", survivor_uuid=survivor))
        org = session.scalars(select(Organization).where(Organization.uuid == old)).one()
        records.delete_record(session, Organization, org.id, org.version, user="sara")
    _edit(anna, Organization, old, phone="0744 1")
    report = post.send(anna, office)
    assert report.redirected == 1
    assert _get(office, Organization, survivor).phone == "0744 1"


def test_the_same_tax_code_on_two_laptops_is_found_after_the_merge(trio, tmp_path):
    office, anna, marco = trio
    post = Post(tmp_path)
    post.send(office, anna, full=True)
    post.send(office, marco, full=True)
    for database, first in ((anna, "Mario"), (marco, "MARIO")):
        with database.session() as session:
            values = {"first_name": first, "last_name": "Rossi", "tax_code": "RSSMRA85M01L117Q"}
            records.create_record(session, NeetContact, values, user="x")
    post.send(anna, office)
    report = post.send(marco, office)
    assert (report.created, report.duplicates) == (1, 1)


def test_records_older_than_the_change_log_travel_in_a_full_package(trio, tmp_path):
    office, anna, _marco = trio
    uuid = _org(office, phone="0744")
    with office.session() as session:  # as a file made before migration 0009 has them
        session.execute(text("DELETE FROM change_log"))
    report = Post(tmp_path).send(office, anna, full=True)
    assert report.created == 1 and _get(anna, Organization, uuid).phone == "0744"


def test_the_package_is_encrypted(trio, tmp_path):
    office, anna, _marco = trio
    _org(office, name="Cooperativa Il Cammino")
    path = Post(tmp_path).prepare(office, anna, full=True)
    assert b"Cammino" not in path.read_bytes()
    with sqlite3.connect(path) as connection, pytest.raises(sqlite3.DatabaseError):
        connection.execute("SELECT 1 FROM sqlite_master").fetchall()


def test_the_office_server_exchanges_like_a_laptop(engine_database, tmp_path):
    """The office server (PostgreSQL) as one of the devices: a laptop's package in, the
    server's package out to a new laptop (runs on both engines)."""
    template = migrated_template(tmp_path)
    laptop = new_device(template, tmp_path / "laptop.sqlite", "Portatile")
    other = new_device(template, tmp_path / "other.sqlite", "Portatile 2")
    post = Post(tmp_path)
    uuid = _org(laptop, name="Comune di Narni", phone="0744 1")
    assert post.send(laptop, engine_database).created == 1
    _edit(engine_database, Organization, uuid, phone="0744 2")
    assert post.send(engine_database, laptop).updated == 1
    post.send(engine_database, other, full=True)
    assert snapshot(laptop) == snapshot(engine_database) == snapshot(other)
    with engine_database.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Device)) == 2  # itself, the laptop
    laptop.close()
    other.close()


def test_the_free_text_of_an_erased_persons_visit_does_not_come_back(trio, tmp_path):
    from socialneet_desktop.db.models import MeetingPointVisit

    office, anna, _marco = trio
    post = Post(tmp_path)
    with office.session() as session:
        contact = records.create_record(
            session, NeetContact, {"first_name": "Carla", "last_name": "Verdi"}, user="sara"
        )
        values = {"contact_id": contact.id, "visit_date": date(2025, 2, 3)}
        visit = records.create_record(
            session, MeetingPointVisit, {**values, "visit_type": "orientation"}, user="sara"
        )
        contact_id, visit_uuid = contact.id, visit.uuid
    post.send(office, anna, full=True)
    with office.session() as session:
        privacy.erase_contact(session, contact_id, user="sara", reason="art. 17")
    _edit(anna, MeetingPointVisit, visit_uuid, summary="Carla wants to be a baker")
    post.send(anna, office)
    post.send(office, anna)
    for database in (office, anna):
        assert _get(database, MeetingPointVisit, visit_uuid).summary == ""
