"""`socialneet exchange conflicts` (issue 21): the open conflicts one a line, then a count."""

from __future__ import annotations

import argparse

from socialneet_desktop.cli.exchange_conflicts import cli_conflicts
from socialneet_desktop.db.models_exchange import ExchangeConflict
from socialneet_desktop.services.exchange.conflict_review import LOCAL, resolve
from tests.helpers_cli import run_socialneet
from tests.unit.test_conflict_review import _conflict, _contact


def test_the_command_lists_open_conflicts_then_counts_them(database, capsys):
    _record_id, uuid = _contact(database, phone="333 2222222")
    first = _conflict(database, uuid, "phone", "333 1111111", "333 2222222")
    with database.session() as session:
        session.add(
            ExchangeConflict(
                kind="contacts",
                record_uuid=uuid,
                field="birth_date",
                local_value='"2001-03-12"',
                incoming_value="null",
                applied=LOCAL,
            )
        )
    assert cli_conflicts(database, argparse.Namespace()) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3
    assert lines[0].startswith(f"#{first} ") and "Rossi Mario" in lines[0]
    assert "333 1111111" in lines[0] and "333 2222222" in lines[0]
    assert "Portatile Bruno" in lines[0] and "bruno" in lines[0]
    assert "12/03/2001" in lines[1] and "(empty)" in lines[1]
    assert lines[2] == "2 open conflicts to review"
    with database.session() as session:
        resolve(session, first, LOCAL, user="carla")
    cli_conflicts(database, argparse.Namespace())
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and lines[1] == "1 open conflict to review"


def test_the_command_in_a_process_of_its_own(database):
    """`socialneet exchange conflicts`, as a script would run it (the file closed first)."""
    _record_id, uuid = _contact(database, phone="333 2222222")
    _conflict(database, uuid, "phone", "333 1111111", "333 2222222")
    path = database.path
    database.close()
    env = {"LANG": "C", "PATH": "", "SYSTEMROOT": "", "QT_QPA_PLATFORM": "offscreen"}
    result = run_socialneet(path, "exchange", "conflicts", env=env)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 2 and "333 1111111" in lines[0] and "Portatile Bruno" in lines[0]
    assert lines[1] == "1 open conflict to review"
