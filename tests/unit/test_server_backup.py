"""Back up now and restore on a server database (issue 20), against the real test server: the
backup a SocialNEET file in the server's backup folder, listed with its counts like a file's
backups, with a pg_dump beside it; restoring it puts the server back as it was (records and
audit trail), by a manager only, the audit trail's guards back afterwards; a staff member is
refused and nothing changes."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import replace
from datetime import datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError

from socialneet_desktop.db import backup, server_admin
from socialneet_desktop.db.audit_protection import REFUSED
from socialneet_desktop.db.database import open_database
from socialneet_desktop.db.models import AuditEvent, Organization
from socialneet_desktop.db.server import ServerRefused, open_server
from socialneet_desktop.db.server_backup import back_up, backup_folder
from socialneet_desktop.db.server_restore import NOT_A_MANAGER, restore_from_file
from socialneet_desktop.services.records import create_record
from tests.helpers_server import admin_execute, drop_database


@pytest.fixture
def office(postgres_template):
    """A database made by `server setup` (roles, rights, the tables owned by the managers)."""
    address = replace(postgres_template, database=f"socialneet_backup_{os.getpid()}")
    drop_database(postgres_template, address.database)
    server_admin.setup(address, address.database)
    yield address
    drop_database(postgres_template, address.database)


@pytest.fixture
def person(postgres_template):
    """Make a login role of a group: person("socialneet_manager") -> (role, password)."""
    made = []

    def make(group: str) -> tuple[str, str]:
        role = f"socialneet_person_{os.getpid()}_{len(made)}"
        admin_execute(postgres_template, f"DROP ROLE IF EXISTS {role}")
        admin_execute(
            postgres_template, f"CREATE ROLE {role} LOGIN PASSWORD 'pw-{role}' IN ROLE {group}"
        )
        made.append(role)
        return role, f"pw-{role}"

    yield make
    for role in made:
        admin_execute(postgres_template, f"DROP ROLE IF EXISTS {role}")


def add_organization(database, name: str) -> None:
    with database.session() as session:
        values = {"name": name, "kind": "public_body", "municipality_code": "L117"}
        create_record(session, Organization, values, user="anna")


def names(database) -> list[str]:
    with database.read_session() as session:
        return sorted(session.scalars(select(Organization.name)))


def audit_count(database) -> int:
    with database.read_session() as session:
        return session.scalar(select(func.count()).select_from(AuditEvent))


def test_back_up_now_writes_a_listed_socialneet_file_and_a_dump(office):
    database = open_server(office)
    add_organization(database, "Comune di Terni")
    made = back_up(database, now=datetime(2026, 12, 1, 10, 30))
    again = back_up(database, now=datetime(2026, 12, 1, 10, 30))  # same second: a new name
    database.close()
    assert made.file.name == "socialneet-20261201-103000.sqlite"
    assert again.file.name == "socialneet-20261201-103000-2.sqlite"
    listed = backup.list_backups(backup_folder(office))
    assert [entry.path for entry in listed][-1] == made.file
    assert listed[-1].counts["organizations"] == 1
    copy = open_database(made.file)
    assert names(copy) == ["Comune di Terni"]
    copy.close()
    if shutil.which("pg_dump") is None:
        assert made.dump is None and made.dump_problem == ""
        pytest.skip("pg_dump is not on PATH: only the SocialNEET file is written")
    assert made.dump == made.file.with_suffix(".dump"), made.dump_problem
    if shutil.which("pg_restore"):
        listing = subprocess.run(
            ["pg_restore", "--list", str(made.dump)], capture_output=True, text=True, check=True
        )
        assert "TABLE public organizations" in listing.stdout


def test_a_manager_restores_the_server_as_it_was_in_the_backup(office, person):
    role, password = person("socialneet_manager")
    database = open_server(replace(office, user=role), password=password)
    add_organization(database, "Comune di Terni")
    kept = back_up(database)
    events = audit_count(database)
    add_organization(database, "Aggiunta dopo")
    restore_from_file(database.engine, database.server, kept.file, backup_folder(office))
    assert names(database) == ["Comune di Terni"]
    assert audit_count(database) == events
    with pytest.raises(DBAPIError, match=REFUSED), database.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM audit_events")  # the guards are back
    add_organization(database, "Nuova")  # the ids go on after the restored ones
    assert names(database) == ["Comune di Terni", "Nuova"]
    database.close()


def test_a_staff_member_cannot_restore_and_nothing_changes(office, person):
    database = open_server(office)
    add_organization(database, "Comune di Terni")
    kept = back_up(database)
    add_organization(database, "Aggiunta dopo")
    database.close()
    role, password = person("socialneet_staff")
    staff = open_server(replace(office, user=role), password=password)
    with pytest.raises(ServerRefused) as refused:
        restore_from_file(staff.engine, staff.server, kept.file, backup_folder(office))
    assert refused.value.message == NOT_A_MANAGER and role in str(refused.value)
    assert names(staff) == ["Aggiunta dopo", "Comune di Terni"]
    staff.close()


def test_server_restore_from_the_command_line_asks_first(office, monkeypatch, capsys):
    from tests.unit.test_server_setup import server_command, url_of

    database = open_server(office)
    add_organization(database, "Comune di Terni")
    kept = back_up(database)
    add_organization(database, "Aggiunta dopo")
    monkeypatch.setattr("builtins.input", lambda _prompt: "no")
    assert server_command("restore", str(kept.file), "--url", url_of(office)) == 1
    assert names(database) == ["Aggiunta dopo", "Comune di Terni"]
    capsys.readouterr()
    assert server_command("restore", str(kept.file), "--url", url_of(office), "--yes") == 0
    assert "organizations: 1" in capsys.readouterr().out
    assert names(database) == ["Comune di Terni"]
    database.close()
    missing = str(kept.file.with_name("missing.sqlite"))
    assert server_command("restore", missing, "--url", url_of(office), "--yes") == 1
    assert "does not exist" in capsys.readouterr().err
