"""The project's promises about itself: CI runs the README's test command."""

from __future__ import annotations

import re

from tests.conftest import ROOT


def readme_commands() -> list[str]:
    return re.findall(
        r"```\n(python -m pip install[^\n]*)\n```", (ROOT / "README.md").read_text("utf-8")
    )


def test_ci_runs_exactly_the_readme_test_command():
    commands = readme_commands()
    assert len(commands) == 2, "the README gives two commands: run the app, run the tests"
    run_app, run_tests = commands
    assert "socialneet-desktop" in run_app
    ci_lines = (ROOT / ".ci" / "run").read_text("utf-8").splitlines()
    assert run_tests in ci_lines


def test_the_entry_points_are_declared():
    pyproject = (ROOT / "pyproject.toml").read_text("utf-8")
    assert 'socialneet-desktop = "socialneet_desktop.app:main"' in pyproject
    assert 'socialneet = "socialneet_desktop.cli:main"' in pyproject


def test_every_python_package_is_listed_for_installation():
    import tomllib

    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"][
            "packages"
        ]
    )
    found = {
        ".".join(path.parent.relative_to(ROOT).parts)
        for path in (ROOT / "socialneet_desktop").rglob("__init__.py")
    }
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"
    assert "socialneet_desktop.resources" in listed
