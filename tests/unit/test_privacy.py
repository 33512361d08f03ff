"""Erasure on request, the retention review and the protected audit trail."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from socialneet_desktop.db.audit_protection import downgrade_sql
from socialneet_desktop.db.models import AuditEvent, MeetingPointVisit, NeetContact
from socialneet_desktop.domain.age import age_band
from socialneet_desktop.exports.funder_report import write_funder_report
from socialneet_desktop.services import privacy
from socialneet_desktop.services.audit import history
from socialneet_desktop.services.indicators import compute_indicators
from socialneet_desktop.services.records import (
    create_record,
    delete_record,
    restore_record,
    update_record,
)

NAME, NEW_NAME, TAX_CODE = "Zanardelli", "Zanardellina", "ZNRGPP99C12L117X"
PERSON = {
    "first_name": "Giuseppina",
    "last_name": NAME,
    "tax_code": TAX_CODE,
    "birth_date": date(1999, 3, 12),  # 22 on both visits, reduced date or not
    "gender": "female",
    "residence_municipality_code": "L117",
    "address": "Via Castelli 7",
    "phone": "3331234567",
    "email": "giuseppina@example.org",
    "notes": "Sorella di Marta Zanardelli",
    "education_level": "",
}
START, END = date(2021, 1, 1), date(2021, 12, 31)


@pytest.fixture
def protected(database):
    """Every database is protected since migration 0003."""
    return database


def add_person(database, values=PERSON, visits=((2021, 5, 4), (2021, 9, 20))) -> int:
    with database.session() as session:
        contact = create_record(session, NeetContact, dict(values), user="anna")
        for year, month, day in visits:
            visit = {
                "contact_id": contact.id,
                "visit_date": date(year, month, day),
                "visit_type": "orientation",
                "summary": f"Colloquio con {values['first_name']} {values['last_name']}",
                "outcome": "CV inviato",
            }
            create_record(session, MeetingPointVisit, visit, user="anna")
        return contact.id


def rename(database, contact_id: int) -> None:
    with database.session() as session:
        contact = session.get(NeetContact, contact_id)
        update_record(
            session, NeetContact, contact_id, contact.version, {"last_name": NEW_NAME}, user="anna"
        )


def erase(database, contact_id: int) -> None:
    with database.session() as session:
        privacy.erase_contact(session, contact_id, user="luca", reason="Richiesta scritta")


def indicators(database):
    with database.read_session() as session:
        return compute_indicators(session, START, END)


def file_bytes(database) -> bytes:
    """The bytes the database is stored in: the file and its WAL; on the office server the
    files of its tables and indexes in the server's data folder (the test server is on this
    computer; its write-ahead log is the server's own, not the database's)."""
    if database.engine.dialect.name == "postgresql":
        return server_file_bytes(database)
    wal = database.path.with_name(database.path.name + "-wal")
    return database.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def server_file_bytes(database) -> bytes:
    with database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as raw:
        raw.exec_driver_sql("CHECKPOINT")  # the pages written to the files
        folder = raw.exec_driver_sql("SHOW data_directory").scalar()
        oid = raw.exec_driver_sql(
            "SELECT oid FROM pg_database WHERE datname = current_database()"
        ).scalar()
    files = Path(folder, "base", str(oid))
    if not files.is_dir():
        pytest.skip(f"the server's data folder {folder} is not on this computer")
    return b"".join(path.read_bytes() for path in sorted(files.iterdir()) if path.is_file())


def remove_protection(database) -> None:
    """Migration 0003's protection taken away, as a downgrade does on this engine."""
    with database.engine.begin() as connection:
        for statement in downgrade_sql(connection.dialect.name):
            connection.exec_driver_sql(statement)


def protection_left(session) -> list[str]:
    """The audit trail's triggers and permit table still there."""
    if session.get_bind().dialect.name == "postgresql":
        found = "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgname LIKE 'audit_%'"
        tables = "SELECT tablename FROM pg_tables WHERE tablename = 'audit_scrub_permit'"
        return session.scalars(text(found)).all() + session.scalars(text(tables)).all()
    return session.scalars(
        text("SELECT name FROM sqlite_master WHERE name LIKE 'audit_%' AND name != :t"),
        {"t": "audit_events"},
    ).all()


def test_erase_clears_identifying_fields_and_keeps_the_rest(protected):
    contact_id = add_person(protected)
    erase(protected, contact_id)
    with protected.read_session() as session:
        contact = session.get(NeetContact, contact_id)
        visits = session.scalars(select(MeetingPointVisit)).all()
    assert contact.first_name == contact.tax_code == contact.phone == contact.notes == ""
    assert contact.email == contact.address == ""
    assert contact.last_name == privacy.ERASED_NAME
    assert contact.birth_date == date(1999, 7, 1)
    assert contact.anonymised_at is not None
    assert (contact.gender, contact.residence_municipality_code) == ("female", "L117")
    assert [(v.visit_date, v.visit_type, v.summary, v.outcome) for v in visits] == [
        (date(2021, 5, 4), "orientation", "", ""),
        (date(2021, 9, 20), "orientation", "", ""),
    ]


def test_erase_is_audited_without_the_erased_values(protected):
    contact_id = add_person(protected)
    rename(protected, contact_id)
    erase(protected, contact_id)
    with protected.read_session() as session:
        entries = history(session, NeetContact, contact_id)
        everything = " ".join(e.changes for e in session.scalars(select(AuditEvent)))
    assert (entries[0].action, entries[0].user) == ("erase", "luca")
    assert entries[0].changes[0].new == "Richiesta scritta"
    assert [e.action for e in entries] == ["erase", "update", "create"]
    for value in (NAME, TAX_CODE, "Giuseppina", "3331234567", "Castelli", "1999-03-12"):
        assert value not in everything
    assert "1999-07-01" in everything


def test_erase_leaves_no_identifying_bytes_in_the_file_and_statistics_unchanged(
    protected, tmp_path
):
    contact_id = add_person(protected)
    other = {"first_name": "Ada", "last_name": "Bianchi", "gender": "female"}
    add_person(protected, {**other, "birth_date": date(2000, 2, 1)})
    rename(protected, contact_id)
    before = indicators(protected)
    privacy.compact_file(protected)
    assert NAME.encode() in file_bytes(protected)  # the search finds what is there
    erase(protected, contact_id)
    privacy.compact_file(protected)
    raw = file_bytes(protected)
    for value in (NAME, NEW_NAME, TAX_CODE, "Giuseppina", "giuseppina@example.org"):
        assert value.encode("utf-8") not in raw
    assert b"Bianchi" in raw
    assert indicators(protected) == before


def test_funder_report_counts_are_unchanged(protected, tmp_path):
    from openpyxl import load_workbook

    contact_id = add_person(protected)

    def summary(name: str) -> list:
        target = tmp_path / name
        write_funder_report(protected, START, END, target)
        sheet = load_workbook(target, read_only=True).worksheets[0]
        return [row for row in sheet.iter_rows(min_row=4, values_only=True)]

    before = summary("before.xlsx")
    erase(protected, contact_id)
    assert summary("after.xlsx") == before


def test_reduced_birth_date_can_move_a_band_edge():
    """The documented edge: a birthday before 1 July, first visit between the two."""
    real, reduced = date(1991, 3, 10), privacy.reduced_birth_date(date(1991, 3, 10))
    first_visit = date(2021, 5, 1)
    assert age_band(real, first_visit) == "30+"
    assert age_band(reduced, first_visit) == "25-29"


def test_erasing_twice_is_refused(protected):
    contact_id = add_person(protected)
    erase(protected, contact_id)
    with pytest.raises(privacy.AlreadyAnonymised):
        erase(protected, contact_id)
    with pytest.raises(privacy.ContactNotFound):
        erase(protected, 999)


def test_erase_works_without_the_protection_triggers(database):
    """A file whose protection was removed (migration 0003 downgraded): no triggers, no
    permit table; the erasure must neither need them nor put them back."""
    remove_protection(database)
    with database.read_session() as session:
        assert protection_left(session) == []
    contact_id = add_person(database)
    rename(database, contact_id)
    erase(database, contact_id)
    with database.read_session() as session:
        assert NAME not in " ".join(e.changes for e in session.scalars(select(AuditEvent)))
        left = protection_left(session)
    assert left == []  # still unprotected: the test ran without the triggers


def test_audit_events_cannot_be_changed_or_deleted(protected):
    add_person(protected)
    for statement in (
        "UPDATE audit_events SET changes = '' ",
        "UPDATE audit_events SET user_name = 'x'",
        "DELETE FROM audit_events",
    ):
        with pytest.raises(DBAPIError, match="cannot be changed"), protected.session() as session:
            session.execute(text(statement))
    with protected.read_session() as session:
        assert session.scalar(text("SELECT count(*) FROM audit_scrub_permit")) == 0


def test_audit_history_survives_delete_and_restore(protected):
    contact_id = add_person(protected)
    with protected.session() as session:
        contact = session.get(NeetContact, contact_id)
        delete_record(session, NeetContact, contact_id, contact.version, user="anna")
    with protected.session() as session:
        restore_record(session, NeetContact, contact_id, user="anna")
    with protected.read_session() as session:
        actions = [e.action for e in history(session, NeetContact, contact_id)]
    assert actions == ["restore", "delete", "create"]


def test_protection_can_be_removed(protected):
    remove_protection(protected)
    add_person(protected)
    with protected.session() as session:
        session.execute(text("UPDATE audit_events SET user_name = 'x'"))


def test_retention_review_lists_inactive_contacts(protected):
    old = add_person(protected, visits=((2021, 5, 4),))
    add_person(protected, {**PERSON, "last_name": "Recente"}, visits=((2023, 11, 2),))
    never = {**PERSON, "last_name": "Mai", "created_at": datetime(2020, 1, 1)}
    silent = add_person(protected, never, visits=())
    with protected.read_session() as session:
        rows = privacy.contacts_due_for_review(session, months=24, today=date(2024, 6, 30))
    assert [(r.id, r.last_visit, r.visits) for r in rows] == [
        (silent, None, 0),
        (old, date(2021, 5, 4), 1),
    ]
    assert rows[1].name == f"{NAME} Giuseppina" and rows[1].code.startswith("P-")
    with protected.session() as session:
        done = privacy.anonymise_many(session, [old, silent], user="luca", reason="Retention")
    assert done == [old, silent]
    with protected.read_session() as session:
        assert privacy.contacts_due_for_review(session, months=24, today=date(2024, 6, 30)) == []


def test_months_before_keeps_the_day_or_the_month_end():
    assert privacy.months_before(date(2024, 3, 31), 1) == date(2024, 2, 29)
    assert privacy.months_before(date(2024, 1, 15), 24) == date(2022, 1, 15)


def test_audit_json_of_erased_events_stays_valid(protected):
    contact_id = add_person(protected)
    erase(protected, contact_id)
    with protected.read_session() as session:
        for event in session.scalars(select(AuditEvent)):
            if event.changes:
                json.loads(event.changes)
