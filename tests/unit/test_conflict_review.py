"""Conflict review (issue 21): open conflicts grouped by record; a decision is a normal save
that writes its own change row (so it travels on), and closes the conflict with who and when."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from sqlalchemy import select

from socialneet_desktop.db import models
from socialneet_desktop.db.models_exchange import ChangeLogEntry, ExchangeConflict
from socialneet_desktop.services.exchange.conflict_review import (
    INCOMING,
    LOCAL,
    TYPED,
    ConflictGone,
    open_conflict_count,
    open_conflicts,
    resolve,
)
from socialneet_desktop.services.exchange.conflict_values import ValueRefused, typed_value
from socialneet_desktop.services.exchange.devices import remember, this_device
from socialneet_desktop.services.records import create_record, delete_record

USER = "anna"
OTHER = "0f0f0f0f-0000-4000-8000-000000000002"


def _contact(database, **values) -> tuple[int, str]:
    with database.session() as session:
        contact = create_record(
            session,
            models.NeetContact,
            {"last_name": "Rossi", "first_name": "Mario", **values},
            user=USER,
        )
        return contact.id, contact.uuid


def _conflict(database, uuid: str, field: str, local, incoming, applied=INCOMING) -> int:
    with database.session() as session:
        remember(session, OTHER, "Portatile Bruno")
        here = this_device(session)
        conflict = ExchangeConflict(
            kind="contacts",
            record_uuid=uuid,
            field=field,
            reason="deleted" if field == "deleted_at" else "field",
            local_value=json.dumps(local),
            local_device=here.uuid,
            local_user=USER,
            local_at=datetime(2026, 11, 30, 9, 0),
            incoming_value=json.dumps(incoming),
            incoming_device=OTHER,
            incoming_user="bruno",
            incoming_at=datetime(2026, 11, 30, 10, 0),
            applied=applied,
        )
        session.add(conflict)
        session.flush()
        return conflict.id


def _log(session, uuid: str, field: str) -> list[ChangeLogEntry]:
    query = select(ChangeLogEntry).where(
        ChangeLogEntry.record_uuid == uuid, ChangeLogEntry.field == field
    )
    return list(session.scalars(query.order_by(ChangeLogEntry.clock)))


def test_open_conflicts_come_grouped_by_record_with_both_sides(database):
    record_id, uuid = _contact(database, phone="333 2222222")
    _conflict(database, uuid, "phone", "333 1111111", "333 2222222")
    with database.session() as session:
        session.add(
            ExchangeConflict(
                kind="contacts",
                record_uuid=uuid,
                field="email",
                local_value='"a@x.it"',
                incoming_value='"b@x.it"',
                incoming_device=OTHER,
                applied=LOCAL,
            )
        )
    with database.read_session() as session:
        groups = open_conflicts(session)
        assert open_conflict_count(session) == 2
    assert len(groups) == 1
    group = groups[0]
    assert (group.kind_key, group.record_id) == ("contacts", record_id)
    assert "Rossi" in group.label
    assert [line.field for line in group.lines] == ["phone", "email"]
    phone = group.lines[0]
    assert (phone.this.value, phone.other.value) == ("333 1111111", "333 2222222")
    assert phone.other.device == "Portatile Bruno" and phone.other.user == "bruno"


def test_keeping_this_computers_value_writes_it_as_a_new_change(database):
    record_id, uuid = _contact(database, phone="333 2222222")
    conflict_id = _conflict(database, uuid, "phone", "333 1111111", "333 2222222")
    with database.read_session() as session:
        before = _log(session, uuid, "*") + _log(session, uuid, "phone")
    with database.session() as session:
        resolve(session, conflict_id, LOCAL, user="carla")
    with database.read_session() as session:
        assert session.get(models.NeetContact, record_id).phone == "333 1111111"
        rows = _log(session, uuid, "phone")
        assert json.loads(rows[-1].value) == "333 1111111"
        assert rows[-1].clock > max(row.clock for row in before)
        conflict = session.get(ExchangeConflict, conflict_id)
        assert (conflict.status, conflict.resolved_by) == ("resolved", "carla")
        assert conflict.resolved_at is not None
        assert open_conflict_count(session) == 0


def test_taking_the_value_already_applied_still_writes_a_change(database):
    """The record holds the other's value already; the decision must still travel, or the
    other computer (where this computer's value may have won) keeps its own."""
    record_id, uuid = _contact(database, phone="333 2222222")
    conflict_id = _conflict(database, uuid, "phone", "333 1111111", "333 2222222")
    with database.read_session() as session:
        version = session.get(models.NeetContact, record_id).version
        logged = len(_log(session, uuid, "phone"))
    with database.session() as session:
        resolve(session, conflict_id, INCOMING, user="carla")
    with database.read_session() as session:
        contact = session.get(models.NeetContact, record_id)
        assert contact.phone == "333 2222222" and contact.version == version + 1
        rows = _log(session, uuid, "phone")
        assert len(rows) == logged + 1 and json.loads(rows[-1].value) == "333 2222222"


def test_a_typed_value_is_checked_then_saved(database):
    record_id, uuid = _contact(database, birth_date=date(2001, 3, 12))
    conflict_id = _conflict(database, uuid, "birth_date", "2001-03-12", "2001-12-03")
    model = models.NeetContact
    with pytest.raises(ValueRefused) as refused:
        typed_value(model, "birth_date", "Birth date", "31/02/2001")
    assert refused.value.problem.args == ("Birth date",)
    with pytest.raises(ValueRefused):
        typed_value(model, "deleted_at", "In the recycle bin", "")
    value = typed_value(model, "birth_date", "Birth date", "13/03/2001")
    with database.session() as session:
        resolve(session, conflict_id, TYPED, user="carla", typed=value)
    with database.read_session() as session:
        assert session.get(models.NeetContact, record_id).birth_date == date(2001, 3, 13)
        assert json.loads(_log(session, uuid, "birth_date")[-1].value) == "2001-03-13"


def test_an_edit_against_a_deletion_can_keep_the_record(database):
    record_id, uuid = _contact(database)
    with database.session() as session:
        contact = session.get(models.NeetContact, record_id)
        delete_record(session, models.NeetContact, record_id, contact.version, user="bruno")
    conflict_id = _conflict(database, uuid, "deleted_at", None, "2026-11-30T10:00:00")
    with database.session() as session:
        resolve(session, conflict_id, LOCAL, user="carla")
    with database.read_session() as session:
        assert session.get(models.NeetContact, record_id).deleted_at is None
        assert json.loads(_log(session, uuid, "deleted_at")[-1].value) is None


def test_a_conflict_resolved_meanwhile_is_told(database):
    record_id, uuid = _contact(database, phone="333 2222222")
    conflict_id = _conflict(database, uuid, "phone", "333 1111111", "333 2222222")
    with database.session() as session:
        resolve(session, conflict_id, LOCAL, user="carla")
    with database.session() as session, pytest.raises(ConflictGone):
        resolve(session, conflict_id, INCOMING, user="dario")
    with database.read_session() as session:
        assert session.get(models.NeetContact, record_id).phone == "333 1111111"


def test_a_decision_and_a_merge_on_both_engines(engine_database):
    """The office server (PostgreSQL) is a device too: the review and the records merge run
    there the same."""
    from socialneet_desktop.services.exchange.record_merge import RecordRef, merge_records

    database = engine_database
    record_id, uuid = _contact(database, phone="333 2222222")
    other_id, _other = _contact(database, phone="333 9999999")
    conflict_id = _conflict(database, uuid, "phone", "333 1111111", "333 2222222")
    with database.session() as session:
        assert open_conflict_count(session) == 1
        resolve(session, conflict_id, LOCAL, user="carla")
    with database.session() as session:
        merge_records(
            session,
            RecordRef("contacts", record_id),
            RecordRef("contacts", other_id),
            [],
            user="carla",
        )
    with database.read_session() as session:
        assert session.get(models.NeetContact, record_id).phone == "333 1111111"
        assert session.get(models.NeetContact, other_id).deleted_at is not None
        assert json.loads(_log(session, uuid, "phone")[-1].value) == "333 1111111"
        assert open_conflict_count(session) == 0
