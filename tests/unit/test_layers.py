"""The layers keep to their floor (shared/ARCHITECTURE.md), checked by scanning the modules
with ast, so that a word in a docstring or a comment does not count."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = ROOT / "socialneet_desktop"
BELOW_THE_FACES = ("db", "domain", "services", "exports", "printing", "importers")
TERMINAL_CALLS = {"print", "input"}
SYS_TERMINAL = {("sys", name) for name in ("stdout", "stderr", "stdin", "argv", "exit")}
# Moves to cli/privacy.py once helper J's last commits to it are in (issue 14, fault 2).
NOT_MOVED_YET = {PACKAGE / "services" / "privacy_commands.py"}


def python_modules(*packages: str) -> list[Path]:
    return sorted(path for name in packages for path in (PACKAGE / name).rglob("*.py"))


def terminal_uses(path: Path, root: Path = ROOT) -> list[str]:
    """ "file:line what" for every argparse import, print() or input() call and use of
    sys.stdout, sys.stderr, sys.stdin, sys.argv or sys.exit in the module."""
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if what := _terminal_use(node):
            found.append(f"{path.relative_to(root).as_posix()}:{node.lineno} {what}")
    return found


def _terminal_use(node: ast.AST) -> str:
    if isinstance(node, ast.Import):
        return "import argparse" if any(a.name == "argparse" for a in node.names) else ""
    if isinstance(node, ast.ImportFrom):
        return "from argparse import" if node.module == "argparse" else ""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        return f"{node.func.id}()" if node.func.id in TERMINAL_CALLS else ""
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        return f"sys.{node.attr}" if (node.value.id, node.attr) in SYS_TERMINAL else ""
    return ""


def test_no_argparse_print_or_terminal_below_the_faces():
    """Storage, services, exports, printing and importers serve the window and the command
    alike: arguments, the terminal and exit codes belong to the face, cli/."""
    modules = [path for path in python_modules(*BELOW_THE_FACES) if path not in NOT_MOVED_YET]
    found = [use for path in modules for use in terminal_uses(path)]
    assert not found, "move to socialneet_desktop/cli/: " + "; ".join(found)


def test_the_terminal_scan_finds_each_form_and_ignores_words(tmp_path):
    module = tmp_path / "sample.py"
    module.write_text(
        '"""print(x) and import argparse, in a docstring, do not count."""\n'
        "import sys, argparse\n"
        "from argparse import Namespace\n"
        "print('a')  # sys.stdout in a comment does not count\n"
        "answer = input('b')\n"
        "sys.stderr.write('c')\n"
        "sys.exit(1)\n",
        "utf-8",
    )
    assert sorted(terminal_uses(module, tmp_path)) == [
        "sample.py:2 import argparse",
        "sample.py:3 from argparse import",
        "sample.py:4 print()",
        "sample.py:5 input()",
        "sample.py:6 sys.stderr",
        "sample.py:7 sys.exit",
    ]
