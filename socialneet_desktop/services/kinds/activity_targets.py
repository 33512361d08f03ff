"""What a project activity promised (issue 19): an indicator (domain.vocabularies.
TARGET_INDICATOR), a number and a period, edited in the activity's Targets tab; what the
records say was achieved is counted by services/targets."""

from __future__ import annotations

from typing import Any

from socialneet_desktop.domain import vocabularies as voc
from socialneet_desktop.domain.columns import (
    CODE,
    DATE,
    NUMBER,
    ColumnSpec,
    Join,
    JoinedName,
    vocabulary_filter,
)
from socialneet_desktop.domain.import_fields import NOTES, field
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.services.kind_facets import ExchangeLink, RecordKind
from socialneet_desktop.services.kind_labels import Label
from socialneet_desktop.services.kind_rules import Choice, InOrder, NotNegative, Required
from socialneet_desktop.services.kinds.activities import ACTIVITY_REF

COLUMNS = (
    ColumnSpec("activity_code", QT_TRANSLATE_NOOP("Columns", "Activity"), width=10),
    ColumnSpec(
        "indicator",
        QT_TRANSLATE_NOOP("Columns", "Indicator"),
        CODE,
        34,
        vocabulary="TARGET_INDICATOR",
    ),
    ColumnSpec("target", QT_TRANSLATE_NOOP("Columns", "Target"), NUMBER, 8),
    ColumnSpec("period_start", QT_TRANSLATE_NOOP("Columns", "From"), DATE, 12),
    ColumnSpec("period_end", QT_TRANSLATE_NOOP("Columns", "To"), DATE, 12),
)

FILTERS = (
    vocabulary_filter(
        "indicator", QT_TRANSLATE_NOOP("Filters", "Indicator"), "indicator", "target_indicator"
    ),
)

RULES = (
    Required("activity_id", QT_TRANSLATE_NOOP("Validation", "Activity: choose one.")),
    Required("indicator", QT_TRANSLATE_NOOP("Validation", "Indicator: choose what is counted.")),
    Choice(
        "indicator",
        voc.TARGET_INDICATOR,
        QT_TRANSLATE_NOOP("Validation", "Indicator: %1 is not one of the choices."),
    ),
    Required("target", QT_TRANSLATE_NOOP("Validation", "Target: the number to reach.")),
    NotNegative("target", QT_TRANSLATE_NOOP("Validation", "Target: it cannot be negative.")),
    InOrder(
        "period_start",
        "period_end",
        QT_TRANSLATE_NOOP("Validation", "To: it cannot be before the start of the period."),
    ),
)

IMPORT_FIELDS = (
    ACTIVITY_REF,
    field(
        "indicator",
        QT_TRANSLATE_NOOP("Import", "Indicator"),
        "choice",
        "indicatore|risultato atteso|cosa si conta|indicator|expected result",
        True,
    ),
    field(
        "target",
        QT_TRANSLATE_NOOP("Import", "Target"),
        "integer",
        "target|obiettivo|valore atteso|numero|quantita|n|goal|expected",
        True,
    ),
    field(
        "period_start",
        QT_TRANSLATE_NOOP("Import", "Start of the period"),
        "date",
        "dal|inizio|data inizio|from|start",
    ),
    field(
        "period_end",
        QT_TRANSLATE_NOOP("Import", "End of the period"),
        "date",
        "al|fine|data fine|entro|to|end|by",
    ),
    NOTES,
)


def label(record: Any) -> Label:
    """ "Target 100 Distinct public bodies met, activity 2.3.8" in the recycle bin (the
    indicator's code: the bin translates only the template)."""
    code = record.activity.code if record.activity is not None else ""
    return QT_TRANSLATE_NOOP("Records", "Target %1 %2, activity %3"), (
        str(record.target),
        record.indicator,
        code,
    )


KIND = RecordKind(
    key="activity_targets",
    model_path="socialneet_desktop.db.models_path:ActivityTarget",
    table_name="activity_targets",
    title=QT_TRANSLATE_NOOP("RecordKind", "Activity targets"),
    singular=QT_TRANSLATE_NOOP("RecordKind", "Activity target"),
    listed=False,
    area="project",
    columns=COLUMNS,
    filters=FILTERS,
    default_sort=("activity_code", False),
    search_columns=("notes",),
    joins=(Join("activity", "socialneet_desktop.db.models_path:ProjectActivity", "activity_id"),),
    computed=(JoinedName("activity_code", "activity", ("code",)),),
    rules=RULES,
    date_fields=("period_start", "period_end"),
    labeller=label,
    label_loads=("activity",),
    import_fields=IMPORT_FIELDS,
    row_label=("activity_ref", "indicator", "target"),
    import_label=QT_TRANSLATE_NOOP("ImportWizard", "Targets of the activities (after them)"),
    import_order=13,
    exchange=(ExchangeLink("activity_id", "activities"),),
)
