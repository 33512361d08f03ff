"""Young people enrolled on a training course, from enrolment to completion or drop-out."""

from __future__ import annotations

from typing import Any

from socialneet_desktop.domain import vocabularies as voc
from socialneet_desktop.domain.columns import (
    BOOL,
    CODE,
    DATE,
    ColumnSpec,
    FilterSpec,
    Join,
    JoinedName,
    date_filters,
    vocabulary_filter,
)
from socialneet_desktop.domain.import_fields import CONTACT_REF, NOTES, field
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.domain.validation import Problem
from socialneet_desktop.services.kind_facets import ExchangeLink, RecordKind
from socialneet_desktop.services.kind_labels import Label
from socialneet_desktop.services.kind_rules import (
    ORDER,
    REQUIRED,
    Check,
    Choice,
    InOrder,
    Required,
    RuleContext,
)
from socialneet_desktop.services.kinds.courses import COURSE_REF

COLUMNS = (
    ColumnSpec("contact_name", QT_TRANSLATE_NOOP("Columns", "Person"), width=26, personal=True),
    ColumnSpec("course_title", QT_TRANSLATE_NOOP("Columns", "Course"), width=36),
    ColumnSpec("enrolled_on", QT_TRANSLATE_NOOP("Columns", "Enrolled on"), DATE, 12),
    ColumnSpec(
        "status", QT_TRANSLATE_NOOP("Columns", "Status"), CODE, 14, vocabulary="ENROLMENT_STATUS"
    ),
    ColumnSpec("status_date", QT_TRANSLATE_NOOP("Columns", "Status date"), DATE, 14),
    ColumnSpec("certificate_obtained", QT_TRANSLATE_NOOP("Columns", "Certificate"), BOOL, 10),
)

OPTIONAL_COLUMNS = (ColumnSpec("dropout_reason", QT_TRANSLATE_NOOP("Columns", "Reason"), width=36),)

# A filter on a record ("record"): the rows whose course_id is the course chosen; the spec
# keeps the kind key of the choices ("courses") where a vocabulary's name goes, and the filter
# bar reads them when shown (ui/views/list_filters.py).
FILTERS = (
    FilterSpec("course", QT_TRANSLATE_NOOP("Filters", "Course"), "record", "course_id", "courses"),
    vocabulary_filter(
        "status", QT_TRANSLATE_NOOP("Filters", "Status"), "status", "enrolment_status"
    ),
    *date_filters("enrolled_on"),
)

DROPPED_OUT_DATE = QT_TRANSLATE_NOOP(
    "Validation", "Date of the status: required when the person dropped out."
)
CERTIFICATE_NOT_COMPLETED = QT_TRANSLATE_NOOP(
    "Validation", "Certificate: only a person who completed the course obtains one."
)


def _dropped_out(context: RuleContext):
    if context.get("status") == "dropped_out" and context.get("status_date") is None:
        yield Problem("status_date", DROPPED_OUT_DATE)


def _certificate(context: RuleContext):
    if context.get("certificate_obtained") and context.get("status") != "completed":
        yield Problem("certificate_obtained", CERTIFICATE_NOT_COMPLETED)


RULES = (
    Required("contact_id", QT_TRANSLATE_NOOP("Validation", "Person: choose who is enrolled.")),
    Required("course_id", QT_TRANSLATE_NOOP("Validation", "Course: choose the course.")),
    Required("status", QT_TRANSLATE_NOOP("Validation", "Status: choose one.")),
    Choice(
        "status",
        voc.ENROLMENT_STATUS,
        QT_TRANSLATE_NOOP("Validation", "Status: %1 is not one of the choices."),
    ),
    Check(REQUIRED, _dropped_out),
    InOrder(
        "enrolled_on",
        "status_date",
        QT_TRANSLATE_NOOP("Validation", "Date of the status: it cannot be before the enrolment."),
    ),
    Check(ORDER, _certificate),
)


IMPORT_FIELDS = (
    CONTACT_REF,
    COURSE_REF,
    field(
        "enrolled_on",
        QT_TRANSLATE_NOOP("Import", "Enrolled on"),
        "date",
        "data iscrizione|iscritto il|iscrizione|data di iscrizione|enrolled on|enrolment date",
    ),
    field(
        "status",
        QT_TRANSLATE_NOOP("Import", "Status"),
        "choice",
        "stato|esito|stato iscrizione|status",
    ),
    field(
        "status_date",
        QT_TRANSLATE_NOOP("Import", "Date of the status"),
        "date",
        "data stato|data esito|data ritiro|data conclusione|status date",
    ),
    field(
        "dropout_reason",
        QT_TRANSLATE_NOOP("Import", "Reason of the drop-out"),
        "text",
        "motivo|motivo ritiro|motivazione|reason|dropout reason",
    ),
    field(
        "certificate_obtained",
        QT_TRANSLATE_NOOP("Import", "Certificate obtained"),
        "bool",
        "attestato|attestato conseguito|certificato|certificate|certificate obtained",
    ),
    NOTES,
)


def label(record: Any) -> Label:
    """ "Enrolment Rossi Giulia – Pasticceria di base" in the recycle bin."""
    contact, course = record.contact, record.course
    name = f"{contact.last_name} {contact.first_name}".strip() if contact else ""
    template = QT_TRANSLATE_NOOP("Records", "Enrolment %1 – %2")
    return template, (name, course.title if course is not None else "")


KIND = RecordKind(
    key="enrolments",
    model_path="socialneet_desktop.db.models:Enrolment",
    table_name="enrolments",
    title=QT_TRANSLATE_NOOP("RecordKind", "Enrolments"),
    singular=QT_TRANSLATE_NOOP("RecordKind", "Enrolment"),
    area="path",
    columns=COLUMNS,
    optional_columns=OPTIONAL_COLUMNS,
    filters=FILTERS,
    default_sort=("enrolled_on", True),
    search_columns=("contact.last_name", "contact.first_name", "course.title"),
    joins=(
        Join("contact", "socialneet_desktop.db.models:NeetContact", "contact_id"),
        Join("course", "socialneet_desktop.db.models:TrainingCourse", "course_id"),
    ),
    computed=(
        JoinedName("contact_name", "contact"),
        JoinedName("course_title", "course", ("title",)),
    ),
    person_of_list=("contact.uuid", "contact.birth_date", "enrolled_on"),
    rules=RULES,
    date_fields=("enrolled_on", "status_date"),
    labeller=label,
    label_loads=("contact", "course"),
    erased_fields=("dropout_reason", "notes"),  # the free text about the person
    import_fields=IMPORT_FIELDS,
    row_label=("contact_ref", "course_ref"),
    import_label=QT_TRANSLATE_NOOP("ImportWizard", "Enrolments (after the contacts and courses)"),
    import_order=9,
    exchange=(ExchangeLink("course_id", "courses"), ExchangeLink("contact_id", "contacts")),
)
