"""Two desktops on one office server (issue 20's "done when"): two processes, each the real
main window on the same PostgreSQL database under a virtual X display (xvfb-run). A save in
one is seen in the other after View > Refresh; the other's editor, opened before that save,
has its save refused (the record changed elsewhere) and the first save is kept. Screenshots
of both windows are written (SOCIALNEET_SHOTS, else the test's folder) to be looked at."""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from socialneet_desktop.db.models import Organization
from socialneet_desktop.db.server import open_server
from socialneet_desktop.services.records import create_record
from tests.conftest import ROOT
from tests.helpers_server import drop_database, new_database

ANSWER_TIMEOUT_S = 180  # a safety stop for a process that hangs, not a speed requirement


@pytest.fixture
def server(postgres_template):
    address = new_database(postgres_template)
    yield address
    drop_database(postgres_template, address.database)


class Desktop:
    """One window process; `ask(command)` sends a line and returns its JSON answer."""

    def __init__(self, url: str, home: Path) -> None:
        environment = dict(os.environ, QT_QPA_PLATFORM="xcb", XDG_CONFIG_HOME=str(home))
        environment["PYTHONPATH"] = str(ROOT)
        command = ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24"]
        command += [sys.executable, "-m", "tests.gui.server_window_run", url]
        self.process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=environment,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        self.answers: queue.Queue[dict] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.process.stdout:
            if line.startswith("{"):
                self.answers.put(json.loads(line))

    def ask(self, command: str) -> dict:
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        try:
            return self.answers.get(timeout=ANSWER_TIMEOUT_S)
        except queue.Empty:
            pytest.fail(f"the window process did not answer {command!r}")

    def rows_until(self, wanted: str, refresh: bool = False) -> list[str]:
        """The list's rows once `wanted` is among them (the list reads in a worker)."""
        if refresh:
            self.ask("refresh")
        deadline = time.monotonic() + ANSWER_TIMEOUT_S
        while time.monotonic() < deadline:
            rows = self.ask("rows")["rows"]
            if wanted in rows:
                return rows
            time.sleep(0.2)
        return rows

    def close(self) -> None:
        if self.process.poll() is None:
            try:
                self.ask("quit")
                self.process.wait(timeout=60)
            except (OSError, subprocess.TimeoutExpired):
                self.process.kill()
        self.process.wait()


def url_of(address) -> str:
    return f"postgresql+psycopg://{address.user}@{address.host}:{address.port}/{address.database}"


def test_two_desktops_see_each_others_saves_and_refuse_stale_ones(server, tmp_path):
    if shutil.which("xvfb-run") is None:
        pytest.skip("xvfb-run is not installed: the two windows need a virtual X display")
    shots = Path(os.environ.get("SOCIALNEET_SHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    database = open_server(server)
    with database.session() as session:
        values = {"name": "Comune di Narni", "kind": "public_body", "municipality_code": "F844"}
        record_id = create_record(session, Organization, values, user="setup").id
    database.close()
    first = Desktop(url_of(server), tmp_path / "first")
    second = Desktop(url_of(server), tmp_path / "second")
    try:
        assert "Comune di Narni" in first.rows_until("Comune di Narni")
        assert "Comune di Narni" in second.rows_until("Comune di Narni")
        title = second.ask("title")
        assert f"{server.database} on {server.host}" in title["title"]
        assert second.ask(f"open {record_id}")["version"] == 1  # before the first one saves
        first.ask(f"open {record_id}")
        first.ask("set name Comune di Narni (sede)")
        assert first.ask("save")["saved"] is True
        assert "Comune di Narni (sede)" in first.rows_until("Comune di Narni (sede)")
        assert "Comune di Narni (sede)" not in second.ask("rows")["rows"]  # not yet refreshed
        rows = second.rows_until("Comune di Narni (sede)", refresh=True)
        assert "Comune di Narni (sede)" in rows and "Comune di Narni" not in rows
        second.ask("set phone 0744 999")
        refused = second.ask(f"save {shots / 'second-refused.png'}")
        assert refused["saved"] is False and "changed" in refused["message"], refused
        first.ask(f"shot {shots / 'first.png'}")
        second.ask(f"shot {shots / 'second.png'}")
    finally:
        first.close()
        second.close()
    database = open_server(server)
    with database.read_session() as session:
        kept = session.get(Organization, record_id)
        assert (kept.name, kept.phone, kept.version) == ("Comune di Narni (sede)", "", 2)
    database.close()
    assert (shots / "first.png").stat().st_size > 0 and (shots / "second.png").exists()
