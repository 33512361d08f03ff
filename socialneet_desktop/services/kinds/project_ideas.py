"""Project ideas: the young people's business ideas, from idea to business plan to a business.

The status is the furthest step reached; each step reached has its date, and the dates follow
the steps' order. The business plan document is kept in the record, but no list, spreadsheet
export or search ever reads it: they show only whether one is attached.
"""

from __future__ import annotations

from socialneet_desktop.domain import vocabularies as voc
from socialneet_desktop.domain.columns import (
    BOOL,
    CODE,
    DATE,
    NUMBER,
    ColumnSpec,
    date_filters,
    vocabulary_filter,
)
from socialneet_desktop.domain.import_fields import NOTES, field
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.domain.validation import Problem, format_italian_date
from socialneet_desktop.services import kind_labels
from socialneet_desktop.services.kind_facets import ExchangeLink, RecordKind
from socialneet_desktop.services.kind_rules import (
    ORDER,
    Check,
    Choice,
    Found,
    InOrder,
    NotNegative,
    Required,
    RuleContext,
)

# The steps in their order, each with the field of the day it was reached
STEPS: tuple[tuple[str, str], ...] = (
    ("idea", "idea_on"),
    ("plan_in_progress", "plan_started_on"),
    ("plan_done", "plan_done_on"),
    ("presented", "presented_on"),
    ("started", "started_on"),
)
ABANDONED = ("abandoned", "abandoned_on")
STEP_DATES = tuple(day for _status, day in (*STEPS, ABANDONED))

COLUMNS = (
    ColumnSpec("title", QT_TRANSLATE_NOOP("Columns", "Title"), width=40),
    ColumnSpec(
        "sector", QT_TRANSLATE_NOOP("Columns", "Sector"), CODE, 26, vocabulary="IDEA_SECTOR"
    ),
    ColumnSpec(
        "status", QT_TRANSLATE_NOOP("Columns", "Status"), CODE, 24, vocabulary="IDEA_STATUS"
    ),
    ColumnSpec("idea_on", QT_TRANSLATE_NOOP("Columns", "Idea on"), DATE, 12),
    ColumnSpec(
        "team_size",
        QT_TRANSLATE_NOOP("Columns", "Team"),
        NUMBER,
        6,
        sql="idea_team_size",
        sortable=False,
    ),
    ColumnSpec("funding_sought", QT_TRANSLATE_NOOP("Columns", "Funding sought"), NUMBER, 22),
    ColumnSpec(
        "plan_attached",
        QT_TRANSLATE_NOOP("Columns", "Business plan attached"),
        BOOL,
        8,
        sql="idea_plan_attached",
    ),
)

OPTIONAL_COLUMNS = (
    ColumnSpec("plan_started_on", QT_TRANSLATE_NOOP("Columns", "Plan started on"), DATE, 12),
    ColumnSpec("plan_done_on", QT_TRANSLATE_NOOP("Columns", "Plan done on"), DATE, 12),
    ColumnSpec("presented_on", QT_TRANSLATE_NOOP("Columns", "Presented on"), DATE, 12),
    ColumnSpec("started_on", QT_TRANSLATE_NOOP("Columns", "Business started on"), DATE, 12),
    ColumnSpec("abandoned_on", QT_TRANSLATE_NOOP("Columns", "Abandoned on"), DATE, 12),
    ColumnSpec("funding_source", QT_TRANSLATE_NOOP("Columns", "Funding source"), width=24),
)

FILTERS = (
    *date_filters("idea_on"),
    vocabulary_filter("sector", QT_TRANSLATE_NOOP("Filters", "Sector"), "sector", "idea_sector"),
    vocabulary_filter("status", QT_TRANSLATE_NOOP("Filters", "Status"), "status", "idea_status"),
)

# For each step's date: the message when the step is reached without it, and when it is
# before the step before it
MISSING = {
    "idea_on": QT_TRANSLATE_NOOP("Validation", "Day of the idea: required."),
    "plan_started_on": QT_TRANSLATE_NOOP(
        "Validation", "Business plan started on: required, the idea has reached this step."
    ),
    "plan_done_on": QT_TRANSLATE_NOOP(
        "Validation", "Business plan done on: required, the idea has reached this step."
    ),
    "presented_on": QT_TRANSLATE_NOOP(
        "Validation", "Presented on: required, the idea has reached this step."
    ),
    "started_on": QT_TRANSLATE_NOOP(
        "Validation", "Business started on: required, the idea has reached this step."
    ),
    "abandoned_on": QT_TRANSLATE_NOOP(
        "Validation", "Abandoned on: required for an abandoned idea."
    ),
}
BEFORE = {
    "plan_started_on": QT_TRANSLATE_NOOP(
        "Validation", "Business plan started on: it cannot be before the day of the idea."
    ),
    "plan_done_on": QT_TRANSLATE_NOOP(
        "Validation", "Business plan done on: it cannot be before the plan was started."
    ),
    "presented_on": QT_TRANSLATE_NOOP(
        "Validation", "Presented on: it cannot be before the business plan was done."
    ),
    "started_on": QT_TRANSLATE_NOOP(
        "Validation", "Business started on: it cannot be before the idea was presented."
    ),
    "abandoned_on": QT_TRANSLATE_NOOP(
        "Validation", "Abandoned on: it cannot be before the day of the idea."
    ),
}
STATUS_BEHIND = QT_TRANSLATE_NOOP(
    "Validation",
    "Status: the idea reached a later step on %1; the status moves forward only (clear that "
    "date to go back).",
)


def reached(status: str) -> tuple[str, ...]:
    """The date fields of the steps a status has reached (an abandoned idea: its idea and the
    abandonment; the steps between are whatever was reached before)."""
    if status == ABANDONED[0]:
        return ("idea_on", "abandoned_on")
    codes = [code for code, _day in STEPS]
    if status not in codes:
        return ()
    return tuple(day for _code, day in STEPS[: codes.index(status) + 1])


def _steps(context: RuleContext) -> Found:
    """Each step reached has its date; no date of a step beyond the status."""
    status = context.get("status") or ""
    for day in reached(status):
        if context.get(day) is None:
            yield Problem(day, MISSING[day])
    if status == ABANDONED[0] or not status:
        return
    later = [day for _code, day in STEPS if day not in reached(status) and context.get(day)]
    if later:
        yield Problem("status", STATUS_BEHIND, (format_italian_date(context.get(later[0])),))


STEP_ORDER = tuple(
    InOrder(STEPS[n][1], STEPS[n + 1][1], BEFORE[STEPS[n + 1][1]]) for n in range(len(STEPS) - 1)
)

RULES = (
    Required("title", QT_TRANSLATE_NOOP("Validation", "Title: required.")),
    Required("status", QT_TRANSLATE_NOOP("Validation", "Status: choose one.")),
    Choice(
        "sector",
        voc.IDEA_SECTOR,
        QT_TRANSLATE_NOOP("Validation", "Sector: %1 is not one of the choices."),
    ),
    Choice(
        "status",
        voc.IDEA_STATUS,
        QT_TRANSLATE_NOOP("Validation", "Status: %1 is not one of the choices."),
    ),
    Check(ORDER, _steps),
    *STEP_ORDER,
    InOrder("idea_on", "abandoned_on", BEFORE["abandoned_on"]),
    NotNegative(
        "funding_sought",
        QT_TRANSLATE_NOOP("Validation", "Funding sought: cannot be negative."),
    ),
)

IMPORT_FIELDS = (
    field(
        "title",
        QT_TRANSLATE_NOOP("Import", "Title of the idea"),
        "text",
        "titolo|idea|titolo idea|nome progetto|progetto|title|idea title",
        True,
    ),
    field("sector", QT_TRANSLATE_NOOP("Import", "Sector"), "choice", "settore|ambito|sector"),
    field(
        "description",
        QT_TRANSLATE_NOOP("Import", "Description"),
        "text",
        "descrizione|description",
    ),
    field("status", QT_TRANSLATE_NOOP("Import", "Status"), "choice", "stato|fase|status|stage"),
    field(
        "idea_on",
        QT_TRANSLATE_NOOP("Import", "Day of the idea"),
        "date",
        "data idea|data|idea on|date",
    ),
    field(
        "plan_started_on",
        QT_TRANSLATE_NOOP("Import", "Business plan started on"),
        "date",
        "inizio business plan|business plan avviato|plan started on",
    ),
    field(
        "plan_done_on",
        QT_TRANSLATE_NOOP("Import", "Business plan done on"),
        "date",
        "business plan completato|fine business plan|plan done on",
    ),
    field(
        "presented_on",
        QT_TRANSLATE_NOOP("Import", "Presented on"),
        "date",
        "data presentazione|presentato il|presented on",
    ),
    field(
        "started_on",
        QT_TRANSLATE_NOOP("Import", "Business started on"),
        "date",
        "avvio impresa|data avvio|impresa avviata il|started on",
    ),
    field(
        "abandoned_on",
        QT_TRANSLATE_NOOP("Import", "Abandoned on"),
        "date",
        "abbandonato il|data abbandono|abandoned on",
    ),
    field(
        "funding_sought",
        QT_TRANSLATE_NOOP("Import", "Funding sought"),
        "number",
        "finanziamento richiesto|importo richiesto|finanziamento|funding|funding sought",
    ),
    field(
        "funding_source",
        QT_TRANSLATE_NOOP("Import", "Funding source"),
        "text",
        "fonte finanziamento|bando|funding source",
    ),
    NOTES,
)

KIND = RecordKind(
    key="project_ideas",
    model_path="socialneet_desktop.db.models:ProjectIdea",
    table_name="project_ideas",
    title=QT_TRANSLATE_NOOP("RecordKind", "Project ideas"),
    singular=QT_TRANSLATE_NOOP("RecordKind", "Project idea"),
    area="path",
    columns=COLUMNS,
    optional_columns=OPTIONAL_COLUMNS,
    filters=FILTERS,
    default_sort=("idea_on", True),
    search_columns=("title", "description"),
    rules=RULES,
    date_fields=STEP_DATES,
    labeller=kind_labels.by_field("title"),
    import_fields=IMPORT_FIELDS,
    row_label=("title",),
    import_label=QT_TRANSLATE_NOOP("ImportWizard", "Project ideas"),
    import_order=20,
    exchange=(
        ExchangeLink("mentor_id", "mentors"),
        ExchangeLink("activity_id", "activities"),  # the project's activities (issue 19)
        ExchangeLink("contact_id", "contacts", through="project_idea_members"),
    ),
)
