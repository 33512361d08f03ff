"""The records an answer or an agreement holds, for their editors' tabs (issue 22): the
organisations a questionnaire answer names, the parties of an agreement (not in the recycle
bin, in the order they were added, their organisation loaded)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from socialneet_desktop.db.models_network import AgreementParty, CoopTie


def ties_of_answer(session: Session, answer_id: int) -> list[CoopTie]:
    return list(
        session.scalars(
            select(CoopTie)
            .options(selectinload(CoopTie.organization))
            .where(CoopTie.answer_id == answer_id, CoopTie.deleted_at.is_(None))
            .order_by(CoopTie.id)
        )
    )


def parties_of_agreement(session: Session, agreement_id: int) -> list[AgreementParty]:
    return list(
        session.scalars(
            select(AgreementParty)
            .options(selectinload(AgreementParty.organization))
            .where(AgreementParty.agreement_id == agreement_id, AgreementParty.deleted_at.is_(None))
            .order_by(AgreementParty.id)
        )
    )
