"""Demo data of the needs and their matching (issue 23), for services/demo_path.

Needs of the demo's organisations (and of groups of young people, described, never named),
in the categories and units of the demo's resources; for most of them the best candidates
proposed, marked by delegates (staff and people of the organisations) with the notes a mark
of 1-2 or 9-10 needs; some proposals confirmed by a staff member, the resource then matched,
and some of those closed as satisfied (the resource reused) or not. On the first need with
two proposals the delegates prefer the one the score ranks second: the marks change the rank.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from socialneet_desktop.db import models
from socialneet_desktop.db.models_needs import DelegateMark, MatchProposal, Need
from socialneet_desktop.services.demo import insert_rows, next_id
from socialneet_desktop.services.matching.assign import parts_json
from socialneet_desktop.services.matching.facts import resource_facts
from socialneet_desktop.services.matching.proposals import (
    ResourcePool,
    all_candidates,
    live_resources,
)

# category: (titles, unit, quantity range, description)
NEEDS = {
    "premises": (
        ("Sala per il doposcuola", "Locale per laboratori di falegnameria",
         "Sede per lo sportello"),
        "m²", (30, 300), "Uno spazio al coperto, accessibile, con servizi igienici.",
    ),
    "land": (
        ("Terreno per un orto sociale", "Appezzamento per l'inserimento lavorativo"), "ha", (1, 5),
        "Un terreno coltivabile con accesso all'acqua.",
    ),
    "equipment": (
        ("PC per il corso di informatica", "Attrezzi per il laboratorio di riparazioni"), "pz",
        (1, 12), "Attrezzature funzionanti o da rimettere in sesto con i ragazzi.",
    ),
    "vehicles": (
        ("Furgone per la raccolta delle eccedenze", "Pulmino per le uscite del centro diurno"),
        "pz", (1, 1), "Un mezzo per qualche giorno alla settimana, con assicurazione.",
    ),
    "goods": (
        ("Arredi per la nuova sede", "Libri per la biblioteca di quartiere"), "pz", (10, 150),
        "Beni in buono stato da ritirare entro il mese.",
    ),
    "food_surplus": (
        ("Alimenti per l'emporio solidale", "Frutta e verdura per la mensa"), "kg", (20, 200),
        "Ritiro settimanale, catena del freddo garantita.",
    ),
    "energy_surplus": (("Energia per la comunità energetica",), "kWh", (500, 4000),
                       "Condivisione dell'energia prodotta nelle ore diurne."),
    "volunteer_skills": (
        ("Tutor per i giovani in bottega", "Volontari per l'accompagnamento al lavoro"), "h",
        (10, 80), "Persone esperte disponibili qualche ora alla settimana.",
    ),
    "other": (("Spazio all'aperto per un evento",), "m²", (100, 1500), "Per un pomeriggio."),
}  # fmt: skip
GROUPS = (
    "Ragazzi del laboratorio di ceramica",
    "Giovani del corso di cucina",
    "Gruppo di NEET del Meeting Point",
    "Giovani volontari del quartiere",
)
SOURCES = ("questionnaire", "meeting", "focus_group", "other")
SOURCE_WEIGHTS = (40, 35, 20, 5)
DAY_SETS = (("sat",), ("mon", "wed"), ("tue", "thu"), ("sat", "sun"), ("fri",))
LOW_NOTES = ("Troppo lontano per i ragazzi.", "Il locale va ristrutturato prima dell'uso.")
HIGH_NOTES = (
    "Proprietario già disponibile, si parte subito.",
    "Ottima collaborazione già in corso.",
)
POOL_LIMIT = 1_500  # resources the demo's needs are matched among, at most
PROPOSED_SHARE = 0.7  # needs whose best candidates are proposed
CONFIRMED_SHARE = 0.35  # of those, the best one confirmed
SATISFIED_SHARE = 0.6  # of the confirmed ones, closed as satisfied (some not satisfied)


def add(demo, session: Session, contacts) -> dict[str, int]:
    """The needs, their proposals and the delegates' marks; the counts added."""
    resources = session.scalar(select(func.count(models.UnusedResource.id)))
    if not resources or not demo.organizations:
        return {}
    count = min(200, max(12, resources // 4))
    first_id = next_id(session, Need.__table__)
    needs = insert_rows(session, Need.__table__, _need_rows(demo, session, count))
    session.flush()
    new = list(session.scalars(select(Need).where(Need.id >= first_id).order_by(Need.id)))
    proposals, marks = _proposals_and_marks(demo, session, new)
    return {"needs": needs, "match_proposals": proposals, "delegate_marks": marks}


def _need_rows(demo, session: Session, count: int) -> list[dict]:
    rng, first_id = demo.rng, next_id(session, Need.__table__)
    categories = list(
        session.scalars(select(models.UnusedResource.category).where(
            models.UnusedResource.status.in_(("reported", "verified"))
        ))
    ) or sorted(NEEDS)  # fmt: skip
    rows = []
    for number in range(count):
        category = rng.choice(categories)
        titles, unit, (low, high), description = NEEDS.get(category, NEEDS["other"])
        org = rng.choice(demo.organizations) if rng.random() < 0.8 else None
        group = rng.choice(GROUPS) if org is None or rng.random() < 0.2 else ""
        recorded = demo.day_in_range(300)
        start = recorded + timedelta(days=rng.randint(0, 60))
        days = rng.choice(DAY_SETS) if rng.random() < 0.5 else ()
        rows.append(
            demo.common(demo.stamp(recorded)) | {
                "id": first_id + number, "title": rng.choice(titles),
                "organization_id": org[0] if org else None, "group_description": group,
                "group_size": rng.randint(5, 25) if group else None, "category": category,
                "description": description,
                "municipality_code": org[2] if org and org[2] else demo.town(0.4).code,
                "needed_from": start,
                "needed_to": start + timedelta(days=rng.randint(60, 365))
                if rng.random() < 0.7 else None,
                "days": ",".join(days), "quantity": float(rng.randint(low, high)), "unit": unit,
                "urgency": rng.choices((1, 2, 3), (25, 45, 30))[0], "status": "open",
                "source": rng.choices(SOURCES, SOURCE_WEIGHTS)[0], "recorded_on": recorded,
                "recorded_by_id": rng.choice(demo.staff)[0] if demo.staff else None,
                "outcome_notes": "", "notes": "",
            }
        )  # fmt: skip
    return rows


def _delegates(demo) -> list[tuple[int | None, int | None]]:
    """(staff id, person id) of the delegates: three of the staff, five people of the
    organisations."""
    staff = [(staff_id, None) for staff_id, _role in demo.staff[:3]]
    people = [person for ids in demo.people_by_org.values() for person in ids[:1]][:5]
    return staff + [(None, person) for person in people]


def _proposals_and_marks(demo, session: Session, needs: list[Need]) -> tuple[int, int]:
    rng, delegates = demo.rng, _delegates(demo)
    proposal_id = next_id(session, MatchProposal.__table__)
    mark_id = next_id(session, DelegateMark.__table__)
    proposals, marks, taken, reversed_once = [], [], set(), False
    statuses: dict[int, str] = {}
    resource_status: dict[int, str] = {}
    for need_id, candidates in all_candidates(session, needs, _pool(demo, session)).items():
        chosen = [c for c in candidates if c.passes and c.resource_id not in taken][:3]
        if not chosen or rng.random() > PROPOSED_SHARE:
            continue
        reverse = not reversed_once and len(chosen) >= 2
        reversed_once = reversed_once or reverse
        best_marks = []
        for place, candidate in enumerate(chosen):
            day = demo.day_in_range(240)
            row = demo.common(demo.stamp(day)) | {
                "id": proposal_id, "need_id": need_id, "resource_id": candidate.resource_id,
                "status": "proposed", "origin": rng.choice(("operator", "marks")),
                "score": candidate.scored.score, "reasons": parts_json(candidate.scored),
                "decided_by_id": None, "decided_by_name": "", "decided_at": None,
                "outcome": "", "outcome_on": None, "notes": "",
            }  # fmt: skip
            centre = candidate.scored.score / 10
            if reverse:
                centre = 9.0 if place == 1 else 3.0
            given = _marks(demo, mark_id, proposal_id, centre, delegates, day)
            marks += given
            mark_id += len(given)
            best_marks.append((sum(m["mark"] for m in given) / len(given), row))
            proposals.append(row)
            proposal_id += 1
        statuses[need_id] = "proposed"
        if reverse or rng.random() < CONFIRMED_SHARE:
            best = max(best_marks, key=lambda pair: pair[0])[1]
            _confirm(demo, best, statuses, resource_status)
            taken.add(best["resource_id"])
    insert_rows(session, MatchProposal.__table__, proposals)
    insert_rows(session, DelegateMark.__table__, marks)
    _set_statuses(session, statuses, resource_status)
    return len(proposals), len(marks)


def _pool(demo, session: Session) -> ResourcePool:
    """The resources the demo's needs are matched among: all of them, or a sample of
    POOL_LIMIT on a large database (a million contacts make 100,000 resources). The sample
    is drawn from the ids in live_resources' order and only its rows are read whole (the
    same pool as sampling live_resources' rows, without loading 100,000 records)."""
    resource = models.UnusedResource
    ids = list(
        session.scalars(
            select(resource.id)
            .where(resource.deleted_at.is_(None))
            .order_by(resource.title, resource.id)
        )
    )
    if len(ids) <= POOL_LIMIT:
        return live_resources(session)
    picked = demo.rng.sample(ids, POOL_LIMIT)
    rows = session.execute(
        select(resource, models.Organization.name)
        .outerjoin(models.Organization, resource.owner_organization_id == models.Organization.id)
        .where(resource.id.in_(picked))
    )
    by_id = {
        row.id: (resource_facts(row), row.title, org_name or row.owner_name or "")
        for row, org_name in rows
    }
    return ResourcePool([by_id[resource_id] for resource_id in picked])


def _marks(demo, first_id, proposal_id, centre, delegates, day) -> list[dict]:
    rng = demo.rng
    rows = []
    for number, (staff_id, person_id) in enumerate(rng.sample(delegates, min(len(delegates), 4))):
        mark = max(1, min(10, round(rng.gauss(centre, 1.2))))
        note = rng.choice(LOW_NOTES) if mark <= 2 else rng.choice(HIGH_NOTES) if mark >= 9 else ""
        rows.append(
            demo.common(demo.stamp(day)) | {
                "id": first_id + number, "proposal_id": proposal_id, "staff_id": staff_id,
                "contact_person_id": person_id, "mark": mark, "note": note, "marked_on": day,
            }
        )  # fmt: skip
    return rows


def _confirm(demo, row: dict, statuses: dict, resource_status: dict) -> None:
    rng = demo.rng
    decided = row["created_at"] + timedelta(days=rng.randint(3, 20))
    row |= {
        "status": "confirmed",
        "decided_by_id": demo.staff[0][0] if demo.staff else None,
        "decided_by_name": "demo",
        "decided_at": decided,
    }
    statuses[row["need_id"]], resource_status[row["resource_id"]] = "matched", "matched"
    if decided.date() + timedelta(days=30) < demo.today and rng.random() < 0.7:
        satisfied = rng.random() < SATISFIED_SHARE / 0.7
        outcome = "satisfied" if satisfied else "not_satisfied"
        row |= {"outcome": outcome, "outcome_on": decided.date() + timedelta(days=30)}
        statuses[row["need_id"]] = outcome
        resource_status[row["resource_id"]] = "reused" if satisfied else "verified"


def _set_statuses(session: Session, needs: dict[int, str], resources: dict[int, str]) -> None:
    for model, changes in ((Need, needs), (models.UnusedResource, resources)):
        for status in set(changes.values()):
            ids = [record_id for record_id, value in changes.items() if value == status]
            session.execute(update(model).where(model.id.in_(ids)).values(status=status))
