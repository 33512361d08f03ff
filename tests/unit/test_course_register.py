"""The signature register of a course's session (issue 18), read back from the PDF: the
association's header, the course and the session, the names in alphabetical order (not those
who dropped out before), the signature columns, the trainer's box and the page numbers."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, time

import pytest
from pypdf import PdfReader

from socialneet_desktop.db import models
from socialneet_desktop.printing.course_register import (
    write_blank_session_register,
    write_session_register,
)

PEOPLE = [
    ("Zanetti", "Aldo", "attending", None),
    ("Àlbani", "Sara", "enrolled", None),
    ("Bruni", "Carla", "dropped_out", date(2026, 3, 1)),  # gone before the session
    ("Conti", "Elia", "dropped_out", date(2026, 3, 20)),  # still there on the day
]


def course_with_people(database, extra: int = 0) -> int:
    with database.session() as session:
        session.add(
            models.AppSettings(
                id=1, association_name="CNA Terni", association_address="Via Roma 1, Terni"
            )
        )
        course = models.TrainingCourse(title="Pasticceria di base", trainer="Laura Fabbri")
        course.venue = "Meeting Point, Terni"
        session.add(course)
        session.flush()
        lesson = models.CourseSession(
            course_id=course.id,
            session_date=date(2026, 3, 10),
            start_time=time(9, 30),
            end_time=time(12, 30),
            topic="Impasti lievitati",
        )
        session.add(lesson)
        people = PEOPLE + [(f"Persona{n:03d}", "Test", "enrolled", None) for n in range(extra)]
        for last, first, status, status_date in people:
            contact = models.NeetContact(last_name=last, first_name=first)
            session.add(contact)
            session.flush()
            session.add(
                models.Enrolment(
                    course_id=course.id,
                    contact_id=contact.id,
                    status=status,
                    status_date=status_date,
                )
            )
        session.flush()
        return lesson.id


def pdf_text(path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def test_the_register_names_the_session_and_its_people_in_alphabetical_order(database, tmp_path):
    session_id = course_with_people(database)
    path = tmp_path / "register.pdf"
    write_session_register(database, session_id, path)
    (page,) = pdf_text(path)
    assert "CNA Terni" in page and "Via Roma 1, Terni" in page
    assert "Signature register Pasticceria di base" in page
    assert "10/03/2026" in page and "09:30 – 12:30" in page and "Impasti lievitati" in page
    assert "Meeting Point, Terni" in page and "Laura Fabbri" in page
    assert "No. Name Signature in Signature out" in page
    assert "1 Àlbani Sara 2 Conti Elia 3 Zanetti Aldo" in page
    assert "Bruni" not in page
    assert "The trainer's signature (Laura Fabbri)" in page
    assert "Page 1 of 1" in page


def test_a_long_register_goes_on_several_numbered_pages_with_its_titles_on_each(database, tmp_path):
    session_id = course_with_people(database, extra=40)
    path = tmp_path / "register.pdf"
    write_session_register(database, session_id, path)
    pages = pdf_text(path)
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        if any(f" {n} Persona" in page for n in range(1, 44)):  # a page of the table
            assert "No. Name Signature in Signature out" in page
    assert "43 Zanetti Aldo" in " ".join(pages)
    assert "The trainer's signature (Laura Fabbri)" in pages[-1]


def test_the_blank_register_has_numbered_empty_lines_and_no_names(database, tmp_path):
    session_id = course_with_people(database)
    path = tmp_path / "blank.pdf"
    write_blank_session_register(database, session_id, path)
    (page,) = pdf_text(path)
    assert "Impasti lievitati" in page and "No. Name Signature in Signature out" in page
    assert "1 2 3 4 5" in page and "18" in page
    assert "Zanetti" not in page and "Àlbani" not in page


def test_a_session_that_is_gone_is_refused_by_its_number(database, tmp_path):
    path = tmp_path / "none.pdf"
    with pytest.raises(LookupError, match="session 999"):
        write_session_register(database, 999, path)
    assert not path.exists()


def test_the_register_looks_right_as_a_page_image(database, tmp_path):
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    session_id = course_with_people(database)
    path = tmp_path / "register.pdf"
    write_session_register(database, session_id, path)
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(path), str(tmp_path / "page")], check=True)
    from PIL import Image

    (image_path,) = sorted(tmp_path.glob("page*.png"))
    image = Image.open(image_path).convert("L")
    width, height = image.size
    assert height > width  # portrait A4
    dark = sum(1 for value in image.get_flattened_data() if value < 128)
    assert dark > 0.005 * width * height  # text and ruled lines, not an empty page
