"""The `socialneet` command, run as a user would, on real files."""

from __future__ import annotations

import hashlib

import pytest

from socialneet_desktop import cli
from socialneet_desktop.paths import DATABASE_ENV, chosen_database_path, default_database_path
from tests.helpers_cli import run_socialneet


def test_info_creates_and_describes_a_new_database(tmp_path, capsys):
    path = tmp_path / "office.sqlite"
    assert cli.main(["--database", str(path), "info"]) == 0
    out = capsys.readouterr().out
    assert str(path) in out and "NEET contacts: 0" in out
    assert path.exists()


def test_a_foreign_file_is_refused_with_a_message_and_left_alone(tmp_path, capsys):
    path = tmp_path / "contatti.sqlite"
    path.write_text("Rossi;Mario;Terni\n", encoding="utf-8")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    assert cli.main(["--database", str(path), "info"]) == 1
    assert "not a SQLite file" in capsys.readouterr().err
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


def test_the_contact_count_must_be_a_positive_whole_number(tmp_path, capsys):
    for bad in ("abc", "0", "-5"):
        with pytest.raises(SystemExit) as exit_info:
            cli.main(["--database", str(tmp_path / "x.sqlite"), "demo", "--contacts", bad])
        assert exit_info.value.code == 2
        assert "--contacts" in capsys.readouterr().err


def test_environment_variable_chooses_the_database(tmp_path, monkeypatch):
    monkeypatch.setenv(DATABASE_ENV, str(tmp_path / "from-env.sqlite"))
    assert chosen_database_path(None) == tmp_path / "from-env.sqlite"
    assert chosen_database_path(str(tmp_path / "cli.sqlite")) == tmp_path / "cli.sqlite"
    monkeypatch.delenv(DATABASE_ENV)
    assert chosen_database_path(None) == default_database_path()
    assert default_database_path().name == "socialneet.sqlite"
    assert default_database_path().parent.name == "SocialNEET"


def test_the_installed_command_runs_in_its_own_process(tmp_path):
    path = tmp_path / "proc.sqlite"
    result = run_socialneet(path, "info", env={"LANG": "C", "PATH": "", "SYSTEMROOT": ""})
    assert result.returncode == 0, result.stderr
    assert "Meeting Point visits: 0" in result.stdout


def test_demo_fills_every_kind_and_refuses_to_add_to_real_data(tmp_path, capsys):
    path = tmp_path / "prova.sqlite"
    assert cli.main(["--database", str(path), "demo", "--contacts", "40"]) == 0
    capsys.readouterr()
    assert cli.main(["--database", str(path), "info"]) == 0
    out = capsys.readouterr().out
    assert "NEET contacts: 40" in out
    for line in out.splitlines()[1:]:
        assert int(line.rsplit(":", 1)[1]) > 0, f"no demo records for {line}"
    assert cli.main(["--database", str(path), "demo", "--contacts", "5"]) == 2
    assert "--append" in capsys.readouterr().err
    assert cli.main(["--database", str(path), "demo", "--contacts", "5", "--append"]) == 0
    capsys.readouterr()
    cli.main(["--database", str(path), "info"])
    assert "NEET contacts: 45" in capsys.readouterr().out
