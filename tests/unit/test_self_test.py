"""`--self-test` works in-process and through `python -m socialneet_desktop` (no display)."""

from __future__ import annotations

import os
import subprocess
import sys

from socialneet_desktop.self_test import run_self_test


def test_the_self_test_passes_in_process(capsys):
    assert run_self_test() == 0
    output = capsys.readouterr().out
    assert "export the funder workbook" in output
    assert output.rstrip().endswith("SELF-TEST OK")


def test_a_failing_step_is_named_and_exits_1(monkeypatch, capsys):
    from socialneet_desktop import self_test

    def broken(_state):
        raise RuntimeError("no printer")

    monkeypatch.setattr(self_test, "STEPS", [*self_test.STEPS[:2], ("print", broken)])
    assert run_self_test() == 1
    assert "SELF-TEST FAILED: print: RuntimeError: no printer" in capsys.readouterr().out


def test_the_window_program_self_tests_without_a_display():
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    environment.pop("DISPLAY", None)
    environment.pop("WAYLAND_DISPLAY", None)
    result = subprocess.run(
        [sys.executable, "-m", "socialneet_desktop", "--self-test"],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SELF-TEST OK" in result.stdout
