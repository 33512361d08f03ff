"""The placement's timesheet (issue 18), read back with pypdf: the young person, the host and
the tutor, one line a week from the start's Monday to the end's, the hours recorded (blank
where none were), the total, both signature lines and "Page x of y" on every page; a long
placement runs over pages with its title row on each."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from socialneet_desktop.db.models import ContactPerson, NeetContact, Organization
from socialneet_desktop.db.models_path import Placement, PlacementHours
from socialneet_desktop.printing.timesheet import write_timesheet
from socialneet_desktop.services.document_data import NotFound


def pages(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def placement(database, start: date, end: date, hours: dict[date, float]) -> int:
    with database.session() as session:
        contact = NeetContact(first_name="Giulia", last_name="Ferretti", tax_code="")
        host = Organization(name="Cooperativa Il Ponte", kind="social_cooperative")
        session.add_all([contact, host])
        session.flush()
        tutor = ContactPerson(organization_id=host.id, first_name="Marco", last_name="Sereni")
        session.add(tutor)
        session.flush()
        record = Placement(
            contact_id=contact.id,
            host_organization_id=host.id,
            tutor_person_id=tutor.id,
            placement_kind="internship",
            start_date=start,
            end_date=end,
            hours_per_week=20,
            contract="Tirocinio extracurricolare",
        )
        session.add(record)
        session.flush()
        for week, worked in hours.items():
            session.add(PlacementHours(placement_id=record.id, week_start=week, hours=worked))
        return record.id


def test_the_timesheet_has_the_weeks_the_hours_the_total_and_both_signatures(database, tmp_path):
    record_id = placement(
        database,
        date(2026, 3, 4),
        date(2026, 3, 27),
        {date(2026, 3, 2): 18, date(2026, 3, 9): 20.5, date(2026, 3, 16): 0},
    )
    target = tmp_path / "timesheet.pdf"
    write_timesheet(database, record_id, target)
    text = "\n".join(pages(target))
    for expected in (
        "Placement timesheet",
        "Ferretti Giulia",
        "Cooperativa Il Ponte",
        "Sereni Marco",
        "Internship",
        "Tirocinio extracurricolare",
        "04/03/2026",
        "27/03/2026",
        "02/03/2026 – 08/03/2026",
        "09/03/2026 – 15/03/2026",
        "16/03/2026 – 22/03/2026",
        "23/03/2026 – 29/03/2026",  # no hours yet: a line to fill in by hand
        "Tutor's initials",
        "Total hours",
        "Signature of the young person",
        "Signature of the tutor",
        "Page 1 of 1",
    ):
        assert expected in text, expected
    assert re.search(r"\b2\s+09/03/2026 – 15/03/2026\s+20,5\s+3\s", text)
    assert re.search(r"\b4\s+23/03/2026 – 29/03/2026\s+Total hours\s+38,5\s", text)
    assert "30/03/2026" not in text  # no week after the end's


def test_a_year_long_placement_runs_over_pages_with_the_title_row_on_each(database, tmp_path):
    start = date(2025, 1, 6)
    hours = {start + timedelta(weeks=n): 30 for n in range(52)}
    record_id = placement(database, start, date(2026, 1, 2), hours)
    target = tmp_path / "long.pdf"
    write_timesheet(database, record_id, target)
    printed = pages(target)
    assert len(printed) > 1
    for number, page in enumerate(printed, start=1):
        assert f"Page {number} of {len(printed)}" in page
        assert "Tutor's initials" in page
    text = "\n".join(printed)
    assert "29/12/2025 – 04/01/2026" in text and "1560" in text  # 52 weeks of 30 hours
    assert "Signature of the tutor" in printed[-1]


def test_an_unknown_placement_is_refused_and_nothing_is_written(database, tmp_path):
    target = tmp_path / "none.pdf"
    with pytest.raises(NotFound):
        write_timesheet(database, 999, target)
    assert not target.exists()
