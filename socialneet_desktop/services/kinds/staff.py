"""The association's operators (who met a stakeholder, who held a visit)."""

from __future__ import annotations

from socialneet_desktop.domain import vocabularies as voc
from socialneet_desktop.domain.columns import BOOL, CODE, ColumnSpec
from socialneet_desktop.domain.import_fields import (
    EMAIL,
    FIRST_NAME,
    LAST_NAME,
    NOTES,
    PHONE,
    STAFF_REF,
    field,
)
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.services import kind_labels
from socialneet_desktop.services.kind_facets import RecordKind
from socialneet_desktop.services.kind_rules import (
    FIRST_NAME_REQUIRED,
    LAST_NAME_REQUIRED,
    Choice,
    Required,
)

COLUMNS = (
    ColumnSpec("last_name", QT_TRANSLATE_NOOP("Columns", "Last name"), width=18),
    ColumnSpec("first_name", QT_TRANSLATE_NOOP("Columns", "First name"), width=16),
    ColumnSpec("role", QT_TRANSLATE_NOOP("Columns", "Role"), CODE, 16, vocabulary="STAFF_ROLE"),
    ColumnSpec("email", QT_TRANSLATE_NOOP("Columns", "E-mail"), width=36),
    ColumnSpec("active", QT_TRANSLATE_NOOP("Columns", "Active"), BOOL, 8),
)

# What the list may show besides its columns (issue 16)
OPTIONAL_COLUMNS = (ColumnSpec("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), width=14),)

RULES = (
    Required("first_name", FIRST_NAME_REQUIRED),
    Required("last_name", LAST_NAME_REQUIRED),
    Choice(
        "role",
        voc.STAFF_ROLE,
        QT_TRANSLATE_NOOP("Validation", "Role: %1 is not one of the choices."),
    ),
)

IMPORT_FIELDS = (
    LAST_NAME,
    FIRST_NAME,
    field("role", QT_TRANSLATE_NOOP("Import", "Role"), "choice", "ruolo|mansione|qualifica|role"),
    PHONE,
    EMAIL,
    field(
        "active",
        QT_TRANSLATE_NOOP("Import", "Active"),
        "bool",
        "attivo|attiva|in servizio|active",
    ),
    NOTES,
)

KIND = RecordKind(
    key="staff",
    model_path="socialneet_desktop.db.models:Staff",
    table_name="staff",
    title=QT_TRANSLATE_NOOP("RecordKind", "Staff"),
    singular=QT_TRANSLATE_NOOP("RecordKind", "Staff member"),
    area="office",
    columns=COLUMNS,
    optional_columns=OPTIONAL_COLUMNS,
    default_sort=("last_name", False),
    sort_then=(("last_name", ("first_name",)),),
    search_columns=("last_name", "first_name", "email"),
    rules=RULES,
    name_fields=("last_name", "first_name"),
    labeller=kind_labels.person,
    duplicate_index="socialneet_desktop.services.duplicate_index:StaffIndex",
    import_fields=IMPORT_FIELDS,
    row_label=("last_name", "first_name"),
    reference=STAFF_REF,
    found_by=("origin", "person_name"),
    import_label=QT_TRANSLATE_NOOP("ImportWizard", "Staff"),
    import_order=7,
    exchange=(),
)
