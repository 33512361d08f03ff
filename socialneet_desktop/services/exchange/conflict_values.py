"""The values of a conflict (JSON as the change log keeps them) as the record's columns take
them, and a value the user typed in the conflict review, checked like a form's.

A link travels as the other record's uuid (a column) or a list of uuids (a link table): here
they become ids of this database again.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Integer, Numeric, select
from sqlalchemy.orm import Session

from socialneet_desktop.db.model_base import Base, RecordMixin
from socialneet_desktop.domain.problem import Problem
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.domain.validation import parse_date_text
from socialneet_desktop.services.exchange import values

NOT_A_NUMBER = QT_TRANSLATE_NOOP("ConflictReview", "%1: not a number.")
NOT_A_DATE = QT_TRANSLATE_NOOP("ConflictReview", "%1: not a date: write it as dd/mm/yyyy.")
NOT_EDITABLE = QT_TRANSLATE_NOOP(
    "ConflictReview", "%1 cannot be typed: choose this computer's value or the other's."
)
TOO_LONG = QT_TRANSLATE_NOOP("ConflictReview", "%1: at most %2 characters.")


class ValueRefused(ValueError):
    """A typed value that cannot be saved; `problem` names the field and why."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


def decoded(text: str | None) -> Any:
    """The JSON of a conflict's side; None for an empty or unreadable one."""
    if not text:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None


def is_link_list(model: type[RecordMixin], field: str) -> bool:
    relation = model.__mapper__.relationships.get(field)
    return relation is not None and relation.secondary is not None


def column_value(session: Session, model: type[RecordMixin], field: str, value: Any) -> Any:
    """`value` (JSON-decoded) as the column `field` of `model` holds it; a link list as the
    ids of the records its uuids name (those not here left out)."""
    if is_link_list(model, field):
        target = model.__mapper__.relationships[field].mapper.class_
        return _ids_of(session, target, value or [])
    column = model.__table__.columns[field]
    if value is None:
        return None
    target = _referred(column)
    if target is not None:
        ids = _ids_of(session, target, [value])
        return ids[0] if ids else None
    return values.decode(column, value)


def shown(session: Session, model: type[RecordMixin], field: str, value: Any) -> Any:
    """`value` for people: a link (a uuid, a list of uuids) as the names of the records it
    names here (the recycle bin's labels); any other value as it is."""
    if is_link_list(model, field):
        target = model.__mapper__.relationships[field].mapper.class_
        return [_name(session, target, uuid) for uuid in value or []]
    column = model.__table__.columns.get(field)
    target = _referred(column) if column is not None else None
    if target is None or value is None:
        return value
    return _name(session, target, value)


def _name(session: Session, model: type[RecordMixin], uuid: Any) -> str:
    from socialneet_desktop.services.record_kinds import kind_of_model

    record = session.scalars(select(model).where(model.uuid == str(uuid))).one_or_none()
    kind = kind_of_model(model)
    if record is None or kind.labeller is None:
        return str(uuid)
    template, args = kind.labeller(record)
    for number, arg in reversed(list(enumerate(args, start=1))):
        template = template.replace(f"%{number}", arg)
    return template


def _ids_of(session: Session, model: type[RecordMixin], uuids: list) -> list[int]:
    if uuids and all(isinstance(item, int) for item in uuids):
        return sorted(uuids)  # a change logged with ids: taken as they are
    wanted = [str(item) for item in uuids]
    return sorted(session.scalars(select(model.id).where(model.uuid.in_(wanted)))) if wanted else []


def _referred(column) -> type[RecordMixin] | None:
    for key in column.foreign_keys:
        for mapper in Base.registry.mappers:
            if mapper.local_table is key.column.table:
                return mapper.class_
    return None


def editable(model: type[RecordMixin], field: str) -> bool:
    """A field the user may type a value for: text, numbers and dates, not a link, a yes/no
    or the recycle bin's mark."""
    if field not in model.__table__.columns or field == "deleted_at":
        return False
    column = model.__table__.columns[field]
    return not column.foreign_keys and not isinstance(column.type, Boolean)


def typed_value(model: type[RecordMixin], field: str, title: str, text: str) -> Any:
    """The value of `text` typed for `field` (ValueRefused naming `title` when it cannot be)."""
    if not editable(model, field):
        raise ValueRefused(Problem(field, NOT_EDITABLE, (title,)))
    column_type = model.__table__.columns[field].type
    stripped = text.strip()
    if isinstance(column_type, Date | DateTime):
        return _date(field, title, stripped)
    if isinstance(column_type, Integer | Numeric):
        return _number(column_type, field, title, stripped)
    length = getattr(column_type, "length", None)
    if length is not None and len(stripped) > length:
        raise ValueRefused(Problem(field, TOO_LONG, (title, str(length))))
    return stripped


def _date(field: str, title: str, text: str) -> date | None:
    try:
        return parse_date_text(text)
    except ValueError:
        raise ValueRefused(Problem(field, NOT_A_DATE, (title,))) from None


def _number(column_type, field: str, title: str, text: str) -> Any:
    if not text:
        return None
    try:
        number = Decimal(text.replace(".", "").replace(",", ".") if "," in text else text)
    except InvalidOperation:
        raise ValueRefused(Problem(field, NOT_A_NUMBER, (title,))) from None
    if isinstance(column_type, Integer):
        if number != number.to_integral_value():
            raise ValueRefused(Problem(field, NOT_A_NUMBER, (title,)))
        return int(number)
    return number
