"""Builders of small hand-made networks for the cooperation tests (issue 22): organisations,
meetings with their organisations, questionnaire answers and agreements, written as records."""

from __future__ import annotations

from datetime import date, datetime

from socialneet_desktop.db import models


def organizations(session, names, kind="aps", sector="Cultura") -> dict[str, int]:
    """One organisation per name (kind/sector: one value or a dict name -> value)."""
    ids = {}
    for name in names:
        row = models.Organization(
            name=name,
            kind=kind[name] if isinstance(kind, dict) else kind,
            sector=sector[name] if isinstance(sector, dict) else sector,
        )
        session.add(row)
        session.flush()
        ids[name] = row.id
    return ids


def meeting(session, ids, day: date, *names, deleted=False, kind="focus_group"):
    row = models.StakeholderMeeting(meeting_date=day, meeting_type=kind, topic="Tavolo")
    row.organizations = [session.get(models.Organization, ids[name]) for name in names]
    if deleted:
        row.deleted_at = datetime(2025, 6, 1)
    session.add(row)
    session.flush()
    return row


def answer(session, ids, who: str, day: date, named: dict[str, dict] | list[str]):
    """An answer of `who` naming organisations: {name: {intensity, information, ...}}."""
    row = models.CoopAnswer(organization_id=ids[who], answered_on=day)
    session.add(row)
    session.flush()
    items = named.items() if isinstance(named, dict) else ((name, {}) for name in named)
    for name, values in items:
        values = {"information": True, "intensity": 2, **values}
        session.add(models.CoopTie(answer_id=row.id, organization_id=ids[name], **values))
    session.flush()
    return row


def agreement(session, ids, title: str, signed: date | None, *names, until=None):
    row = models.Agreement(title=title, signed_on=signed, valid_until=until)
    session.add(row)
    session.flush()
    for name in names:
        session.add(models.AgreementParty(agreement_id=row.id, organization_id=ids[name]))
    session.flush()
    return row
