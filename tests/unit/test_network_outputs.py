"""The outputs of the cooperation network (issue 22) from `socialneet report network`: the
workbook's sheet "Indicatori" (name in A, value in B) with the hand-checked figures and the
tie list, GEXF read back by networkx, the one-page PDF; no person's name in any of them; the
command's refusals (reversed period, unknown tie kind, existing file, wrong suffix)."""

from __future__ import annotations

from datetime import date

import networkx as nx
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from socialneet_desktop import cli
from socialneet_desktop.db import models
from tests.unit import network_records as build

PERIOD = ["--from", "01/01/2025", "--to", "31/12/2025"]
PEOPLE = (("Ermenegilda", "Zappacosta"), ("Telesforo", "Quagliarella"))


def _network(session):
    """A, B, C met twice; D and E once; F alone. A answered naming B (a person of A's
    answered, people of B and D were at the meetings: none of them may appear)."""
    sectors = {"Ente A": "Cultura", "Ente B": "Cultura", "Ente C": "Sociale", "Ente D": "Sociale",
               "Ente E": "Sociale", "Ente F": ""}  # fmt: skip
    ids = build.organizations(session, sectors, sector=sectors)
    people = []
    for (first, last), org in zip(PEOPLE, ("Ente A", "Ente D"), strict=True):
        person = models.ContactPerson(organization_id=ids[org], first_name=first, last_name=last)
        session.add(person)
        session.flush()
        people.append(person)
    one = build.meeting(session, ids, date(2025, 2, 1), "Ente A", "Ente B", "Ente C")
    one.people = people
    build.meeting(session, ids, date(2025, 4, 1), "Ente A", "Ente B", "Ente C")
    build.meeting(session, ids, date(2025, 5, 1), "Ente D", "Ente E")
    answer = build.answer(session, ids, "Ente A", date(2025, 6, 1), {"Ente B": {"intensity": 3}})
    answer.respondent_person_id = people[0].id
    answer.respondent_role = "Presidente"
    return ids


def _indicators(path) -> dict[str, object]:
    sheet = load_workbook(path)["Indicatori"]
    return {row[0]: row[1] for row in sheet.iter_rows(min_row=2, values_only=True) if row[0]}


def _no_person(text: str) -> None:
    for first, last in PEOPLE:
        assert first not in text and last not in text


def test_the_workbook_gexf_and_pdf_hold_the_figures_and_no_person(database, tmp_path):
    with database.session() as session:
        _network(session)
    xlsx, gexf, pdf = (tmp_path / f"rete.{suffix}" for suffix in ("xlsx", "gexf", "pdf"))
    for out in (xlsx, gexf, pdf):
        assert cli.run_command(["report", "network", *PERIOD, "--out", str(out)], database) == 0
    figures = _indicators(xlsx)
    assert figures["Ties"] == 4 and figures["Isolates"] == 1 and figures["Components"] == 3
    assert figures["Density"] == pytest.approx(4 / 15)
    assert figures["Questionnaire response rate"] == pytest.approx(1 / 6)
    workbook = load_workbook(xlsx)
    ties = [row for row in workbook["Ties"].iter_rows(min_row=5, values_only=True)]
    assert ("Ente A", "Ente B") in {(row[0], row[1]) for row in ties}
    everything = " ".join(
        str(value)
        for sheet in workbook.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    )
    _no_person(everything)
    graph = nx.read_gexf(gexf)
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (6, 4)
    _no_person(gexf.read_text(encoding="utf-8"))
    text = "".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    assert len(PdfReader(str(pdf)).pages) == 1
    assert "Density" in text and "Before and after" in text
    _no_person(text)


def test_the_tie_kinds_and_the_rule_are_chosen(database, tmp_path):
    with database.session() as session:
        _network(session)
    out = tmp_path / "solo.xlsx"
    argv = ["report", "network", *PERIOD, "--ties", "questionnaire", "--rule", "both"]
    assert cli.run_command([*argv, "--out", str(out)], database) == 0
    assert _indicators(out)["Ties"] == 0  # B did not answer: under "both" no tie
    again = tmp_path / "either.xlsx"
    argv = ["report", "network", *PERIOD, "--ties", "questionnaire"]
    assert cli.run_command([*argv, "--out", str(again)], database) == 0
    assert _indicators(again)["Ties"] == 1


def test_the_command_refuses_bad_arguments_and_writes_nothing(database, tmp_path, capsys):
    out = tmp_path / "rete.xlsx"
    reversed_ = ["--from", "31/12/2025", "--to", "01/01/2025"]
    assert cli.run_command(["report", "network", *reversed_, "--out", str(out)], database) == 2
    argv = ["report", "network", *PERIOD, "--ties", "phone", "--out", str(out)]
    assert cli.run_command(argv, database) == 2
    assert "unknown tie kind 'phone'" in capsys.readouterr().err
    argv = ["report", "network", *PERIOD, "--out", str(tmp_path / "r.docx")]
    assert cli.run_command(argv, database) == 2
    assert not out.exists()
    out.write_bytes(b"mine")
    assert cli.run_command(["report", "network", *PERIOD, "--out", str(out)], database) == 2
    assert "already exists" in capsys.readouterr().err and out.read_bytes() == b"mine"
