"""The `socialneet` command as one package on the top floor: every sub-command is run by a
function of socialneet_desktop.cli, and cli.run_command runs any of them the way the command
does, on an open database or on a path."""

from __future__ import annotations

import argparse

from socialneet_desktop import cli
from socialneet_desktop.cli import run_command
from socialneet_desktop.db.in_use import marker_path


def _leaves(parser: argparse.ArgumentParser, words: tuple[str, ...] = ()):
    """(words, parser) of every sub-command that runs something."""
    children = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not children:
        yield words, parser
    for action in children:
        for name, child in action.choices.items():
            yield from _leaves(child, (*words, name))


def test_every_command_is_run_by_the_cli_package():
    leaves = list(_leaves(cli.build_parser()))
    assert (
        len(leaves) >= 17
    )  # info, demo, 6 print, backup, restore, check, 2 import, 2 export, 3 privacy
    outside = []
    for words, parser in leaves:
        for name in ("run", "run_path"):
            command = parser.get_default(name)
            if command is not None and not command.__module__.startswith("socialneet_desktop.cli."):
                outside.append(f"{' '.join(words)}: {name} in {command.__module__}")
    assert not outside, "; ".join(outside)


def test_on_a_path_the_database_is_opened_and_closed(tmp_path, capsys):
    path = tmp_path / "office.sqlite"
    assert run_command(["info"], path) == 0
    assert str(path) in capsys.readouterr().out
    assert not marker_path(path).exists()  # closed: the in-use marker is gone


def test_an_open_database_is_used_and_left_open(database, tmp_path, capsys):
    assert run_command(["demo", "--contacts", "3"], database) == 0
    assert "Demo data written to" in capsys.readouterr().out
    assert database.record_counts()["neet_contacts"] == 3  # still open, and it holds the data


def test_bad_arguments_return_status_2_naming_the_argument(database, tmp_path, capsys):
    out = tmp_path / "visit.pdf"
    argv = ["print", "visit", "--visit-id", "first", "--out", str(out)]
    assert run_command(argv, database) == 2
    assert "--visit-id" in capsys.readouterr().err
    assert not out.exists()
