"""The organisations a cooperation questionnaire's answer names, and how the two cooperate:
the kinds of relation, the intensity 1-4, since when, trust and value 1-4 (issue 22). Typed
in the answer's editor (no list of their own)."""

from __future__ import annotations

from socialneet_desktop.domain.columns import BOOL, NUMBER, ColumnSpec
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.domain.validation import Problem
from socialneet_desktop.services import kind_organization as organization
from socialneet_desktop.services.kind_facets import ExchangeLink, RecordKind
from socialneet_desktop.services.kind_rules import NUMBERS, Check, Required

COLUMNS = (
    ColumnSpec("organization_name", QT_TRANSLATE_NOOP("Columns", "Organisation named"), width=36),
    ColumnSpec("information", QT_TRANSLATE_NOOP("Columns", "Information"), BOOL, 8),
    ColumnSpec("referral", QT_TRANSLATE_NOOP("Columns", "Referrals"), BOOL, 8),
    ColumnSpec("joint_project", QT_TRANSLATE_NOOP("Columns", "Joint project"), BOOL, 8),
    ColumnSpec("shared_resources", QT_TRANSLATE_NOOP("Columns", "Shared resources"), BOOL, 8),
    ColumnSpec("formal_agreement", QT_TRANSLATE_NOOP("Columns", "Formal agreement"), BOOL, 8),
    ColumnSpec("intensity", QT_TRANSLATE_NOOP("Columns", "Intensity"), NUMBER, 8),
    ColumnSpec("since_year", QT_TRANSLATE_NOOP("Columns", "Since"), NUMBER, 8),
    ColumnSpec("trust", QT_TRANSLATE_NOOP("Columns", "Trust"), NUMBER, 8),
    ColumnSpec("value", QT_TRANSLATE_NOOP("Columns", "Value"), NUMBER, 8),
)

SCALES = {
    "intensity": QT_TRANSLATE_NOOP("Validation", "Intensity: a number from 1 to 4."),
    "trust": QT_TRANSLATE_NOOP("Validation", "Trust: a number from 1 to 4, or empty."),
    "value": QT_TRANSLATE_NOOP("Validation", "Value: a number from 1 to 4, or empty."),
}
FIRST_YEAR = 1900


def _scales(context):
    for name, message in SCALES.items():
        value = context.get(name)
        if value in (None, "") and name != "intensity":
            continue
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 4:
            yield Problem(name, message)


def _since(context):
    year = context.get("since_year")
    if year in (None, ""):
        return
    if not isinstance(year, int) or year < FIRST_YEAR or year > 2100:
        message = QT_TRANSLATE_NOOP("Validation", "Since: a year such as 2019, or empty.")
        yield Problem("since_year", message)


RULES = (
    Required("answer_id", QT_TRANSLATE_NOOP("Validation", "Questionnaire: required.")),
    Required("organization_id", QT_TRANSLATE_NOOP("Validation", "Organisation named: choose one.")),
    Check(NUMBERS, _scales),
    Check(NUMBERS, _since),
)


KIND = RecordKind(
    key="coop_ties",
    model_path="socialneet_desktop.db.models_network:CoopTie",
    table_name="coop_ties",
    title=QT_TRANSLATE_NOOP("RecordKind", "Organisations named in a questionnaire"),
    singular=QT_TRANSLATE_NOOP("RecordKind", "Organisation named in a questionnaire"),
    listed=False,
    area="network",
    columns=COLUMNS,
    default_sort=("id", False),
    joins=(organization.JOIN,),
    computed=(organization.NAME,),
    rules=RULES,
    labeller=organization.by_organization(QT_TRANSLATE_NOOP("Records", "Cooperation with %1")),
    label_loads=organization.LOADS,
    exchange=(
        ExchangeLink("answer_id", "coop_answers"),
        ExchangeLink("organization_id", "organizations"),
    ),
)
