"""Streaming import: memory flat in rows, all-or-nothing kept, duplicates found across the
whole file, the report listing every row."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from socialneet_desktop.cli import run_command
from socialneet_desktop.importers import pipeline
from socialneet_desktop.importers.mapping import guess_mapping
from socialneet_desktop.importers.pipeline import ImportFailed, ImportPlan, analyse, import_rows
from socialneet_desktop.importers.readers import read_table

# A child process: opens a database, imports a first small file (so every module, the
# municipality list and SQLite's cache are loaded), then the measured one; prints how much
# its peak resident memory grew (ru_maxrss, kB on Linux) during the measured import.
CHILD = textwrap.dedent(
    """
    import resource, sys
    from pathlib import Path
    from socialneet_desktop.db.database import open_database
    from socialneet_desktop.importers.mapping import guess_mapping
    from socialneet_desktop.importers.pipeline import ImportPlan, import_rows
    from socialneet_desktop.importers.readers import read_table

    def run(database, path):
        table = read_table(Path(path))
        plan = ImportPlan("organizations", guess_mapping("organizations", table.headers))
        plan.defaults = {"kind": "other"}
        return import_rows(database, table, plan, user="test").count("created")

    warm, measured, folder = sys.argv[1:]
    run(open_database(Path(folder) / "warm.sqlite"), warm)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    created = run(open_database(Path(folder) / "measured.sqlite"), measured)
    print(created, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before)
    """
)


def _organisations(path, count: int, prefix: str = "Associazione", place: str = ""):
    with path.open("w", encoding="utf-8", newline="") as file:
        file.write("Denominazione;Codice fiscale;Note;Comune\r\n")
        for number in range(1, count + 1):
            file.write(f"{prefix} {number};;riga {number} del registro;{place}\r\n")
    return path


def _child(tmp_path, name: str, count: int) -> subprocess.Popen:
    folder = tmp_path / name
    folder.mkdir()
    warm = _organisations(folder / "warm.csv", 2_000, "Ente di prova")
    measured = _organisations(folder / "measured.csv", count)
    command = [sys.executable, "-c", CHILD, str(warm), str(measured), str(folder)]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _growth(child: subprocess.Popen, count: int) -> int:
    out, err = child.communicate(timeout=1800)
    assert child.returncode == 0, err
    created, grown_kb = (int(word) for word in out.split())
    assert created == count
    return grown_kb


def test_peak_memory_does_not_grow_with_the_rows(tmp_path):
    if not sys.platform.startswith("linux"):
        pytest.skip("ru_maxrss is in kilobytes on Linux only (bytes on macOS, absent on Windows)")
    small, large = _child(tmp_path, "small", 20_000), _child(tmp_path, "large", 200_000)
    small_kb, large_kb = _growth(small, 20_000), _growth(large, 200_000)
    # Ten times the rows: loading them all grew the peak about ten times (hundreds of MB).
    # Streamed, the growth is that of the chunks, the same for both; the allowance is wide.
    assert large_kb < 2 * small_kb + 40_000, (small_kb, large_kb)


def _plan(table):
    return ImportPlan(
        "organizations", guess_mapping("organizations", table.headers), {"kind": "aps"}
    )


def _stored(database) -> int:
    return database.record_counts()["organizations"]


def test_duplicates_are_found_across_chunks(database, tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "CHUNK", 7)  # many chunks for a file of 40 rows
    path = _organisations(tmp_path / "orgs.csv", 40)
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[38] = lines[3]  # line 39 repeats line 4 (of another chunk)
    lines[39] = "Associazione 3;;the same name again, in the same chunk as line 39;"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    table = read_table(path)
    with database.read_session() as session:
        report = analyse(session, table, _plan(table))
    duplicates = {row.number: row.issues[0].args for row in report.duplicates}
    assert duplicates == {39: ("4",), 40: ("4",)}, duplicates
    assert len(report.rows) == 40 and len(report.accepted) == 38
    assert [row.number for row in report.rows] == list(range(2, 42))


def test_a_refusal_in_the_last_row_writes_nothing(database, tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "CHUNK", 10)
    path = _organisations(tmp_path / "orgs.csv", 95)
    with path.open("a", encoding="utf-8") as file:
        file.write("Ultima;not-a-tax-code!;;\r\n")  # line 97, the last, in the tenth chunk
    argv = ["import", "spreadsheet", "--kind", "organizations", str(path), "--set", "kind=aps"]
    assert run_command(argv, database) == 1
    assert _stored(database) == 0
    table = read_table(path)
    with database.read_session() as session:
        assert [row.number for row in analyse(session, table, _plan(table)).rejected] == [97]


def test_a_failure_in_the_last_chunk_rolls_back_the_earlier_ones(database, tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "CHUNK", 10)
    table = read_table(_organisations(tmp_path / "orgs.csv", 95))
    original, calls = pipeline.create_records, []

    def failing_at_the_last(session, model, rows, *, user):
        calls.append(len(rows))
        ids = original(session, model, rows, user=user)
        if len(calls) == 10:
            raise OSError("disk full")  # after nine chunks went into the file
        return ids

    monkeypatch.setattr(pipeline, "create_records", failing_at_the_last)
    with pytest.raises(ImportFailed) as failed:
        import_rows(database, table, _plan(table), user="t")
    assert calls == [10] * 9 + [5]
    assert _stored(database) == 0
    assert failed.value.report.count("created") == 0
    monkeypatch.setattr(pipeline, "create_records", original)
    report = import_rows(database, table, _plan(table), user="t")
    assert report.count("created") == 95 and _stored(database) == 95
    assert all(row.action == "created" for row in report.rows)


def test_update_policy_streams_too(database, tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "CHUNK", 4)
    first = read_table(_organisations(tmp_path / "first.csv", 10, place="Terni"))
    import_rows(database, first, _plan(first), user="t")
    path = _organisations(tmp_path / "again.csv", 10, place="Terni")
    with path.open("a", encoding="utf-8") as file:
        file.write("Fondazione Cassa di Risparmio;;;Terni\r\nCircolo Arci Borgo Rivo;;;Terni\r\n")
    path.write_text(path.read_text().replace("riga", "nuova riga"), encoding="utf-8")
    table = read_table(path)
    plan = _plan(table)
    plan.duplicates = "update"
    report = import_rows(database, table, plan, user="t")
    assert (report.count("created"), report.count("updated"), report.count("skipped")) == (2, 10, 0)
    from socialneet_desktop.db.models import Organization

    with database.read_session() as session:
        notes = {o.name: o.notes for o in session.query(Organization)}
    assert notes["Associazione 7"] == "nuova riga 7 del registro" and len(notes) == 12
