"""The same storage behaviour on both engines (issue 20): stale saves refused, the audit trail
append-only in the database itself, datetimes in UTC, the search folding identical. Each test
runs on a SQLite file and on a fresh PostgreSQL database (skipped, saying why, without one)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from socialneet_desktop.db.audit_protection import PERMIT_TABLE, REFUSED
from socialneet_desktop.db.models import AuditEvent, NeetContact, Organization
from socialneet_desktop.domain.search_text import fold_for_search
from socialneet_desktop.services.records import StaleRecord, create_record, update_record


def add_organization(database, name="Comune di Narni") -> int:
    with database.session() as session:
        values = {"name": name, "kind": "public_body", "municipality_code": "F844"}
        return create_record(session, Organization, values, user="anna").id


def test_a_stale_save_is_refused_and_the_first_one_kept(engine_database):
    organization_id = add_organization(engine_database)
    with engine_database.session() as first:
        update_record(first, Organization, organization_id, 1, {"phone": "0744 1"}, user="anna")
    with pytest.raises(StaleRecord), engine_database.session() as late:
        update_record(late, Organization, organization_id, 1, {"phone": "0744 2"}, user="bruno")
    with engine_database.read_session() as session:
        organization = session.get(Organization, organization_id)
        assert (organization.phone, organization.version) == ("0744 1", 2)
        updates = session.scalar(
            select(func.count()).where(
                AuditEvent.record_id == organization_id, AuditEvent.action == "update"
            )
        )
        assert updates == 1


@pytest.mark.parametrize(
    "statement",
    [
        "DELETE FROM audit_events",
        "UPDATE audit_events SET user_name = 'mallory'",
        "UPDATE audit_events SET changes = '{}'",
    ],
)
def test_audit_events_cannot_be_changed_by_sql(engine_database, statement):
    add_organization(engine_database)
    with pytest.raises(DBAPIError, match=REFUSED), engine_database.engine.begin() as connection:
        connection.exec_driver_sql(statement)
    with engine_database.read_session() as session:
        event = session.scalars(select(AuditEvent)).one()
        assert event.user_name == "anna" and event.changes != "{}"


def test_an_erasure_permit_lets_only_the_changes_be_rewritten(engine_database):
    organization_id = add_organization(engine_database)
    with engine_database.engine.begin() as connection:
        connection.execute(
            text(f"INSERT INTO {PERMIT_TABLE} VALUES ('organizations', :id)"),
            {"id": organization_id},
        )
        connection.exec_driver_sql("UPDATE audit_events SET changes = '{}'")
        connection.exec_driver_sql(f"DELETE FROM {PERMIT_TABLE}")
    with engine_database.read_session() as session:
        assert session.scalars(select(AuditEvent.changes)).one() == "{}"


def test_truncating_the_audit_trail_is_refused_on_the_server(engine_database):
    if engine_database.engine.dialect.name != "postgresql":
        pytest.skip("SQLite has no TRUNCATE (its DELETE is guarded by the other trigger)")
    add_organization(engine_database)
    with pytest.raises(DBAPIError, match=REFUSED), engine_database.engine.begin() as connection:
        connection.exec_driver_sql("TRUNCATE audit_events")


def test_datetimes_are_stored_in_utc_on_both(engine_database):
    before = datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)
    organization_id = add_organization(engine_database)
    with engine_database.read_session() as session:
        created = session.get(Organization, organization_id).created_at
    assert created.tzinfo is None and created >= before
    assert (created - before).total_seconds() < 3600  # not shifted by a local time zone


def test_booleans_compare_portably(engine_database):
    with engine_database.session() as session:
        for guaranteed in (True, False):
            values = {"first_name": "Ada", "last_name": "Rossi", "gender": "female"}
            create_record(
                session, NeetContact, values | {"youth_guarantee": guaranteed}, user="anna"
            )
    with engine_database.read_session() as session:
        found = session.scalars(
            select(NeetContact.youth_guarantee).where(NeetContact.youth_guarantee.is_(True))
        ).all()
    assert found == [True]


def test_the_server_folds_search_text_as_python_does(engine_database):
    if engine_database.engine.dialect.name != "postgresql":
        pytest.skip("SQLite's folding is the FTS5 views' (tests/unit/test_search_index.py)")
    samples = ["Nicolò D’Angelo", "ŞTRAßE", "Ionuț Ğ", "e\u0301", "ÀÉÎÕÜ Çç Ææ Œ", "Tab\tline"]
    with engine_database.engine.connect() as connection:
        for sample in samples:
            folded = connection.scalar(text("SELECT socialneet_fold(:s)"), {"s": sample})
            assert folded == fold_for_search(sample), sample


def test_the_server_finds_a_contact_through_its_trigram_index(engine_database):
    if engine_database.engine.dialect.name != "postgresql":
        pytest.skip("the trigram index is the PostgreSQL twin of the FTS5 one")
    with engine_database.session() as session:
        values = {"first_name": "Niccolò", "last_name": "Lavagnòli", "gender": "male"}
        create_record(session, NeetContact, values, user="anna")
    with engine_database.engine.connect() as connection:
        found = connection.scalar(
            text(
                "SELECT first_name FROM neet_contacts WHERE deleted_at IS NULL AND "
                "search_folded LIKE '%' || socialneet_fold(:word) || '%'"
            ),
            {"word": "LAVAGNOL"},
        )
        indexes = connection.scalars(
            text("SELECT indexname FROM pg_indexes WHERE tablename = 'neet_contacts'")
        ).all()
    assert found == "Niccolò"
    assert "ix_neet_contacts_search_trgm" in indexes


@pytest.mark.parametrize(
    ("kind_key", "words", "expected"),
    [
        ("contacts", "ROSSÌ", {"Niccolò"}),
        ("contacts", "nicc ros", {"Niccolò"}),
        ("contacts", "lavagnoli", set()),
        ("visits", "rossi", {"Niccolò"}),  # a visit is found by its contact's name
    ],
)
def test_the_lists_search_alike_on_both_engines(engine_database, kind_key, words, expected):
    from datetime import date

    from socialneet_desktop.db.models import MeetingPointVisit
    from socialneet_desktop.services.list_queries import count_rows, fetch_page
    from socialneet_desktop.services.list_specs import ListQuery

    with engine_database.session() as session:
        for first, last in (("Niccolò", "Rossi"), ("Anna", "Bianchi")):
            values = {"first_name": first, "last_name": last, "gender": "female"}
            contact = create_record(session, NeetContact, values, user="anna")
            visit = {"contact_id": contact.id, "visit_date": date(2026, 3, 2)}
            create_record(
                session, MeetingPointVisit, visit | {"visit_type": "orientation"}, user="anna"
            )
    with engine_database.read_session() as session:
        query = ListQuery(words)
        rows = fetch_page(session, kind_key, query, 0, 50)
        counted = count_rows(session, kind_key, query)
    shown = {value for row in rows for value in row if isinstance(value, str)}
    names = {name for name in ("Niccolò", "Anna") if any(name in value for value in shown)}
    assert names == expected and counted == len(rows) == len(expected)
