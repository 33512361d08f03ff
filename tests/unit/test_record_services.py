"""Saving, deleting and restoring records: versions, the audit trail and the recycle bin."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select, text

from socialneet_desktop.db.models import (
    AuditEvent,
    ContactPerson,
    MeetingPointVisit,
    NeetContact,
    Organization,
    StakeholderMeeting,
)
from socialneet_desktop.services import current_user, recycle_bin
from socialneet_desktop.services.audit import history
from socialneet_desktop.services.records import (
    NotInRecycleBin,
    StaleRecord,
    create_record,
    create_records,
    delete_record,
    restore_record,
    set_meeting_links,
    update_record,
)

MARIO = {"last_name": "Rossi", "first_name": "Mario", "birth_date": date(2001, 3, 12)}


def _create(database, model=NeetContact, values=MARIO, user="anna"):
    with database.session() as session:
        return create_record(session, model, dict(values), user=user)


def _audit_count(database) -> int:
    with database.read_session() as session:
        return session.scalar(select(func.count()).select_from(AuditEvent))


def test_create_update_delete_restore_round_trip_with_history(database):
    contact = _create(database)
    assert (contact.version, contact.created_by, contact.updated_by) == (1, "anna", "anna")
    with database.session() as session:
        updated = update_record(
            session,
            NeetContact,
            contact.id,
            1,
            {"first_name": "Marco", "birth_date": date(2001, 3, 13), "youth_guarantee": True},
            user="luca",
        )
        assert (updated.version, updated.updated_by) == (2, "luca")
    with database.session() as session:
        delete_record(session, NeetContact, contact.id, 2, user="luca")
    with database.session() as session:
        restored = restore_record(session, NeetContact, contact.id, user="anna")
        assert restored.deleted_at is None and restored.version == 4
    with database.read_session() as session:
        entries = history(session, NeetContact, contact.id)
    assert [entry.action for entry in entries] == ["restore", "delete", "update", "create"]
    assert [entry.user for entry in entries] == ["anna", "luca", "luca", "anna"]
    changed = {change.field: (change.old, change.new) for change in entries[2].changes}
    assert changed == {
        "first_name": ("Mario", "Marco"),
        "birth_date": ("2001-03-12", "2001-03-13"),
        "youth_guarantee": (False, True),
    }
    created = {change.field: change.new for change in entries[3].changes}
    assert created["last_name"] == "Rossi" and created["birth_date"] == "2001-03-12"


def test_a_stale_update_is_refused_and_nothing_is_written(database):
    contact = _create(database)
    with database.session() as session:
        update_record(session, NeetContact, contact.id, 1, {"phone": "333 1234567"}, user="anna")
    events_before = _audit_count(database)
    with pytest.raises(StaleRecord), database.session() as session:
        update_record(session, NeetContact, contact.id, 1, {"phone": "0744 123456"}, user="luca")
    with database.read_session() as session:
        stored = session.get(NeetContact, contact.id)
        assert (stored.phone, stored.version, stored.updated_by) == ("333 1234567", 2, "anna")
    assert _audit_count(database) == events_before


def test_a_concurrent_save_is_caught_by_the_version_column(database):
    contact = _create(database)
    events_before = _audit_count(database)
    with pytest.raises(StaleRecord), database.session() as session:
        session.get(NeetContact, contact.id)  # read at version 1 …
        # … while another save (raw SQL: the session does not see it) raises the version.
        session.connection().execute(text("UPDATE neet_contacts SET version = 2"))
        update_record(session, NeetContact, contact.id, 1, {"notes": "mine"}, user="anna")
    with database.read_session() as session:
        stored = session.get(NeetContact, contact.id)
        assert (stored.notes, stored.version) == ("", 1)  # everything rolled back
    assert _audit_count(database) == events_before


def test_updating_or_deleting_a_deleted_record_is_stale(database):
    contact = _create(database)
    with database.session() as session:
        delete_record(session, NeetContact, contact.id, 1, user="anna")
    with pytest.raises(StaleRecord), database.session() as session:
        update_record(session, NeetContact, contact.id, 2, {"notes": "x"}, user="anna")
    with pytest.raises(StaleRecord), database.session() as session:
        delete_record(session, NeetContact, contact.id, 2, user="anna")


def test_an_unchanged_save_writes_no_event_and_keeps_the_version(database):
    contact = _create(database)
    events_before = _audit_count(database)
    with database.session() as session:
        same = update_record(session, NeetContact, contact.id, 1, dict(MARIO), user="luca")
        assert (same.version, same.updated_by) == (1, "anna")
    assert _audit_count(database) == events_before


def test_update_refuses_bookkeeping_and_unknown_columns(database):
    contact = _create(database)
    for values in ({"version": 7}, {"created_by": "x"}, {"no_such_column": 1}):
        with pytest.raises(ValueError), database.session() as session:
            update_record(session, NeetContact, contact.id, 1, values, user="anna")


def test_meeting_links_are_audited_by_name_and_raise_the_version(database):
    with database.session() as session:
        org = create_record(
            session, Organization, {"name": "Comune di Terni", "kind": "public_body"}, user="a"
        )
        coop = create_record(
            session, Organization, {"name": "Il Cammino", "kind": "social_cooperative"}, user="a"
        )
        person = create_record(
            session,
            ContactPerson,
            {"organization_id": org.id, "last_name": "Bianchi", "first_name": "Sara"},
            user="a",
        )
        meeting = create_record(
            session,
            StakeholderMeeting,
            {"meeting_date": date(2026, 2, 3), "meeting_type": "bilateral"},
            user="a",
        )
        set_meeting_links(session, meeting, [org.id], [person.id], user="anna")
        assert meeting.version == 2
        set_meeting_links(session, meeting, [org.id, coop.id], [person.id], user="luca")
        assert meeting.version == 3
        set_meeting_links(session, meeting, [coop.id, org.id], [person.id], user="luca")
        assert meeting.version == 3  # the same links: nothing written
    with database.read_session() as session:
        entries = history(session, StakeholderMeeting, meeting.id)
    assert [entry.action for entry in entries] == ["update", "update", "create"]
    latest = {change.field: (change.old, change.new) for change in entries[0].changes}
    assert latest == {"organizations": (["Comune di Terni"], ["Comune di Terni", "Il Cammino"])}
    first = {change.field: change.new for change in entries[1].changes}
    assert first["people"] == ["Bianchi Sara"]


def test_recycle_bin_lists_every_kind_newest_first_and_restores(database):
    org = _create(database, Organization, {"name": "Il Cammino", "kind": "social_cooperative"})
    contact = _create(database)
    with database.session() as session:
        visit = create_record(
            session,
            MeetingPointVisit,
            {"contact_id": contact.id, "visit_date": date(2026, 2, 3), "visit_type": "orientation"},
            user="anna",
        )
    with database.session() as session:
        delete_record(session, Organization, org.id, 1, user="luca")
    with database.session() as session:
        delete_record(session, MeetingPointVisit, visit.id, 1, user="anna")
    with database.read_session() as session:
        entries = recycle_bin.deleted_records(session)
    assert [(e.kind_key, e.text(), e.deleted_by) for e in entries] == [
        ("visits", "Visit 03/02/2026 – Rossi Mario", "anna"),
        ("organizations", "Il Cammino", "luca"),
    ]
    with database.session() as session:
        recycle_bin.restore(session, "organizations", org.id, "anna")
    with database.read_session() as session:
        assert [e.kind_key for e in recycle_bin.deleted_records(session)] == ["visits"]
        assert session.get(Organization, org.id).deleted_at is None
    with pytest.raises(NotInRecycleBin), database.session() as session:
        recycle_bin.restore(session, "organizations", org.id, "anna")


def test_current_user_name_comes_from_the_variable_or_the_login(monkeypatch):
    monkeypatch.setenv("SOCIALNEET_USER", "Segreteria")
    assert current_user.current_user_name() == "Segreteria"
    monkeypatch.delenv("SOCIALNEET_USER")
    monkeypatch.setattr(current_user.getpass, "getuser", lambda: "mrossi")
    assert current_user.current_user_name() == "mrossi"

    def no_login() -> str:
        raise OSError("no login name")

    monkeypatch.setattr(current_user.getpass, "getuser", no_login)
    assert current_user.current_user_name() == "?"


def test_many_records_created_at_once_are_stamped_and_audited_like_one(database):
    rows = [
        {"last_name": "Rossi", "first_name": f"Anna {n}", "birth_date": date(1990 + n // 300, 5, 1)}
        for n in range(1200)  # more than one multi-row INSERT
    ]
    with database.session() as session:
        ids = create_records(session, NeetContact, rows, user="import")
    with database.read_session() as session:
        stored = {c.id: c for c in session.scalars(select(NeetContact))}
        single = history(session, NeetContact, ids[1000])
    assert len(ids) == len(set(ids)) == 1200 == len(stored) == _audit_count(database)
    assert [stored[i].first_name for i in ids] == [row["first_name"] for row in rows]
    assert len({c.uuid for c in stored.values()}) == 1200
    assert {(c.version, c.created_by, c.updated_by) for c in stored.values()} == {
        (1, "import", "import")
    }
    assert all(c.created_at is not None and c.deleted_at is None for c in stored.values())
    [event] = single
    assert (event.user, event.action) == ("import", "create")
    assert {(c.field, c.old, c.new) for c in event.changes} == {
        ("last_name", None, "Rossi"),
        ("first_name", None, "Anna 1000"),
        ("birth_date", None, "1993-05-01"),
    }


def test_bulk_creation_refuses_bookkeeping_columns(database):
    with database.session() as session, pytest.raises(ValueError, match="version"):
        create_records(session, NeetContact, [{**MARIO, "version": 3}], user="t")
    assert _audit_count(database) == 0
