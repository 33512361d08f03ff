"""`socialneet server setup|upload|backup` against the real test server (issue 20): the
database, the roles and their rights made; a staff member enters and edits but cannot touch
the erasure register; a manager can; the local file uploaded and the server backed up."""

from __future__ import annotations

import argparse
import os
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from socialneet_desktop.cli.server import add_server_commands
from socialneet_desktop.db.database import open_database
from socialneet_desktop.db.models import Organization
from socialneet_desktop.db.server import open_server
from socialneet_desktop.services.demo import fill_demo
from socialneet_desktop.services.records import create_record
from tests.helpers_server import admin_execute, drop_database


def server_command(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="socialneet")
    add_server_commands(parser.add_subparsers(dest="command", required=True))
    arguments = parser.parse_args(["server", *argv])
    return arguments.run_path(None, arguments)


def url_of(address) -> str:
    return f"postgresql://{address.user}@{address.host}:{address.port}/{address.database}"


@pytest.fixture
def new_name(postgres_template):
    name = f"socialneet_setup_{os.getpid()}"
    drop_database(postgres_template, name)
    yield replace(postgres_template, database=name)
    drop_database(postgres_template, name)


@pytest.fixture
def member(postgres_template):
    """A login role with a password, member of the group role the test names."""
    role = f"socialneet_member_{os.getpid()}"
    admin_execute(postgres_template, f"DROP ROLE IF EXISTS {role}")
    admin_execute(postgres_template, f"CREATE ROLE {role} LOGIN PASSWORD 'pw-{role}'")
    yield role
    admin_execute(postgres_template, f"DROP OWNED BY {role}", f"DROP ROLE IF EXISTS {role}")


def as_member(address, role, group):
    admin_execute(address, f"GRANT {group} TO {role}")
    os.environ["PGPASSWORD"] = f"pw-{role}"  # libpq's variable, for this test's role only
    try:
        return open_server(replace(address, user=role))
    finally:
        del os.environ["PGPASSWORD"]


def test_setup_makes_the_database_roles_and_rights(new_name, member, capsys):
    assert server_command("setup", "--url", url_of(new_name)) == 0
    said = capsys.readouterr().out
    assert "created" in said and f"{new_name.port}/{new_name.database}" in said
    assert "IN ROLE socialneet_staff" in said
    staff = as_member(new_name, member, "socialneet_staff")
    with staff.session() as session:
        values = {"name": "Coop Terni", "kind": "public_body", "municipality_code": "L117"}
        record = create_record(session, Organization, values, user=member)
        assert record.id > 0
    with pytest.raises(DBAPIError, match="permission denied"), staff.engine.begin() as c:
        c.execute(text("INSERT INTO erasure_register (record_uuid) VALUES ('x')"))
    with pytest.raises(DBAPIError, match="permission denied"), staff.engine.begin() as c:
        c.execute(text("DELETE FROM organizations"))
    staff.close()
    assert server_command("setup", "--url", url_of(new_name)) == 0  # again: nothing lost
    assert "brought up to date" in capsys.readouterr().out


def test_upload_and_backup_from_the_command_line(new_name, tmp_path, capsys):
    local = tmp_path / "ufficio.sqlite"
    database = open_database(local)
    fill_demo(database, contacts=40, today=date(2026, 3, 1))
    database.close()
    assert server_command("setup", "--url", url_of(new_name)) == 0
    assert server_command("upload", str(local), "--url", url_of(new_name)) == 0
    assert "neet_contacts: 40" in capsys.readouterr().out
    assert server_command("upload", str(local), "--url", url_of(new_name)) == 1
    assert "already holds data" in capsys.readouterr().err
    target = tmp_path / "copia.sqlite"
    assert server_command("backup", "--url", url_of(new_name), "--to", str(target)) == 0
    assert open_database(target).record_counts()["neet_contacts"] == 40


def test_a_password_on_the_command_line_is_refused(capsys):
    assert server_command("backup", "--url", "postgresql://anna:pw@h/db") == 1
    assert "pw@" not in capsys.readouterr().err


def test_database_may_be_the_server_address(new_name, capsys, monkeypatch):
    from socialneet_desktop.cli import main

    assert server_command("setup", "--url", url_of(new_name)) == 0
    capsys.readouterr()
    assert main(["--database", url_of(new_name), "info"]) == 0
    assert "NEET contacts: 0" in capsys.readouterr().out
    monkeypatch.setenv("SOCIALNEET_DATABASE", url_of(new_name))
    assert main(["check"]) == 1  # a file command: its server counterpart is named
    assert "socialneet server" in capsys.readouterr().err
    monkeypatch.setenv("SOCIALNEET_DATABASE", url_of(replace(new_name, port=1)))
    assert main(["info"]) == 1
    assert "cannot be reached" in capsys.readouterr().err
