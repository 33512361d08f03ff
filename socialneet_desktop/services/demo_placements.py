"""Demo data of the placements with their weekly hours, the mentors, their assignments and
the mentoring meetings (issue 18), for services/demo_path.

Placements for about 15% of the sample, hosted by the demo's enterprises and third-sector
bodies with one of their people as tutor, and the hours of every week already past; 8-15
mentors (staff and people of the organisations), a mentor for about 20% of the sample and
1-6 mentoring meetings during each assignment.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from socialneet_desktop.db import models
from socialneet_desktop.services.demo import insert_rows, next_id
from socialneet_desktop.services.placement_weeks import monday, weeks_between

PLACEMENT_SHARE, MENTORED_SHARE = 0.15, 0.20
HOSTS = ("enterprise", "social_cooperative", "aps", "odv", "foundation")
KINDS = (("internship", 45), ("work_based_learning", 25), ("apprenticeship", 15), ("job", 15))
WEEKS = {"internship": (8, 26), "work_based_learning": (4, 12), "apprenticeship": (26, 52)}
CONTRACTS = {
    "internship": ("Tirocinio extracurricolare", "Tirocinio di inserimento lavorativo"),
    "work_based_learning": ("Percorso di apprendimento sul lavoro", "Borsa lavoro"),
    "apprenticeship": ("Apprendistato professionalizzante", "Apprendistato di primo livello"),
    "job": ("Tempo determinato 12 mesi", "Tempo indeterminato part-time", "Contratto a chiamata"),
}
OUTCOMES = (
    "Concluso con buona valutazione del tutor.",
    "Proposta di assunzione al termine.",
    "Interrotto per motivi personali.",
    "Concluso; ha acquisito competenze di magazzino e relazione con i clienti.",
    "Prorogato di tre mesi.",
    "",
)
AVAILABILITY = (
    "Martedì e giovedì pomeriggio",
    "Lunedì mattina",
    "Su appuntamento",
    "Mercoledì dalle 15 alle 18",
    "Venerdì mattina e online",
)
SUMMARIES = (
    "Colloquio sul percorso di tirocinio e sulle difficoltà incontrate.",
    "Preparazione del curriculum e simulazione di colloquio di lavoro.",
    "Definizione degli obiettivi per il prossimo mese.",
    "Ricerca di offerte di lavoro sul portale regionale.",
    "Incontro con la famiglia sulle scelte di formazione.",
    "Verifica dei progressi e della motivazione.",
)
MEETING_OUTCOMES = (
    "Obiettivi condivisi.",
    "Invio di due candidature entro la settimana.",
    "Iscrizione al corso proposto.",
    "Da rivedere tra due settimane.",
)


def add(demo, session: Session, contacts: list[tuple[int, object]]) -> dict[str, int]:
    """The placements and their hours, the mentors, assignments and mentoring meetings."""
    if not contacts:
        return {}
    counts = _placements(demo, session, contacts)
    counts |= _mentoring(demo, session, contacts)
    return counts


def _weighted(rng, pairs):
    return rng.choices([code for code, _ in pairs], [weight for _, weight in pairs])[0]


def _hosts(session: Session) -> list[int]:
    table = models.Organization.__table__
    query = select(table.c.id).where(table.c.kind.in_(HOSTS), table.c.deleted_at.is_(None))
    return list(session.scalars(query)) or list(session.scalars(select(table.c.id)))


# --- placements -----------------------------------------------------------------------------


def _placements(demo, session: Session, contacts) -> dict[str, int]:
    rng, hosts = demo.rng, _hosts(session)
    if not hosts:
        return {}
    chosen = rng.sample(contacts, max(1, round(len(contacts) * PLACEMENT_SHARE)))
    table, hours_table = models.Placement.__table__, models.PlacementHours.__table__
    first_id, first_hours = next_id(session, table), next_id(session, hours_table)
    rows, hours = [], []
    for number, (contact_id, _birth) in enumerate(chosen):
        row = _placement_row(demo, first_id + number, contact_id, rng.choice(hosts))
        rows.append(row)
        hours += _hours_rows(demo, row, first_hours + len(hours))
    return {
        "placements": insert_rows(session, table, rows),
        "placement_hours": insert_rows(session, hours_table, hours),
    }


def _placement_row(demo, row_id: int, contact_id: int, host_id: int) -> dict:
    rng = demo.rng
    kind = _weighted(rng, KINDS)
    start = monday(demo.day_in_range(540))
    low, high = WEEKS.get(kind, (26, 52))
    end = start + timedelta(weeks=rng.randint(low, high), days=-3)  # a Friday
    if kind == "job" and rng.random() < 0.5:
        end = None  # still working
    finished = end is not None and end < demo.today
    tutors = demo.people_by_org.get(host_id, [])
    weekly = float(rng.choice((20, 24, 25, 30, 36, 40)))
    return demo.common(demo.stamp(start)) | {
        "id": row_id, "contact_id": contact_id, "host_organization_id": host_id,
        "tutor_person_id": rng.choice(tutors) if tutors else None, "placement_kind": kind,
        "start_date": start, "end_date": end, "hours_per_week": weekly,
        "contract": rng.choice(CONTRACTS[kind]),
        "outcome": rng.choice(OUTCOMES) if finished else "", "activity_id": None, "notes": "",
    }  # fmt: skip


def _hours_rows(demo, placement: dict, first_id: int) -> list[dict]:
    """The hours of each week already over: about the agreed ones, a week off now and then."""
    rng, weekly = demo.rng, placement["hours_per_week"]
    last_week = monday(demo.today) - timedelta(weeks=1)
    rows = []
    for week in weeks_between(placement["start_date"], placement["end_date"], demo.today):
        if week > last_week:
            break
        worked = 0.0 if rng.random() < 0.05 else max(0.0, weekly - rng.choice((0, 0, 0, 2, 4)))
        notes = "Ferie" if worked == 0 else ""
        rows.append(
            demo.common(datetime.combine(week + timedelta(days=7), time(17)))
            | {
                "id": first_id + len(rows),
                "placement_id": placement["id"],
                "week_start": week,
                "hours": worked,
                "notes": notes,
            }
        )
    return rows


# --- mentors --------------------------------------------------------------------------------


def _mentoring(demo, session: Session, contacts) -> dict[str, int]:
    mentors = _mentor_rows(demo, session)
    counts = {"mentors": insert_rows(session, models.Mentor.__table__, mentors)}
    active = [row["id"] for row in mentors if row["active"]] or [row["id"] for row in mentors]
    if not active:
        return counts
    assignments, meetings = _assignments(demo, session, contacts, active)
    counts["mentor_assignments"] = insert_rows(
        session, models.MentorAssignment.__table__, assignments
    )
    counts["mentoring_meetings"] = insert_rows(session, models.MentoringMeeting.__table__, meetings)
    return counts


def _mentor_rows(demo, session: Session) -> list[dict]:
    rng = demo.rng
    staff = [staff_id for staff_id, _role in demo.staff]
    people = [person for found in demo.people_by_org.values() for person in found]
    count = rng.randint(8, 15)
    from_staff = rng.sample(staff, min(len(staff), count // 2))
    from_people = rng.sample(people, min(len(people), count - len(from_staff)))
    first_id, rows = next_id(session, models.Mentor.__table__), []
    for staff_id, person_id in [(s, None) for s in from_staff] + [(None, p) for p in from_people]:
        trained = demo.day_in_range(720)
        rows.append(
            demo.common(demo.stamp(trained))
            | {
                "id": first_id + len(rows),
                "staff_id": staff_id,
                "contact_person_id": person_id,
                "trained_on": trained,
                "availability": rng.choice(AVAILABILITY),
                "active": rng.random() < 0.85,
                "notes": "",
            }
        )
    return rows


def _assignments(demo, session: Session, contacts, mentors: list[int]):
    rng = demo.rng
    chosen = rng.sample(contacts, max(1, round(len(contacts) * MENTORED_SHARE)))
    first_id = next_id(session, models.MentorAssignment.__table__)
    first_meeting = next_id(session, models.MentoringMeeting.__table__)
    assignments, meetings = [], []
    for number, (contact_id, _birth) in enumerate(chosen):
        start = demo.day_in_range(500)
        end = start + timedelta(days=rng.randint(60, 300))
        end = None if end >= demo.today else end
        mentor_id = rng.choice(mentors)
        assignments.append(
            demo.common(demo.stamp(start))
            | {
                "id": first_id + number,
                "mentor_id": mentor_id,
                "contact_id": contact_id,
                "start_date": start,
                "end_date": end,
                "notes": "",
            }
        )
        last = min(end or demo.today, demo.today)
        for day in _meeting_days(rng, start, last):
            row_id = first_meeting + len(meetings)
            meetings.append(_meeting_row(demo, row_id, mentor_id, contact_id, day))
    return assignments, meetings


def _meeting_days(rng, start: date, last: date) -> list[date]:
    span = max((last - start).days, 0)
    days = sorted({start + timedelta(days=rng.randint(0, span)) for _ in range(rng.randint(1, 6))})
    return [max(start, day - timedelta(days=max(0, day.weekday() - 4))) for day in days]


def _meeting_row(demo, row_id: int, mentor_id: int, contact_id: int, day: date) -> dict:
    rng = demo.rng
    start = time(rng.choice((9, 10, 11, 15, 16, 17)), rng.choice((0, 30)))
    end = (datetime.combine(day, start) + timedelta(minutes=rng.choice((45, 60, 90)))).time()
    return demo.common(demo.stamp(day)) | {
        "id": row_id, "mentor_id": mentor_id, "contact_id": contact_id, "meeting_date": day,
        "start_time": start, "end_time": end, "summary": rng.choice(SUMMARIES),
        "outcome": rng.choice(MEETING_OUTCOMES), "next_appointment": None, "activity_id": None,
    }  # fmt: skip
