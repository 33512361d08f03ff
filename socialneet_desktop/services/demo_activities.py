"""Demo data of the project's activities and their targets (issue 19), for services/demo_path.

The SocialNEET plan: the Meeting Point (2.2.x), training and placements (2.3.x), mentors and
business ideas (2.4.x), mapping the territory and the platform (3.x), management and
communication (4.1.x), each with targets like the M.EN.T.O.RE. table (100 public bodies and
200 third-sector bodies in the anchoring activity, 40 and 100 registered on the platform, 25
and 75 in the project work …). `add` runs first: the meetings are linked by their activity
code and the visits to the Meeting Point's activities, and the courses' module finds the
training activities; `link` runs last and links the placements, mentoring meetings and
project ideas made after it. `reserve` runs before the contacts: their visits go in with
their activity's id (services.demo_contacts), so `add` fills in the reserved rows.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from socialneet_desktop.db import models
from socialneet_desktop.services.demo import DAYS, insert_rows, next_id

# code, title, work area, targets (indicator, number)
PLAN = (
    ("2.2.1", "Apertura e animazione dei Meeting Point per i giovani NEET", "meeting_point",
     (("young_people_reached", 300),)),
    ("2.2.33", "Sportello di orientamento itinerante nei comuni della provincia",
     "meeting_point", (("young_people_reached", 100),)),
    ("2.3.1", "Corsi di formazione professionale per i giovani NEET", "training",
     (("enrolled_training", 120), ("completed_training", 90))),
    ("2.3.4", "Tirocini e apprendimento sul lavoro presso le organizzazioni del territorio",
     "training", (("placements_started", 60),)),
    ("2.3.8", "Attività di ancoraggio: tavoli con gli enti pubblici e del terzo settore",
     "capacity_building", (("public_bodies_met", 100), ("third_sector_met", 200))),
    ("2.4.1", "Formazione e accompagnamento dei mentori", "mentoring", (("mentored", 80),)),
    ("2.4.6", "Laboratori di idee progettuali e piani d'impresa", "business_ideas",
     (("ideas_presented", 10), ("businesses_started", 3))),
    ("3.1.2", "Mappatura del capitale sociale e delle risorse inutilizzate", "mapping",
     (("resources_mapped", 150), ("resources_reused", 40))),
    ("3.2.5", "Registrazione degli enti sulla piattaforma di scambio", "mapping",
     (("public_bodies_met", 40), ("third_sector_met", 100))),
    ("3.2.7", "Project work con gli enti del territorio", "capacity_building",
     (("public_bodies_met", 25), ("third_sector_met", 75))),
    ("4.1.1", "Coordinamento, monitoraggio e valutazione del progetto", "management",
     (("employed_on_leaving", 50), ("meetings_held", 40))),
    ("4.1.6", "Comunicazione e disseminazione dei risultati", "management",
     (("organisations_met", 60),)),
)  # fmt: skip
MEETING_POINT, ITINERANT = "2.2.1", "2.2.33"
LATER = (  # table, the activity its records belong to
    (models.Placement, "2.3.4"),
    (models.MentoringMeeting, "2.4.1"),
    (models.ProjectIdea, "2.4.6"),
)


def reserve(session: Session) -> dict[str, int]:
    """The ids of the plan's activities, in rows `add` completes (their uuid and stamps come
    from the draws made after the contacts); {} if the plan is there already."""
    table = models.ProjectActivity.__table__
    if _has_plan(session):
        return {}
    first = next_id(session, table)
    rows = [
        {"id": first + n, "uuid": f"reserved-{first + n}", "code": code, "title": title}
        | {"work_area": area, "created_by": "demo", "updated_by": "demo", "notes": ""}
        for n, (code, title, area, _targets) in enumerate(PLAN)
    ]
    insert_rows(session, table, rows)
    return {row["code"]: row["id"] for row in rows}


def add(demo, session: Session, contacts) -> dict[str, int]:
    """The plan's activities and targets (once: a second demo run keeps the first plan); the
    meetings and visits linked to them."""
    if not demo.activity_ids and _has_plan(session):
        return {}
    start = (demo.today - timedelta(days=DAYS)).replace(day=1)
    end = date(start.year + 3, start.month, 1) - timedelta(days=1)
    created = demo.stamp(start - timedelta(days=20))
    ids = _codes(demo, session, start, end, created)
    targets = _targets(demo, session, ids, created)
    _link_meetings_and_visits(session, ids)
    return {"project_activities": len(ids), "activity_targets": targets}


def _has_plan(session: Session) -> bool:
    table = models.ProjectActivity.__table__
    first = select(table.c.id).where(table.c.code == PLAN[0][0]).limit(1)
    return session.scalar(first) is not None


def _codes(demo, session: Session, start: date, end: date, created) -> dict[str, int]:
    """The activities' rows: those `reserve` inserted completed, else new ones."""
    table = models.ProjectActivity.__table__
    first = next(iter(demo.activity_ids.values()), None) or next_id(session, table)
    rows = [
        demo.common(created)
        | {"id": first + n, "code": code, "title": title, "work_area": area}
        | {"period_start": start, "period_end": end, "notes": ""}
        for n, (code, title, area, _targets) in enumerate(PLAN)
    ]
    if demo.activity_ids:
        values = [{"row_id": row["id"]} | row for row in rows]
        session.execute(update(table).where(table.c.id == bindparam("row_id")), values)
    else:
        insert_rows(session, table, rows)
    return {row["code"]: row["id"] for row in rows}


def _targets(demo, session: Session, ids: dict[str, int], created) -> int:
    table = models.ActivityTarget.__table__
    first, rows = next_id(session, table), []
    for code, _title, _area, targets in PLAN:
        for indicator, number in targets:
            rows.append(
                demo.common(created)
                | {"id": first + len(rows), "activity_id": ids[code], "indicator": indicator}
                | {"target": number, "period_start": None, "period_end": None, "notes": ""}
            )
    return insert_rows(session, table, rows)


def _link_meetings_and_visits(session: Session, ids: dict[str, int]) -> None:
    meetings = models.StakeholderMeeting.__table__
    for code, activity_id in ids.items():
        session.execute(
            update(meetings)
            .where(meetings.c.activity_code == code, meetings.c.activity_id.is_(None))
            .values(activity_id=activity_id)
        )
    for code, where in (
        ("4.1.6", meetings.c.meeting_type.in_(("conference", "info_day"))),  # dissemination
        ("3.2.7", (meetings.c.activity_code == "3.2.5") & (meetings.c.id % 2 == 0)),
        ("2.2.33", (meetings.c.activity_code == "2.3.4") & (meetings.c.id % 3 == 0)),
    ):  # the codes the demo's meetings do not name; the code follows the activity
        session.execute(
            update(meetings).where(where).values(activity_id=ids[code], activity_code=code)
        )
    visits = models.MeetingPointVisit.__table__  # the new visits came linked: the old ones
    unlinked = visits.c.activity_id.is_(None)
    session.execute(
        update(visits).where(unlinked, visits.c.id % 5 == 0).values(activity_id=ids[ITINERANT])
    )
    session.execute(update(visits).where(unlinked).values(activity_id=ids[MEETING_POINT]))


def link(demo, session: Session, contacts) -> dict[str, int]:
    """The placements, mentoring meetings and ideas (made after `add`) linked to their
    activity; the courses of the anchoring activity moved to the training one."""
    ids = _plan_ids(session)
    if not ids:
        return {}
    for model, code in LATER:
        table = model.__table__
        session.execute(
            update(table).where(table.c.activity_id.is_(None)).values(activity_id=ids[code])
        )
    courses = models.TrainingCourse.__table__
    session.execute(
        update(courses)
        .where(courses.c.activity_id == ids["2.3.8"])
        .values(activity_id=ids["2.3.1"])
    )
    return {}


def _plan_ids(session: Session) -> dict[str, int]:
    table = models.ProjectActivity.__table__
    codes = [code for code, *_rest in PLAN]
    statement = select(table.c.code, table.c.id).where(
        table.c.code.in_(codes), table.c.deleted_at.is_(None)
    )
    found = dict(session.execute(statement.order_by(table.c.id)).all())
    return found if len(found) == len(codes) else {}
