"""The "in use" marker beside an open database file (db.in_use), like Access's .laccdb."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from socialneet_desktop.db import in_use
from tests.helpers_cli import run_socialneet

HOLD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from socialneet_desktop.db import in_use
    marker = in_use.claim(Path(sys.argv[1]))
    print("claimed", flush=True)
    sys.stdin.readline()
    marker.release()
    print("released", flush=True)
    """
)


HOLD_OPEN = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from socialneet_desktop.db.opening import open_file
    opened = open_file(Path(sys.argv[1]))
    print("open", flush=True)
    sys.stdin.readline()
    opened.database.close()
    print("closed", flush=True)
    """
)


def _socialneet(tmp_path: Path, database: Path, *arguments: str) -> subprocess.CompletedProcess:
    home = tmp_path / "home"
    env = os.environ | {"LANG": "C", "HOME": str(home), "XDG_DATA_HOME": str(home / "data")}
    return run_socialneet(database, *arguments, env=env)


def _write_marker(path: Path, **holder) -> bytes:
    entry = {"computer": "PC-UFFICIO2", "user": "Anna", "pid": 4242, "token": "t"} | holder
    data = json.dumps({"holders": [entry]}).encode()
    in_use.marker_path(path).write_bytes(data)
    return data


def _holding_process(path: Path) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout.readline().strip() == "claimed"
    return process


def _finish(process: subprocess.Popen) -> None:
    process.stdin.write("\n")
    process.stdin.flush()
    assert process.stdout.readline().strip() == "released"
    assert process.wait(timeout=60) == 0


def test_claim_writes_who_holds_the_file_and_release_removes_it(tmp_path):
    path = tmp_path / "socialneet.sqlite"
    marker = in_use.claim(path)
    written = json.loads((tmp_path / "socialneet.sqlite.in-use").read_text(encoding="utf-8"))
    [entry] = written["holders"]
    assert entry["computer"] == in_use.computer_name()
    assert entry["user"] == in_use.user_name()
    assert entry["pid"] == os.getpid()
    assert datetime.fromisoformat(entry["since"]).tzinfo is not None
    assert not path.exists()  # the database file itself is never touched
    marker.release()
    marker.release()  # twice is harmless
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # no marker, lock or temporary left


def test_another_computers_live_marker_refuses_with_names_and_time(tmp_path):
    path = tmp_path / "shared.sqlite"
    since = datetime.now().astimezone().replace(hour=9, minute=12, second=0)
    before = _write_marker(path, since=since.isoformat())
    with pytest.raises(in_use.InUseElsewhere) as refused:
        in_use.claim(path)
    error = refused.value
    assert (error.user, error.computer) == ("Anna", "PC-UFFICIO2")
    assert error.message == in_use.IN_USE_TODAY
    assert error.arguments == (path, "Anna", "PC-UFFICIO2", "09:12")
    assert (
        str(error)
        == f"{path} is in use by Anna on PC-UFFICIO2 since 09:12. It can be opened read-only."
    )
    assert in_use.marker_path(path).read_bytes() == before  # the other's claim is left alone


def test_a_claim_from_an_earlier_day_names_the_date(tmp_path):
    path = tmp_path / "shared.sqlite"
    since = (datetime.now().astimezone() - timedelta(days=3)).replace(hour=17, minute=5)
    _write_marker(path, since=since.isoformat())
    with pytest.raises(in_use.InUseElsewhere) as refused:
        in_use.claim(path)
    assert refused.value.message == in_use.IN_USE_EARLIER
    assert refused.value.arguments[3:] == (since.strftime("%d/%m/%Y"), "17:05")


def test_the_user_may_take_over_a_claim_of_another_computer(tmp_path):
    path = tmp_path / "shared.sqlite"
    _write_marker(path, since=datetime.now().astimezone().isoformat())
    marker = in_use.claim(path, take_over=True)
    assert [h.computer for h in in_use.holders(path)] == [in_use.computer_name()]
    marker.release()
    assert not in_use.marker_path(path).exists()


def test_a_marker_of_this_computer_whose_process_is_gone_is_taken_over(tmp_path):
    path = tmp_path / "stale.sqlite"
    finished = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    gone = int(finished.stdout)
    assert not in_use.process_is_running(gone)
    _write_marker(path, computer=in_use.computer_name(), pid=gone, since="2026-01-01T08:00:00")
    marker = in_use.claim(path)
    assert [h.pid for h in in_use.holders(path)] == [os.getpid()]
    marker.release()
    assert not in_use.marker_path(path).exists()


def test_two_programs_of_this_computer_both_hold_and_the_first_to_close_keeps_the_other(tmp_path):
    path = tmp_path / "local.sqlite"
    first = _holding_process(path)
    try:
        second = _holding_process(path)  # same computer, live process: allowed
        try:
            assert sorted(h.pid for h in in_use.holders(path)) == sorted([first.pid, second.pid])
            _finish(first)
            assert [h.pid for h in in_use.holders(path)] == [second.pid]
        finally:
            if second.poll() is None:
                _finish(second)
        assert not in_use.marker_path(path).exists()
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()


def test_two_claims_in_one_process_are_released_one_by_one(tmp_path):
    path = tmp_path / "twice.sqlite"
    window, command = in_use.claim(path), in_use.claim(path)
    window.release()
    assert [h.token for h in in_use.holders(path)] == [command.holder.token]
    command.release()
    assert not in_use.marker_path(path).exists()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="os.fork is POSIX only")
def test_a_forked_child_closing_its_copy_keeps_the_parents_claim(tmp_path):
    path = tmp_path / "forked.sqlite"
    marker = in_use.claim(path)
    child = os.fork()
    if child == 0:  # the child's copy of the marker is released, then the child leaves
        marker.release()
        os._exit(0)
    os.waitpid(child, 0)
    assert [h.token for h in in_use.holders(path)] == [marker.holder.token]
    marker.release()
    assert not in_use.marker_path(path).exists()


def test_a_killed_holder_is_stale_for_the_next_program(tmp_path):
    path = tmp_path / "killed.sqlite"
    holder = _holding_process(path)
    holder.kill()
    holder.wait()
    marker = in_use.claim(path)
    assert [h.pid for h in in_use.holders(path)] == [os.getpid()]
    marker.release()


def test_programs_claiming_at_the_same_moment_lose_nobodys_claim(tmp_path):
    path = tmp_path / "busy.sqlite"
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", HOLD, str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(6)
    ]
    try:
        for process in processes:
            assert process.stdout.readline().strip() == "claimed"
        assert sorted(h.pid for h in in_use.holders(path)) == sorted(p.pid for p in processes)
        for process in processes:
            process.stdin.write("\n")
            process.stdin.flush()
        for process in processes:
            assert process.stdout.readline().strip() == "released"
            assert process.wait(timeout=60) == 0
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
                process.wait()
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_lock_left_by_a_killed_process_does_not_block(tmp_path):
    path = tmp_path / "x.sqlite"
    lock = tmp_path / "x.sqlite.in-use.lock"
    lock.write_bytes(b"")
    an_hour_ago = lock.stat().st_mtime - 3600
    os.utime(lock, (an_hour_ago, an_hour_ago))
    marker = in_use.claim(path)
    assert [h.pid for h in in_use.holders(path)] == [os.getpid()]
    marker.release()
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_temporary_marker_left_by_a_killed_process_is_removed(tmp_path):
    path = tmp_path / "x.sqlite"
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True, check=True)  # fmt: skip
    marker = in_use.claim(path)
    marker.release()
    computer = "".join(c if c.isalnum() or c == "-" else "_" for c in in_use.computer_name())
    leftover = tmp_path / f".x.sqlite.in-use.{computer}.{int(finished.stdout)}.ab12.tmp"
    leftover.write_text("{", encoding="utf-8")
    living = tmp_path / f".x.sqlite.in-use.{computer}.{os.getpid()}.cd34.tmp"
    living.write_text("{", encoding="utf-8")
    marker = in_use.claim(path)
    assert not leftover.exists() and living.exists()
    marker.release()


def test_a_damaged_marker_counts_as_none(tmp_path):
    path = tmp_path / "x.sqlite"
    in_use.marker_path(path).write_text('{"holders": [{"comp', encoding="utf-8")
    marker = in_use.claim(path)
    assert [h.pid for h in in_use.holders(path)] == [os.getpid()]
    marker.release()


def test_claiming_keeps_sqlites_posix_lock_on_an_open_file(tmp_path):
    locks = Path("/proc/locks")
    if not locks.exists():
        pytest.skip("/proc/locks is Linux only: no way to see the process's POSIX locks here")
    path = tmp_path / "open.sqlite"
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("CREATE TABLE t (x)")
    connection.execute("BEGIN")
    connection.execute("SELECT * FROM t").fetchall()  # a read transaction: a SHARED lock
    inode = f":{os.stat(path).st_ino} "

    def held() -> list[str]:  # "N: POSIX ADVISORY READ pid dev:inode start end", without N
        lines = locks.read_text().splitlines()
        return sorted(line.split(":", 1)[1] for line in lines if inode in line)

    before = held()
    assert before
    marker = in_use.claim(path)
    marker.release()
    assert held() == before
    connection.execute("COMMIT")
    connection.close()


def test_socialneet_on_a_file_another_computer_holds_names_who_and_since(tmp_path):
    path = tmp_path / "shared.sqlite"
    assert _socialneet(tmp_path, path, "info").returncode == 0
    since = datetime.now().astimezone().replace(hour=9, minute=12, second=0)
    before_marker = _write_marker(path, since=since.isoformat())
    before = path.read_bytes()
    result = _socialneet(tmp_path, path, "info")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "in use by Anna on PC-UFFICIO2 since 09:12" in result.stderr
    assert path.read_bytes() == before
    assert in_use.marker_path(path).read_bytes() == before_marker


def test_a_command_beside_an_open_window_leaves_the_windows_claim(tmp_path):
    path = tmp_path / "office.sqlite"
    window = subprocess.Popen(
        [sys.executable, "-c", HOLD_OPEN, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=os.environ | {"HOME": str(tmp_path / "home"), "XDG_DATA_HOME": str(tmp_path / "d")},
    )
    try:
        assert window.stdout.readline().strip() == "open"
        assert [h.pid for h in in_use.holders(path)] == [window.pid]
        result = _socialneet(tmp_path, path, "info")  # same computer: allowed, SQLite locks
        assert result.returncode == 0, result.stderr
        assert [h.pid for h in in_use.holders(path)] == [window.pid]  # the command's is gone
        window.stdin.write("\n")
        window.stdin.flush()
        assert window.stdout.readline().strip() == "closed"
        assert window.wait(timeout=60) == 0
    finally:
        if window.poll() is None:
            window.kill()
            window.wait()
    assert not in_use.marker_path(path).exists()
