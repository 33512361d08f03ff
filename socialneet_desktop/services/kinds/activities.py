"""The project's activities (issue 19): the plan's codes ("2.3.8"), their titles, work area
and period. Meetings, visits, courses, placements, mentoring meetings and project ideas belong
to one; its targets (activity_targets) are edited in the activity's Targets tab."""

from __future__ import annotations

from typing import Any

from socialneet_desktop.domain import vocabularies as voc
from socialneet_desktop.domain.columns import CODE, DATE, ColumnSpec, vocabulary_filter
from socialneet_desktop.domain.import_fields import NOTES, field
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.domain.validation import check_activity_code
from socialneet_desktop.services.kind_facets import RecordKind
from socialneet_desktop.services.kind_labels import Label
from socialneet_desktop.services.kind_rules import (
    ACTIVITY,
    Check,
    Choice,
    InOrder,
    Required,
    RuleContext,
)

COLUMNS = (
    ColumnSpec("code", QT_TRANSLATE_NOOP("Columns", "Code"), width=10),
    ColumnSpec("title", QT_TRANSLATE_NOOP("Columns", "Title"), width=50),
    ColumnSpec(
        "work_area", QT_TRANSLATE_NOOP("Columns", "Work area"), CODE, 30, vocabulary="WORK_AREA"
    ),
    ColumnSpec("period_start", QT_TRANSLATE_NOOP("Columns", "From"), DATE, 12),
    ColumnSpec("period_end", QT_TRANSLATE_NOOP("Columns", "To"), DATE, 12),
)

OPTIONAL_COLUMNS = (ColumnSpec("notes", QT_TRANSLATE_NOOP("Columns", "Notes"), width=40),)

FILTERS = (
    vocabulary_filter(
        "work_area", QT_TRANSLATE_NOOP("Filters", "Work area"), "work_area", "work_area"
    ),
)


def _code(context: RuleContext):
    yield check_activity_code(context.get("code") or "", field="code")


RULES = (
    Required("code", QT_TRANSLATE_NOOP("Validation", "Code of the activity: required.")),
    Required("title", QT_TRANSLATE_NOOP("Validation", "Title of the activity: required.")),
    Choice(
        "work_area",
        voc.WORK_AREA,
        QT_TRANSLATE_NOOP("Validation", "Work area: %1 is not one of the choices."),
    ),
    InOrder(
        "period_start",
        "period_end",
        QT_TRANSLATE_NOOP("Validation", "To: it cannot be before the start of the period."),
    ),
    Check(ACTIVITY, _code),
)

# How a target's import (or any other kind's) names its activity: by its code ("2.3.8") or
# the Access key of an activity imported from the same file.
ACTIVITY_REF = field(
    "activity_ref",
    QT_TRANSLATE_NOOP("Import", "Activity (code or Access id)"),
    "reference",
    "attivita|codice attivita|cod attivita|azione|wp|activity|activity code",
    True,
)

IMPORT_FIELDS = (
    field(
        "code",
        QT_TRANSLATE_NOOP("Import", "Code of the activity"),
        "text",
        "codice|codice attivita|cod|numero|n|azione|wp|code|activity code",
        True,
    ),
    field(
        "title",
        QT_TRANSLATE_NOOP("Import", "Title of the activity"),
        "text",
        "titolo|attivita|descrizione|denominazione|title|activity|description",
        True,
    ),
    field(
        "work_area",
        QT_TRANSLATE_NOOP("Import", "Work area"),
        "choice",
        "area|area di lavoro|ambito|linea|work area|area of work",
    ),
    field(
        "period_start",
        QT_TRANSLATE_NOOP("Import", "Start of the period"),
        "date",
        "dal|inizio|data inizio|periodo dal|from|start",
    ),
    field(
        "period_end",
        QT_TRANSLATE_NOOP("Import", "End of the period"),
        "date",
        "al|fine|data fine|periodo al|to|end",
    ),
    NOTES,
)


def label(record: Any) -> Label:
    """ "2.3.8 – Tavoli di ancoraggio" in the recycle bin."""
    return QT_TRANSLATE_NOOP("Records", "Activity %1 – %2"), (record.code, record.title)


KIND = RecordKind(
    key="activities",
    model_path="socialneet_desktop.db.models_path:ProjectActivity",
    table_name="project_activities",
    title=QT_TRANSLATE_NOOP("RecordKind", "Project activities"),
    singular=QT_TRANSLATE_NOOP("RecordKind", "Project activity"),
    area="project",
    columns=COLUMNS,
    optional_columns=OPTIONAL_COLUMNS,
    filters=FILTERS,
    default_sort=("code", False),
    search_columns=("code", "title", "notes"),
    rules=RULES,
    date_fields=("period_start", "period_end"),
    name_fields=("code", "title"),
    labeller=label,
    import_fields=IMPORT_FIELDS,
    row_label=("code", "title"),
    reference=ACTIVITY_REF,
    found_by=("origin", "activity_code"),
    import_label=QT_TRANSLATE_NOOP("ImportWizard", "Project activities"),
    import_order=12,
)
