"""A cancelled restore loses nothing, even when another process then opens and closes the file
and the window is killed: every edit the window committed is read back by a fresh process.

Real processes throughout: the window runs in a child (tests/helpers_opening.py), a third
process opens and closes the file with sqlite3 as a backup tool or the `socialneet` command
would, the child is killed with SIGKILL, and a fourth process reads the file.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from socialneet_desktop.db.database import open_database
from socialneet_desktop.services.demo import fill_demo

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 120  # seconds; a generous bound on a stuck child, not a speed requirement

OPEN_AND_CLOSE = (
    "import sqlite3, sys\n"
    "connection = sqlite3.connect(sys.argv[1])\n"
    "connection.execute('SELECT count(*) FROM neet_contacts').fetchone()\n"
    "connection.close()\n"
)
READ_UUIDS = (
    "import sqlite3, sys\n"
    "connection = sqlite3.connect(sys.argv[1])\n"
    "for (uuid,) in connection.execute('SELECT uuid FROM neet_contacts'):\n"
    "    print(uuid)\n"
    "connection.close()\n"
)


def run_python(code: str, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=True,
        cwd=ROOT,
    )
    return done.stdout


def demo_file(path: Path) -> Path:
    database = open_database(path)
    try:
        fill_demo(database, contacts=200, seed=3)
    finally:
        database.close()
    return path


class Window:
    """The child process running the window; each answer is one line of its stdout."""

    def __init__(self, path: Path, home: Path) -> None:
        environment = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            XDG_CONFIG_HOME=str(home / "config"),
            XDG_DATA_HOME=str(home / "data"),
        )
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.helpers_opening", str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=environment,
        )
        self.saved: list[str] = []

    def read_until(self, last: str) -> None:
        for line in self.process.stdout:
            words = line.split()
            if words[:1] == ["saved"]:
                self.saved.append(words[1])
            if line.strip() == last:
                return
        raise AssertionError(f"the window ended before saying {last!r}: {self.process.wait()}")

    def save(self, name: str) -> None:
        self.process.stdin.write(f"save {name}\n")
        self.process.stdin.flush()
        self.read_until("done")

    def kill(self) -> None:
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(TIMEOUT)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL exists only on POSIX")
def test_edits_after_a_cancelled_restore_survive_another_process_and_a_kill(tmp_path):
    path = demo_file(tmp_path / "ufficio.sqlite")
    window = Window(path, tmp_path / "home")
    try:
        window.read_until("ready")  # saved, restore cancelled, saved again
        run_python(OPEN_AND_CLOSE, str(path))  # a backup tool, a second window, the command
        window.save("After-the-other-process")
        window.save("Just-before-the-kill")
    finally:
        window.kill()
    assert len(window.saved) == 4
    found = set(run_python(READ_UUIDS, str(path)).split())
    missing = [uuid for uuid in window.saved if uuid not in found]
    assert not missing, f"committed edits lost after the kill: {missing}"
