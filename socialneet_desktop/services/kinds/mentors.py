"""Mentors trained to accompany young people: one of our staff or a person of an
organisation, exactly one of the two (issue 18). Their name is the staff member's or the
person's; their assignments to young people are rows of the mentor's editor."""

from __future__ import annotations

from socialneet_desktop.domain.columns import BOOL, DATE, ColumnSpec, FilterSpec, Join
from socialneet_desktop.domain.import_fields import NOTES, STAFF_REF, field
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.domain.validation import Problem
from socialneet_desktop.services.kind_facets import ExchangeLink, RecordKind
from socialneet_desktop.services.kind_rules import REQUIRED, Check, blank

NEITHER = QT_TRANSLATE_NOOP(
    "Validation",
    "Staff member: choose one of our staff, or a person of an organisation, as the mentor.",
)
BOTH = QT_TRANSLATE_NOOP(
    "Validation",
    "Person of an organisation: a mentor is a staff member or a person of an organisation, "
    "not both. Clear one of the two.",
)

COLUMNS = (
    ColumnSpec("mentor_name", QT_TRANSLATE_NOOP("Columns", "Mentor"), width=28, sql="mentor_name"),
    ColumnSpec(
        "mentor_organization",
        QT_TRANSLATE_NOOP("Columns", "Organisation"),
        width=30,
        sql="mentor_organization",
    ),
    ColumnSpec("trained_on", QT_TRANSLATE_NOOP("Columns", "Trained on"), DATE, 12),
    ColumnSpec("availability", QT_TRANSLATE_NOOP("Columns", "Availability"), width=30),
    ColumnSpec("active", QT_TRANSLATE_NOOP("Columns", "Active"), BOOL, 8),
)

FILTERS = (FilterSpec("active", QT_TRANSLATE_NOOP("Filters", "Active"), "bool", "active"),)


def one_of_staff_or_person(staff_id, person_id) -> list[Problem]:
    """Exactly one of the two: neither is refused on the staff field, both on the person's."""
    if blank(staff_id) and blank(person_id):
        return [Problem("staff_id", NEITHER)]
    if not blank(staff_id) and not blank(person_id):
        return [Problem("contact_person_id", BOTH)]
    return []


def _one_of(context):
    yield from one_of_staff_or_person(context.get("staff_id"), context.get("contact_person_id"))


RULES = (Check(REQUIRED, _one_of),)

IMPORT_FIELDS = (
    STAFF_REF,
    field(
        "trained_on",
        QT_TRANSLATE_NOOP("Import", "Trained on"),
        "date",
        "formato il|data formazione|formazione|trained on|training date",
    ),
    field(
        "availability",
        QT_TRANSLATE_NOOP("Import", "Availability"),
        "text",
        "disponibilita|availability",
    ),
    field("active", QT_TRANSLATE_NOOP("Import", "Active"), "bool", "attivo|attiva|active"),
    NOTES,
)


def mentor_name(record) -> str:
    """The staff member's or the person's name ("" when neither is there any more)."""
    who = record.staff if record.staff is not None else record.person
    return f"{who.last_name} {who.first_name}".strip() if who is not None else ""


def label(record) -> tuple[str, tuple[str, ...]]:
    return QT_TRANSLATE_NOOP("Records", "Mentor %1"), (mentor_name(record),)


KIND = RecordKind(
    key="mentors",
    model_path="socialneet_desktop.db.models_path:Mentor",
    table_name="mentors",
    title=QT_TRANSLATE_NOOP("RecordKind", "Mentors"),
    singular=QT_TRANSLATE_NOOP("RecordKind", "Mentor"),
    area="path",
    columns=COLUMNS,
    filters=FILTERS,
    default_sort=("mentor_name", False),
    search_columns=(
        "mentor_staff.last_name",
        "mentor_staff.first_name",
        "mentor_person.last_name",
        "mentor_person.first_name",
        "availability",
    ),
    joins=(
        Join("mentor_staff", "socialneet_desktop.db.models:Staff", "staff_id", True),
        Join(
            "mentor_person",
            "socialneet_desktop.db.models:ContactPerson",
            "contact_person_id",
            outer=True,
        ),
    ),
    rules=RULES,
    date_fields=("trained_on",),
    labeller=label,
    label_loads=("staff", "person"),
    import_fields=IMPORT_FIELDS,
    row_label=("staff_ref", "trained_on"),
    import_label=QT_TRANSLATE_NOOP("ImportWizard", "Mentors (after the staff)"),
    import_order=21,
    exchange=(
        ExchangeLink("staff_id", "staff"),
        ExchangeLink("contact_person_id", "contact_people"),
    ),
)
