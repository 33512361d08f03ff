"""A mentor accompanying a young person for a period: rows of the mentor's "Young people"
tab (no list of their own). Two assignments of the same mentor and young person may not
overlap (services/mentoring.overlapping_assignment, checked by the editor on save)."""

from __future__ import annotations

from socialneet_desktop.domain.columns import DATE, ColumnSpec, Join, JoinedName
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.domain.validation import format_italian_date as _date
from socialneet_desktop.services.kind_facets import ExchangeLink, RecordKind
from socialneet_desktop.services.kind_rules import InOrder, Required

COLUMNS = (
    ColumnSpec("start_date", QT_TRANSLATE_NOOP("Columns", "From"), DATE, 12),
    ColumnSpec("end_date", QT_TRANSLATE_NOOP("Columns", "To"), DATE, 12),
    ColumnSpec("contact_name", QT_TRANSLATE_NOOP("Columns", "Contact"), width=26, personal=True),
)

RULES = (
    Required("mentor_id", QT_TRANSLATE_NOOP("Validation", "Mentor: choose one.")),
    Required(
        "contact_id", QT_TRANSLATE_NOOP("Validation", "Person: choose who the mentor accompanies.")
    ),
    Required("start_date", QT_TRANSLATE_NOOP("Validation", "From: the first day is required.")),
    InOrder(
        "start_date",
        "end_date",
        QT_TRANSLATE_NOOP("Validation", "To: it cannot be before the first day."),
    ),
)


def label(record) -> tuple[str, tuple[str, ...]]:
    contact = record.contact
    name = f"{contact.last_name} {contact.first_name}".strip() if contact else ""
    return QT_TRANSLATE_NOOP("Records", "Mentoring of %1 from %2"), (name, _date(record.start_date))


KIND = RecordKind(
    key="mentor_assignments",
    model_path="socialneet_desktop.db.models_path:MentorAssignment",
    table_name="mentor_assignments",
    title=QT_TRANSLATE_NOOP("RecordKind", "Mentor assignments"),
    singular=QT_TRANSLATE_NOOP("RecordKind", "Mentor assignment"),
    listed=False,
    area="path",
    columns=COLUMNS,
    default_sort=("start_date", True),
    joins=(Join("contact", "socialneet_desktop.db.models:NeetContact", "contact_id"),),
    computed=(JoinedName("contact_name", "contact"),),
    person_of_list=("contact.uuid", "contact.birth_date", "start_date"),
    rules=RULES,
    date_fields=("start_date", "end_date"),
    labeller=label,
    label_loads=("contact",),
    erased_fields=("notes",),
    exchange=(ExchangeLink("mentor_id", "mentors"), ExchangeLink("contact_id", "contacts")),
)
