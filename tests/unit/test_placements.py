"""Placements, their weekly hours, mentors, assignments and mentoring meetings (issue 18):
the rules, the weekly log (Mondays from start to end, the total, typed weeks saved, cleared
and typed again), the rule against overlapping assignments, and the lists (names through the
joins, the mentor's name from its staff member or its person, search, filters), the Excel
export without the young person's name when pseudonymous, and the recycle bin's labels."""

from __future__ import annotations

from datetime import date

import openpyxl
from sqlalchemy import select

from socialneet_desktop.cli import run_command
from socialneet_desktop.db.models import ContactPerson, NeetContact, Organization, Staff
from socialneet_desktop.db.models_path import (
    Mentor,
    MentorAssignment,
    MentoringMeeting,
    Placement,
    PlacementHours,
)
from socialneet_desktop.domain.municipalities import bundled_index
from socialneet_desktop.exports.list_export import export_list
from socialneet_desktop.services import mentoring, placement_weeks, record_rules
from socialneet_desktop.services.list_queries import count_rows, fetch_page
from socialneet_desktop.services.list_specs import ListQuery
from socialneet_desktop.services.records import delete_record
from socialneet_desktop.services.recycle_bin import deleted_records

TODAY = date(2026, 3, 20)


def problems(kind: str, values: dict) -> dict[str, str]:
    found = record_rules.validate(kind, values, today=TODAY, municipalities=bundled_index())
    return {problem.field: problem.render() for problem in found}


def test_a_placement_ends_after_it_starts_and_has_from_0_to_60_hours_a_week():
    good = {
        "contact_id": 1,
        "placement_kind": "internship",
        "start_date": "02/03/2026",
        "end_date": "29/05/2026",
        "hours_per_week": 60,
    }
    assert problems("placements", good) == {}
    assert problems("placements", good | {"hours_per_week": 0}) == {}
    assert problems("placements", good | {"hours_per_week": 60.5}) == {
        "hours_per_week": "Hours a week: from 0 to 60."
    }
    assert problems("placements", good | {"hours_per_week": -1}) == {
        "hours_per_week": "Hours a week: from 0 to 60."
    }
    assert problems("placements", good | {"end_date": "01/03/2026"}) == {
        "end_date": "End: it cannot be before the start."
    }
    assert problems("placements", good | {"placement_kind": "holiday"}) == {
        "placement_kind": "Kind of placement: holiday is not one of the choices."
    }


def test_a_mentor_is_a_staff_member_or_a_person_never_neither_nor_both():
    assert problems("mentors", {"staff_id": 3, "contact_person_id": None}) == {}
    assert problems("mentors", {"staff_id": None, "contact_person_id": 4}) == {}
    neither = problems("mentors", {"staff_id": None, "contact_person_id": None})
    assert list(neither) == ["staff_id"]
    assert neither["staff_id"].startswith("Staff member: choose one of our staff")
    both = problems("mentors", {"staff_id": 3, "contact_person_id": 4})
    assert list(both) == ["contact_person_id"]
    assert both["contact_person_id"].startswith("Person of an organisation: a mentor is")


def test_the_weeks_of_a_placement_are_its_mondays_from_start_to_end():
    weeks = placement_weeks.weeks_between(date(2026, 3, 4), date(2026, 3, 17), TODAY)
    assert weeks == [date(2026, 3, 2), date(2026, 3, 9), date(2026, 3, 16)]
    # without an end: to this week
    assert placement_weeks.weeks_between(date(2026, 3, 11), None, TODAY) == [
        date(2026, 3, 9),
        date(2026, 3, 16),
    ]
    assert placement_weeks.weeks_between(None, None, TODAY) == []
    assert placement_weeks.hours_text(7.5) == "7,5"
    assert placement_weeks.hours_text(8.0) == "8"


def _world(session) -> dict[str, int]:
    contact = NeetContact(first_name="Sara", last_name="Moretti", birth_date=date(2003, 5, 1))
    host = Organization(name="Cooperativa Il Ponte", kind="social_cooperative")
    staff = Staff(first_name="Paola", last_name="Conti")
    session.add_all([contact, host, staff])
    session.flush()
    tutor = ContactPerson(organization_id=host.id, first_name="Marco", last_name="Sereni")
    session.add(tutor)
    session.flush()
    placement = Placement(
        contact_id=contact.id,
        host_organization_id=host.id,
        tutor_person_id=tutor.id,
        placement_kind="internship",
        start_date=date(2026, 3, 2),
        end_date=date(2026, 3, 22),
        hours_per_week=20,
        contract="Tirocinio extracurricolare",
    )
    by_staff, by_person = Mentor(staff_id=staff.id), Mentor(contact_person_id=tutor.id)
    session.add_all([placement, by_staff, by_person])
    session.flush()
    return {
        "contact": contact.id,
        "host": host.id,
        "tutor": tutor.id,
        "placement": placement.id,
        "staff_mentor": by_staff.id,
        "person_mentor": by_person.id,
    }


def test_typed_weeks_are_saved_cleared_and_typed_again_with_their_total(database):
    with database.session() as session:
        ids = _world(session)
    with database.session() as session:
        placement = session.get(Placement, ids["placement"])
        lines = placement_weeks.placement_log(session, placement, TODAY)
        assert [line.week_start.day for line in lines] == [2, 9, 16]
        lines[0].hours, lines[1].hours, lines[2].hours = 18, 20.5, 0
        lines[2].notes = "Ferie"
        placement_weeks.save_lines(session, placement.id, lines, "test")
        assert placement_weeks.total_hours(lines) == 38.5
    with database.session() as session:
        lines = placement_weeks.placement_log(
            session, session.get(Placement, ids["placement"]), TODAY
        )
        assert [(line.hours, line.notes) for line in lines] == [(18, ""), (20.5, ""), (0, "Ferie")]
        lines[1].hours = None  # cleared: the week's row goes to the recycle bin
        placement_weeks.save_lines(session, ids["placement"], lines, "test")
    with database.session() as session:
        lines = placement_weeks.placement_log(
            session, session.get(Placement, ids["placement"]), TODAY
        )
        assert [line.hours for line in lines] == [18, None, 0]
        lines[1].hours = 16  # typed again: the same row, out of the bin
        placement_weeks.save_lines(session, ids["placement"], lines, "test")
    with database.read_session() as session:
        rows = session.scalars(select(PlacementHours).order_by(PlacementHours.week_start)).all()
        assert [(row.hours, row.deleted_at is None) for row in rows] == [
            (18, True),
            (16, True),
            (0, True),
        ]


def test_two_assignments_of_the_same_mentor_and_person_may_not_overlap(database):
    with database.session() as session:
        ids = _world(session)
        session.add(
            MentorAssignment(
                mentor_id=ids["staff_mentor"],
                contact_id=ids["contact"],
                start_date=date(2026, 1, 1),
                end_date=date(2026, 2, 28),
            )
        )
    with database.read_session() as session:
        args = (ids["staff_mentor"], ids["contact"])
        overlap = mentoring.overlapping_assignment(session, *args, date(2026, 2, 1), None)
        assert overlap is not None and overlap.field == "start_date"
        assert overlap.render() == (
            "From: this mentor already accompanies this person from 01/01/2026 to 28/02/2026; "
            "two periods of the same mentor and person cannot overlap."
        )
        after = mentoring.overlapping_assignment(session, *args, date(2026, 3, 1), None)
        assert after is None
        other_mentor = (ids["person_mentor"], ids["contact"])
        assert (
            mentoring.overlapping_assignment(session, *other_mentor, date(2026, 2, 1), None) is None
        )


def test_the_lists_name_the_person_the_host_and_the_mentor(database):
    with database.session() as session:
        ids = _world(session)
        session.add_all(
            [
                MentoringMeeting(
                    mentor_id=ids["person_mentor"],
                    contact_id=ids["contact"],
                    meeting_date=date(2026, 3, 10),
                    summary="Curriculum",
                ),
                MentoringMeeting(contact_id=ids["contact"], meeting_date=date(2026, 3, 12)),
            ]
        )
    with database.read_session() as session:
        rows = fetch_page(session, "placements", ListQuery(), 0)
        assert [row[2:5] for row in rows] == [
            ("Moretti Sara", "internship", "Cooperativa Il Ponte")
        ]
        assert count_rows(session, "placements", ListQuery(search="Ponte")) == 1
        assert count_rows(session, "placements", ListQuery(search="nessuno")) == 0
        only_jobs = ListQuery(filters={"kind": "job"})
        assert count_rows(session, "placements", only_jobs) == 0
        mentors = fetch_page(session, "mentors", ListQuery(), 0)
        assert [row[:2] for row in mentors] == [
            ("Conti Paola", ""),
            ("Sereni Marco", "Cooperativa Il Ponte"),
        ]
        assert count_rows(session, "mentors", ListQuery(search="Sereni")) == 1
        meetings = fetch_page(session, "mentoring_meetings", ListQuery(), 0)
        assert [(row[2], row[3]) for row in meetings] == [
            ("Moretti Sara", ""),
            ("Moretti Sara", "Sereni Marco"),
        ]


def test_a_pseudonymous_export_of_the_placements_leaves_the_name_out(database, tmp_path):
    with database.session() as session:
        _world(session)
    target = tmp_path / "placements.xlsx"
    assert export_list(database, "placements", ListQuery(), target, today=TODAY) == 1
    sheet = openpyxl.load_workbook(target).active
    text = " ".join(str(cell.value) for row in sheet.iter_rows() for cell in row if cell.value)
    assert "Cooperativa Il Ponte" in text and "Moretti" not in text and "Sara" not in text
    named = tmp_path / "named.xlsx"
    export_list(database, "placements", ListQuery(), named, identifiable=True, today=TODAY)
    sheet = openpyxl.load_workbook(named).active
    text = " ".join(str(cell.value) for row in sheet.iter_rows() for cell in row if cell.value)
    assert "Moretti Sara" in text


def test_the_recycle_bin_names_placements_mentors_and_meetings(database):
    with database.session() as session:
        ids = _world(session)
        meeting = MentoringMeeting(contact_id=ids["contact"], meeting_date=date(2026, 3, 10))
        session.add(meeting)
        session.flush()
        for model, record_id in (
            (Placement, ids["placement"]),
            (Mentor, ids["person_mentor"]),
            (MentoringMeeting, meeting.id),
        ):
            delete_record(session, model, record_id, 1, user="test")
    with database.read_session() as session:
        labels = sorted(entry.text() for entry in deleted_records(session))
    assert labels == [
        "Mentor Sereni Marco",
        "Mentoring meeting 10/03/2026 – Moretti Sara",
        "Placement 02/03/2026 – Moretti Sara",
    ]


def test_placements_and_mentoring_meetings_are_imported_from_a_spreadsheet(database, tmp_path):
    """The person by codice fiscale; a row with its end before its start or 80 hours a week
    refuses the import (nothing written); once put right every row is written."""
    with database.session() as session:
        contact = NeetContact(first_name="Sara", last_name="Moretti", tax_code="MRTSRA03E41L117A")
        session.add(contact)
        session.flush()
        contact_id = contact.id
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Codice fiscale", "Tipo", "Data inizio", "Data fine", "Ore settimanali"])
    sheet.append(["MRTSRA03E41L117A", "internship", "02/03/2026", "29/05/2026", "20"])
    sheet.append(["MRTSRA03E41L117A", "job", "02/03/2026", "01/02/2026", "80"])
    source = tmp_path / "placements.xlsx"
    book.save(source)
    argv = ["import", "spreadsheet", "--kind", "placements", str(source)]
    assert run_command(argv, database) == 1  # a rejected row: refused
    with database.read_session() as session:
        assert session.scalars(select(Placement)).all() == []
    sheet["D3"], sheet["E3"] = "31/12/2026", "36"
    book.save(source)
    assert run_command([*argv, "--yes"], database) == 0
    with database.read_session() as session:
        rows = session.scalars(select(Placement).order_by(Placement.id)).all()
        assert [(r.contact_id, r.placement_kind, r.end_date, r.hours_per_week) for r in rows] == [
            (contact_id, "internship", date(2026, 5, 29), 20),
            (contact_id, "job", date(2026, 12, 31), 36),
        ]

    meetings = openpyxl.Workbook()
    meetings.active.append(["Codice fiscale", "Data", "Ora inizio", "Sintesi"])
    meetings.active.append(["MRTSRA03E41L117A", "10/03/2026", "15:00", "Curriculum"])
    meetings.save(tmp_path / "meetings.xlsx")
    argv = ["import", "spreadsheet", "--kind", "mentoring_meetings"]
    assert run_command([*argv, str(tmp_path / "meetings.xlsx"), "--yes"], database) == 0
    with database.read_session() as session:
        meeting = session.scalars(select(MentoringMeeting)).one()
        assert (meeting.contact_id, meeting.meeting_date) == (contact_id, date(2026, 3, 10))
        assert meeting.summary == "Curriculum"
