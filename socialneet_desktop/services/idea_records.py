"""What a project idea owns besides its fields: the young people of its team and the business
plan document kept in the database.

The document is read only here (the column is deferred: lists, exports, the search index and
the history never load it); its history names the file, never its bytes. "Open" writes it to
a private temporary file (a folder only this user may read), removed when the program ends.
"""

from __future__ import annotations

import atexit
import os
import re
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, undefer

from socialneet_desktop.db.model_base import utc_now
from socialneet_desktop.db.models import NeetContact, ProjectIdea
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.services import audit

MAX_PLAN_BYTES = 20 * 1024 * 1024  # 20 MB: a business plan with its pictures, not a film
TOO_LARGE = QT_TRANSLATE_NOOP(
    "ProjectIdeas",
    "%1 is %2 MB: a business plan can be at most 20 MB. Save it smaller (a PDF without "
    "full-size pictures) and attach it again.",
)
EMPTY_FILE = QT_TRANSLATE_NOOP("ProjectIdeas", "%1 is empty: there is nothing to attach.")
NAME_LENGTH = 200  # ProjectIdea.business_plan_name

_private_folders: list[Path] = []


class PlanRefused(ValueError):
    """A file that cannot be attached; `message` ("ProjectIdeas" context) and its `args`."""

    def __init__(self, message: str, *args: str) -> None:
        super().__init__(message)
        self.message, self.values = message, args


def read_plan_file(path: Path) -> tuple[str, bytes]:
    """(file name, content) of a file chosen to attach; PlanRefused when it is too large or
    empty (checked before it is read), OSError when it cannot be read."""
    size = path.stat().st_size
    if size > MAX_PLAN_BYTES:
        raise PlanRefused(TOO_LARGE, path.name, f"{size / 1024 / 1024:.1f}".replace(".", ","))
    if size == 0:
        raise PlanRefused(EMPTY_FILE, path.name)
    content = path.read_bytes()
    if len(content) > MAX_PLAN_BYTES:  # it grew while it was read
        size_text = f"{len(content) / 1024 / 1024:.1f}".replace(".", ",")
        raise PlanRefused(TOO_LARGE, path.name, size_text)
    return _short_name(path.name), content


def _short_name(name: str) -> str:
    """The name kept with the document (the column's length), its extension kept."""
    if len(name) <= NAME_LENGTH:
        return name
    stem, dot, extension = name.rpartition(".")
    if not dot or len(extension) > 10:
        return name[:NAME_LENGTH]
    return stem[: NAME_LENGTH - len(extension) - 1] + "." + extension


def plan_content(session: Session, idea_id: int) -> tuple[str, bytes | None]:
    """The name and bytes of the idea's business plan (None when none is attached)."""
    query = select(ProjectIdea).options(undefer(ProjectIdea.business_plan))
    idea = session.scalars(query.where(ProjectIdea.id == idea_id)).one_or_none()
    if idea is None:
        return "", None
    return idea.business_plan_name, idea.business_plan


def set_plan(
    session: Session, idea: ProjectIdea, name: str, content: bytes | None, *, user: str
) -> None:
    """Attach (`content`) or remove (None) the business plan; audited by its file name."""
    old_name = idea.business_plan_name
    idea.business_plan = content
    idea.business_plan_name = name if content is not None else ""
    _touched(session, idea, {"business_plan": (old_name, idea.business_plan_name)}, user)


def set_team(session: Session, idea: ProjectIdea, contact_ids: Iterable[int], *, user: str) -> None:
    """Replace the young people of the idea's team; audited as the field "members"."""
    wanted = sorted(set(contact_ids))
    if sorted(c.id for c in idea.members) == wanted:
        return
    chosen = list(session.scalars(select(NeetContact).where(NeetContact.id.in_(wanted))))
    old = _names(idea.members)
    idea.members = chosen
    _touched(session, idea, {"members": (old, _names(chosen))}, user)


def _names(contacts: Iterable[NeetContact]) -> str:
    return ", ".join(sorted(f"{c.last_name} {c.first_name}".strip() for c in contacts))


def _touched(session: Session, idea: ProjectIdea, changes: audit.Changes, user: str) -> None:
    """The idea's version rises as for any save, and the change is in its history."""
    idea.updated_by = user
    idea.updated_at = utc_now()
    session.flush()
    audit.record_event(session, idea, "update", changes, user)
    session.flush()


def team_of(session: Session, idea_id: int) -> list[tuple[int, str]]:
    """(contact id, "Last First") of the idea's team, by name."""
    idea = session.get(ProjectIdea, idea_id)
    members = idea.members if idea is not None else []
    named = [(c.id, f"{c.last_name} {c.first_name}".strip()) for c in members]
    return sorted(named, key=lambda pair: (pair[1].casefold(), pair[0]))


def private_copy(name: str, content: bytes) -> Path:
    """The document written to a new folder only this user may read (removed at exit), under
    its own name made safe for any file system; the path, for the system viewer."""
    folder = Path(tempfile.mkdtemp(prefix="socialneet-plan-"))  # mode 0700
    _private_folders.append(folder)
    safe = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "_", name).strip(" .") or "business-plan"
    path = folder / safe
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as file:
        file.write(content)
    return path


@atexit.register
def _remove_private_copies() -> None:
    for folder in _private_folders:
        shutil.rmtree(folder, ignore_errors=True)
