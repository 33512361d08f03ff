"""Answers to the cooperation questionnaire (issue 22): which organisation answered, when and
through whom; the organisations it names are its ties (coop_ties), typed in the answer.

The person who answered is kept for the office (to call back), never in the network's
outputs: the list shows the role only.
"""

from __future__ import annotations

from socialneet_desktop.domain.columns import DATE, ColumnSpec, date_filters
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.domain.validation import format_italian_date
from socialneet_desktop.services import kind_organization as organization
from socialneet_desktop.services.kind_facets import ExchangeLink, RecordKind
from socialneet_desktop.services.kind_rules import Required

COLUMNS = (
    ColumnSpec("answered_on", QT_TRANSLATE_NOOP("Columns", "Answered on"), DATE, 12),
    ColumnSpec("organization_name", QT_TRANSLATE_NOOP("Columns", "Organisation"), width=40),
    ColumnSpec("respondent_role", QT_TRANSLATE_NOOP("Columns", "Role of who answered"), width=28),
)
OPTIONAL_COLUMNS = (ColumnSpec("notes", QT_TRANSLATE_NOOP("Columns", "Notes"), width=40),)

RULES = (
    Required("organization_id", QT_TRANSLATE_NOOP("Validation", "Organisation: choose one.")),
    Required("answered_on", QT_TRANSLATE_NOOP("Validation", "Answered on: required.")),
)


def label(record) -> tuple[str, tuple[str, ...]]:
    name = organization.organization_name(record)
    template = QT_TRANSLATE_NOOP("Records", "Cooperation questionnaire %1 – %2")
    return template, (format_italian_date(record.answered_on), name)


KIND = RecordKind(
    key="coop_answers",
    model_path="socialneet_desktop.db.models_network:CoopAnswer",
    table_name="coop_answers",
    title=QT_TRANSLATE_NOOP("RecordKind", "Cooperation questionnaires"),
    singular=QT_TRANSLATE_NOOP("RecordKind", "Cooperation questionnaire"),
    area="network",
    columns=COLUMNS,
    optional_columns=OPTIONAL_COLUMNS,
    filters=date_filters("answered_on"),
    default_sort=("answered_on", True),
    search_columns=("respondent_role", "notes", "organization.name"),
    joins=(organization.JOIN,),
    computed=(organization.NAME,),
    rules=RULES,
    date_fields=("answered_on",),
    labeller=label,
    label_loads=organization.LOADS,
    exchange=(
        ExchangeLink("organization_id", "organizations"),
        ExchangeLink("respondent_person_id", "contact_people"),
    ),
)
