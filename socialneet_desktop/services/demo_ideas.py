"""Demo data of the project ideas, the outcomes and follow-ups, and the vulnerable-group
markers (issue 18), for services/demo_path.

The five ideas presented in the project's first year, and a few more on a large database,
each with a team of 2-4 young people of the sample; an outcome on leaving for about 40% of
the sample, and for some of them the follow-ups at 6 and 12 months once due; the markers on
a realistic share, the special-category ones only with the explicit consent (and its date).
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from socialneet_desktop.db import models
from socialneet_desktop.services.demo import insert_rows, next_id
from socialneet_desktop.services.follow_ups import FOLLOW_UPS, add_months

# title, sector, status, description, funding sought
FIRST_FIVE = (
    (
        "Piattaforma contro lo spreco alimentare",
        "agri_food_surplus",
        "presented",
        "Una piattaforma che mette in contatto aziende agricole, mense e negozi della Conca "
        "ternana con le associazioni che ritirano le eccedenze alimentari.",
        45_000.0,
    ),
    (
        "Ufficio stampa per PMI e associazioni",
        "press_office",
        "started",
        "Un servizio di ufficio stampa e comunicazione digitale a tariffe accessibili per "
        "piccole imprese e organizzazioni del terzo settore.",
        18_000.0,
    ),
    (
        "App dei siti archeologici della via Flaminia",
        "cultural_heritage",
        "plan_done",
        "Un'app con percorsi, audioguide e prenotazioni per Carsulae, Ocriculum e gli altri "
        "siti lungo l'antica via Flaminia.",
        60_000.0,
    ),
    (
        "Piattaforma di professionisti dell'assistenza domiciliare",
        "home_care",
        "plan_in_progress",
        "Badanti, OSS e infermieri qualificati prenotabili dalle famiglie, con formazione e "
        "contratti in regola.",
        35_000.0,
    ),
    (
        "Comunità energetica di quartiere",
        "energy_community",
        "presented",
        "Una comunità energetica rinnovabile tra famiglie, parrocchia e scuola del quartiere, "
        "con impianti fotovoltaici sui tetti.",
        120_000.0,
    ),
)
MORE = (
    ("Laboratorio di ceramica artistica", "crafts", "Bottega e corsi di ceramica."),
    ("Sartoria sociale del riuso", "crafts", "Abiti e accessori da tessuti recuperati."),
    ("Agenzia di siti web per artigiani", "ict", "Siti e negozi online per le botteghe."),
    ("Orto urbano condiviso", "agri_food_surplus", "Orti in affitto e vendita a km zero."),
    ("Guide escursionistiche in Valnerina", "cultural_heritage", "Trekking e visite guidate."),
    ("Riparazione di biciclette e ciclofficina", "other", "Ciclofficina e noleggio."),
    ("Doposcuola e tutoraggio online", "ict", "Ripetizioni e aiuto compiti a distanza."),
    ("Birrificio artigianale", "agri_food_surplus", "Birra con orzo e luppolo umbri."),
)
STATUSES = ("idea", "plan_in_progress", "plan_done", "presented", "started", "abandoned")
STATUS_WEIGHTS = (25, 25, 15, 15, 8, 12)
STEP_FIELDS = ("idea_on", "plan_started_on", "plan_done_on", "presented_on", "started_on")

OUTCOME_SHARE = 0.45  # some of them are still on the project: about 40% left
OUTCOME_STATUSES = (
    ("employed", 30),
    ("self_employed", 5),
    ("education_training", 20),
    ("job_search", 25),
    ("inactive", 12),
    ("other", 8),
)
WITH_ORGANIZATION = ("employed", "education_training")
EMPLOYER_KINDS = (("private", 55), ("ngo", 15), ("social_enterprise", 15), ("public", 15))
LEARNED = (("phone", 55), ("email", 20), ("in_person", 15), ("registry", 10))
OUTCOME_NOTES = (
    "",
    "",
    "Contratto a tempo determinato di 12 mesi.",
    "Tirocinio trasformato in assunzione.",
    "Iscritto a un corso ITS.",
    "Ha ripreso gli studi serali.",
    "Sta valutando un trasferimento fuori regione.",
)
# share of the sample with each marker; special categories only among those who consented
MARKERS = (("caring_responsibilities", 0.08), ("minority", 0.05), ("asylum_or_refugee", 0.03))
SPECIAL_CONSENT = 0.12
SPECIAL = (("disability", 0.25), ("mental_health", 0.2))


def add(demo, session: Session, contacts: list[tuple[int, object]]) -> dict[str, int]:
    """The ideas and their teams, the outcomes and follow-ups, the markers."""
    if not contacts:
        return {}
    counts = _ideas(demo, session, contacts)
    counts["outcomes"] = _outcomes(demo, session, contacts)
    _markers(demo, session, contacts)
    return counts


def _weighted(rng, pairs):
    return rng.choices([code for code, _ in pairs], [weight for _, weight in pairs])[0]


# --- project ideas --------------------------------------------------------------------------


def _ideas(demo, session: Session, contacts) -> dict[str, int]:
    rng = demo.rng
    table = models.ProjectIdea.__table__
    mentors = list(session.scalars(select(models.Mentor.id)))
    extra = min(len(MORE), len(contacts) // 400)
    specs = [*FIRST_FIVE]
    for title, sector, description in rng.sample(MORE, extra):
        amount = float(rng.randrange(5, 80) * 1000)
        specs.append((title, sector, rng.choices(STATUSES, STATUS_WEIGHTS)[0], description, amount))
    first_id, rows, members = next_id(session, table), [], []
    for number, spec in enumerate(specs):
        row_id = first_id + number
        rows.append(_idea_row(demo, row_id, spec, mentors))
        team = rng.sample(contacts, min(len(contacts), rng.randint(2, 4)))
        members += [{"idea_id": row_id, "contact_id": contact_id} for contact_id, _ in team]
    insert_rows(session, table, rows)
    session.execute(insert(models.project_idea_members), members)
    return {"project_ideas": len(rows), "project_idea_members": len(members)}


def _idea_row(demo, row_id: int, spec, mentors: list[int]) -> dict:
    rng = demo.rng
    title, sector, status, description, amount = spec
    reached = STEP_FIELDS[: STATUSES.index(status) + 1] if status != "abandoned" else ()
    gaps = [rng.randint(20, 90) for _field in (reached or ("idea_on", "abandoned_on"))[1:]]
    day = demo.today - timedelta(days=sum(gaps) + rng.randint(1, 300))
    steps = dict.fromkeys((*STEP_FIELDS, "abandoned_on"))
    for field, gap in zip(reached or ("idea_on", "abandoned_on"), (0, *gaps), strict=True):
        day += timedelta(days=gap)
        steps[field] = day
    last = max(value for value in steps.values() if value is not None)
    plan = status in ("plan_done", "presented", "started")
    return demo.common(demo.stamp(steps["idea_on"]), demo.stamp(last)) | {
        "id": row_id, "title": title, "sector": sector, "description": description,
        "mentor_id": rng.choice(mentors) if mentors and rng.random() < 0.8 else None,
        "status": status, **steps,
        "funding_sought": amount, "funding_source": rng.choice(
            ("Bando Fondo per l'impiego giovanile", "Microcredito regionale", "")
        ),
        "business_plan": _plan_document(title) if plan else None,
        "business_plan_name": f"Business plan - {title}.txt" if plan else "",
        "activity_id": None, "notes": "",
    }  # fmt: skip


def _plan_document(title: str) -> bytes:
    """A short business plan (plain text: the demo's document to open)."""
    lines = (
        f"BUSINESS PLAN - {title}",
        "",
        "1. Idea imprenditoriale e bisogno a cui risponde",
        "2. Analisi del mercato e dei concorrenti",
        "3. Piano di marketing e comunicazione",
        "4. Organizzazione e ruoli del gruppo",
        "5. Piano economico-finanziario a tre anni",
    )
    return "\n".join(lines).encode("utf-8")


# --- outcomes and follow-ups ----------------------------------------------------------------


def _outcomes(demo, session: Session, contacts) -> int:
    rng = demo.rng
    table = models.Outcome.__table__
    row_id, rows = next_id(session, table), []
    last_visits = _last_visits(session)
    for contact_id, _birth in contacts:
        if rng.random() >= OUTCOME_SHARE:
            continue
        last = last_visits.get(contact_id) or demo.day_in_range(700)
        left_on = last + timedelta(days=rng.randint(7, 120))
        if left_on > demo.today:
            continue  # still on the project
        rows.append(_outcome_row(demo, row_id, contact_id, "leaving", left_on))
        row_id += 1
        for stage, months in FOLLOW_UPS:
            day = add_months(left_on, months) + timedelta(days=rng.randint(0, 25))
            recent = day > demo.today - timedelta(days=60)
            if day > demo.today or rng.random() < (0.6 if recent else 0.12):
                break  # not due yet, or not recorded (then it is due: the home page lists it)
            rows.append(_outcome_row(demo, row_id, contact_id, stage, day))
            row_id += 1
    return insert_rows(session, table, rows)


def _last_visits(session: Session) -> dict[int, date]:
    """Each contact's last visit: one leaves the project after it."""
    visit = models.MeetingPointVisit
    query = select(visit.contact_id, func.max(visit.visit_date)).group_by(visit.contact_id)
    return dict(session.execute(query).all())


def _outcome_row(demo, row_id: int, contact_id: int, stage: str, day: date) -> dict:
    rng = demo.rng
    status = _weighted(rng, OUTCOME_STATUSES)
    known = status in WITH_ORGANIZATION and demo.organizations and rng.random() < 0.6
    return demo.common(demo.stamp(day)) | {
        "id": row_id, "contact_id": contact_id, "stage": stage, "outcome_date": day,
        "status": status,
        "organization_id": rng.choice(demo.organizations)[0] if known else None,
        "employer_kind": _weighted(rng, EMPLOYER_KINDS) if status == "employed" else "",
        "learned_how": "" if stage == "leaving" else _weighted(rng, LEARNED),
        "notes": rng.choice(OUTCOME_NOTES),
    }  # fmt: skip


# --- the vulnerable-group markers -----------------------------------------------------------


def _markers(demo, session: Session, contacts) -> None:
    rng = demo.rng
    table = models.NeetContact.__table__
    ids = [contact_id for contact_id, _birth in contacts]
    for column, share in MARKERS:
        _set(session, table, [i for i in ids if rng.random() < share], {column: True})
    consenting = [i for i in ids if rng.random() < SPECIAL_CONSENT]
    by_day: dict[date, list[int]] = {}
    for contact_id in consenting:
        by_day.setdefault(demo.day_in_range(700), []).append(contact_id)
    for day, chosen in by_day.items():
        values = {"special_category_consent": True, "special_category_consent_on": day}
        _set(session, table, chosen, values)
    for column, share in SPECIAL:
        _set(session, table, [i for i in consenting if rng.random() < share], {column: True})


def _set(session: Session, table, ids: list[int], values: dict) -> None:
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        session.execute(update(table).where(table.c.id.in_(chunk)).values(**values))
