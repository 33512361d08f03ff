"""The cooperation questionnaire's round trip (issue 22): the printable form lists the
organisations, the spreadsheet template made for one of them is filled in (as a person would,
with openpyxl), imported, and becomes an answer whose ties the network reads; a template with
mistakes is refused naming each cell, nothing saved."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import func, select

from socialneet_desktop.db import models
from socialneet_desktop.exports.network_questionnaire import write_template
from socialneet_desktop.importers.questionnaire import QuestionnaireError, read_answer
from socialneet_desktop.printing.network_questionnaire import write_questionnaire_pdf
from socialneet_desktop.services.document_data import Letterhead
from socialneet_desktop.services.network import questionnaire as q
from socialneet_desktop.services.network import ties
from tests.unit import network_records as build

NAMES = ["Comune di Narni", "Cooperativa Alba & Co.", "APS Controvento", "ODV Il Ponte"]


def _template(database, tmp_path):
    with database.session() as session:
        ids = build.organizations(session, NAMES)
    with database.read_session() as session:
        listed = q.listed_organizations(session)
    respondent = next(o for o in listed if o.name == "Comune di Narni")
    path = tmp_path / "questionario.xlsx"
    write_template(path, listed, respondent)
    return ids, listed, path


def _rows(sheet) -> dict[str, int]:
    return {sheet.cell(row, 2).value: row for row in range(q.FIRST_ROW, sheet.max_row + 1)}


def test_the_printed_questionnaire_lists_every_organisation(database, tmp_path):
    with database.session() as session:
        build.organizations(session, NAMES)
    with database.read_session() as session:
        listed = q.listed_organizations(session)
    path = tmp_path / "questionario.pdf"
    write_questionnaire_pdf(path, Letterhead("Associazione"), listed, listed[0])
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    for name in NAMES:
        if name != listed[0].name:
            assert name in text
    assert "Trust (1-4)" in " ".join(text.split()) and "Organisation answering" in text


def test_fill_the_template_import_it_and_the_ties_follow(database, tmp_path):
    ids, listed, path = _template(database, tmp_path)
    workbook = load_workbook(path)
    sheet = workbook[q.SHEET]
    rows = _rows(sheet)
    assert "Comune di Narni" not in rows  # the answering one is not listed to itself
    sheet.cell(q.DATE_ROW, 3).value = "15/03/2025"
    sheet.cell(q.ROLE_ROW, 3).value = "Assessore alle politiche giovanili"
    alba, ponte = rows["Cooperativa Alba & Co."], rows["ODV Il Ponte"]
    for column, value in ((3, "x"), (4, "x"), (8, 3), (9, 2019), (10, 4), (11, 3)):
        sheet.cell(alba, column).value = value
    for column, value in ((5, "sì"), (8, "2")):
        sheet.cell(ponte, column).value = value
    workbook.save(path)
    with database.read_session() as session:
        answer = read_answer(path, q.listed_organizations(session))
    with database.session() as session:
        q.save_answer(session, answer, user="test")
    with database.read_session() as session:
        found = ties.nominations(session)
        saved = session.scalars(select(models.CoopAnswer)).one()
        assert (saved.answered_on, saved.respondent_role) == (
            date(2025, 3, 15),
            "Assessore alle politiche giovanili",
        )
    by_target = {n.target: n for n in found}
    narni = ids["Comune di Narni"]
    assert {n.source for n in found} == {narni}
    assert set(by_target) == {ids["Cooperativa Alba & Co."], ids["ODV Il Ponte"]}
    first = by_target[ids["Cooperativa Alba & Co."]]
    assert first.relations == {"information", "referral"}
    assert (first.intensity, first.trust, first.value) == (3, 4, 3)
    second = by_target[ids["ODV Il Ponte"]]
    assert second.relations == {"joint_project"} and second.intensity == 2


def test_a_template_with_mistakes_is_refused_naming_each_cell(database, tmp_path):
    _ids, _listed, path = _template(database, tmp_path)
    workbook = load_workbook(path)
    sheet = workbook[q.SHEET]
    rows = _rows(sheet)
    sheet.cell(q.DATE_ROW, 3).value = "31/02/2025"
    alba, aps = rows["Cooperativa Alba & Co."], rows["APS Controvento"]
    sheet.cell(alba, 3).value = "x"
    sheet.cell(alba, 8).value = 7  # intensity out of the scale
    sheet.cell(aps, 8).value = 2  # an intensity, no relation marked
    workbook.save(path)
    with database.read_session() as session, pytest.raises(QuestionnaireError) as refused:
        read_answer(path, q.listed_organizations(session))
    problems = refused.value.problems
    assert any(p.startswith(f"Cell C{q.DATE_ROW}") for p in problems)
    assert any(p.startswith(f"Cell H{alba} (Cooperativa Alba & Co.)") for p in problems)
    assert any(p.startswith(f"Row {aps} (APS Controvento)") for p in problems)
    with database.read_session() as session:
        assert session.scalar(select(func.count()).select_from(models.CoopAnswer)) == 0


def test_another_file_is_refused_as_not_a_template(database, tmp_path):
    from openpyxl import Workbook

    path = tmp_path / "altro.xlsx"
    Workbook().save(path)
    with pytest.raises(QuestionnaireError) as refused:
        read_answer(path, [])
    assert "is not a cooperation questionnaire template" in refused.value.problems[0]
