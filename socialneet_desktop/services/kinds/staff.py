"""The association's operators (who met a stakeholder, who held a visit)."""

from __future__ import annotations

from socialneet_desktop.domain.columns import BOOL, CODE, ColumnSpec
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.services.kind_facets import RecordKind

COLUMNS = (
    ColumnSpec("last_name", QT_TRANSLATE_NOOP("Columns", "Last name"), width=18),
    ColumnSpec("first_name", QT_TRANSLATE_NOOP("Columns", "First name"), width=16),
    ColumnSpec("role", QT_TRANSLATE_NOOP("Columns", "Role"), CODE, 16, vocabulary="STAFF_ROLE"),
    ColumnSpec("email", QT_TRANSLATE_NOOP("Columns", "E-mail"), width=36),
    ColumnSpec("active", QT_TRANSLATE_NOOP("Columns", "Active"), BOOL, 8),
)

KIND = RecordKind(
    key="staff",
    model_path="socialneet_desktop.db.models:Staff",
    table_name="staff",
    title=QT_TRANSLATE_NOOP("RecordKind", "Staff"),
    singular=QT_TRANSLATE_NOOP("RecordKind", "Staff member"),
    columns=COLUMNS,
    default_sort=("last_name", False),
    sort_then=(("last_name", ("first_name",)),),
    search_columns=("last_name", "first_name", "email"),
)
