"""Records merge (issue 21): two records of one kind become one; every record and link that
named the merged one names the survivor; the merged one goes to the recycle bin with a
tombstone pointing at the survivor; the survivor's fields are those chosen."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import Boolean, Date, DateTime, Integer, Numeric, String, Text, Time, select

from socialneet_desktop.db import models
from socialneet_desktop.db.models_exchange import RecordTombstone
from socialneet_desktop.services.exchange.merge_links import link_relationships
from socialneet_desktop.services.exchange.record_merge import (
    CLASH,
    DIFFERENT_KINDS,
    ERASED,
    IN_BIN,
    SAME_RECORD,
    MergeRefused,
    RecordRef,
    merge_plan,
    merge_records,
)
from socialneet_desktop.services.privacy import erase_contact
from socialneet_desktop.services.record_kinds import all_kinds, kind_of_model
from socialneet_desktop.services.records import create_record, delete_record

USER = "merger"
NOT_TEXT = frozenset({"uuid", "created_by", "updated_by", "origin_source", "origin_key"})
REQUIRED = {
    "meeting_date": date(2025, 3, 4),
    "visit_date": date(2025, 3, 5),
    "start_time": time(9, 30),
    "session_date": date(2025, 3, 6),
    "outcome_date": date(2025, 3, 7),
    "week_start": date(2025, 3, 3),
    "target": 10,
    "start_date": date(2025, 2, 1),
}


def _keys_to(model) -> list[tuple[str, str]]:
    """(table, column) of every foreign key in the metadata naming a row of `model`, in the
    tables of the record kinds and their link tables."""
    table = model.__table__
    return [
        (other.name, column.name)
        for other in models.Base.metadata.tables.values()
        if other.name in _kind_tables()
        for column in other.columns
        if any(key.column.table is table for key in column.foreign_keys)
    ]


def _kind_tables() -> set[str]:
    kinds = {kind.model for kind in all_kinds()}
    names = {model.__tablename__ for model in kinds}
    for owner, relation in link_relationships():
        if owner in kinds and relation.mapper.class_ in kinds:
            names.add(relation.secondary.name)
    return names


def _values(model, tag: str, links: dict) -> dict:
    values = {}
    for column in model.__table__.columns:
        if column.name in NOT_TEXT or not isinstance(column.type, Text | String):
            continue
        length = getattr(column.type, "length", None) or 40
        values[column.name] = f"{tag}-{column.name}"[:length]
    shift = timedelta(days=7 * (ord(tag[0]) - ord("a")))  # one week apart: no unique clash
    required = {k: v + shift if isinstance(v, date) else v for k, v in REQUIRED.items()}
    values.update({k: v for k, v in required.items() if k in model.__table__.columns})
    values.update(_required(model, values))
    values.update({k: v for k, v in links.items() if k in model.__table__.columns})
    return values


def _required(model, values: dict) -> dict:
    """A value of its type for each other column that must have one (kinds added later)."""
    by_type = ((DateTime, datetime(2025, 3, 4, 9, 0)), (Date, date(2025, 3, 4)),
               (Time, time(9, 30)), (Boolean, False), (Integer, 1), (Numeric, 1))  # fmt: skip
    found = {}
    for column in model.__table__.columns:
        if column.nullable or column.default is not None or column.primary_key:
            continue
        if column.name in values or column.foreign_keys:
            continue
        value = next((v for kind, v in by_type if isinstance(column.type, kind)), None)
        if value is not None:
            found[column.name] = value
    return found


def _world(session, tag: str) -> dict:
    """One record of every kind, each naming the records made before it (RECORD_CLASSES
    lists a kind after those it names), and every link table filled."""
    made, links = {}, {}
    first = (models.Staff, models.Organization, models.NeetContact)
    rest = [model for model in _kind_models() if model not in first]
    for model in (*first, *rest):
        record = create_record(session, model, _values(model, tag, links), user=USER)
        made[model] = record
        links |= {column: record.id for _table, column in _keys_to(model)}
    for owner_class, relation in link_relationships():
        if owner_class in made and relation.mapper.class_ in made:
            getattr(made[owner_class], relation.key).append(made[relation.mapper.class_])
    session.flush()
    return made


def _pointing_at(session, model, record_id: int) -> list[str]:
    """Every row of every table (link tables too) still naming `record_id` of `model`."""
    found = []
    for table_name, column in _keys_to(model):
        table = models.Base.metadata.tables[table_name]
        rows = session.execute(select(table).where(table.c[column] == record_id)).all()
        found += [f"{table_name}.{column}" for _row in rows]
    return found


def _kind_models() -> list:
    """RECORD_CLASSES (a kind after those it names) that are a record kind already."""
    kinds = {kind.model for kind in all_kinds()}
    return [model for model in models.RECORD_CLASSES if model in kinds]


MERGED_KINDS = sorted(kind_of_model(model).key for model in _kind_models() if _keys_to(model))


@pytest.mark.parametrize("kind_key", MERGED_KINDS)
def test_every_record_and_link_naming_the_merged_one_names_the_survivor(database, kind_key):
    kind = next(kind for kind in all_kinds() if kind.key == kind_key)
    with database.session() as session:
        world = _world(session, "a")
        merged = world[kind.model]
        survivor = _world(session, "b")[kind.model]  # with records of its own naming it
        kept_before = len(_pointing_at(session, kind.model, survivor.id))
        merged_id, survivor_id, merged_uuid = merged.id, survivor.id, merged.uuid
        before = _pointing_at(session, kind.model, merged_id)
        assert before, "the world names the record to merge"
    with database.session() as session:
        plan = merge_plan(session, RecordRef(kind_key, survivor_id), RecordRef(kind_key, merged_id))
        assert plan.links == len(before)
        result = merge_records(
            session, RecordRef(kind_key, survivor_id), RecordRef(kind_key, merged_id), (),
            user=USER,
        )  # fmt: skip
        assert sum(result.moved.values()) == len(before)
    with database.read_session() as session:
        assert _pointing_at(session, kind.model, merged_id) == []
        assert len(_pointing_at(session, kind.model, survivor_id)) == kept_before + len(before)
        assert session.get(kind.model, merged_id).deleted_at is not None
        tomb = session.get(RecordTombstone, merged_uuid)
        assert tomb.survivor_uuid == session.get(kind.model, survivor_id).uuid
        assert tomb.kind == kind_key and tomb.merged_by == USER


def _two_contacts(session):
    first = create_record(
        session,
        models.NeetContact,
        {"last_name": "Rossi", "first_name": "Mario", "phone": "333 1234567",
         "tax_code": "RSSMRA01C12L117X", "birth_date": date(2001, 3, 12)},
        user=USER,
    )  # fmt: skip
    second = create_record(
        session,
        models.NeetContact,
        {"last_name": "Rossi", "first_name": "Mario Luigi", "email": "mario@example.org",
         "tax_code": "RSSMRA01C12L117X", "birth_date": date(2001, 3, 12)},
        user=USER,
    )  # fmt: skip
    return first.id, second.id


def test_the_survivor_keeps_its_fields_and_takes_those_chosen(database):
    with database.session() as session:
        kept, other = _two_contacts(session)
        visit = create_record(
            session,
            models.MeetingPointVisit,
            {"contact_id": other, "visit_date": date(2025, 1, 9), "visit_type": "first"},
            user=USER,
        )
        visit_id = visit.id
    with database.session() as session:
        plan = merge_plan(session, RecordRef("contacts", kept), RecordRef("contacts", other))
        differing = {choice.field for choice in plan.differing}
        assert {"first_name", "phone", "email"} <= differing
        assert "last_name" not in differing and "uuid" not in differing
        merge_records(
            session,
            RecordRef("contacts", kept),
            RecordRef("contacts", other),
            ["email"],
            user=USER,
        )
    with database.read_session() as session:
        survivor = session.get(models.NeetContact, kept)
        assert survivor.first_name == "Mario"  # its own, not chosen from the other
        assert survivor.phone == "333 1234567"
        assert survivor.email == "mario@example.org"  # chosen from the other
        assert session.get(models.MeetingPointVisit, visit_id).contact_id == kept
        events = session.scalars(
            select(models.AuditEvent).where(models.AuditEvent.record_uuid == survivor.uuid)
        ).all()
        assert any("email" in event.changes for event in events if event.action == "update")


def test_a_link_already_on_the_survivor_is_kept_once(database):
    with database.session() as session:
        kept, other = _two_contacts(session)
        idea = create_record(session, models.ProjectIdea, {"title": "Bottega"}, user=USER)
        idea.members.extend(
            [session.get(models.NeetContact, kept), session.get(models.NeetContact, other)]
        )
        session.flush()
        idea_id = idea.id
    with database.session() as session:
        merge_records(
            session, RecordRef("contacts", kept), RecordRef("contacts", other), [], user=USER
        )
    with database.read_session() as session:
        members = session.get(models.ProjectIdea, idea_id).members
        assert [member.id for member in members] == [kept]


def _refusal(database, survivor: RecordRef, other: RecordRef) -> MergeRefused:
    with database.session() as session, pytest.raises(MergeRefused) as refused:
        merge_records(session, survivor, other, [], user=USER)
    return refused.value


def test_two_kinds_the_same_record_an_erased_one_and_one_in_the_bin_are_refused(database):
    with database.session() as session:
        kept, other = _two_contacts(session)
        values = {"name": "Coop", "kind": "cooperative"}
        organization = create_record(session, models.Organization, values, user=USER)
        organization_id = organization.id
    contact = RecordRef("contacts", kept)
    assert _refusal(database, contact, RecordRef("organizations", organization_id)).message == (
        DIFFERENT_KINDS
    )
    assert _refusal(database, contact, contact).message == SAME_RECORD
    with database.session() as session:
        erase_contact(session, other, user=USER, reason="asked")
    assert _refusal(database, contact, RecordRef("contacts", other)).message == ERASED
    with database.session() as session:
        third = create_record(session, models.NeetContact, {"last_name": "Bianchi"}, user=USER)
        delete_record(session, models.NeetContact, third.id, third.version, user=USER)
        third_id = third.id
    assert _refusal(database, contact, RecordRef("contacts", third_id)).message == IN_BIN
    with database.read_session() as session:
        assert session.scalars(select(RecordTombstone)).all() == []
        assert session.get(models.NeetContact, kept).deleted_at is None


def test_a_merge_that_would_make_two_records_one_is_refused_and_writes_nothing(database):
    """Two enrolments of one course merged: both have an attendance of the same session,
    which would become two attendances of one enrolment at one session."""
    with database.session() as session:
        kept_contact, _other = _two_contacts(session)
        course = create_record(session, models.TrainingCourse, {"title": "Saldatura"}, user=USER)
        lesson = create_record(
            session,
            models.CourseSession,
            {"course_id": course.id, "session_date": date(2025, 2, 3)},
            user=USER,
        )
        enrolments = [
            create_record(
                session,
                models.Enrolment,
                {"course_id": course.id, "contact_id": kept_contact},
                user=USER,
            )
            for _number in range(2)
        ]
        for enrolment in enrolments:
            create_record(
                session,
                models.Attendance,
                {"session_id": lesson.id, "enrolment_id": enrolment.id},
                user=USER,
            )
        first, second = (enrolment.id for enrolment in enrolments)
    refused = _refusal(database, RecordRef("enrolments", first), RecordRef("enrolments", second))
    assert refused.message == CLASH
    with database.read_session() as session:
        assert session.get(models.Enrolment, second).deleted_at is None
        assert session.scalars(select(RecordTombstone)).all() == []
