"""Targets against achieved for the activity editor's bars and the progress report (issue 19),
on a small hand-made database whose answers are known by hand, and checked again by an
independent SQL written here: distinct public and third-sector bodies met (one met twice, one
in the recycle bin, one met in another activity), meetings held, young people reached by
visits (two visits of one person count once; a person in the recycle bin not at all), the
target's own period narrowing the activity's, a target of an indicator without records."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import text

from socialneet_desktop.db import models
from socialneet_desktop.db.models_path import ActivityTarget, ProjectActivity
from socialneet_desktop.services.activity_progress import activity_progress
from socialneet_desktop.services.targets import targets_against_achieved

TODAY = date(2026, 12, 1)


def hand_made(session) -> dict[str, int]:
    """Activity 2.3.8 (2026) with four meetings and 2.2.1 with four visits; see the module."""
    anchoring = ProjectActivity(
        code="2.3.8",
        title="Ancoraggio",
        work_area="capacity_building",
        period_start=date(2026, 1, 1),
        period_end=date(2026, 12, 31),
    )
    point = ProjectActivity(code="2.2.1", title="Meeting Point", work_area="meeting_point")
    other = ProjectActivity(code="3.2.7", title="Project work")
    comune = models.Organization(name="Comune di Terni", kind="public_body")
    provincia = models.Organization(name="Provincia di Terni", kind="public_body")
    gone = models.Organization(
        name="Comune soppresso", kind="public_body", deleted_at=datetime(2026, 5, 1)
    )
    arci = models.Organization(name="Arci Terni", kind="aps")
    coop = models.Organization(name="Cooperativa Il Ponte", kind="social_cooperative")
    firm = models.Organization(name="Falegnameria Rossi", kind="enterprise")
    luca = models.NeetContact(first_name="Luca", last_name="Verdi")
    sara = models.NeetContact(first_name="Sara", last_name="Neri")
    erased = models.NeetContact(first_name="X", last_name="Y", deleted_at=datetime(2026, 6, 1))
    session.add_all(
        [anchoring, point, other, comune, provincia, gone, arci, coop, firm, luca, sara, erased]
    )
    session.flush()

    def meeting(day, activity, *organizations, deleted=None):
        session.add(
            models.StakeholderMeeting(
                meeting_date=day,
                meeting_type="bilateral",
                activity_id=activity.id,
                organizations=list(organizations),
                topic="Tavolo",
                deleted_at=deleted,
            )
        )

    meeting(date(2026, 2, 3), anchoring, comune, arci, firm)
    meeting(date(2026, 3, 10), anchoring, comune, coop, gone)
    meeting(date(2026, 9, 1), anchoring, provincia)
    meeting(date(2026, 4, 1), anchoring, provincia, deleted=datetime(2026, 4, 2))  # in the bin
    meeting(date(2026, 4, 5), other, provincia, arci)
    meeting(date(2025, 12, 20), anchoring, provincia)  # before the activity's period

    def visit(day, person):
        session.add(
            models.MeetingPointVisit(
                contact_id=person.id,
                visit_date=day,
                start_time=time(10),
                visit_type="first_contact",
                activity_id=point.id,
            )
        )

    visit(date(2026, 1, 12), luca)
    visit(date(2026, 2, 12), luca)
    visit(date(2026, 3, 2), sara)
    visit(date(2026, 3, 3), erased)

    targets = {}
    for activity, indicator, number, start, end in (
        (anchoring, "public_bodies_met", 100, None, None),
        (anchoring, "third_sector_met", 200, None, None),
        (anchoring, "meetings_held", 10, date(2026, 1, 1), date(2026, 6, 30)),
        (anchoring, "ideas_presented", 5, None, None),
        (point, "young_people_reached", 300, None, None),
    ):
        target = ActivityTarget(
            activity_id=activity.id,
            indicator=indicator,
            target=number,
            period_start=start,
            period_end=end,
        )
        session.add(target)
        session.flush()
        targets[indicator] = target.id
    return {"anchoring": anchoring.id, "point": point.id, **targets}


# By hand: public bodies met in 2.3.8 in 2026: Comune (twice), Provincia (September; the April
# meeting is in the bin, the December 2025 one before the period); the suppressed Comune is in
# the bin -> 2. Third sector: Arci, Coop -> 2 (the firm is neither). Meetings held, first half
# of 2026: February and March -> 2. Young people: Luca (twice), Sara -> 2.
BY_HAND = {
    "public_bodies_met": 2,
    "third_sector_met": 2,
    "meetings_held": 2,
    "ideas_presented": 0,
    "young_people_reached": 2,
}

ORGANISATIONS_SQL = """
SELECT COUNT(DISTINCT o.id) FROM stakeholder_meetings m
JOIN meeting_organizations mo ON mo.meeting_id = m.id
JOIN organizations o ON o.id = mo.organization_id
WHERE m.activity_id = :activity AND m.deleted_at IS NULL AND o.deleted_at IS NULL
  AND m.meeting_date BETWEEN :start AND :end AND o.kind IN ({kinds})
"""
MEETINGS_SQL = """
SELECT COUNT(*) FROM stakeholder_meetings WHERE activity_id = :activity AND deleted_at IS NULL
  AND meeting_date BETWEEN :start AND :end
"""
PEOPLE_SQL = """
SELECT COUNT(DISTINCT v.contact_id) FROM meeting_point_visits v
JOIN neet_contacts c ON c.id = v.contact_id
WHERE v.activity_id = :activity AND v.deleted_at IS NULL AND c.deleted_at IS NULL
  AND v.visit_date BETWEEN :start AND :end
"""


def independent(session, ids) -> dict[str, int]:
    year = {"activity": ids["anchoring"], "start": "2026-01-01", "end": "2026-12-31"}
    half = year | {"end": "2026-06-30"}
    ever = {"activity": ids["point"], "start": "1900-01-01", "end": TODAY.isoformat()}
    public = ORGANISATIONS_SQL.format(kinds="'public_body'")
    third = ORGANISATIONS_SQL.format(kinds="'aps', 'odv', 'social_cooperative', 'foundation'")
    return {
        "public_bodies_met": session.scalar(text(public), year),
        "third_sector_met": session.scalar(text(third), year),
        "meetings_held": session.scalar(text(MEETINGS_SQL), half),
        "ideas_presented": 0,
        "young_people_reached": session.scalar(text(PEOPLE_SQL), ever),
    }


def test_the_bars_of_each_activity_count_what_the_records_say(database):
    with database.session() as session:
        ids = hand_made(session)
    with database.read_session() as session:
        rows = activity_progress(session, ids["anchoring"], TODAY)
        rows += activity_progress(session, ids["point"], TODAY)
        found = {row.indicator: row.achieved for row in rows}
        assert found == BY_HAND == independent(session, ids)
        assert {row.indicator: row.target_id for row in rows} == {
            name: ids[name] for name in BY_HAND
        }
        meetings = next(row for row in rows if row.indicator == "meetings_held")
        assert (meetings.start, meetings.end, meetings.percent) == (
            date(2026, 1, 1),
            date(2026, 6, 30),
            20,
        )


def test_the_report_takes_the_same_counts_within_its_period(database):
    with database.session() as session:
        ids = hand_made(session)
    with database.read_session() as session:
        rows = targets_against_achieved(session, date(2026, 1, 1), date(2026, 3, 31))
        found = {(row.activity_code, row.indicator): row.achieved for row in rows}
        quarter = {"activity": ids["anchoring"], "start": "2026-01-01", "end": "2026-03-31"}
        public = session.scalar(text(ORGANISATIONS_SQL.format(kinds="'public_body'")), quarter)
    # The first quarter: the September meeting is outside; the Comune only -> 1
    assert found[("2.3.8", "public_bodies_met")] == 1 == public
    assert found[("2.3.8", "meetings_held")] == 2
    assert found[("2.2.1", "young_people_reached")] == 2


def test_a_target_in_the_recycle_bin_has_no_bar(database):
    with database.session() as session:
        ids = hand_made(session)
        session.get(ActivityTarget, ids["third_sector_met"]).deleted_at = datetime(2026, 7, 1)
    with database.read_session() as session:
        rows = activity_progress(session, ids["anchoring"], TODAY)
    assert [row.indicator for row in rows] == [
        "public_bodies_met",
        "meetings_held",
        "ideas_presented",
    ]
