"""Demo data of the cooperation between organisations (issue 22), for services/demo_path.

The association is one of the stakeholders (a trade association of the demo takes its name and
tax code), and so are the municipalities of Terni, Narni and Orvieto, with whom it signed the
memorandum that opens the agreements; a few more agreements follow (traineeships, a call's
partnership, the social district's network). The cooperation questionnaire was sent twice, a
year apart, to the organisations (at most QUESTIONNAIRE_LIMIT of a large database): a little
over half answered each time, each naming 2-7 organisations, the ones it met at meetings and
the association first, with the kinds of relation, the intensity, since when, trust and value.
The second wave names a few more ties than the first: cooperation grows slowly.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from socialneet_desktop.db import models
from socialneet_desktop.domain.italian_dates import format_italian_date
from socialneet_desktop.services.demo import insert_rows, next_id

QUESTIONNAIRE_LIMIT = 400  # organisations the questionnaire is sent to, at most
RESPONSE_SHARE = (0.52, 0.6)  # the first wave, the second
MUNICIPALITIES = (("Terni", "L117"), ("Narni", "F844"), ("Orvieto", "G148"))
RELATION_SHARES = (
    ("information", 0.85),
    ("referral", 0.35),
    ("joint_project", 0.3),
    ("shared_resources", 0.18),
    ("formal_agreement", 0.1),
)
INTENSITY_WEIGHTS = (35, 35, 20, 10)
ROLES = ("Presidente", "Coordinatrice", "Responsabile progetti", "Segretario", "Referente")
ANSWER_NOTES = (
    "",
    "",
    "",
    "Compilato durante il focus group.",
    "Risposte raccolte per telefono.",
    "Chiede di essere coinvolta nei prossimi tavoli.",
)
TIE_FIELDS = (
    "organization_id",
    *models.RELATION_FIELDS,
    "intensity",
    "since_year",
    "trust",
    "value",
    "notes",
)
TIE_NOTES = ("", "", "", "", "Collaborazione avviata con il progetto.", "Solo scambio di mail.")


def add(demo, session: Session, contacts) -> dict[str, int]:
    """The association and municipalities among the organisations, agreements, answers."""
    organizations = _organizations(session)
    if len(organizations) < 5:
        return {}
    association = _make_association(session, organizations)
    municipalities = _make_municipalities(session, organizations, association)
    counts = _agreements(demo, session, organizations, association, municipalities)
    counts |= _questionnaires(demo, session, organizations, association)
    return counts


def _organizations(session: Session) -> dict[int, tuple[str, str]]:
    org = models.Organization
    rows = session.execute(select(org.id, org.name, org.kind).order_by(org.id))
    return {row.id: (row.name, row.kind) for row in rows}


def _rename(session: Session, org_id: int, organizations, name: str, **values) -> None:
    session.execute(
        update(models.Organization)
        .where(models.Organization.id == org_id)
        .values(name=name, **values)
    )
    organizations[org_id] = (name, organizations[org_id][1])


def _make_association(session: Session, organizations) -> int:
    """The organisation that is the association (a trade association, or the first one)."""
    settings = session.get(models.AppSettings, 1)
    name = settings.association_name if settings else "Associazione (demo)"
    tax_code = settings.association_tax_code if settings else ""
    trade = [oid for oid, (_n, kind) in organizations.items() if kind == "trade_association"]
    chosen = trade[0] if trade else next(iter(organizations))
    _rename(session, chosen, organizations, name, tax_code=tax_code, municipality_code="L117")
    return chosen


def _make_municipalities(session: Session, organizations, association: int) -> list[int]:
    """Comune di Terni, Narni, Orvieto: found among the public bodies, or one renamed."""
    chosen = []
    for town, code in MUNICIPALITIES:
        name = f"Comune di {town}"
        found = next((oid for oid, (n, _k) in organizations.items() if n == name), None)
        if found is None:
            taken = {association, *chosen}
            spare = [
                oid
                for oid, (n, kind) in organizations.items()
                if oid not in taken and kind == "public_body" and not n.startswith("Comune di ")
            ] or [oid for oid in organizations if oid not in taken]
            found = spare[-1]
            _rename(session, found, organizations, name, municipality_code=code, kind="public_body")
            organizations[found] = (name, "public_body")
        chosen.append(found)
    return chosen


# --- agreements -----------------------------------------------------------------------------


def _agreement_specs(demo, organizations, association, municipalities):
    """(title, kind, signed on, valid until, notes, [(org id, role)])."""
    rng, today = demo.rng, demo.today
    by_kind: dict[str, list[int]] = {}
    for oid, (_name, kind) in organizations.items():
        if oid != association and oid not in municipalities:
            by_kind.setdefault(kind, []).append(oid)

    def some(kinds, count):
        pool = [oid for kind in kinds for oid in by_kind.get(kind, [])]
        return rng.sample(pool, min(count, len(pool)))

    signed = today - timedelta(days=540)
    memorandum = (
        "Protocollo d'intesa per l'inclusione attiva dei giovani NEET",
        "memorandum",
        signed,
        signed + timedelta(days=3 * 365),
        "Protocollo triennale con i Comuni di Terni, Narni e Orvieto: sportelli informativi, "
        "segnalazione dei giovani, uso gratuito di spazi comunali per i laboratori.",
        [(association, "Capofila"), *((oid, "Ente firmatario") for oid in municipalities)],
    )
    specs = [memorandum]
    more = (
        (
            "Convenzione per i tirocini extracurricolari",
            "convention",
            ("public_body", "enterprise"),
            4,
            "Convenzione quadro per l'attivazione di tirocini con le imprese ospitanti.",
        ),
        (
            "Accordo di partenariato – Bando Fondo per l'impiego giovanile",
            "partnership",
            ("social_cooperative", "aps", "odv"),
            5,
            "Partenariato per la candidatura del progetto; ruoli e budget nell'allegato.",
        ),
        (
            "Protocollo di rete della Zona sociale 10",
            "memorandum",
            ("public_body", "social_cooperative", "odv"),
            6,
            "Tavolo permanente dei servizi per i giovani della zona sociale.",
        ),
        (
            "Contratto di rete 'Botteghe aperte'",
            "network_contract",
            ("enterprise", "trade_association"),
            4,
            "Rete di imprese artigiane per l'orientamento e le visite in bottega.",
        ),
    )
    for number, (title, kind, kinds, count, notes) in enumerate(more):
        day = today - timedelta(days=480 - 90 * number + rng.randint(0, 30))
        parties = [(association, "Capofila"), *((oid, "Partner") for oid in some(kinds, count))]
        if len(parties) > 1:
            specs.append((title, kind, day, day + timedelta(days=730), notes, parties))
    return specs


def _agreements(demo, session, organizations, association, municipalities) -> dict[str, int]:
    table, party_table = models.Agreement.__table__, models.AgreementParty.__table__
    row_id, party_id = next_id(session, table), next_id(session, party_table)
    rows, parties = [], []
    specs = _agreement_specs(demo, organizations, association, municipalities)
    for title, kind, signed, until, notes, members in specs:
        stamp = demo.stamp(signed)
        rows.append(demo.common(stamp) | {
            "id": row_id, "title": title, "agreement_kind": kind, "signed_on": signed,
            "valid_until": until, "document": _document(title, signed, members, organizations),
            "document_name": f"{title}.txt", "notes": notes,
        })  # fmt: skip
        for oid, role in members:
            parties.append(demo.common(stamp) | {
                "id": party_id, "agreement_id": row_id, "organization_id": oid, "role": role,
            })  # fmt: skip
            party_id += 1
        row_id += 1
    return {
        "agreements": insert_rows(session, table, rows),
        "agreement_parties": insert_rows(session, party_table, parties),
    }


def _document(title: str, signed: date, members, organizations) -> bytes:
    lines = [title.upper(), "", f"Sottoscritto il {format_italian_date(signed)} da:", ""]
    lines += [f"- {organizations[oid][0]} ({role})" for oid, role in members]
    lines += ["", "Art. 1 - Finalità", "Art. 2 - Impegni delle parti", "Art. 3 - Durata"]
    return "\n".join(lines).encode("utf-8")


# --- the cooperation questionnaire ----------------------------------------------------------


def _met_together(session: Session) -> dict[int, set[int]]:
    link = models.meeting_organizations
    by_meeting: dict[int, set[int]] = {}
    for meeting_id, org_id in session.execute(select(link.c.meeting_id, link.c.organization_id)):
        by_meeting.setdefault(meeting_id, set()).add(org_id)
    met: dict[int, set[int]] = {}
    for present in by_meeting.values():
        for oid in present:
            met.setdefault(oid, set()).update(present - {oid})
    return met


def _questionnaires(demo, session: Session, organizations, association) -> dict[str, int]:
    rng = demo.rng
    population = sorted(organizations)
    if len(population) > QUESTIONNAIRE_LIMIT:
        population = sorted({association, *rng.sample(population, QUESTIONNAIRE_LIMIT - 1)})
    met = _met_together(session)
    answers_table, ties_table = models.CoopAnswer.__table__, models.CoopTie.__table__
    answer_id, tie_id = next_id(session, answers_table), next_id(session, ties_table)
    answers, ties = [], []
    earlier: dict[int, list[dict]] = {}
    waves = (demo.today - timedelta(days=395), demo.today - timedelta(days=30))
    for wave, (start, share) in enumerate(zip(waves, RESPONSE_SHARE, strict=True)):
        for oid in population:
            if oid != association and rng.random() >= share:
                continue
            day = min(demo.today, start + timedelta(days=rng.randint(0, 28)))
            answers.append(_answer_row(demo, answer_id, oid, day))
            named = _named(demo, oid, population, met, association, earlier.get(oid), wave)
            for values in named:
                ties.append(demo.common(demo.stamp(day)) | values | {
                    "id": tie_id, "answer_id": answer_id,
                })  # fmt: skip
                tie_id += 1
            earlier[oid] = named
            answer_id += 1
    return {
        "coop_answers": insert_rows(session, answers_table, answers),
        "coop_ties": insert_rows(session, ties_table, ties),
    }


def _answer_row(demo, row_id: int, oid: int, day: date) -> dict:
    people = demo.people_by_org.get(oid) or []
    person = demo.rng.choice(people) if people and demo.rng.random() < 0.85 else None
    return demo.common(demo.stamp(day)) | {
        "id": row_id, "organization_id": oid, "answered_on": day,
        "respondent_person_id": person, "respondent_role": demo.rng.choice(ROLES),
        "notes": demo.rng.choice(ANSWER_NOTES),
    }  # fmt: skip


def _named(demo, oid, population, met, association, before, wave) -> list[dict]:
    """The organisations one answer names: last year's ties kept (most of them), the
    association, organisations met at meetings, a few others; each with its relation."""
    rng = demo.rng
    chosen: list[int] = []
    if before:
        chosen = [v["organization_id"] for v in before if rng.random() < 0.85]
    candidates = [association] if oid != association else []
    candidates += sorted(met.get(oid, set()) & set(population))
    candidates += rng.sample(population, min(len(population), 6))
    wanted = rng.randint(2, 7) + wave
    for other in candidates:
        if len(chosen) >= wanted:
            break
        if other != oid and other not in chosen and (other == association or rng.random() < 0.6):
            chosen.append(other)
    previous = {v["organization_id"]: v for v in before or ()}
    return [_tie_values(demo, other, previous.get(other), other == association) for other in chosen]


def _tie_values(demo, other: int, before: dict | None, with_association: bool) -> dict:
    rng = demo.rng
    if before is not None:  # the same tie a year on: a little stronger, perhaps
        values = {key: before[key] for key in TIE_FIELDS}
        return values | {"intensity": min(4, before["intensity"] + (rng.random() < 0.25))}
    relations = {name: rng.random() < share for name, share in RELATION_SHARES}
    if not any(relations.values()):
        relations["information"] = True
    if with_association:
        relations["referral"] = relations["referral"] or rng.random() < 0.5
    intensity = rng.choices((1, 2, 3, 4), INTENSITY_WEIGHTS)[0] + with_association
    scored = rng.random() < 0.7
    return {
        "organization_id": other, **relations, "intensity": min(4, intensity),
        "since_year": demo.today.year - rng.randint(0, 8) if rng.random() < 0.8 else None,
        "trust": rng.randint(2, 4) if scored else None,
        "value": rng.randint(1, 4) if scored else None,
        "notes": rng.choice(TIE_NOTES),
    }  # fmt: skip
