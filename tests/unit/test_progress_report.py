"""The progress report (issue 19) of a small hand-made database, read back: the Word document
with python-docx (a heading per activity, the office's italic placeholder in each, the
meetings' and the annexes' table rows), the PDF with pypdf, in English and Italian; no young
person named anywhere; an empty or reversed period refused naming it; the command's exit
codes."""

from __future__ import annotations

from datetime import date, time

import docx
import pytest
from pypdf import PdfReader

from socialneet_desktop import cli
from socialneet_desktop.db import models
from socialneet_desktop.db.models_path import (
    Attendance,
    CourseSession,
    Enrolment,
    TrainingCourse,
)
from socialneet_desktop.exports.progress_report import write_docx
from socialneet_desktop.i18n import fill, in_italian
from socialneet_desktop.printing.progress_pdf import write_pdf
from socialneet_desktop.services.progress_sections import EmptyPeriod, progress_report
from tests.unit.test_target_progress import hand_made

START, END = date(2026, 1, 1), date(2026, 6, 30)
YOUNG = ("Verdi", "Luca", "Neri", "Sara")


def with_course_and_people(session) -> dict[str, int]:
    """The targets' database, plus: a person of the Comune at the February meeting, a
    course of 2.2.1 with three sessions in the period (one after it), two enrolled (one
    present at the first two sessions, the other at the first), a resource surveyed."""
    ids = hand_made(session)
    comune = session.query(models.Organization).filter_by(name="Comune di Terni").one()
    person = models.ContactPerson(
        organization_id=comune.id, first_name="Maria", last_name="Rossi", role="assessora"
    )
    session.add(person)
    session.flush()
    february = session.query(models.StakeholderMeeting).filter_by(meeting_date=date(2026, 2, 3))
    meeting = february.one()
    meeting.people.append(person)
    course = TrainingCourse(
        title="Pasticceria di base",
        start_date=date(2026, 3, 2),
        end_date=date(2026, 7, 6),
        activity_id=ids["point"],
    )
    session.add(course)
    session.flush()
    lessons = [
        CourseSession(
            course_id=course.id,
            session_date=day,
            start_time=time(9),
            end_time=time(13),
            topic=topic,
        )
        for day, topic in (
            (date(2026, 3, 2), "Impasti"),
            (date(2026, 3, 9), "Creme"),
            (date(2026, 7, 6), "Esame"),
        )
    ]
    session.add_all(lessons)
    luca, sara = (
        session.query(models.NeetContact).filter_by(first_name=n).one() for n in ("Luca", "Sara")
    )
    first = Enrolment(
        course_id=course.id,
        contact_id=luca.id,
        enrolled_on=date(2026, 2, 20),
        status="completed",
        status_date=date(2026, 7, 6),
    )
    second = Enrolment(course_id=course.id, contact_id=sara.id, enrolled_on=date(2026, 2, 25))
    session.add_all([first, second])
    session.flush()
    for lesson, enrolment in ((0, first), (1, first), (0, second)):
        session.add(
            Attendance(session_id=lessons[lesson].id, enrolment_id=enrolment.id, presence="present")
        )
    session.add(Attendance(session_id=lessons[1].id, enrolment_id=second.id, presence="absent"))
    session.add(
        models.UnusedResource(
            title="Ex scuola di Collescipoli", category="premises", surveyed_on=date(2026, 4, 2)
        )
    )
    session.flush()
    return ids


@pytest.fixture
def report(database):
    with database.session() as session:
        with_course_and_people(session)
    with database.read_session() as session:
        return progress_report(session, START, END)


def headings(document) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]


def rows(table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def test_the_word_document_has_a_section_per_activity_and_the_annexes(report, tmp_path):
    path = tmp_path / "relazione.docx"
    write_docx(report, path, "en")
    document = docx.Document(str(path))
    found = headings(document)
    sections = [text for text in found if text.startswith(("Activity", "Annex", "Resources"))]
    assert sections == [
        "Activity 2.2.1 – Meeting Point",
        "Activity 2.3.8 – Ancoraggio",
        "Activity 3.2.7 – Project work",
        "Resources of the territory mapped",
        "Annex 1 – List of the organisations met",
        "Annex 2 – Attendance registers of the courses",
    ]
    assert found.count("Description of the activities carried out") == 3
    placeholders = [p for p in document.paragraphs if p.text.startswith("[To be completed")]
    assert len(placeholders) == 3 and all(p.runs[0].italic for p in placeholders)
    tables = [rows(table) for table in document.tables]
    meetings = next(t for t in tables if t[0][0] == "Date" and t[0][1] == "Type")
    assert meetings[1:] == [
        [
            "03/02/2026",
            "Bilateral meeting",
            "Arci Terni, Comune di Terni, Falegnameria Rossi",
            "Tavolo",
            "",
        ],
        ["10/03/2026", "Bilateral meeting", "Comune di Terni, Cooperativa Il Ponte", "Tavolo", ""],
    ]
    stakeholders = next(t for t in tables if t[0][0] == "Organisation")
    assert stakeholders[1:] == [
        ["Arci Terni", "Social promotion association (APS)", "2", "03/02/2026", "05/04/2026", ""],
        [
            "Comune di Terni",
            "Public body",
            "2",
            "03/02/2026",
            "10/03/2026",
            "Rossi Maria (assessora)",
        ],
        ["Cooperativa Il Ponte", "Social cooperative", "1", "10/03/2026", "10/03/2026", ""],
        ["Falegnameria Rossi", "Enterprise", "1", "03/02/2026", "03/02/2026", ""],
        ["Provincia di Terni", "Public body", "1", "05/04/2026", "05/04/2026", ""],
    ]
    register = next(t for t in tables if t[0][:2] == ["Date", "Time"])
    assert register[1:] == [
        ["02/03/2026", "09:00–13:00", "Impasti", "2", "2"],
        ["09/03/2026", "09:00–13:00", "Creme", "1", "2"],
    ]  # the July session is after the period
    courses = next(t for t in tables if t[0][0] == "Course")
    assert courses[1:] == [["Pasticceria di base", "02/03/2026", "06/07/2026", "2", "2", "1"]]
    text = "\n".join(p.text for p in document.paragraphs) + str(tables)
    assert "Visits to the Meeting Point: 3, by 2 young people." in text
    assert not [name for name in YOUNG if name in text]


def test_the_pdf_says_the_same_and_numbers_its_pages(report, tmp_path):
    path = tmp_path / "relazione.pdf"
    write_pdf(report, path, "en")
    pages = PdfReader(str(path)).pages
    text = "\n".join(page.extract_text() for page in pages)
    for heading in (
        "Activity 2.2.1 – Meeting Point",
        "Activity 2.3.8 – Ancoraggio",
        "Annex 1 – List of the organisations met",
        "Rossi Maria (assessora)",
        "Ex scuola di Collescipoli",
        "Distinct public bodies met",
    ):
        assert heading in text
    assert f"Page 1 of {len(pages)}" in text
    assert not [name for name in YOUNG if name in text]


def test_the_italian_report_names_the_terms_in_italian(report, tmp_path):
    path = tmp_path / "relazione.docx"
    write_docx(report, path, "it")
    tables = [rows(table) for table in docx.Document(str(path)).tables]
    assert any(row[1] == "Incontro bilaterale" for table in tables for row in table)
    pdf = tmp_path / "relazione.pdf"
    write_pdf(report, pdf, "it")
    words = " ".join(" ".join(p.extract_text() for p in PdfReader(str(pdf)).pages).split())
    assert "Incontro bilaterale" in words  # the cell wraps: its words, on two lines


def test_an_empty_or_reversed_period_is_refused_naming_it(database):
    with database.session() as session:
        hand_made(session)
    with database.read_session() as session, pytest.raises(EmptyPeriod) as empty:
        progress_report(session, date(2024, 1, 1), date(2024, 12, 31))
    assert empty.value.args[1:] == ("01/01/2024", "31/12/2024")
    assert "Nothing was recorded from %1 to %2" in empty.value.message
    with database.read_session() as session, pytest.raises(EmptyPeriod) as reversed_:
        progress_report(session, END, START)
    assert "ends before it starts" in reversed_.value.message


def test_the_command_writes_either_file_and_refuses_with_its_exit_codes(database, tmp_path, capsys):
    with database.session() as session:
        with_course_and_people(session)
    period = ["--from", "01/01/2026", "--to", "30/06/2026"]
    out = tmp_path / "relazione.docx"
    assert cli.run_command(["report", "progress", *period, "--out", str(out)], database) == 0
    italian = fill(in_italian("ProgressReport", "Activity %1 – %2"), "2.3.8", "Ancoraggio")
    assert italian in headings(docx.Document(str(out)))  # the default language: Italian
    pdf = tmp_path / "report.pdf"
    english = ["--out", str(pdf), "--language", "en"]
    assert cli.run_command(["report", "progress", *period, *english], database) == 0
    assert "Annex 2" in "".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    capsys.readouterr()

    assert cli.run_command(["report", "progress", *period, "--out", str(out)], database) == 2
    assert "already exists" in capsys.readouterr().err  # not replaced without --overwrite
    empty = tmp_path / "empty.docx"
    argv = ["report", "progress", "--from", "01/01/2024", "--to", "31/12/2024"]
    assert cli.run_command([*argv, "--out", str(empty)], database) == 1
    assert "from 01/01/2024 to 31/12/2024" in capsys.readouterr().err
    assert not empty.exists()
    reversed_ = ["report", "progress", "--from", "30/06/2026", "--to", "01/01/2026"]
    assert cli.run_command([*reversed_, "--out", str(empty)], database) == 2
    assert (
        cli.run_command(["report", "progress", *period, "--out", str(tmp_path / "r.txt")], database)
        == 2
    )
    assert not empty.exists() and not (tmp_path / "r.txt").exists()
