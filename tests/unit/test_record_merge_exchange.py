"""Records merge across devices (issue 21): a package from a laptop that still has the merged
record carries its change to the survivor; the merge itself travels to the laptop."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from socialneet_desktop.db import models
from socialneet_desktop.db.database import open_database
from socialneet_desktop.db.models_exchange import (
    ChangeLogEntry,
    ExchangeConflict,
    RecordTombstone,
)
from socialneet_desktop.services.exchange import devices
from socialneet_desktop.services.exchange.apply import import_package
from socialneet_desktop.services.exchange.conflict_review import (
    INCOMING,
    open_conflicts,
    resolve,
)
from socialneet_desktop.services.exchange.export import export_package
from socialneet_desktop.services.exchange.record_merge import RecordRef, merge_records
from socialneet_desktop.services.records import create_record, update_record
from tests.helpers_exchange import conflicts, snapshot

WORDS = "una frase lunga abbastanza"
CF = "RSSMRA01C12L117X"


def _uuid_of(database) -> str:
    with database.read_session() as session:
        return devices.this_device(session).uuid


def _send(source, target, tmp_path, name: str, for_device: str | None):
    path = tmp_path / f"{name}.snx"
    with source.session() as session:
        export_package(session, path, WORDS, for_device=for_device)
    return import_package(target, path, WORDS)


def _contact(session, first_name: str, **values):
    values = {"last_name": "Rossi", "first_name": first_name, "tax_code": CF, **values}
    return create_record(session, models.NeetContact, values, user="office")


def _by_uuid(session, uuid: str) -> models.NeetContact:
    return session.scalars(select(models.NeetContact).where(models.NeetContact.uuid == uuid)).one()


def _merged_on_the_office(tmp_path, *, edited: bool = True):
    """Office and laptop both hold X and Y (the same person; Y with a visit); the office
    merges Y into X, while the laptop, not knowing, changes Y's phone (`edited`)."""
    office = open_database(tmp_path / "office.sqlite")
    laptop = open_database(tmp_path / "laptop.sqlite")
    with office.session() as session:
        kept = _contact(session, "Mario", birth_date=date(2001, 3, 12))
        other = _contact(session, "Mario L.")
        create_record(
            session,
            models.MeetingPointVisit,
            {"contact_id": other.id, "visit_date": date(2025, 1, 9), "visit_type": "first"},
            user="office",
        )
        ids, uuids = (kept.id, other.id), (kept.uuid, other.uuid)
    _send(office, laptop, tmp_path, "full", None)  # the laptop gets both
    with office.session() as session:
        merge_records(
            session, RecordRef("contacts", ids[0]), RecordRef("contacts", ids[1]), [],
            user="office",
        )  # fmt: skip
    with laptop.session() as session:
        if not edited:
            return office, laptop, uuids
        theirs = _by_uuid(session, uuids[1])
        values = {"phone": "333 7654321"}
        update_record(session, models.NeetContact, theirs.id, theirs.version, values)
    return office, laptop, uuids


def test_a_change_for_the_merged_record_lands_on_the_survivor(tmp_path):
    office, laptop, (kept, merged) = _merged_on_the_office(tmp_path)
    try:
        report = _send(laptop, office, tmp_path, "from-laptop", _uuid_of(office))
        assert report.redirected >= 1
        with office.read_session() as session:
            assert _by_uuid(session, kept).phone == "333 7654321"
            assert _by_uuid(session, merged).deleted_at is not None
            visits = session.scalars(select(models.MeetingPointVisit)).all()
            assert [visit.contact_id for visit in visits] == [_by_uuid(session, kept).id]
    finally:
        office.close()
        laptop.close()


def test_the_merge_travels_to_the_laptop(tmp_path):
    office, laptop, (kept, merged) = _merged_on_the_office(tmp_path, edited=False)
    try:
        _send(office, laptop, tmp_path, "merge", None)  # the office has not met it yet
        with laptop.read_session() as session:
            survivor = _by_uuid(session, kept)
            assert (survivor.first_name, survivor.deleted_at) == ("Mario", None)
            assert _by_uuid(session, merged).deleted_at is not None
            assert session.get(RecordTombstone, merged).survivor_uuid == kept
            visits = session.scalars(select(models.MeetingPointVisit)).all()
            assert [visit.contact_id for visit in visits] == [survivor.id]
    finally:
        office.close()
        laptop.close()


def test_after_the_round_trip_both_hold_the_laptops_value_on_the_survivor(tmp_path):
    office, laptop, (kept, _merged) = _merged_on_the_office(tmp_path)
    try:
        _send(laptop, office, tmp_path, "from-laptop", _uuid_of(office))
        _send(office, laptop, tmp_path, "back", _uuid_of(laptop))
        for database in (office, laptop):
            with database.read_session() as session:
                assert _by_uuid(session, kept).phone == "333 7654321"
    finally:
        office.close()
        laptop.close()


def test_a_resolved_conflict_travels_and_wins_on_the_other_side(tmp_path):
    office = open_database(tmp_path / "office.sqlite")
    laptop = open_database(tmp_path / "laptop.sqlite")
    try:
        with office.session() as session:
            uuid = _contact(session, "Mario", phone="333 0000000").uuid
        _send(office, laptop, tmp_path, "full", None)
        _send(laptop, office, tmp_path, "hello", _uuid_of(office))  # they have met
        for database, phone in ((office, "333 1111111"), (laptop, "333 2222222")):
            with database.session() as session:
                contact = _by_uuid(session, uuid)
                values = {"phone": phone}
                update_record(session, models.NeetContact, contact.id, contact.version, values)
        _send(laptop, office, tmp_path, "edits", _uuid_of(office))
        with office.read_session() as session:
            groups = open_conflicts(session)
        assert [line.field for group in groups for line in group.lines] == ["phone"]
        line = groups[0].lines[0]
        with office.session() as session:  # the office takes the laptop's value
            resolve(session, line.conflict_id, INCOMING, user="carla")
        _send(office, laptop, tmp_path, "decision", _uuid_of(laptop))
        for database in (office, laptop):
            with database.read_session() as session:
                assert _by_uuid(session, uuid).phone == "333 2222222"
        with office.read_session() as session:
            open_rows = session.scalars(
                select(ExchangeConflict).where(ExchangeConflict.status == "open")
            ).all()
            assert open_rows == []
    finally:
        office.close()
        laptop.close()


def test_a_new_laptop_made_after_the_merge_has_the_merged_record_in_the_bin(tmp_path):
    office, laptop, (kept, merged) = _merged_on_the_office(tmp_path, edited=False)
    new = open_database(tmp_path / "new.sqlite")
    try:
        _send(office, new, tmp_path, "new-laptop", None)
        with new.read_session() as session:
            survivor = _by_uuid(session, kept)
            assert (survivor.first_name, survivor.deleted_at) == ("Mario", None)
            assert _by_uuid(session, merged).deleted_at is not None
            visits = session.scalars(select(models.MeetingPointVisit)).all()
            assert [visit.contact_id for visit in visits] == [survivor.id]
    finally:
        office.close()
        laptop.close()
        new.close()


def test_the_same_laptop_package_twice_takes_its_change_onto_the_survivor_once(tmp_path):
    office, laptop, (kept, _merged) = _merged_on_the_office(tmp_path)
    try:
        path = tmp_path / "from-laptop.snx"
        with laptop.session() as session:
            export_package(session, path, WORDS, for_device=_uuid_of(office))
        import_package(office, path, WORDS)
        again = import_package(office, path, WORDS)
        assert (again.updated, again.conflicts) == (0, 0)
        this = _uuid_of(office)
        with office.read_session() as session:
            logged = session.scalars(
                select(ChangeLogEntry.clock_device).where(
                    ChangeLogEntry.record_uuid == kept, ChangeLogEntry.field == "phone"
                )
            ).all()
        assert sorted(logged) == sorted([_uuid_of(laptop), this])  # theirs, and ours once
    finally:
        office.close()
        laptop.close()


def test_a_third_device_gets_the_laptops_value_on_the_survivor(tmp_path):
    office, laptop, (kept, merged) = _merged_on_the_office(tmp_path)
    other = open_database(tmp_path / "other.sqlite")
    try:
        _send(laptop, office, tmp_path, "from-laptop", _uuid_of(office))
        _send(office, other, tmp_path, "to-other", None)
        _send(office, laptop, tmp_path, "back", _uuid_of(laptop))
        for database in (office, laptop, other):
            with database.read_session() as session:
                survivor = _by_uuid(session, kept)
                assert (survivor.phone, survivor.deleted_at) == ("333 7654321", None)
                assert _by_uuid(session, merged).deleted_at is not None
        assert snapshot(office) == snapshot(laptop) == snapshot(other)  # the merged one too
        assert conflicts(office) == []  # an edit of what the merge deleted: not a conflict
    finally:
        office.close()
        laptop.close()
        other.close()
