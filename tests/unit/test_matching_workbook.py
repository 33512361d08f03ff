"""The matching workbook (issue 23) written and read back with openpyxl: the open needs with
their ranked proposals and reasons, the heat-map matrix, the weights; the offline scoring
round trip (a delegate fills the scoring sheet, the marks come back and change the rank);
a bad row refuses the whole file, naming row and column, nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from socialneet_desktop.db.models import ContactPerson, Organization, Staff, UnusedResource
from socialneet_desktop.db.models_needs import DelegateMark, Need
from socialneet_desktop.exports.matching_workbook import write_matching_workbook
from socialneet_desktop.importers import matching_marks
from socialneet_desktop.services.matching import proposals

TERNI, NARNI = "L117", "F844"


@pytest.fixture
def world(database):
    with database.session() as session:
        org = Organization(name="APS Terni Giovani", kind="aps", municipality_code=TERNI)
        staff = Staff(first_name="Paola", last_name="Conti")
        session.add_all([org, staff])
        session.flush()
        session.add(ContactPerson(organization_id=org.id, first_name="Gino", last_name="Bassi"))
        session.add(
            Need(
                title="Sala per il doposcuola", category="premises", organization_id=org.id,
                municipality_code=TERNI, quantity=40, unit="m²", urgency=3,
            )
        )  # fmt: skip
        session.add(Need(title="Furgone", category="vehicles", group_description="Giovani (6)"))
        for title, place, size in (("Ex scuola", TERNI, 50), ("Locale di Narni", NARNI, 45)):
            session.add(
                UnusedResource(
                    title=title, category="premises", status="verified",
                    municipality_code=place, quantity=size, unit="m²",
                )
            )  # fmt: skip
    return database


def written(database, tmp_path) -> Path:
    path = tmp_path / "matching.xlsx"
    write_matching_workbook(database, path)
    return path


def values(sheet) -> list[list]:
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def test_the_workbook_lists_the_open_needs_with_their_ranked_proposals_and_reasons(world, tmp_path):
    book = load_workbook(written(world, tmp_path))
    assert book.sheetnames == ["Open needs and their proposals", "Matrix", "Scoring", "Weights"]
    rows = values(book["Open needs and their proposals"])
    assert rows[2][0].startswith("Weights of the score: Category fit 25, Distance 20")
    body = rows[4:]
    assert [(row[0], row[4], row[5]) for row in body] == [
        ("Sala per il doposcuola", 1, "Ex scuola"),
        ("Sala per il doposcuola", 2, "Locale di Narni"),
        ("Furgone", None, "no resource passes the hard rules"),
    ]
    assert body[0][7] > body[1][7]  # the scores, best first
    assert "same municipality" in body[0][12] and "neighbouring municipality" in body[1][12]
    assert body[2][1] == "Giovani (6)"
    assert values(book["Weights"])[4:] == [
        ["Category fit", 25], ["Distance", 20], ["Time overlap", 20], ["Capacity fit", 15],
        ["Urgency", 10], ["Cooperation tie", 10],
    ]  # fmt: skip


def test_the_matrix_is_a_heat_map_of_needs_by_resources(world, tmp_path):
    sheet = load_workbook(written(world, tmp_path))["Matrix"]
    rows = values(sheet)
    assert rows[3] == ["Need", "Ex scuola", "Locale di Narni"]
    sala, furgone = rows[4], rows[5]
    assert sala[0] == "Sala per il doposcuola" and sala[1] > sala[2] > 0
    assert furgone == ["Furgone", None, None]
    best, other = sheet.cell(5, 2).fill.start_color.rgb, sheet.cell(5, 3).fill.start_color.rgb
    assert best != other and best.endswith(best[-6:]) and best[-6:] != "FFFFFF"


def fill_scoring(path: Path, marks: dict[str, tuple[str, object, str]]) -> None:
    """Write delegate, mark and note against the resources named (as a delegate would)."""
    book = load_workbook(path)
    sheet = book["Scoring"]
    for row in range(5, sheet.max_row + 1):
        resource = sheet.cell(row, 4).value
        if resource in marks:
            for column, value in zip((7, 8, 9), marks[resource], strict=True):
                sheet.cell(row, column).value = value
    book.save(path)


def test_the_offline_scoring_round_trip_changes_the_rank(world, tmp_path):
    path = written(world, tmp_path)
    fill_scoring(
        path,
        {
            "Locale di Narni": ("Conti Paola", 9, "Chiavi già disponibili"),
            "Ex scuola": ("Gino Bassi", "3", ""),
        },
    )
    rows = matching_marks.read_rows(path)
    with world.session() as session:
        outcome = matching_marks.import_marks(session, rows, "anna")
    assert (outcome.written, outcome.problems) == (2, [])
    with world.read_session() as session:
        need = session.query(Need).filter_by(title="Sala per il doposcuola").one()
        found = proposals.candidates(session, need.id)
        marks = session.query(DelegateMark).order_by(DelegateMark.mark).all()
    assert [c.resource_title for c in found] == ["Locale di Narni", "Ex scuola"]
    assert [(m.mark, m.note, m.staff_id is None) for m in marks] == [
        (3, "", True),
        (9, "Chiavi già disponibili", False),
    ]


@pytest.mark.parametrize(
    ("entry", "column", "words"),
    [
        (("Conti Paola", 10, ""), "Note", "required for a mark of 10"),
        (("Conti Paola", 11, "x"), "Mark (1-10)", "not a whole number from 1 to 10"),
        (("Conti Paola", "otto", ""), "Mark (1-10)", "not a whole number from 1 to 10"),
        (("Mario Rossi", 6, ""), "Delegate", "Mario Rossi is neither one of our staff"),
        ((None, 6, ""), "Delegate", "Write the delegate's name"),
    ],
)
def test_a_bad_row_refuses_the_whole_file_naming_row_and_column(
    world, tmp_path, entry, column, words
):
    path = written(world, tmp_path)
    fill_scoring(path, {"Ex scuola": ("Conti Paola", 7, ""), "Locale di Narni": entry})
    rows = matching_marks.read_rows(path)
    with world.session() as session:
        outcome = matching_marks.import_marks(session, rows, "anna")
    assert outcome.written == 0
    (problem,) = outcome.problems
    assert problem.text().startswith(f"Row 6, {column}: ") and words in problem.text()
    with world.read_session() as session:
        assert session.query(DelegateMark).count() == 0


def test_a_code_changed_by_hand_is_refused(world, tmp_path):
    path = written(world, tmp_path)
    fill_scoring(path, {"Ex scuola": ("Conti Paola", 7, "")})
    book = load_workbook(path)
    book["Scoring"].cell(5, 3).value = "not-a-code"
    book.save(path)
    with world.session() as session:
        outcome = matching_marks.import_marks(session, matching_marks.read_rows(path), "anna")
    assert [p.text() for p in outcome.problems] == [
        "Row 5, Resource code: no unused resource has this code."
    ]


def test_a_workbook_of_another_kind_is_refused_by_name(world, tmp_path):
    from openpyxl import Workbook

    other = tmp_path / "other.xlsx"
    book = Workbook()
    book.active.append(["Nome", "Cognome"])
    book.save(other)
    with pytest.raises(matching_marks.NotAScoringFile) as refusal:
        matching_marks.read_rows(other)
    assert refusal.value.args_ == (str(other),)


def test_the_command_writes_the_workbook_and_refuses_with_status_2(world, tmp_path, capsys):
    from socialneet_desktop import cli

    out = tmp_path / "abbinamenti.xlsx"
    assert cli.run_command(["report", "matching", "--out", str(out)], world) == 0
    assert load_workbook(out).sheetnames[0] == "Open needs and their proposals"
    capsys.readouterr()
    assert cli.run_command(["report", "matching", "--out", str(out)], world) == 2
    assert "already exists" in capsys.readouterr().err
    assert cli.run_command(["report", "matching", "--out", str(out), "--overwrite"], world) == 0
    text = tmp_path / "matching.csv"
    assert cli.run_command(["report", "matching", "--out", str(text)], world) == 2
    assert not text.exists()
