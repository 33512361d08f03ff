"""Follow-ups due (6 and 12 months after leaving) on a hand-made database with a known answer,
and the outcome rules that read the person's other outcomes."""

from __future__ import annotations

from datetime import date, datetime

from socialneet_desktop.db.models import NeetContact, Outcome
from socialneet_desktop.services import follow_ups, record_rules
from socialneet_desktop.services.follow_ups import add_months, check_outcome, follow_ups_due
from socialneet_desktop.services.records import create_record

TODAY = date(2026, 12, 1)


def _contact(session, last: str, **extra) -> int:
    values = {"last_name": last, "first_name": "Test", **extra}
    return create_record(session, NeetContact, values, user="test").id


def _outcome(session, contact_id: int, stage: str, day: date, **extra) -> int:
    values = {"contact_id": contact_id, "stage": stage, "outcome_date": day, "status": "employed"}
    return create_record(session, Outcome, values | extra, user="test").id


def test_add_months_keeps_the_day_or_takes_the_months_last():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2025, 8, 31), 6) == date(2026, 2, 28)
    assert add_months(date(2025, 12, 1), 12) == date(2026, 12, 1)
    assert add_months(date(2026, 12, 31), -6) == date(2026, 6, 30)


def test_the_follow_ups_due_are_exactly_those_within_30_days_or_overdue(database):
    with database.session() as session:
        # left 2026-05-20: 6 months on 2026-11-20 (overdue), 12 months on 2027-05-20 (later)
        overdue = _contact(session, "Overdue")
        _outcome(session, overdue, "leaving", date(2026, 5, 20))
        # left 2026-06-25: 6 months on 2026-12-25, within the 30 days
        soon = _contact(session, "Soon")
        _outcome(session, soon, "leaving", date(2026, 6, 25))
        # left 2026-07-15: 6 months on 2027-01-15, more than 30 days away
        _outcome(session, _contact(session, "Later"), "leaving", date(2026, 7, 15))
        # left 2025-10-01: 6 months recorded, 12 months on 2026-10-01 overdue
        half = _contact(session, "Half")
        _outcome(session, half, "leaving", date(2025, 10, 1))
        _outcome(session, half, "months_6", date(2026, 4, 2))
        # left 2025-01-10, both follow-ups recorded: nothing due
        done = _contact(session, "Done")
        _outcome(session, done, "leaving", date(2025, 1, 10))
        _outcome(session, done, "months_6", date(2025, 7, 11))
        _outcome(session, done, "months_12", date(2026, 1, 12))
        # a follow-up in the recycle bin does not count as recorded
        binned = _contact(session, "Binned")
        _outcome(session, binned, "leaving", date(2025, 1, 5))
        _outcome(session, binned, "months_12", date(2026, 1, 6))
        gone = _outcome(session, binned, "months_6", date(2025, 7, 6))
        session.get(Outcome, gone).deleted_at = datetime(2026, 1, 1)
        # an erased person and one in the recycle bin are never listed
        erased = _contact(session, "Erased", anonymised_at=datetime(2026, 1, 1))
        _outcome(session, erased, "leaving", date(2025, 1, 1))
        deleted = _contact(session, "Deleted")
        _outcome(session, deleted, "leaving", date(2025, 1, 1))
        session.get(NeetContact, deleted).deleted_at = datetime(2026, 1, 1)
        # a leaving outcome in the recycle bin makes nothing due
        left_binned = _contact(session, "LeftBinned")
        binned_leaving = _outcome(session, left_binned, "leaving", date(2025, 1, 1))
        session.get(Outcome, binned_leaving).deleted_at = datetime(2026, 1, 1)
        # visits-only person without outcomes
        _contact(session, "NoOutcome")
    with database.read_session() as session:
        due = follow_ups_due(session, TODAY)
    assert [(d.name, d.stage, d.due) for d in due] == [
        ("Binned Test", "months_6", date(2025, 7, 5)),
        ("Half Test", "months_12", date(2026, 10, 1)),
        ("Overdue Test", "months_6", date(2026, 11, 20)),
        ("Soon Test", "months_6", date(2026, 12, 25)),
    ]
    assert [d.overdue(TODAY) for d in due] == [True, True, True, False]
    assert due[2].left_on == date(2026, 5, 20) and due[2].contact_id == overdue
    assert follow_ups.AHEAD_DAYS == 30


def test_a_follow_up_needs_the_leaving_outcome_before_it_and_one_per_stage(database):
    with database.session() as session:
        person = _contact(session, "Rossi")
        values = {"contact_id": person, "stage": "months_6", "outcome_date": date(2026, 6, 1)}
        problems = check_outcome(session, values, None)
        assert [(p.field, p.message) for p in problems] == [("stage", follow_ups.NO_LEAVING)]
        leaving = _outcome(session, person, "leaving", date(2026, 3, 1))
        early = values | {"outcome_date": date(2026, 2, 1)}
        problems = check_outcome(session, early, None)
        assert [(p.field, p.render()) for p in problems] == [
            (
                "outcome_date",
                "Date of the outcome: a follow-up must be after leaving the project (01/03/2026).",
            )
        ]
        assert check_outcome(session, values, None) == []
        again = {"contact_id": person, "stage": "leaving", "outcome_date": date(2026, 4, 1)}
        problems = check_outcome(session, again, None)
        assert [p.render() for p in problems] == [
            "Stage: this person already has an outcome for this stage (dated 01/03/2026)."
        ]
        assert check_outcome(session, again, leaving) == []  # the record itself, edited


def test_an_outcome_needs_its_stage_date_and_status(database):
    problems = record_rules.validate(
        "outcomes",
        {"contact_id": None, "stage": "", "outcome_date": None, "status": "rich"},
        today=TODAY,
        municipalities=None,
    )
    fields = [p.field for p in problems]
    assert fields == ["contact_id", "stage", "outcome_date", "status"]


def test_the_next_stage_is_the_first_not_recorded(database):
    with database.session() as session:
        person = _contact(session, "Rossi")
        assert follow_ups.next_stage(session, person) == "leaving"
        _outcome(session, person, "leaving", date(2026, 1, 10))
        assert follow_ups.next_stage(session, person) == "months_6"
        _outcome(session, person, "months_6", date(2026, 7, 10))
        assert follow_ups.next_stage(session, person) == "months_12"
