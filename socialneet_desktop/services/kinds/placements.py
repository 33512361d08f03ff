"""Placements of a young person: internship, work-based learning, apprenticeship or job at a
host organisation, with the tutor there and the weekly hours (issue 18)."""

from __future__ import annotations

from socialneet_desktop.domain import vocabularies as voc
from socialneet_desktop.domain.columns import (
    CODE,
    DATE,
    NUMBER,
    ColumnSpec,
    Join,
    JoinedName,
    date_filters,
    vocabulary_filter,
)
from socialneet_desktop.domain.import_fields import CONTACT_REF, NOTES, ORGANIZATION_REF, field
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.domain.validation import Problem
from socialneet_desktop.domain.validation import format_italian_date as _date
from socialneet_desktop.services.kind_facets import ExchangeLink, RecordKind
from socialneet_desktop.services.kind_rules import NUMBERS, Check, Choice, InOrder, Required

MAX_HOURS_A_WEEK = 60

COLUMNS = (
    ColumnSpec("start_date", QT_TRANSLATE_NOOP("Columns", "Start"), DATE, 12),
    ColumnSpec("end_date", QT_TRANSLATE_NOOP("Columns", "End"), DATE, 12),
    ColumnSpec("contact_name", QT_TRANSLATE_NOOP("Columns", "Contact"), width=26, personal=True),
    ColumnSpec(
        "placement_kind",
        QT_TRANSLATE_NOOP("Columns", "Kind"),
        CODE,
        20,
        vocabulary="PLACEMENT_KIND",
    ),
    ColumnSpec("host_name", QT_TRANSLATE_NOOP("Columns", "Host organisation"), width=32),
    ColumnSpec("hours_per_week", QT_TRANSLATE_NOOP("Columns", "Hours a week"), NUMBER, 10),
)

OPTIONAL_COLUMNS = (
    ColumnSpec("tutor_name", QT_TRANSLATE_NOOP("Columns", "Tutor"), width=22),
    ColumnSpec("contract", QT_TRANSLATE_NOOP("Columns", "Contract"), width=24),
    ColumnSpec("outcome", QT_TRANSLATE_NOOP("Columns", "Outcome"), width=40),
)

FILTERS = (
    *date_filters("start_date"),
    vocabulary_filter(
        "kind", QT_TRANSLATE_NOOP("Filters", "Kind"), "placement_kind", "placement_kind"
    ),
)


def weekly_hours_problems(value) -> list[Problem]:
    """Hours a week: a number from 0 to 60 (a typed text that is no number is a problem)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return []
    try:
        hours = float(str(value).replace(",", "."))
    except ValueError:
        return [Problem("hours_per_week", QT_TRANSLATE_NOOP("Validation", "Not a number."))]
    if 0 <= hours <= MAX_HOURS_A_WEEK:
        return []
    message = QT_TRANSLATE_NOOP("Validation", "Hours a week: from 0 to %1.")
    return [Problem("hours_per_week", message, (str(MAX_HOURS_A_WEEK),))]


def _hours(context):
    yield from weekly_hours_problems(context.get("hours_per_week"))


RULES = (
    Required(
        "contact_id", QT_TRANSLATE_NOOP("Validation", "Person: choose who the placement is for.")
    ),
    Required("placement_kind", QT_TRANSLATE_NOOP("Validation", "Kind of placement: choose one.")),
    Required("start_date", QT_TRANSLATE_NOOP("Validation", "Start: the first day is required.")),
    Choice(
        "placement_kind",
        voc.PLACEMENT_KIND,
        QT_TRANSLATE_NOOP("Validation", "Kind of placement: %1 is not one of the choices."),
    ),
    InOrder(
        "start_date",
        "end_date",
        QT_TRANSLATE_NOOP("Validation", "End: it cannot be before the start."),
    ),
    Check(NUMBERS, _hours),
)

IMPORT_FIELDS = (
    CONTACT_REF,
    ORGANIZATION_REF,  # the host (reference_columns)
    field(
        "placement_kind",
        QT_TRANSLATE_NOOP("Import", "Kind of placement"),
        "choice",
        "tipo|tipologia|tipo inserimento|tipo tirocinio|kind|placement kind|type",
        True,
    ),
    field(
        "start_date",
        QT_TRANSLATE_NOOP("Import", "Start"),
        "date",
        "inizio|data inizio|dal|start|start date",
        True,
    ),
    field("end_date", QT_TRANSLATE_NOOP("Import", "End"), "date", "fine|data fine|al|end|end date"),
    field(
        "hours_per_week",
        QT_TRANSLATE_NOOP("Import", "Hours a week"),
        "number",
        "ore settimanali|ore a settimana|ore|hours|hours per week|hours a week",
    ),
    field("contract", QT_TRANSLATE_NOOP("Import", "Contract"), "text", "contratto|contract"),
    field("outcome", QT_TRANSLATE_NOOP("Import", "Outcome"), "text", "esito|risultato|outcome"),
    NOTES,
)


def label(record) -> tuple[str, tuple[str, ...]]:
    """ "Placement 01/03/2026 – Rossi Anna" in the recycle bin."""
    contact = record.contact
    name = f"{contact.last_name} {contact.first_name}".strip() if contact else ""
    return QT_TRANSLATE_NOOP("Records", "Placement %1 – %2"), (_date(record.start_date), name)


KIND = RecordKind(
    key="placements",
    model_path="socialneet_desktop.db.models_path:Placement",
    table_name="placements",
    title=QT_TRANSLATE_NOOP("RecordKind", "Placements"),
    singular=QT_TRANSLATE_NOOP("RecordKind", "Placement"),
    area="path",
    columns=COLUMNS,
    optional_columns=OPTIONAL_COLUMNS,
    filters=FILTERS,
    default_sort=("start_date", True),
    search_columns=("contact.last_name", "contact.first_name", "host.name", "contract"),
    joins=(
        Join("contact", "socialneet_desktop.db.models:NeetContact", "contact_id"),
        Join("host", "socialneet_desktop.db.models:Organization", "host_organization_id", True),
        Join("tutor", "socialneet_desktop.db.models:ContactPerson", "tutor_person_id", True),
    ),
    computed=(
        JoinedName("contact_name", "contact"),
        JoinedName("host_name", "host", ("name",)),
        JoinedName("tutor_name", "tutor", trim=True),
    ),
    person_of_list=("contact.uuid", "contact.birth_date", "start_date"),
    rules=RULES,
    date_fields=("start_date", "end_date"),
    labeller=label,
    label_loads=("contact",),
    import_fields=IMPORT_FIELDS,
    reference_columns=(("organization_ref", "host_organization_id"),),
    row_label=("contact_ref", "start_date"),
    erased_fields=("outcome", "notes"),
    import_label=QT_TRANSLATE_NOOP("ImportWizard", "Placements (after the contacts)"),
    import_order=20,
    exchange=(
        ExchangeLink("contact_id", "contacts"),
        ExchangeLink("host_organization_id", "organizations"),
        ExchangeLink("tutor_person_id", "contact_people"),
        ExchangeLink("activity_id", "activities"),
    ),
)
