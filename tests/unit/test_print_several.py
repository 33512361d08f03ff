"""Printing several records chosen in a list: one PDF, each record's document on its own
pages (issue 16 item 6)."""

from __future__ import annotations

from pypdf import PdfReader
from sqlalchemy import select

from socialneet_desktop.db import models
from socialneet_desktop.printing.several import write_several
from socialneet_desktop.services.demo import fill_demo


def test_the_visit_sheets_of_three_visits_are_one_pdf(database, tmp_path):
    fill_demo(database, contacts=20, seed=2)
    with database.read_session() as session:
        visits = session.scalars(select(models.MeetingPointVisit).limit(3)).all()
        names = [visit.contact.last_name for visit in visits]
        ids = [visit.id for visit in visits]
    target = tmp_path / "sheets.pdf"
    write_several(database, "visit", ids, target)
    pages = [page.extract_text() for page in PdfReader(target).pages]
    assert len(pages) >= 3
    for name in names:  # each visit's person is on a page of its own
        assert any(name in text for text in pages)


def test_one_contact_file_is_the_usual_document(database, tmp_path):
    fill_demo(database, contacts=5, seed=2)
    with database.read_session() as session:
        contact = session.scalars(select(models.NeetContact)).first()
    target = tmp_path / "one.pdf"
    write_several(database, "contact", [contact.id], target)
    assert contact.last_name in "\n".join(p.extract_text() for p in PdfReader(target).pages)
