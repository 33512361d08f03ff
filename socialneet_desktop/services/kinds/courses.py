"""Training courses the project runs or sends young people to (issue 18); their sessions,
enrolments and attendance are edited inside the course (course_sessions, enrolments,
attendance)."""

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
from socialneet_desktop.domain.import_fields import NOTES, field
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.domain.validation import Problem
from socialneet_desktop.services import kind_labels
from socialneet_desktop.services.kind_facets import ExchangeLink, RecordKind
from socialneet_desktop.services.kind_rules import (
    NUMBERS,
    Check,
    Choice,
    InOrder,
    NotNegative,
    Required,
    RuleContext,
)

COLUMNS = (
    ColumnSpec("start_date", QT_TRANSLATE_NOOP("Columns", "Start"), DATE, 12),
    ColumnSpec("title", QT_TRANSLATE_NOOP("Columns", "Title"), width=40),
    ColumnSpec(
        "sector", QT_TRANSLATE_NOOP("Columns", "Sector"), CODE, 24, vocabulary="COURSE_SECTOR"
    ),
    ColumnSpec("provider_name", QT_TRANSLATE_NOOP("Columns", "Provider"), width=28),
    ColumnSpec("hours_planned", QT_TRANSLATE_NOOP("Columns", "Hours"), NUMBER, 8),
    ColumnSpec("trainer", QT_TRANSLATE_NOOP("Columns", "Trainer"), width=20),
)

# What the list may show besides its columns (issue 16)
OPTIONAL_COLUMNS = (
    ColumnSpec("end_date", QT_TRANSLATE_NOOP("Columns", "End"), DATE, 12),
    ColumnSpec("venue", QT_TRANSLATE_NOOP("Columns", "Venue"), width=28),
    ColumnSpec("activity_code", QT_TRANSLATE_NOOP("Columns", "Activity"), width=10),
    ColumnSpec("capacity", QT_TRANSLATE_NOOP("Columns", "Places"), NUMBER, 8),
    ColumnSpec(
        "minimum_attendance_percent",
        QT_TRANSLATE_NOOP("Columns", "Minimum attendance %"),
        NUMBER,
        10,
    ),
)

FILTERS = (
    *date_filters("start_date"),
    vocabulary_filter("sector", QT_TRANSLATE_NOOP("Filters", "Sector"), "sector", "course_sector"),
)

PERCENT_ABOVE_100 = QT_TRANSLATE_NOOP(
    "Validation", "Minimum attendance: a percentage from 0 to 100."
)


def _percent(context: RuleContext):
    value = context.get("minimum_attendance_percent")
    if isinstance(value, int | float) and value > 100:
        yield Problem("minimum_attendance_percent", PERCENT_ABOVE_100)


RULES = (
    Required("title", QT_TRANSLATE_NOOP("Validation", "Title of the course: required.")),
    Choice(
        "sector",
        voc.COURSE_SECTOR,
        QT_TRANSLATE_NOOP("Validation", "Sector: %1 is not one of the choices."),
    ),
    InOrder(
        "start_date",
        "end_date",
        QT_TRANSLATE_NOOP("Validation", "End date: it cannot be before the start date."),
    ),
    NotNegative(
        "hours_planned", QT_TRANSLATE_NOOP("Validation", "Hours planned: it cannot be negative.")
    ),
    NotNegative("capacity", QT_TRANSLATE_NOOP("Validation", "Places: it cannot be negative.")),
    NotNegative(
        "minimum_attendance_percent",
        QT_TRANSLATE_NOOP("Validation", "Minimum attendance: it cannot be negative."),
    ),
    Check(NUMBERS, _percent),
)

# How an enrolment's import names its course: by title (or the Access key of a course
# imported from the same file); a course not found rejects the row.
COURSE_REF = field(
    "course_ref",
    QT_TRANSLATE_NOOP("Import", "Course (title or Access id)"),
    "reference",
    "corso|titolo corso|id corso|corso id|nome corso|course|course title|course id",
    True,
)

IMPORT_FIELDS = (
    field(
        "title",
        QT_TRANSLATE_NOOP("Import", "Title of the course"),
        "text",
        "titolo|titolo corso|corso|nome corso|denominazione|title|course|course title",
        True,
    ),
    field(
        "sector",
        QT_TRANSLATE_NOOP("Import", "Sector"),
        "choice",
        "settore|ambito|area|area formativa|sector",
    ),
    field("venue", QT_TRANSLATE_NOOP("Import", "Venue"), "text", "sede|luogo|aula|venue|place"),
    field(
        "start_date",
        QT_TRANSLATE_NOOP("Import", "Start date"),
        "date",
        "data inizio|inizio|dal|avvio|start|start date",
    ),
    field(
        "end_date",
        QT_TRANSLATE_NOOP("Import", "End date"),
        "date",
        "data fine|fine|al|conclusione|end|end date",
    ),
    field(
        "hours_planned",
        QT_TRANSLATE_NOOP("Import", "Hours planned"),
        "number",
        "ore|ore previste|monte ore|durata|durata ore|hours|hours planned",
    ),
    field(
        "trainer",
        QT_TRANSLATE_NOOP("Import", "Trainer"),
        "text",
        "docente|formatore|formatrice|trainer|teacher",
    ),
    field(
        "capacity",
        QT_TRANSLATE_NOOP("Import", "Places"),
        "integer",
        "posti|posti disponibili|capienza|numero massimo|capacity|places",
    ),
    field(
        "minimum_attendance_percent",
        QT_TRANSLATE_NOOP("Import", "Minimum attendance %"),
        "integer",
        "frequenza minima|frequenza minima %|percentuale minima|minimum attendance",
    ),
    NOTES,
)

KIND = RecordKind(
    key="courses",
    model_path="socialneet_desktop.db.models:TrainingCourse",
    table_name="training_courses",
    title=QT_TRANSLATE_NOOP("RecordKind", "Training courses"),
    singular=QT_TRANSLATE_NOOP("RecordKind", "Training course"),
    area="path",
    columns=COLUMNS,
    optional_columns=OPTIONAL_COLUMNS,
    filters=FILTERS,
    default_sort=("start_date", True),
    search_columns=("title", "trainer", "venue"),
    joins=(
        Join(
            "provider",
            "socialneet_desktop.db.models:Organization",
            "provider_organization_id",
            outer=True,
        ),
        Join(
            "activity",
            "socialneet_desktop.db.models:ProjectActivity",
            "activity_id",
            outer=True,
        ),
    ),
    computed=(
        JoinedName("provider_name", "provider", ("name",)),
        JoinedName("activity_code", "activity", ("code",)),
    ),
    rules=RULES,
    date_fields=("start_date", "end_date"),
    name_fields=("title",),
    labeller=kind_labels.by_field("title"),
    import_fields=IMPORT_FIELDS,
    row_label=("title", "start_date"),
    reference=COURSE_REF,
    found_by=("origin", "course_title"),
    import_label=QT_TRANSLATE_NOOP("ImportWizard", "Training courses"),
    import_order=8,
    exchange=(
        ExchangeLink("provider_organization_id", "organizations"),
        ExchangeLink("activity_id", "activities"),
    ),
)
