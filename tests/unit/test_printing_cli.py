"""`socialneet print …`: every document from the command line; bad arguments refused."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from socialneet_desktop import cli
from socialneet_desktop.db import models
from socialneet_desktop.db.database import open_database
from socialneet_desktop.services.demo import fill_demo


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("print_cli")
    database = open_database(folder / "demo.sqlite")
    fill_demo(database, contacts=20)
    with database.read_session() as session:
        visit = session.scalars(select(models.MeetingPointVisit)).first()
        ids = {"visit": str(visit.id), "contact": str(visit.contact_id)}
    database.close()
    return folder, ids


def run(folder, *arguments: str) -> int:
    return cli.main(["--database", str(folder / "demo.sqlite"), "print", *arguments])


@pytest.mark.parametrize(
    "arguments",
    [
        ("visit", "--visit-id", "{visit}"),
        ("contact", "--contact-id", "{contact}"),
        ("consent", "--contact-id", "{contact}"),
        ("register", "--from", "01/01/2000", "--to", "31/12/2099"),
        ("register", "--day", "01/01/2000"),
        ("register", "--blank", "--day", "04/03/2031", "--rows", "12"),
        ("meetings", "--from", "01/01/2000", "--to", "31/12/2099"),
        ("resources", "--from", "01/01/2000", "--to", "31/12/2099", "--status", "reported"),
    ],
)
def test_each_document_is_written(demo, tmp_path, arguments):
    folder, ids = demo
    out = tmp_path / "out.pdf"
    assert run(folder, *(a.format(**ids) for a in arguments), "--out", str(out)) == 0
    assert len(PdfReader(out).pages) >= 1
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


@pytest.mark.parametrize(
    ("arguments", "named"),
    [
        (("visit", "--visit-id", "999999"), "--visit-id"),
        (("visit", "--visit-id", "abc"), "--visit-id"),
        (("contact", "--contact-id", "0"), "--contact-id"),
        (("consent", "--contact-id", "999999"), "--contact-id"),
        (("register", "--from", "31/02/2024", "--to", "01/03/2024"), "--from"),
        (("register", "--from", "02/03/2024", "--to", "01/03/2024"), "--to"),
        (("register", "--blank"), "--day"),
        (("register", "--to", "01/03/2024"), "--from"),
        (("meetings", "--from", "01/01/2024", "--to", "1 marzo"), "--to"),
        (("resources", "--from", "01/01/2024", "--to", "01/03/2024", "--status", "x"), "--status"),
    ],
)
def test_bad_arguments_are_refused_naming_them(demo, tmp_path, capsys, arguments, named):
    folder, _ids = demo
    out = tmp_path / "out.pdf"
    try:
        status = run(folder, *arguments, "--out", str(out))
    except SystemExit as stop:
        status = stop.code
    assert status == 2
    assert f"argument {named}" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("out", ["{tmp}/missing/out.pdf", "{tmp}/out.txt", "{tmp}"])
def test_a_bad_output_path_is_refused(demo, tmp_path, capsys, out):
    folder, ids = demo
    with pytest.raises(SystemExit) as stop:
        run(folder, "visit", "--visit-id", ids["visit"], "--out", out.format(tmp=tmp_path))
    assert stop.value.code == 2
    assert "argument --out" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_a_consent_form_without_the_association_details_is_refused(tmp_path, capsys):
    database = open_database(tmp_path / "empty.sqlite")
    with database.session() as session:
        contact = models.NeetContact(last_name="Rossi", first_name="Anna")
        session.add(contact)
        session.flush()
        contact_id = str(contact.id)
    database.close()
    out = tmp_path / "consenso.pdf"
    status = cli.main(
        ["--database", str(tmp_path / "empty.sqlite"), "print", "consent"]
        + ["--contact-id", contact_id, "--out", str(out)]
    )
    assert status == 1 and not out.exists()
    assert "Association details" in capsys.readouterr().err
