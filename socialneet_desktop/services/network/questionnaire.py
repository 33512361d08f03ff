"""The cooperation questionnaire (issue 22): its questions, the organisations it lists, and an
answer saved as records (one CoopAnswer, one CoopTie per organisation named), audited as any
record is. The printable form (printing/network_questionnaire.py), the spreadsheet template
(exports/network_questionnaire.py) and its import (importers/questionnaire.py) share these.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from socialneet_desktop.db import models
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.services.records import create_record

CONTEXT = "Questionnaire"
TITLE = QT_TRANSLATE_NOOP("Questionnaire", "Questionnaire on the cooperation between organisations")
INTRODUCTION = QT_TRANSLATE_NOOP(
    "Questionnaire",
    "For each organisation you work with, mark the kinds of relation (x), the intensity from "
    "1 (occasional) to 4 (constant), the year it started, and if you wish your trust in it "
    "and the value of the cooperation for you, from 1 (low) to 4 (high). Leave the other "
    "rows empty.",
)
# (field, the question's short title), in the order of the form's and template's columns
RELATION_QUESTIONS: tuple[tuple[str, str], ...] = (
    ("information", QT_TRANSLATE_NOOP("Questionnaire", "Exchange of information")),
    ("referral", QT_TRANSLATE_NOOP("Questionnaire", "Referral of young people")),
    ("joint_project", QT_TRANSLATE_NOOP("Questionnaire", "Joint project")),
    ("shared_resources", QT_TRANSLATE_NOOP("Questionnaire", "Shared resources or premises")),
    ("formal_agreement", QT_TRANSLATE_NOOP("Questionnaire", "Formal agreement / memorandum")),
)
SCALE_QUESTIONS: tuple[tuple[str, str], ...] = (
    ("intensity", QT_TRANSLATE_NOOP("Questionnaire", "Intensity (1-4)")),
    ("since_year", QT_TRANSLATE_NOOP("Questionnaire", "Since (year)")),
    ("trust", QT_TRANSLATE_NOOP("Questionnaire", "Trust (1-4)")),
    ("value", QT_TRANSLATE_NOOP("Questionnaire", "Value (1-4)")),
)
RESPONDENT = QT_TRANSLATE_NOOP("Questionnaire", "Organisation answering")
ANSWERED_ON = QT_TRANSLATE_NOOP("Questionnaire", "Date (dd/mm/yyyy)")
ROLE = QT_TRANSLATE_NOOP("Questionnaire", "Role of who fills it in")
CODE = QT_TRANSLATE_NOOP("Questionnaire", "Code")
# The template's sheet (found by this name, or the first sheet) and rows: the answering
# organisation's code in A and name in C, the date, the role, then the organisations
SHEET = "Questionario"
RESPONDENT_ROW, DATE_ROW, ROLE_ROW, INTRO_ROW, HEADER_ROW = 2, 3, 4, 5, 7
FIRST_ROW = HEADER_ROW + 1
ORGANIZATION = QT_TRANSLATE_NOOP("Questionnaire", "Organisation")


@dataclass(frozen=True)
class Listed:
    """An organisation the questionnaire lists (by uuid: it is the same on every laptop)."""

    id: int
    uuid: str
    name: str


def listed_organizations(session: Session) -> list[Listed]:
    org = models.Organization
    rows = session.execute(
        select(org.id, org.uuid, org.name).where(org.deleted_at.is_(None)).order_by(org.name)
    )
    return [Listed(row.id, row.uuid, row.name) for row in rows]


@dataclass
class Answer:
    """One filled-in questionnaire, ready to save."""

    organization_id: int
    answered_on: date
    respondent_role: str = ""
    notes: str = ""
    # one dict per organisation named: organization_id, the relation fields, intensity …
    named: list[dict] = field(default_factory=list)


def save_answer(session: Session, answer: Answer, *, user: str) -> models.CoopAnswer:
    """The answer and its ties, as records (audited), in the caller's transaction."""
    record = create_record(
        session,
        models.CoopAnswer,
        {
            "organization_id": answer.organization_id,
            "answered_on": answer.answered_on,
            "respondent_role": answer.respondent_role,
            "notes": answer.notes,
        },
        user=user,
    )
    for values in answer.named:
        create_record(session, models.CoopTie, {"answer_id": record.id, **values}, user=user)
    return record
