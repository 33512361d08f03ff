"""The `socialneet` command run in a process of its own, as a user or a script would."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_socialneet(
    database: Path, *arguments: str, env: dict[str, str], timeout: float = 600
) -> subprocess.CompletedProcess:
    """`socialneet --database DATABASE ARGUMENTS…` with `env` as its whole environment."""
    return subprocess.run(
        [sys.executable, "-m", "socialneet_desktop.cli", "--database", str(database), *arguments],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
        timeout=timeout,
    )
