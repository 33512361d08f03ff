"""The proposals of a resource for a need (issue 23): made by an operator, by the optimiser
or by the delegates' marks, confirmed or rejected by a person (who and when are recorded),
and their outcome (services.matching.assign writes them)."""

from __future__ import annotations

from socialneet_desktop.domain import vocabularies as voc
from socialneet_desktop.domain.columns import (
    CODE,
    NUMBER,
    ColumnSpec,
    Join,
    JoinedName,
    vocabulary_filter,
)
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.services.kind_facets import ExchangeLink, RecordKind
from socialneet_desktop.services.kind_labels import Label
from socialneet_desktop.services.kind_rules import Choice, Required

COLUMNS = (
    ColumnSpec("need_title", QT_TRANSLATE_NOOP("Columns", "Need"), width=30),
    ColumnSpec("resource_title", QT_TRANSLATE_NOOP("Columns", "Unused resource"), width=30),
    ColumnSpec("score", QT_TRANSLATE_NOOP("Columns", "Score"), NUMBER, 8),
    ColumnSpec(
        "status",
        QT_TRANSLATE_NOOP("Columns", "Status"),
        CODE,
        12,
        vocabulary="PROPOSAL_STATUS",
    ),
    ColumnSpec(
        "origin",
        QT_TRANSLATE_NOOP("Columns", "Proposed by"),
        CODE,
        14,
        vocabulary="PROPOSAL_ORIGIN",
    ),
    ColumnSpec("decided_by_name", QT_TRANSLATE_NOOP("Columns", "Decided by"), width=16),
    ColumnSpec(
        "outcome", QT_TRANSLATE_NOOP("Columns", "Outcome"), CODE, 14, vocabulary="MATCH_OUTCOME"
    ),
)

FILTERS = (
    vocabulary_filter(
        "status", QT_TRANSLATE_NOOP("Filters", "Status"), "status", "proposal_status"
    ),
)

RULES = (
    Required("need_id", QT_TRANSLATE_NOOP("Validation", "Need: choose the need.")),
    Required("resource_id", QT_TRANSLATE_NOOP("Validation", "Resource: choose the resource.")),
    Choice(
        "status",
        voc.PROPOSAL_STATUS,
        QT_TRANSLATE_NOOP("Validation", "Status: %1 is not one of the choices."),
    ),
    Choice(
        "origin",
        voc.PROPOSAL_ORIGIN,
        QT_TRANSLATE_NOOP("Validation", "Proposed by: %1 is not one of the choices."),
    ),
    Choice(
        "outcome",
        voc.MATCH_OUTCOME,
        QT_TRANSLATE_NOOP("Validation", "Outcome: %1 is not one of the choices."),
    ),
)


def label(record) -> Label:
    """ "Proposal: Sala per il doposcuola – Locale parrocchiale" in the recycle bin."""
    need = record.need.title if record.need is not None else ""
    resource = record.resource.title if record.resource is not None else ""
    return QT_TRANSLATE_NOOP("Records", "Proposal: %1 – %2"), (need, resource)


KIND = RecordKind(
    key="match_proposals",
    model_path="socialneet_desktop.db.models_needs:MatchProposal",
    table_name="match_proposals",
    title=QT_TRANSLATE_NOOP("RecordKind", "Matching proposals"),
    singular=QT_TRANSLATE_NOOP("RecordKind", "Matching proposal"),
    listed=False,  # reached from a need's Proposals tab and the matrix (View menu)
    area="territory",
    columns=COLUMNS,
    filters=FILTERS,
    default_sort=("need_title", False),
    search_columns=("need.title", "resource.title", "decided_by_name"),
    joins=(
        Join("need", "socialneet_desktop.db.models_needs:Need", "need_id"),
        Join("resource", "socialneet_desktop.db.models:UnusedResource", "resource_id"),
    ),
    computed=(
        JoinedName("need_title", "need", ("title",)),
        JoinedName("resource_title", "resource", ("title",)),
    ),
    rules=RULES,
    labeller=label,
    label_loads=("need", "resource"),
    exchange=(
        ExchangeLink("need_id", "needs"),
        ExchangeLink("resource_id", "resources"),
        ExchangeLink("decided_by_id", "staff"),
    ),
)
