"""How a record of a kind is named where it stands alone (the recycle bin): the labellers
the kinds list (RecordKind.labeller). Each returns an English template for
translate("Records", …) and the values of its %1 %2; records are read, never queried.
"""

from __future__ import annotations

from typing import Any

from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.domain.validation import format_italian_date

NAME = "%1"  # a label that is just a name: nothing to translate
Label = tuple[str, tuple[str, ...]]


def person(record: Any) -> Label:
    return NAME, (f"{record.last_name} {record.first_name}".strip(),)


def by_field(field: str):
    """The labeller naming a record by one of its fields ("name", "title")."""

    def label(record: Any) -> Label:
        return NAME, (getattr(record, field),)

    return label


def meeting(record: Any) -> Label:
    names = ", ".join(sorted(o.name for o in record.organizations)) or record.topic
    label = QT_TRANSLATE_NOOP("Records", "Meeting %1 – %2")
    return label, (format_italian_date(record.meeting_date), names)


def visit(record: Any) -> Label:
    contact = record.contact
    name = f"{contact.last_name} {contact.first_name}".strip() if contact else ""
    label = QT_TRANSLATE_NOOP("Records", "Visit %1 – %2")
    return label, (format_italian_date(record.visit_date), name)
