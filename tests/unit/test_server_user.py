"""Who writes on the office server (issue 20): the PostgreSQL role the person connected as,
not the computer's user name, in created_by, updated_by and the audit trail; back to the
computer's name once the server database is closed. Against the real test server."""

from __future__ import annotations

import os
from dataclasses import replace

import pytest
from sqlalchemy import select

from socialneet_desktop.db.models import AuditEvent, Organization
from socialneet_desktop.db.server import open_server
from socialneet_desktop.services.current_user import USER_VARIABLE, current_user_name
from socialneet_desktop.services.records import create_record
from tests.helpers_server import admin_execute, drop_database, new_database


@pytest.fixture
def server(postgres_template):
    address = new_database(postgres_template)
    yield address
    drop_database(postgres_template, address.database)


@pytest.fixture
def anna(postgres_template, server):
    role = f"anna_{os.getpid()}"
    admin_execute(postgres_template, f"DROP ROLE IF EXISTS {role}")
    admin_execute(postgres_template, f"CREATE ROLE {role} LOGIN PASSWORD 'pw-{role}'")
    admin_execute(
        replace(server, database="postgres"),
        f'GRANT ALL ON DATABASE "{server.database}" TO {role}',
    )
    yield role
    drop_database(postgres_template, server.database)  # before the role its rights name
    admin_execute(postgres_template, f"DROP ROLE IF EXISTS {role}")


def test_the_server_role_is_the_user_not_the_computers_name(server, anna, monkeypatch):
    monkeypatch.setenv(USER_VARIABLE, "pc-segreteria")
    assert current_user_name() == "pc-segreteria"
    import psycopg

    info = f"host={server.host} port={server.port} user={server.user} dbname={server.database}"
    with psycopg.connect(info, autocommit=True) as admin:
        admin.execute(f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {anna}")
        admin.execute(f"GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {anna}")
    database = open_server(replace(server, user=anna), password=f"pw-{anna}")
    assert database.server_role == anna and current_user_name() == anna
    with database.session() as session:
        values = {"name": "Comune di Narni", "kind": "public_body", "municipality_code": "F844"}
        record = create_record(session, Organization, values, user=current_user_name())
        record_id = record.id
    with database.read_session() as session:
        organization = session.get(Organization, record_id)
        event = session.scalars(select(AuditEvent).where(AuditEvent.record_id == record_id)).one()
    assert organization.created_by == organization.updated_by == event.user_name == anna
    database.close()
    assert current_user_name() == "pc-segreteria"
