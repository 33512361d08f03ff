"""Small reads about the project's activities that the editors need (issue 19)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from socialneet_desktop.db.models_path import ProjectActivity
from socialneet_desktop.domain.problem import Problem
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP


def code_of(session: Session, activity_id: int | None) -> str:
    """The code ("2.3.8") of an activity, "" for none (also one in the recycle bin keeps it)."""
    activity = session.get(ProjectActivity, activity_id) if activity_id is not None else None
    return activity.code if activity is not None else ""


def activity_codes(session: Session) -> list[tuple[int, str]]:
    """(id, code) of the activities not in the recycle bin: how an import names an activity
    (importers/links.py, the reference activity_ref)."""
    statement = (
        select(ProjectActivity.id, ProjectActivity.code)
        .where(ProjectActivity.deleted_at.is_(None))
        .order_by(ProjectActivity.id)
    )
    return [(row_id, code) for row_id, code in session.execute(statement)]


SAME_CODE = QT_TRANSLATE_NOOP(
    "Validation", "Code of the activity: %1 is already the code of '%2'; each has its own."
)


def same_code(session: Session, code: str, record_id: int | None) -> Problem | None:
    """The problem of a code another activity (not in the recycle bin) already has."""
    statement = select(ProjectActivity.title).where(
        ProjectActivity.code == code.strip(),
        ProjectActivity.deleted_at.is_(None),
        ProjectActivity.id != (record_id or 0),
    )
    title = session.scalars(statement.limit(1)).first()
    return None if title is None else Problem("code", SAME_CODE, (code.strip(), title))
