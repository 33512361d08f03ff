"""The writing side of the kill test (tests/unit/test_crash_safety.py).

`python -m tests.helpers_crash` is a small fork server: it imports the app's database layer
once, then for each line `DB MODE SEED LOG` read on stdin forks a child that writes to DB
until it is killed, and answers the child's pid. `reap PID` waits for a killed child.

A child prints one line to LOG (its stdout, unbuffered) after each commit has returned:
`create UUID`, `update ID COUNTER`, `import BATCH` (1,000 contacts in one transaction) or
`migrated`; or `failed ERROR` if it stopped by itself. Anything not printed may or may not be
in the file; anything printed must be.

Everything a child would otherwise do once before its first commit (configuring the
SQLAlchemy mappers, ~130 ms; importing Alembic) is done here, before forking, so a kill
lands on writing, not on start-up, however busy the machine is.
"""

from __future__ import annotations

import os
import random
import sys
import uuid

from sqlalchemy import insert, select
from sqlalchemy.orm import configure_mappers

from socialneet_desktop.db import migrate  # noqa: F401 - imported before forking
from socialneet_desktop.db.database import open_database
from socialneet_desktop.db.models import NeetContact
from socialneet_desktop.services.records import create_record, update_record

IMPORT_ROWS = 1_000
MAX_SECONDS = 300  # a child nobody killed stops by itself (the test waits at most 120 s)


def main() -> None:
    import alembic.command  # noqa: F401 - the migration must not wait for this import

    configure_mappers()  # once here, not in every child before its first commit
    for line in sys.stdin:
        words = line.split()
        if words[0] == "reap":
            os.waitpid(int(words[1]), 0)
            _answer("reaped")
            continue
        pid = os.fork()
        if pid == 0:
            _child(*words)
        _answer(str(pid))


def _answer(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def _child(path: str, mode: str, seed: str, log: str) -> None:
    descriptor = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    os.dup2(descriptor, 1)
    os.close(descriptor)
    signal_alarm()
    try:
        _work(path, mode, int(seed))
    except BaseException as error:  # noqa: BLE001 - told to the test, which fails on it
        _say(f"failed {error!r}".replace("\n", " "))
    finally:
        os._exit(0)


def signal_alarm() -> None:
    import signal

    signal.alarm(MAX_SECONDS)


def _say(text: str) -> None:
    os.write(1, (text + "\n").encode())


def _work(path: str, mode: str, seed: int) -> None:
    rng = random.Random(seed)
    database = open_database(path)  # at base revision in "migrate" mode: migrates here
    if mode == "migrate":
        _say("migrated")
    counter = seed * 1_000_000  # grows from run to run: the newest update has the largest
    while True:
        roll = rng.random()
        if roll < 0.2:
            _bulk_import(database)
        elif roll < 0.6:
            counter += 1
            _update(database, rng, counter)
        else:
            with database.session() as session:
                record = create_record(
                    session, NeetContact, {"last_name": "Rossi", "notes": "single"}, user="k"
                )
                made = record.uuid
            _say(f"create {made}")


def _update(database, rng: random.Random, counter: int) -> None:
    with database.session() as session:
        ids = session.scalars(
            select(NeetContact.id).where(NeetContact.notes.not_like("batch:%")).limit(50)
        ).all()
        if not ids:
            return
        record = session.get(NeetContact, rng.choice(ids))
        update_record(
            session, NeetContact, record.id, record.version, {"first_name": f"n{counter}"}, user="k"
        )
        record_id = record.id
    _say(f"update {record_id} {counter}")


def _bulk_import(database) -> None:
    batch = str(uuid.uuid4())
    rows = [
        {"uuid": str(uuid.uuid4()), "last_name": f"Import {n}", "notes": f"batch:{batch}"}
        for n in range(IMPORT_ROWS)
    ]
    with database.session() as session:
        session.execute(insert(NeetContact), rows)
    _say(f"import {batch}")


if __name__ == "__main__":
    main()
