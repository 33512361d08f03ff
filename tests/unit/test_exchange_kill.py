"""A SIGKILL in the middle of receiving a package leaves the database as it was, and the
package can be received again (issue 21). The child process receives the package for real
and is killed once it has written records of it in its transaction."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest
from sqlalchemy import func, select

from socialneet_desktop.db.models import Organization
from socialneet_desktop.db.models_exchange import ChangeLogEntry, ExchangePeer
from socialneet_desktop.services import records
from socialneet_desktop.services.exchange import apply
from tests.helpers_exchange import PASSPHRASE, Post, migrated_template, new_device, snapshot

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

CHILD = textwrap.dedent(
    """
    import sys, time
    from sqlalchemy import Engine, event
    from socialneet_desktop.db.database import open_database
    from socialneet_desktop.services.exchange import apply

    def written(connection, statement, *args):
        table = getattr(statement, "table", None)
        if table is not None and table.name == "change_log":  # records written, log next
            print("WRITING", flush=True)
            time.sleep(600)  # killed here

    database = open_database(sys.argv[1])
    event.listen(Engine, "after_execute", written)
    apply.import_package(database, sys.argv[2], sys.argv[3])
    print("DONE", flush=True)
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_killed_import_leaves_the_database_as_it_was(tmp_path):
    template = migrated_template(tmp_path)
    office = new_device(template, tmp_path / "office.sqlite", "Ufficio")
    laptop = new_device(template, tmp_path / "laptop.sqlite", "Portatile")
    with office.session() as session:
        rows = [{"name": f"Associazione {n}", "kind": "third_sector"} for n in range(2000)]
        records.create_records(session, Organization, rows, user="sara")
    post = Post(tmp_path)
    path = post.prepare(office, laptop, full=True)
    before = snapshot(laptop)
    laptop.close()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(tmp_path / "laptop.sqlite"), str(path), PASSPHRASE],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert child.stdout.readline().strip() == "WRITING"
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == -signal.SIGKILL
    from socialneet_desktop.db.database import open_database

    laptop = open_database(tmp_path / "laptop.sqlite")
    assert snapshot(laptop) == before
    with laptop.read_session() as session:  # nor a row of its log, nor an acknowledgement
        assert session.scalar(select(func.count()).select_from(ChangeLogEntry)) == 0
        assert session.scalar(select(func.count()).select_from(ExchangePeer)) == 0
    report = apply.import_package(laptop, path, PASSPHRASE)
    assert report.created == 2000
    assert snapshot(laptop) == snapshot(office)
    laptop.close()
    office.close()
