"""Value mappings remembered between spreadsheet imports, per database, kind and column
(services/import_value_memory.py): what the office mapped once ("Consorzio" is "other") is
mapped so again next time, --value still wins, and nothing is remembered by a dry run, a
refused import or in another database."""

from __future__ import annotations

from sqlalchemy import select

from socialneet_desktop.cli import run_command
from socialneet_desktop.db.database import open_database
from socialneet_desktop.db.models import Organization
from socialneet_desktop.services.import_value_memory import remembered

HEADER = "Denominazione;Tipo ente\n"


def _import(database, path, rows: str, *options: str, title: str = "Tipo ente") -> int:
    path.write_text(HEADER.replace("Tipo ente", title) + rows, encoding="utf-8")
    command = ["import", "spreadsheet", "--kind", "organisations", str(path), *options]
    return run_command(command, database)


def _kinds(database) -> dict[str, str]:
    with database.read_session() as session:
        return dict(session.execute(select(Organization.name, Organization.kind)).all())


def test_a_value_mapped_once_is_mapped_so_next_time(database, tmp_path, capsys):
    value = ["--value", "kind=Consorzio=other"]
    assert _import(database, tmp_path / "gennaio.csv", "Alfa;Consorzio\n", *value) == 0
    capsys.readouterr()
    # next month's copy: another file, the column's title in capitals, the same words
    path = tmp_path / "febbraio.csv"
    rows = "Beta;CONSORZIO\nGamma;Coop. sociale tipo B\n"
    assert _import(database, path, rows, title="TIPO ENTE") == 0
    assert (
        "Column 'TIPO ENTE': 'CONSORZIO' mapped as the last import did" in capsys.readouterr().out
    )
    assert _kinds(database) == {
        "Alfa": "other",
        "Beta": "other",
        "Gamma": "social_cooperative",
    }


def test_the_command_line_value_wins_over_the_remembered_one(database, tmp_path):
    assert _import(database, tmp_path / "a.csv", "Alfa;Consorzio\n", "--value",
                   "kind=Consorzio=other") == 0  # fmt: skip
    assert _import(database, tmp_path / "b.csv", "Beta;Consorzio\n", "--value",
                   "kind=Consorzio=trade_association") == 0  # fmt: skip
    assert _kinds(database)["Beta"] == "trade_association"
    assert _import(database, tmp_path / "c.csv", "Delta;Consorzio\n") == 0  # the newest choice
    assert _kinds(database)["Delta"] == "trade_association"


def test_a_dry_run_or_a_refused_import_remembers_nothing(database, tmp_path):
    value = ["--value", "kind=Consorzio=other"]
    assert _import(database, tmp_path / "a.csv", "Alfa;Consorzio\n", *value, "--dry-run") == 0
    rows = "Alfa;Consorzio\nBeta;Sconosciuto\n"  # 'Sconosciuto' is no choice: rejected
    assert _import(database, tmp_path / "b.csv", rows, *value) == 1  # without --yes
    with database.read_session() as session:
        assert remembered(session, "organizations") == {}
    assert _import(database, tmp_path / "c.csv", "Gamma;Consorzio\n", "--yes") == 0
    assert _kinds(database) == {}  # 'Consorzio' read as written: rejected


def test_another_database_does_not_know_the_office_s_values(database, tmp_path):
    value = ["--value", "kind=Consorzio=other"]
    assert _import(database, tmp_path / "a.csv", "Alfa;Consorzio\n", *value) == 0
    other = open_database(tmp_path / "altra.sqlite")
    try:
        assert _import(other, tmp_path / "b.csv", "Beta;Consorzio\n", "--yes") == 0
        assert _kinds(other) == {}
    finally:
        other.close()


def test_the_several_kinds_import_remembers_each_kind_s_values(database, tmp_path):
    path = tmp_path / "incontri.csv"
    rows = (
        "Ente;Tipo ente;Cognome referente;Data incontro;Tipo incontro\n"
        "Alfa;Consorzio;Rossi;03/02/2025;Chiacchierata\n"
    )
    path.write_text(rows, encoding="utf-8")
    base = ["import", "spreadsheet", "--kind", "organisations,people,meetings", str(path)]
    values = ["--value", "kind=Consorzio=other", "--value", "meeting_type=Chiacchierata=other"]
    assert run_command([*base, *values], database) == 0
    with database.read_session() as session:
        organisations = remembered(session, "organizations")
        meetings = remembered(session, "meetings")
    assert organisations["tipo ente"] == {"field": "kind", "values": {"consorzio": "other"}}
    assert meetings["tipo incontro"]["values"] == {"chiacchierata": "other"}


def test_remembered_on_both_engines(engine_database, tmp_path):
    """The same on the office server (PostgreSQL) as in a file."""
    value = ["--value", "kind=Consorzio=other"]
    assert _import(engine_database, tmp_path / "a.csv", "Alfa;Consorzio\n", *value) == 0
    assert _import(engine_database, tmp_path / "b.csv", "Beta;Consorzio\n") == 0
    assert _kinds(engine_database) == {"Alfa": "other", "Beta": "other"}
