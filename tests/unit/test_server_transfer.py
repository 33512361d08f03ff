"""Moving a local file onto the office server and backing the server up as a file (issue 20),
against the real test server: every table copied with equal counts and checksums, in one
transaction; a server that holds data refused and left as it was; the server's backup a
SocialNEET file that opens like any other, never written over an existing file."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from socialneet_desktop.db import server_copy
from socialneet_desktop.db.database import open_database
from socialneet_desktop.db.models import AuditEvent, NeetContact, Organization
from socialneet_desktop.db.refusals import DatabaseRefused
from socialneet_desktop.db.server import open_server
from socialneet_desktop.db.server_admin import backup_to_file, upload
from socialneet_desktop.services.demo import fill_demo
from socialneet_desktop.services.records import create_record
from tests.helpers_server import drop_database, empty_database


@pytest.fixture
def empty(postgres_template):
    address = empty_database(postgres_template)
    yield address
    drop_database(postgres_template, address.database)


@pytest.fixture(scope="module")
def local_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("local") / "ufficio.sqlite"
    database = open_database(path)
    fill_demo(database, contacts=150, today=date(2026, 3, 1))
    with database.session() as session:  # an audited record too (the demo writes none)
        values = {"first_name": "Niccolò", "last_name": "D'Angelo", "gender": "male"}
        create_record(session, NeetContact, values | {"youth_guarantee": True}, user="anna")
    database.close()
    return path


def sums_of_file(path):
    database = open_database(path)
    with database.engine.connect() as connection:
        sums = {t.name: server_copy.table_sum(connection, t) for t in server_copy.tables()}
    database.close()
    return sums


def test_upload_copies_every_table_with_equal_sums(local_file, empty):
    sums = upload(local_file, empty)
    assert sums == sums_of_file(local_file)
    assert sums["neet_contacts"].rows >= 150 and sums["audit_events"].rows > 0
    assert sums["meeting_organizations"].rows > 0 and sums["pseudonym_keys"].rows == 1
    database = open_server(empty)
    with database.engine.connect() as connection:  # committed: the copied audit events
        committed = {t.name: server_copy.table_sum(connection, t) for t in server_copy.tables()}
    assert committed == sums  # wrote no change-log rows of their own (the log is copied)
    assert sums["devices"].rows == 1  # the file's identity, not a second one
    with database.session() as session:  # the server's ids go on after the copied ones
        values = {"name": "Nuova coop", "kind": "social_coop_b", "municipality_code": "L117"}
        new = create_record(session, Organization, values, user="anna")
        assert new.id > sums["organizations"].rows
    database.close()


def test_a_server_with_data_is_refused_and_left_alone(local_file, empty):
    upload(local_file, empty)
    database = open_server(empty)
    with database.read_session() as session:
        before = session.scalar(select(func.count()).select_from(AuditEvent))
    with pytest.raises(server_copy.CopyRefused, match="already holds data"):
        upload(local_file, empty)
    with database.read_session() as session:
        assert session.scalar(select(func.count()).select_from(AuditEvent)) == before
    database.close()


def test_the_server_backup_is_a_socialneet_file_with_the_same_rows(local_file, empty, tmp_path):
    upload(local_file, empty)
    database = open_server(empty)
    target = tmp_path / "server-backup.sqlite"
    sums = backup_to_file(database.engine, target)
    database.close()
    assert sums == sums_of_file(target) == sums_of_file(local_file)
    reopened = open_database(target)
    with reopened.read_session() as session:
        assert session.scalar(select(func.count()).select_from(NeetContact)) == (
            sums["neet_contacts"].rows
        )
    reopened.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["server-backup.sqlite"]


def test_the_server_backup_never_overwrites_a_file(empty, tmp_path):
    database = open_server(empty)
    target = tmp_path / "kept.sqlite"
    target.write_bytes(b"the user's own file")
    with pytest.raises(DatabaseRefused, match="never written over"):
        backup_to_file(database.engine, target)
    database.close()
    assert target.read_bytes() == b"the user's own file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.sqlite"]


def test_the_copy_marks_its_connection_as_the_change_log_expects():
    from socialneet_desktop.services.exchange import change_log

    assert server_copy.NOT_LOGGED == change_log.APPLYING
