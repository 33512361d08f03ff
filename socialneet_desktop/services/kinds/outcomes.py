"""Outcomes: where a young person went, on leaving the project and at the follow-ups at 6 and
12 months (what the funder pays for).

A follow-up needs the person's "on leaving" outcome, dated before it, and a person has one
outcome per stage: those rules read other records (services/follow_ups.check_outcome), the
editor runs them beside the kind's own.
"""

from __future__ import annotations

from socialneet_desktop.domain import vocabularies as voc
from socialneet_desktop.domain.columns import (
    CODE,
    DATE,
    ColumnSpec,
    Join,
    JoinedName,
    date_filters,
    vocabulary_filter,
)
from socialneet_desktop.domain.import_fields import CONTACT_REF, NOTES, ORGANIZATION_REF, field
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.domain.validation import format_italian_date
from socialneet_desktop.services.kind_facets import ExchangeLink, RecordKind
from socialneet_desktop.services.kind_rules import Choice, Required

COLUMNS = (
    ColumnSpec("outcome_date", QT_TRANSLATE_NOOP("Columns", "Date"), DATE, 12),
    ColumnSpec("contact_name", QT_TRANSLATE_NOOP("Columns", "Contact"), width=26, personal=True),
    ColumnSpec(
        "stage", QT_TRANSLATE_NOOP("Columns", "Stage"), CODE, 22, vocabulary="OUTCOME_STAGE"
    ),
    ColumnSpec(
        "status", QT_TRANSLATE_NOOP("Columns", "Status"), CODE, 30, vocabulary="OUTCOME_STATUS"
    ),
    ColumnSpec("organization_name", QT_TRANSLATE_NOOP("Columns", "Employer or school"), width=28),
    ColumnSpec(
        "employer_kind",
        QT_TRANSLATE_NOOP("Columns", "Employer kind"),
        CODE,
        22,
        vocabulary="EMPLOYER_KIND",
    ),
)

OPTIONAL_COLUMNS = (
    ColumnSpec(
        "learned_how",
        QT_TRANSLATE_NOOP("Columns", "Learned how"),
        CODE,
        14,
        vocabulary="LEARNED_HOW",
    ),
)

FILTERS = (
    *date_filters("outcome_date"),
    vocabulary_filter("stage", QT_TRANSLATE_NOOP("Filters", "Stage"), "stage", "outcome_stage"),
    vocabulary_filter("status", QT_TRANSLATE_NOOP("Filters", "Status"), "status", "outcome_status"),
)

RULES = (
    Required("contact_id", QT_TRANSLATE_NOOP("Validation", "Person: choose whose outcome it is.")),
    Required("stage", QT_TRANSLATE_NOOP("Validation", "Stage: choose one.")),
    Required("outcome_date", QT_TRANSLATE_NOOP("Validation", "Date of the outcome: required.")),
    Required("status", QT_TRANSLATE_NOOP("Validation", "Status: choose one.")),
    Choice(
        "stage",
        voc.OUTCOME_STAGE,
        QT_TRANSLATE_NOOP("Validation", "Stage: %1 is not one of the choices."),
    ),
    Choice(
        "status",
        voc.OUTCOME_STATUS,
        QT_TRANSLATE_NOOP("Validation", "Status: %1 is not one of the choices."),
    ),
    Choice(
        "employer_kind",
        voc.EMPLOYER_KIND,
        QT_TRANSLATE_NOOP("Validation", "Employer kind: %1 is not one of the choices."),
    ),
    Choice(
        "learned_how",
        voc.LEARNED_HOW,
        QT_TRANSLATE_NOOP("Validation", "Learned how: %1 is not one of the choices."),
    ),
)

IMPORT_FIELDS = (
    CONTACT_REF,
    field(
        "stage",
        QT_TRANSLATE_NOOP("Import", "Stage (on leaving, 6 or 12 months)"),
        "choice",
        "fase|momento|rilevazione|follow up|stage",
        True,
    ),
    field(
        "outcome_date",
        QT_TRANSLATE_NOOP("Import", "Date of the outcome"),
        "date",
        "data|data uscita|data esito|data rilevazione|outcome date|date",
        True,
    ),
    field(
        "status",
        QT_TRANSLATE_NOOP("Import", "Status"),
        "choice",
        "esito|condizione|stato|status|outcome",
        True,
    ),
    ORGANIZATION_REF,
    field(
        "employer_kind",
        QT_TRANSLATE_NOOP("Import", "Employer kind"),
        "choice",
        "tipo datore|tipo datore di lavoro|tipo ente|employer kind",
    ),
    field(
        "learned_how",
        QT_TRANSLATE_NOOP("Import", "Learned how"),
        "choice",
        "fonte|come rilevato|canale rilevazione|learned how|source",
    ),
    NOTES,
)


def label(record) -> tuple[str, tuple[str, ...]]:
    """ "Outcome 30/06/2026 – Rossi Mario" in the recycle bin."""
    contact = record.contact
    name = f"{contact.last_name} {contact.first_name}".strip() if contact else ""
    template = QT_TRANSLATE_NOOP("Records", "Outcome %1 – %2")
    return template, (format_italian_date(record.outcome_date), name)


KIND = RecordKind(
    key="outcomes",
    model_path="socialneet_desktop.db.models:Outcome",
    table_name="outcomes",
    title=QT_TRANSLATE_NOOP("RecordKind", "Outcomes and follow-ups"),
    singular=QT_TRANSLATE_NOOP("RecordKind", "Outcome"),
    area="path",
    columns=COLUMNS,
    optional_columns=OPTIONAL_COLUMNS,
    filters=FILTERS,
    default_sort=("outcome_date", True),
    search_columns=("contact.last_name", "contact.first_name", "notes"),
    joins=(
        Join("contact", "socialneet_desktop.db.models:NeetContact", "contact_id"),
        Join(
            "employer", "socialneet_desktop.db.models:Organization", "organization_id", outer=True
        ),
    ),
    computed=(
        JoinedName("contact_name", "contact"),
        JoinedName("organization_name", "employer", ("name",)),
    ),
    person_of_list=("contact.uuid", "contact.birth_date", "outcome_date"),
    rules=RULES,
    date_fields=("outcome_date",),
    labeller=label,
    label_loads=("contact",),
    import_fields=IMPORT_FIELDS,
    row_label=("contact_ref", "stage", "outcome_date"),
    erased_fields=("notes",),
    import_label=QT_TRANSLATE_NOOP("ImportWizard", "Outcomes and follow-ups (after the contacts)"),
    import_order=21,
    exchange=(
        ExchangeLink("contact_id", "contacts"),
        ExchangeLink("organization_id", "organizations"),
    ),
)
