"""Eight desktops on one office server at once (issue 20): processes saving the same record,
importing records and reading whole lists together. No save is lost (the record's version is
one more than the saves that went through, each has its audit event), stale saves are refused
rather than overwriting, every import lands with its events, and nobody is left hanging (each
process is given a timeout and the test says which one hung)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from sqlalchemy import func, select

from socialneet_desktop.db.models import AuditEvent, NeetContact, Organization
from socialneet_desktop.services.records import create_record
from tests.helpers_server import drop_database, new_database

PROCESSES = 8
SAVES = 12
IMPORTED = 25
TIMEOUT_S = 300

WORKER = """
import json, sys
from sqlalchemy import select
from socialneet_desktop.db.models import NeetContact, Organization
from socialneet_desktop.db.server import open_server
from socialneet_desktop.db.server_url import parse_server_url
from socialneet_desktop.services.records import StaleRecord, create_records, update_record

url, worker, record_id, saves, imported = sys.argv[1], sys.argv[2], *map(int, sys.argv[3:])
database = open_server(parse_server_url(url))
done = {"saved": [], "stale": 0, "listed": 0}
for number in range(saves):
    with database.read_session() as session:
        version = session.get(Organization, record_id).version
    phone = f"{worker}-{number}"
    try:
        with database.session() as session:
            update_record(session, Organization, record_id, version, {"phone": phone}, user=worker)
        done["saved"].append(phone)
    except StaleRecord:
        done["stale"] += 1
    if number == saves // 2:
        rows = [
            {"first_name": f"P{worker}", "last_name": f"N{row}", "gender": "female"}
            for row in range(imported)
        ]
        with database.session() as session:
            create_records(session, NeetContact, rows, user=worker)
    with database.read_session() as session:  # a whole list read while the others write
        done["listed"] += len(session.scalars(select(NeetContact.id)).all())
database.close()
print(json.dumps(done))
"""


@pytest.fixture
def server(postgres_template):
    address = new_database(postgres_template)
    yield address
    drop_database(postgres_template, address.database)


def test_eight_processes_lose_no_save_and_leave_a_complete_audit(server):
    from socialneet_desktop.db.server import open_server

    database = open_server(server)
    with database.session() as session:
        values = {"name": "Comune di Terni", "kind": "public_body", "municipality_code": "L117"}
        record_id = create_record(session, Organization, values, user="setup").id
    url = f"postgresql://{server.user}@{server.host}:{server.port}/{server.database}"
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, url, f"w{n}", str(record_id), str(SAVES), str(IMPORTED)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for n in range(PROCESSES)
    ]
    results = [_finished(worker, n) for n, worker in enumerate(workers)]
    saved = [phone for result in results for phone in result["saved"]]
    stale = sum(result["stale"] for result in results)
    assert len(saved) + stale == PROCESSES * SAVES
    with database.read_session() as session:
        organization = session.get(Organization, record_id)
        events = session.execute(
            select(AuditEvent.user_name, AuditEvent.changes)
            .where(AuditEvent.table_name == "organizations", AuditEvent.action == "update")
            .order_by(AuditEvent.id)
        ).all()
        contacts = session.scalar(select(func.count()).select_from(NeetContact))
        contact_events = session.scalar(
            select(func.count()).where(
                AuditEvent.table_name == "neet_contacts", AuditEvent.action == "create"
            )
        )
    database.close()
    assert organization.version == 1 + len(saved)  # every save that went through counted
    assert len(events) == len(saved)  # each with its audit event
    assert organization.phone == json.loads(events[-1].changes)["phone"][1]  # the last won
    assert sorted(json.loads(changes)["phone"][1] for _user, changes in events) == sorted(saved)
    assert contacts == contact_events == PROCESSES * IMPORTED


def _finished(worker: subprocess.Popen, number: int) -> dict:
    try:
        out, err = worker.communicate(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        worker.kill()
        worker.communicate()
        pytest.fail(f"process {number} was still waiting after {TIMEOUT_S} s: a lock left hanging")
    assert worker.returncode == 0, err.decode()
    return json.loads(out)
