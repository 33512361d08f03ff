"""Records chosen by name in a picker: the search behind it and the name of one record."""

from __future__ import annotations

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from socialneet_desktop.services.record_kinds import ByKind

CHOICES = 50
# kind key -> its model and the columns that make its name (RecordKind.name_fields), for the
# kinds chosen by name; re-exported for ui/editors/widgets.py
CHOICE_KINDS = ByKind(
    lambda kind: (kind.model, kind.name_fields), where=lambda kind: bool(kind.name_fields)
)


def find_choices(session: Session, kind_key: str, text: str) -> list[tuple[int, str]]:
    """(id, name) of records not in the recycle bin whose name has every word of `text`."""
    model, names = CHOICE_KINDS[kind_key]
    columns = [getattr(model, name) for name in names]
    words = [
        or_(*(func.lower(column).contains(word, autoescape=True) for column in columns))
        for word in text.casefold().split()
    ]
    query = select(model.id, *columns).where(model.deleted_at.is_(None), and_(True, *words))
    rows = session.execute(query.order_by(*columns, model.id).limit(CHOICES))
    return [(row[0], " ".join(part for part in row[1:] if part)) for row in rows]


def choice_label(session: Session, kind_key: str, record_id: int) -> str:
    """The name of one record (also when it is in the recycle bin); "" when there is none."""
    model, names = CHOICE_KINDS[kind_key]
    record = session.get(model, record_id)
    return " ".join(getattr(record, n) for n in names if getattr(record, n)) if record else ""
