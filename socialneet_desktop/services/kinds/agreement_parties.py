"""The organisations that signed an agreement, and their role in it (issue 22); typed in the
agreement's editor (no list of their own)."""

from __future__ import annotations

from socialneet_desktop.domain.columns import ColumnSpec
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.services import kind_organization as organization
from socialneet_desktop.services.kind_facets import ExchangeLink, RecordKind
from socialneet_desktop.services.kind_rules import Required

COLUMNS = (
    ColumnSpec("organization_name", QT_TRANSLATE_NOOP("Columns", "Organisation"), width=40),
    ColumnSpec("role", QT_TRANSLATE_NOOP("Columns", "Role"), width=30),
)

RULES = (
    Required("agreement_id", QT_TRANSLATE_NOOP("Validation", "Agreement: required.")),
    Required("organization_id", QT_TRANSLATE_NOOP("Validation", "Organisation: choose one.")),
)


KIND = RecordKind(
    key="agreement_parties",
    model_path="socialneet_desktop.db.models_network:AgreementParty",
    table_name="agreement_parties",
    title=QT_TRANSLATE_NOOP("RecordKind", "Parties to agreements"),
    singular=QT_TRANSLATE_NOOP("RecordKind", "Party to an agreement"),
    listed=False,
    area="network",
    columns=COLUMNS,
    default_sort=("id", False),
    joins=(organization.JOIN,),
    computed=(organization.NAME,),
    rules=RULES,
    labeller=organization.by_organization(
        QT_TRANSLATE_NOOP("Records", "Party to an agreement: %1")
    ),
    label_loads=organization.LOADS,
    exchange=(
        ExchangeLink("agreement_id", "agreements"),
        ExchangeLink("organization_id", "organizations"),
    ),
)
