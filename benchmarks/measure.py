"""Shared by the benchmarks: whole processes, ours and a baseline interleaved, one table.

    from measure import Case, interleave, print_table   # benchmarks/ is on sys.path

A `Case` is one command line run as a new process each time. Its time is the process's wall
clock (launch to exit) unless `read` is given: then `read(stdout)` returns the seconds the
process measured itself (e.g. `socialneet-desktop --quit-after-first-rows` prints the time
from its start to the first rows painted). Peak memory is the child's own ru_maxrss
(os.wait4), so one child never counts another's (its floor is the ~15 MiB of the
forking Python, so tiny commands read as 15 MiB).

`interleave(cases, runs)` runs A B A B … (after one warm-up round that is not counted: the
disk cache is then the same for both), so a machine that slows down mid-way slows both sides
alike. `print_table` prints, per case, the median and min–max of the time and of the peak
memory, and the ratio of each case's median to the first case's (the baseline), with the
machine's load average, because a busy machine makes every number worse.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH_DATA = Path(os.environ.get("SOCIALNEET_BENCH_DATA", "/work/bench"))


@dataclass
class Case:
    """One thing to time: `command` (argv) run in `cwd` with `env` added to os.environ."""

    label: str
    command: Sequence[str]
    read: Callable[[str], float] | None = None  # seconds measured by the process itself
    env: dict[str, str] = field(default_factory=dict)
    before: Callable[[], None] | None = None  # run outside the clock before every run
    check: bool = True  # a non-zero exit status stops the benchmark


@dataclass
class Sample:
    seconds: float
    peak_kib: int


@dataclass
class Result:
    case: Case
    samples: list[Sample] = field(default_factory=list)

    @property
    def seconds(self) -> list[float]:
        return [sample.seconds for sample in self.samples]

    @property
    def peaks_mib(self) -> list[float]:
        return [sample.peak_kib / 1024 for sample in self.samples]


def python_command(*arguments: str) -> list[str]:
    return [sys.executable, *arguments]


BYTECODE = Path(tempfile.gettempdir()) / "socialneet-bench-bytecode"  # see `compiled`


def compiled(bytecode: Path = BYTECODE) -> dict[str, str]:
    """The environment of a process that runs from bytecode kept in `bytecode`, as an
    installed program does (pip and PyInstaller compile it): without it, under
    PYTHONDONTWRITEBYTECODE (set in this project's environment), every module of the
    checkout changed since its last .pyc was compiled is compiled again at every start.
    The uncounted warm-up round writes it."""
    return {"PYTHONDONTWRITEBYTECODE": "", "PYTHONPYCACHEPREFIX": str(bytecode)}


def environment(extra: dict[str, str]) -> dict[str, str]:
    """os.environ with the checkout importable and Qt offscreen unless a display is set."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(extra)
    return env


def run_once(case: Case) -> Sample:
    """One process of `case`: its seconds (wall clock or its own reading) and peak memory."""
    if case.before is not None:
        case.before()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        process = subprocess.Popen(
            list(case.command), stdout=out, stderr=err, env=environment(case.env), cwd=ROOT
        )
        _pid, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if case.check and process.returncode != 0:
        raise RuntimeError(
            f"{case.label}: exit status {process.returncode}\n{stdout[-2000:]}{stderr[-4000:]}"
        )
    seconds = case.read(stdout) if case.read is not None else wall
    return Sample(seconds, usage.ru_maxrss)


def interleave(cases: Sequence[Case], runs: int, *, warm_up: bool = True) -> list[Result]:
    """A B A B …: `runs` samples of each case, after one uncounted warm-up round."""
    results = [Result(case) for case in cases]
    if warm_up:
        for case in cases:
            run_once(case)
    for run in range(runs):
        for result in results:
            sample = run_once(result.case)
            result.samples.append(sample)
            print(
                f"  run {run + 1}/{runs} {result.case.label}: {sample.seconds:.3f} s, "
                f"{sample.peak_kib / 1024:.0f} MiB",
                file=sys.stderr,
                flush=True,
            )
    return results


def last_float(stdout: str) -> float:
    """The last line of stdout that is a number (a process printing its own seconds)."""
    for line in reversed(stdout.splitlines()):
        try:
            return float(line.strip().split()[-1])
        except (ValueError, IndexError):
            continue
    raise ValueError(f"no time printed:\n{stdout[-2000:]}")


def spread(values: Sequence[float], unit: str = "s", digits: int = 3) -> str:
    """ "1.234 s (1.100–1.500)": the median, then min–max."""
    median = statistics.median(values)
    return f"{median:.{digits}f} {unit} ({min(values):.{digits}f}–{max(values):.{digits}f})"


def print_table(title: str, results: Sequence[Result], *, memory: bool = True) -> None:
    """One row per case: median (min–max) of seconds and peak MiB, ratio to the first case."""
    print(f"\n{title}")
    runs = len(results[0].samples) if results else 0
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    print(f"({runs} runs each, interleaved; load average {load})")
    base = statistics.median(results[0].seconds) if results else 0.0
    header = f"{'case':<44}{'time: median (min–max)':>30}"
    header += f"{'peak MiB: median (min–max)':>30}" if memory else ""
    print(header + f"{'× baseline':>12}")
    for result in results:
        row = f"{result.case.label:<44}{spread(result.seconds):>30}"
        if memory:
            row += f"{spread(result.peaks_mib, 'MiB', 0):>30}"
        ratio = f"{statistics.median(result.seconds) / base:.2f}" if base >= 0.0005 else "—"
        print(row + f"{ratio:>12}")


def bench_database(size: str) -> Path:
    """The shared demo database of `size` ("10k", "100k", "1m") made by `socialneet demo`."""
    path = BENCH_DATA / f"demo-{size}.sqlite"
    if not (BENCH_DATA / f"READY-{size}").exists() or not path.exists():
        raise SystemExit(f"{path} is not ready (no {BENCH_DATA}/READY-{size})")
    return path


def private_copy(source: Path, folder: Path) -> Path:
    """A copy of a shared database to open read-write (the shared ones are never written);
    made again when the shared file is newer, else reused as the runs left it."""
    import shutil

    folder.mkdir(parents=True, exist_ok=True)
    target = folder / source.name
    if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
        partial = target.with_name(target.name + ".part")
        shutil.copyfile(source, partial)
        os.replace(partial, target)
        target.chmod(0o600)
        upgrade(target)
    elif _revision(target) != _revision_of_code():  # a migration came since it was made
        upgrade(target)
    return target


def _revision(path: Path) -> str | None:
    import sqlite3

    connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    except sqlite3.Error:
        return None
    finally:
        connection.close()


def _revision_of_code() -> str:
    from socialneet_desktop.db.migrate import HEAD_REVISION

    return HEAD_REVISION


def upgrade(database: Path) -> None:
    """Bring a copy to this version's schema with `socialneet info` (outside any clock): the
    window would otherwise stop at its "database upgraded" message. The copy kept before
    the migration is deleted: it is a benchmark's copy, not a user's file."""
    command = [sys.executable, "-m", "socialneet_desktop.cli", "--database", str(database)]
    subprocess.run(
        [*command, "info"], env=environment({}), cwd=ROOT, check=True, capture_output=True
    )
    for kept in database.parent.glob(f"{database.stem}.before-migration-*.sqlite"):
        kept.unlink()
